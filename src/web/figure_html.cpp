#include "web/figure_html.h"

namespace regio::web {

void figure_table(Html& m, const FigureTable& t) {
  m.open("div",
         {{"class", "table-scroll"}, {"tabindex", "0"}, {"role", "region"}, {"aria-label", "Tabel: " + t.caption}});
  m.open("table", {{"class", "table figures"}});
  m.element("caption", t.caption);
  m.open("thead").open("tr");
  for (const auto& h : t.header) m.element("th", {{"scope", "col"}}, h);
  m.close("tr").close("thead").open("tbody");
  for (const auto& row : t.rows) {
    m.open("tr");
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i == 0)
        m.element("th", {{"scope", "row"}}, row[i]);
      else if (row[i] == ".")  // a suppressed figure (the page explains the dot)
        m.element("td", {{"class", "suppressed"}, {"title", "onderdrukt"}}, ".");
      else
        m.element("td", row[i]);
    }
    m.close("tr");
  }
  m.close("tbody").close("table").close("div");
}

void figure_section(Html& m, const std::string& id, const FigureTable& t, const std::string& svg,
                    const std::string& csv_link, int level) {
  m.open("section", {{"class", "figure"}, {"id", id}, {"aria-labelledby", id + "-kop"}});
  if (level == 2)
    m.element("h2", {{"id", id + "-kop"}}, t.title);
  else
    m.element("h3", {{"id", id + "-kop"}}, t.title);
  if (!t.summary.empty()) m.element("p", {{"class", "summary"}}, t.summary);
  if (!svg.empty()) m.open("figure").svg(svg).close("figure");
  figure_table(m, t);
  m.element("p", {{"class", "source"}}, t.source);
  m.open("p").element("a", {{"href", csv_link}, {"download", ""}}, "Download deze cijfers (CSV)").close("p");
  m.close("section");
}

}  // namespace regio::web
