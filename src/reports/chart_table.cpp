// A chart's figures as alt text and as a table: every figure in a report is readable without
// the picture (screen readers, and readers who want the exact numbers).
#include <map>

#include <fmt/format.h>

#include "render/svg.h"
#include "reports/blocks.h"

namespace regio::reports {
namespace {

render::Value value_at(const render::Series& s, std::size_t i) {
  return i < s.values.size() ? s.values[i] : render::Value::missing();
}

std::string map_class_text(const render::Chart& c, const render::MapRegion& r) {
  if (r.suppressed) return ".";
  if (!r.class_index || *r.class_index < 0 || *r.class_index >= static_cast<int>(c.map.classes.size()))
    return "geen gegevens";
  return c.map.classes[static_cast<std::size_t>(*r.class_index)].label;
}

}  // namespace

std::string alt_text(const render::Chart& c) {
  std::string out = c.title + ".";
  if (c.kind == render::ChartKind::kMap) {
    std::map<std::string, std::vector<std::string>> by_class;
    for (const auto& r : c.map.regions) by_class[map_class_text(c, r)].push_back(r.code);
    for (const auto& [label, codes] : by_class)
      out += fmt::format(" {}: {} {}.", label, codes.size(), codes.size() == 1 ? "regio" : "regio's");
    return out;
  }
  for (const auto& s : c.series) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < c.categories.size(); ++i)
      parts.push_back(c.categories[i] + " " + value_text(value_at(s, i), c.unit, c.decimals));
    out += fmt::format(" {}: {}.", s.name, fmt::join(parts, "; "));
  }
  return out;
}

document::Table chart_table(const render::Chart& c) {
  document::Table t;
  t.caption = c.title;
  // The writers print "Bron: " before a table's source themselves.
  t.source = c.source.starts_with("Bron: ") ? c.source.substr(6) : c.source;
  if (c.kind == render::ChartKind::kMap) {
    t.header_rows.push_back({document::Cell::label("Regio"), document::Cell::label("Klasse")});
    for (const auto& r : c.map.regions) {
      document::Cell cls = r.suppressed ? document::Cell::hidden() : document::Cell::label(map_class_text(c, r));
      t.rows.push_back({document::Cell::label(r.code), cls});
    }
    return t;
  }
  // Categories as rows, series as columns (a matrix: rows "van", columns "naar" transposed).
  document::Row header{document::Cell::label(c.kind == render::ChartKind::kMatrix ? c.y_label : c.x_label)};
  if (header[0].text.empty()) header[0].text = " ";
  if (c.kind == render::ChartKind::kMatrix) {
    for (const auto& cat : c.categories) header.push_back(document::Cell::number(c.x_label + " " + cat));
    t.header_rows.push_back(header);
    for (const auto& s : c.series) {
      document::Row row{document::Cell::label(s.name)};
      for (std::size_t i = 0; i < c.categories.size(); ++i) {
        auto v = value_at(s, i);
        row.push_back(v.state == render::ValueState::kSuppressed
                          ? document::Cell::hidden()
                          : document::Cell::number(value_text(v, c.unit, c.decimals)));
      }
      t.rows.push_back(row);
    }
    return t;
  }
  for (const auto& s : c.series) header.push_back(document::Cell::number(s.name));
  t.header_rows.push_back(header);
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    document::Row row{document::Cell::label(c.categories[i])};
    for (const auto& s : c.series) {
      auto v = value_at(s, i);
      row.push_back(v.state == render::ValueState::kSuppressed
                        ? document::Cell::hidden()
                        : document::Cell::number(value_text(v, c.unit, c.decimals)));
    }
    t.rows.push_back(row);
  }
  return t;
}

void add_chart(Blocks& b, const render::Chart& c, const std::string& id, ChartTable table) {
  render::SvgOptions opt;
  opt.id_prefix = id;
  opt.width = 720;  // a little wider than the default: the figure is scaled to the text width, so it is lower
  opt.heading = render::Heading::kHidden;
  opt.medium = render::Medium::kPrint;
  // The SVG draws the source line itself; the table under it repeats it.
  b.push_back(document::Figure{render::to_svg(c, opt), alt_text(c), c.title, ""});
  document::Table t = chart_table(c);
  t.print = table == ChartTable::kEverywhere;
  b.push_back(std::move(t));
}

}  // namespace regio::reports
