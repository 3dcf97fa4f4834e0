#include "report/client_outcomes.h"

#include <fmt/format.h>

#include "outcomes/goals.h"
#include "report/dutch.h"
#include "report/indicator_text.h"

namespace regio::report {

using outcomes::Column;

Sentence outcome_by_year(const outcomes::DisclosedTable& table, Column column, std::string_view region,
                         std::optional<outcomes::Interventie> interventie) {
  const std::string name(outcomes::column_name(column));
  const std::string via = interventie ? ", " + intervention_phrase(interventie) : "";
  Sentence s{fmt::format("uitkomst.{}.{}{}", name, region,
                         interventie ? "." + std::string(outcomes::interventie_text(*interventie)) : ""),
             "",
             {}};
  const std::string scope = region == "NL" ? "landelijk" + via : std::string(region) + via;
  std::vector<std::string> shown, suppressed, empty, early;
  for (const auto& row : table.rows()) {
    if (row.regio != region || !row.jaar || row.interventie != interventie) continue;
    const int year = *row.jaar;
    if (table.source().peildatum < outcomes::measurable_from(name, year)) {
      early.push_back(std::to_string(year));
      continue;
    }
    const auto& f = row[column];
    const std::string key = fmt::format("{}.{}.{}", name, region, year);
    if (f.suppressed) {
      suppressed.push_back(std::to_string(year));
      s.figures.push_back({key, std::nullopt, "", true});
    } else if (!f.value) {
      empty.push_back(std::to_string(year));
      s.figures.push_back({key, std::nullopt, "", false});
    } else {
      const std::string text = format_indicator_value(column, *f.value);
      s.figures.push_back({key, *f.value, text, false});
      shown.push_back(fmt::format("{} ({})", text, year));
    }
  }
  std::vector<std::string> clauses;
  if (!shown.empty()) clauses.push_back(join_dutch(shown));
  if (!suppressed.empty())
    clauses.push_back(
        fmt::format("over {} is het cijfer niet gepubliceerd (onthullingsbeveiliging)", join_dutch(suppressed)));
  if (!empty.empty()) clauses.push_back(fmt::format("over {} is er geen cijfer", join_dutch(empty)));
  if (!early.empty()) clauses.push_back(fmt::format("voor {} is het nog te vroeg", join_dutch(early)));
  const std::string title = fmt::format("{} ({})", indicator_title(column), scope);
  if (clauses.empty()) {
    s.text = title + ": er zijn geen cijfers.";
    return s;
  }
  std::string text;
  for (const auto& c : clauses) text += (text.empty() ? "" : "; ") + c;
  s.text = title + ": " + text + ".";
  return s;
}

Sentence outcome_source(const outcomes::DisclosedTable& table) {
  Sentence s{"uitkomst.bron", "", {}};
  const auto& src = table.source();
  if (table.mode() == outcomes::DisclosureMode::kUnsuppressed) {
    s.text = fmt::format("Bron: cijfers op peildatum {}, niet beveiligd (alleen voor onderzoekers en beheerders).",
                         format_dutch(src.peildatum));
    return s;
  }
  s.figures.push_back({"uitkomst.drempel", double(table.threshold()), std::to_string(table.threshold()), false});
  s.figures.push_back({"uitkomst.afronding", double(table.rounding()), std::to_string(table.rounding()), false});
  std::string what = fmt::format("cijfers op peildatum {}", format_dutch(src.peildatum));
  if (src.release) {
    const auto published = parse_date(src.published_at.substr(0, 10));
    what = fmt::format("release{} (peildatum {})", published ? " van " + format_dutch(*published) : "",
                       format_dutch(src.peildatum));
  }
  s.text = fmt::format("Bron: {}; aantallen onder {} zijn onderdrukt, ook waar ze terug te rekenen zouden zijn", what,
                       table.threshold());
  if (table.rounding() > 1)
    s.text += fmt::format(", en aantallen zijn afgerond op veelvouden van {}", table.rounding());
  s.text += ".";
  return s;
}

std::vector<Sentence> national_outcomes(const outcomes::DisclosedTable& table) {
  std::vector<Sentence> out{outcome_source(table)};
  for (Column c :
       {Column::kStarters, Column::kWerk12mPct, Column::kWerkend12mPct, Column::kDuurzaamPct, Column::kUitstroomPct})
    out.push_back(outcome_by_year(table, c, "NL"));
  return out;
}

}  // namespace regio::report
