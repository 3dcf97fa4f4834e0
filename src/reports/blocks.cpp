#include "reports/blocks.h"

#include <cmath>

#include <fmt/format.h>

#include "report/dutch.h"

namespace regio::reports {

document::Paragraph paragraph(std::string text) { return document::Paragraph{{document::Run{std::move(text)}}}; }

void add_heading(Blocks& b, int level, std::string text, std::string anchor) {
  b.push_back(document::Heading{level, std::move(text), std::move(anchor)});
}

void add_sentence(Blocks& b, const report::Sentence& s) {
  if (!s.text.empty()) b.push_back(paragraph(s.text));
}

std::string table_source(const std::string& source) { return source.starts_with("Bron: ") ? source.substr(6) : source; }

std::string dutch_number(double v, int decimals) {
  if (decimals <= 0) return report::format_count(std::llround(v));
  const double scale = std::pow(10.0, decimals);
  const long long scaled = std::llround(std::fabs(v) * scale);
  const long long whole = scaled / static_cast<long long>(scale);
  const long long frac = scaled % static_cast<long long>(scale);
  std::string sign = (v < 0 && scaled != 0) ? "-" : "";
  return sign + report::format_count(whole) + "," + fmt::format("{:0{}d}", frac, decimals);
}

std::string value_text(const render::Value& v, render::Unit unit, int decimals) {
  if (v.state == render::ValueState::kSuppressed) return ".";
  if (!v.is_shown()) return "–";
  switch (unit) {
    case render::Unit::kPercent:
      return dutch_number(*v.number, decimals < 0 ? 1 : decimals) + "%";
    case render::Unit::kLevel:
      return dutch_number(*v.number, decimals < 0 ? 1 : decimals);
    case render::Unit::kCount:
      break;
  }
  return dutch_number(*v.number, decimals < 0 ? 0 : decimals);
}

document::Cell outcome_cell(const outcomes::Figure& f, bool percent) {
  if (f.suppressed) return document::Cell::hidden();
  if (!f.value) return document::Cell::number("–");
  return document::Cell::number(percent ? dutch_number(*f.value, 1) + "%" : dutch_number(*f.value, 0));
}

}  // namespace regio::reports
