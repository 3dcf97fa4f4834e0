#include "outcomes/indicator_format.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace regio::outcomes {
namespace {

bool has_decimals(Column c) { return !is_count(c) && c != Column::kDagenTotWerkMediaan; }

std::string key_text(const DisclosedRow& row, std::size_t field) {
  if (field == 0) return row.regio;
  if (field == 1) return row.jaar ? std::to_string(*row.jaar) : "*";
  return row.interventie ? std::string(interventie_text(*row.interventie)) : "*";
}

std::string figure_text(const Figure& f, Column c, char decimal) {
  if (f.suppressed) return ".";
  if (!f.value) return "";
  if (!has_decimals(c)) return fmt::format("{}", static_cast<std::int64_t>(*f.value));
  std::string text = fmt::format("{:.1f}", *f.value);
  std::replace(text.begin(), text.end(), '.', decimal);
  return text;
}

// Header and cells as text, one vector per line.
std::vector<std::vector<std::string>> cells(const DisclosedTable& table, std::size_t columns, char decimal) {
  std::vector<std::vector<std::string>> lines;
  std::vector<std::string> header = {"regio", "jaar", "interventie"};
  for (std::size_t c = 0; c < columns; ++c) header.emplace_back(column_name(static_cast<Column>(c)));
  lines.push_back(std::move(header));
  for (const DisclosedRow& row : table.rows()) {
    std::vector<std::string> line = {key_text(row, 0), key_text(row, 1), key_text(row, 2)};
    for (std::size_t c = 0; c < columns; ++c)
      line.push_back(figure_text(row.figures[c], static_cast<Column>(c), decimal));
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string delimited(const DisclosedTable& table, std::size_t columns, bool dutch, bool fictional) {
  std::string out = dutch ? "\xEF\xBB\xBF" : "";
  for (const std::string& line : describe_table(table, fictional)) out += "# " + line + (dutch ? "\r\n" : "\n");
  for (const auto& line : cells(table, columns, dutch ? ',' : '.')) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) out += dutch ? ';' : ',';
      out += line[i];
    }
    out += dutch ? "\r\n" : "\n";
  }
  return out;
}

nlohmann::ordered_json meta(const DisclosedTable& table, bool fictional) {
  const TableSource& src = table.source();
  const bool protect = table.mode() == DisclosureMode::kSuppressed;
  nlohmann::ordered_json m;
  m["bron"] = src.release ? "release" : "berekend";
  m["peildatum"] = format_iso(src.peildatum);
  if (src.release) {
    m["gepubliceerd_op"] = src.published_at;
    m["gepubliceerd_door"] = src.published_by;
    m["toelichting"] = src.note;
  }
  m["beveiligd"] = protect;
  m["drempel"] = protect ? nlohmann::ordered_json(table.threshold()) : nlohmann::ordered_json();
  m["afronding"] = protect ? nlohmann::ordered_json(table.rounding()) : nlohmann::ordered_json();
  m["fictief"] = fictional;
  m["uitleg"] = describe_table(table, fictional);
  return m;
}

std::string json(const DisclosedTable& table, bool fictional) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const DisclosedRow& row : table.rows()) {
    nlohmann::ordered_json o;
    o["regio"] = row.regio;
    o["jaar"] = row.jaar ? nlohmann::ordered_json(*row.jaar) : nlohmann::ordered_json("*");
    o["interventie"] = key_text(row, 2);
    nlohmann::ordered_json hidden = nlohmann::ordered_json::array();
    for (std::size_t c = 0; c < kColumnCount; ++c) {
      const Figure& f = row.figures[c];
      const std::string name(column_name(static_cast<Column>(c)));
      if (f.suppressed) hidden.push_back(name);
      if (!f.value)
        o[name] = nullptr;
      else if (has_decimals(static_cast<Column>(c)))
        o[name] = *f.value;
      else
        o[name] = static_cast<std::int64_t>(*f.value);
    }
    o["onderdrukt"] = std::move(hidden);
    rows.push_back(std::move(o));
  }
  nlohmann::ordered_json doc;
  doc["meta"] = meta(table, fictional);
  doc["rijen"] = std::move(rows);
  return doc.dump(2) + "\n";
}

std::string terminal(const DisclosedTable& table, std::size_t columns, bool fictional) {
  const auto lines = cells(table, columns, ',');
  std::vector<std::size_t> width(lines[0].size(), 0);
  for (const auto& line : lines)
    for (std::size_t i = 0; i < line.size(); ++i) width[i] = std::max(width[i], line[i].size());
  std::string out;
  for (const std::string& line : describe_table(table, fictional)) out += line + "\n";
  out += "\n";
  for (const auto& line : lines) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) text += "  ";
      // Keys left-aligned, figures right-aligned so digits line up.
      text += i < 3 ? fmt::format("{:<{}}", line[i], width[i]) : fmt::format("{:>{}}", line[i], width[i]);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

}  // namespace

std::vector<std::string> describe_table(const DisclosedTable& table, bool fictional) {
  const TableSource& src = table.source();
  std::vector<std::string> lines;
  lines.push_back("Regiomonitor uitkomstindicatoren; aantallen zijn trajecten (een persoon kan meer trajecten hebben).");
  if (fictional) lines.push_back("FICTIEVE demogegevens: geen echte cliënten.");
  if (table.mode() == DisclosureMode::kUnsuppressed) {
    lines.push_back(fmt::format("Bron: berekend op peildatum {}.", format_iso(src.peildatum)));
    lines.push_back(
        "NIET BEVEILIGD: exacte cijfers zonder onderdrukking of afronding, alleen voor onderzoekers en beheerders; "
        "niet verspreiden.");
    return lines;
  }
  if (src.release)
    lines.push_back(fmt::format("Bron: release met peildatum {}, gepubliceerd {} door {}{}.", format_iso(src.peildatum),
                                src.published_at, src.published_by, src.note.empty() ? "" : " (" + src.note + ")"));
  else
    lines.push_back(fmt::format("Bron: beveiligd berekend op peildatum {} (geen release).", format_iso(src.peildatum)));
  lines.push_back(fmt::format(
      "Beveiligd: aantallen van 1 tot en met {} en cellen waaruit die af te leiden zijn, zijn onderdrukt ('.'); de overige "
      "aantallen zijn afgerond op veelvouden van {}; percentages zijn berekend uit de afgeronde aantallen.",
      table.threshold() - 1, table.rounding()));
  return lines;
}

Result<IndicatorFormat> parse_indicator_format(std::string_view name) {
  if (name == "csv") return IndicatorFormat::kCsv;
  if (name == "csv-nl") return IndicatorFormat::kCsvNl;
  if (name == "json") return IndicatorFormat::kJson;
  if (name == "table") return IndicatorFormat::kTable;
  return fail(ErrorCode::kInvalidArgument,
              fmt::format("Onbekend formaat '{}'; kies uit csv, csv-nl, json, table.", name));
}

std::string format_indicators(const DisclosedTable& table, IndicatorFormat format, const FormatOptions& options) {
  const std::size_t columns = options.percentages ? kColumnCount : kBaseColumnCount;
  switch (format) {
    case IndicatorFormat::kCsv:
      return delimited(table, columns, false, options.fictional);
    case IndicatorFormat::kCsvNl:
      return delimited(table, columns, true, options.fictional);
    case IndicatorFormat::kJson:
      return json(table, options.fictional);
    case IndicatorFormat::kTable:
      return terminal(table, columns, options.fictional);
  }
  return {};
}

}  // namespace regio::outcomes
