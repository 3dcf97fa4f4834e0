// The advice overview, the methods appendix, the colophon and the small shared texts.
#include <map>

#include <fmt/format.h>

#include "report/methods.h"
#include "reports/sections.h"

namespace regio::reports {

std::string running_text(const ReportInput& in, const std::string& what) {
  if (in.fictional) return "FICTIEVE DEMODATA · " + what;
  return "Regiomonitor GGZ & Werk · " + what;
}

std::string wave_source(const ReportInput& in) {
  return "Bron: Regiomonitor, meting " + in.analysis.wave.code + (in.fictional ? " (fictieve demodata)" : "");
}

int map_year(const ReportInput& in) {
  const int y = year_of(in.analysis.wave.date);
  return y >= 2025 ? 2025 : y >= 2020 ? 2020 : 2017;
}

void advice_overview(Blocks& b, const ReportInput& in) {
  add_heading(b, 1, "Adviezen", "advies");
  if (!in.region_detail) {
    b.push_back(
        paragraph("Adviezen noemen de cijfers van afzonderlijke regio's; ze staan in de factsheet van elke "
                  "regio, voor de regio zelf en de landelijke rollen."));
    return;
  }
  if (!in.advice || in.advice->regions.empty()) {
    b.push_back(paragraph("Voor deze meting zijn geen adviezen berekend."));
    return;
  }
  b.push_back(paragraph(fmt::format(
      "De adviesregels ({}, {} regels) zijn per regio geëvalueerd op het profiel van de regio. Een regel waarvan "
      "een cijfer ontbreekt of onderdrukt is, geeft geen advies. Elke factsheet noemt het advies van de regio met "
      "de cijfers waarop het steunt.",
      in.advice->rules_source, in.advice->rule_count)));
  std::map<std::string, std::vector<std::string>> by_rule;
  std::map<std::string, std::string> example;
  std::vector<std::string> order;
  for (const auto& r : in.advice->regions)
    for (const auto& a : r.advice) {
      if (!by_rule.contains(a.rule)) order.push_back(a.rule);
      by_rule[a.rule].push_back(r.region);
      if (!example.contains(a.rule)) example[a.rule] = a.advice;
    }
  document::Table t;
  t.caption = "Adviezen: hoe vaak elke regel advies geeft";
  t.source = table_source(wave_source(in));
  t.header_rows.push_back({document::Cell::label("Regel"), document::Cell::number("Regio's"),
                           document::Cell::label("Regio's met dit advies")});
  for (const auto& rule : order)
    t.rows.push_back({document::Cell::label(rule), document::Cell::number(std::to_string(by_rule[rule].size())),
                      document::Cell::label(fmt::format("{}", fmt::join(by_rule[rule], ", ")))});
  if (t.rows.empty()) {
    b.push_back(paragraph("Geen enkele adviesregel geeft voor deze meting advies."));
    return;
  }
  b.push_back(t);
  std::vector<std::vector<document::Run>> items;
  for (const auto& rule : order) items.push_back({{rule + ": ", true}, {example[rule]}});
  b.push_back(document::BulletList{items});
}

void region_advice(Blocks& b, const ReportInput& in, const std::string& region) {
  add_heading(b, 1, "Advies voor de regio", "advies");
  const advice::RegionAdvice* ra = nullptr;
  if (in.advice)
    for (const auto& r : in.advice->regions)
      if (r.region == region) ra = &r;
  if (!ra || ra->advice.empty()) {
    b.push_back(paragraph("De adviesregels geven voor deze regio bij deze meting geen advies."));
    return;
  }
  // One list item per advice (advice, reasoning, caveat): compact enough for a fact sheet.
  std::vector<std::vector<document::Run>> items;
  for (const auto& a : ra->advice) {
    std::vector<document::Run> item{{a.advice, true}, {" Onderbouwing: " + a.reasoning}};
    if (!a.caveat.empty()) item.push_back({" Kanttekening: " + a.caveat, false, true});
    items.push_back(std::move(item));
  }
  b.push_back(document::BulletList{items});
  if (!ra->skipped.empty()) {
    std::vector<std::string> ids;
    for (const auto& s : ra->skipped) ids.push_back(s.rule);
    b.push_back(paragraph(fmt::format("Niet beoordeeld omdat een cijfer ontbreekt: {}.", fmt::join(ids, ", "))));
  }
}

void methods_appendix(Blocks& b, const ReportInput& in) {
  b.push_back(document::PageBreak{});
  add_heading(b, 1, "Bijlage: methoden", "methoden");
  for (const auto& section : report::methods()) {
    add_heading(b, 2, std::string(section.title), "methoden-" + std::string(section.id));
    for (auto p : section.paragraphs) b.push_back(paragraph(std::string(p)));
  }
  add_heading(b, 2, "Gebruikte gegevens", "methoden-gegevens");
  std::string data = fmt::format("De vragenlijsten van meting {} ({}), {} ingediende antwoorden", in.analysis.wave.name,
                                 in.analysis.wave.code, in.analysis.regions);
  if (in.analysis.compare_wave) data += ", vergeleken met meting " + in.analysis.compare_wave->code;
  b.push_back(paragraph(data + "."));
  if (in.release) {
    const auto& s = in.release->table.source();
    b.push_back(paragraph(fmt::format(
        "Uitkomsten: de release met peildatum {}, gepubliceerd op {}{}. Onthullingsbeveiliging: aantallen onder {} "
        "zijn onderdrukt (ook secundair, zodat geen onderdrukt aantal uit andere cijfers of eerdere releases is af "
        "te leiden) en getoonde aantallen zijn afgerond op veelvouden van {}; percentages zijn berekend uit de "
        "afgeronde aantallen.",
        format_dutch(in.release->peildatum), s.published_at, s.published_by.empty() ? "" : " door " + s.published_by,
        in.release->table.threshold(), in.release->table.rounding())));
  } else {
    b.push_back(paragraph("Uitkomsten: er is nog geen release gepubliceerd; dit rapport bevat geen uitkomstcijfers."));
  }
}

void colophon(Blocks& b, const ReportInput& in) {
  add_heading(b, 1, "Colofon", "colofon");
  std::vector<std::vector<document::Run>> items;
  items.push_back({{"Gegevens: ", true}, {"vragenlijsten van de arbeidsmarktregio's (Regiomonitor)"}});
  if (in.release)
    items.push_back(
        {{"Uitkomsten: ", true},
         {"release met peildatum " + format_dutch(in.release->peildatum) + ", onder onthullingsbeveiliging"}});
  items.push_back({{"Grenzen en indeling: ", true},
                   {"© CBS / Kadaster (PDOK), CBS Gebiedsindelingen, gegeneraliseerd; via github.com/cartomap/nl; "
                    "licentie CC BY 4.0"}});
  items.push_back({{"Gegenereerd op: ", true}, {format_dutch(in.generated)}});
  items.push_back({{"Software: ", true}, {in.software}});
  if (in.fictional)
    items.push_back(
        {{"Let op: ", true}, {"alle antwoorden en uitkomstcijfers in dit document zijn fictieve demodata."}});
  b.push_back(document::BulletList{items});
}

}  // namespace regio::reports
