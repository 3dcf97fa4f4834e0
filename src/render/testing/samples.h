// Sample chart descriptions for the tests: one per kind, with suppressed and missing values.
#pragma once

#include <string>
#include <vector>

#include "render/chart.h"

namespace regio::render::testing {

inline std::vector<std::string> ladder_names() {
  return {"1 Kennismaken", "2 Regelmatig overleg", "3 Operationele samenwerking", "4 Gezamenlijk beleid",
          "5 Resultaatgericht"};
}

inline Chart sample_bar() {
  Chart c;
  c.kind = ChartKind::kHorizontalBar;
  c.title = "Trajecten gestart per interventie";
  c.subtitle = "Alle regio's, 2023";
  c.source = "Bron: Regiomonitor, release 2024-03-01";
  c.x_label = "Aantal trajecten";
  c.categories = {"IPS", "Individuele begeleiding", "Jobcoaching", "Scholing"};
  c.series = {{"Trajecten", {Value::shown(1234), Value::shown(87), Value::suppressed(), Value::missing()}}};
  return c;
}

inline Chart sample_grouped_bar() {
  Chart c;
  c.kind = ChartKind::kHorizontalBar;
  c.title = "Borging per element: regio tegenover landelijk gemiddelde";
  c.unit = Unit::kLevel;
  c.axis_max = 4;
  c.categories = {"Continuïteit in de tijd", "Olievlek in de regio", "Commitment op alle niveaus"};
  c.series = {{"AM13 Midden-Utrecht", {Value::shown(3.5), Value::shown(2), Value::shown(3)}},
              {"Landelijk gemiddelde", {Value::shown(2.84), Value::shown(2.41), Value::missing()}}};
  return c;
}

inline Chart sample_stacked() {
  Chart c;
  c.kind = ChartKind::kStackedBar;
  c.title = "Regio's per samenwerkingsniveau";
  c.source = "Bron: Regiomonitor, metingen 2018–2022";
  c.colors = ColorScheme::kOrdered;
  c.categories = {"2018", "2020", "2022"};
  auto names = ladder_names();
  double counts[5][3] = {{8, 3, 1}, {12, 10, 6}, {9, 12, 14}, {4, 7, 10}, {2, 3, 4}};
  for (int i = 0; i < 5; ++i)
    c.series.push_back({names[static_cast<std::size_t>(i)],
                        {Value::shown(counts[i][0]), Value::shown(counts[i][1]), Value::shown(counts[i][2])}});
  return c;
}

inline Chart sample_line() {
  Chart c;
  c.kind = ChartKind::kLine;
  c.title = "Aandeel IPS-starters met betaald werk binnen 12 maanden";
  c.unit = Unit::kPercent;
  c.y_label = "% van de starters";
  c.source = "Bron: Regiomonitor, release 2024-03-01";
  c.categories = {"2019", "2020", "2021", "2022", "2023"};
  c.series = {{"Nederland",
               {Value::shown(38.2), Value::shown(35.1), Value::shown(40.4), Value::shown(42.5), Value::shown(43.0)}},
              {"AM13 Midden-Utrecht",
               {Value::shown(31.0), Value::suppressed(), Value::shown(45.5), Value::shown(47.3), Value::missing()}}};
  return c;
}

inline Chart sample_slope() {
  Chart c;
  c.kind = ChartKind::kSlope;
  c.title = "Regio's per niveau: 2018 en 2022";
  c.categories = {"2018", "2022"};
  auto names = ladder_names();
  double a[5] = {8, 12, 9, 4, 2}, b[5] = {1, 6, 14, 10, 4};
  for (int i = 0; i < 5; ++i)
    c.series.push_back({names[static_cast<std::size_t>(i)], {Value::shown(a[i]), Value::shown(b[i])}});
  return c;
}

inline Chart sample_matrix() {
  Chart c;
  c.kind = ChartKind::kMatrix;
  c.title = "Overgangen tussen niveaus, 2018 naar 2022";
  c.x_label = "Niveau 2022";
  c.y_label = "Niveau 2018";
  c.categories = {"1", "2", "3", "4", "5"};
  double m[5][5] = {{1, 4, 3, 0, 0}, {0, 2, 7, 3, 0}, {0, 0, 4, 4, 1}, {0, 0, 0, 3, 1}, {0, 0, 0, 0, 2}};
  for (int r = 0; r < 5; ++r) {
    Series s{std::to_string(r + 1), {}};
    for (int k = 0; k < 5; ++k) s.values.push_back(Value::shown(m[r][k]));
    c.series.push_back(s);
  }
  c.series[4].values[0] = Value::missing();
  c.series[0].values[4] = Value::suppressed();
  return c;
}

inline Chart sample_small_multiples() {
  Chart c;
  c.kind = ChartKind::kSmallMultiples;
  c.title = "Werk binnen 12 maanden per interventie";
  c.columns = 2;
  for (std::string name : {"IPS", "Jobcoaching"}) {
    Chart p;
    p.kind = ChartKind::kLine;
    p.title = name;
    p.unit = Unit::kPercent;
    p.categories = {"2021", "2022", "2023"};
    p.series = {{"Nederland", {Value::shown(40), Value::shown(42.5), Value::shown(44)}}};
    c.panels.push_back(p);
  }
  return c;
}

// Levels for the 2020 map: AM13 level 4, AM01 suppressed, AM02 missing, others by code.
inline Chart sample_map(int year = 2020) {
  Chart c;
  c.kind = ChartKind::kMap;
  c.title = "Samenwerkingsniveau per regio, eind 2020";
  c.colors = ColorScheme::kOrdered;
  c.map.year = year;
  auto names = ladder_names();
  const char* labels[5] = {"Kennismaken", "Regelmatig overleg", "Operationele samenwerking", "Gezamenlijk beleid",
                           "Resultaatgericht"};
  for (int i = 0; i < 5; ++i)
    c.map.classes.push_back({std::to_string(i + 1), "niveau " + std::to_string(i + 1) + " — " + labels[i]});
  const char* codes[] = {"AM03", "AM05", "AM06", "AM07", "AM08", "AM09", "AM10", "AM11", "AM12", "AM14", "AM15",
                         "AM17", "AM18", "AM19", "AM20", "AM21", "AM22", "AM23", "AM24", "AM25", "AM26", "AM27",
                         "AM28", "AM29", "AM30", "AM32", "AM33", "AM34", "AM35", "AM36", "AM37", "AM38"};
  int k = 0;
  for (const char* code : codes) c.map.regions.push_back({code, k++ % 5, false, "", ""});
  c.map.regions.push_back({"AM13", 3, false, "", ""});
  c.map.regions.push_back({"AM01", std::nullopt, true, "", ""});
  return c;
}

}  // namespace regio::render::testing
