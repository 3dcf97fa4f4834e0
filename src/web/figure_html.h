// A FigureTable (dashboard_figures.h) as accessible HTML, for the dashboard and the region page: a
// table with caption and th/scope ("." cells marked as suppressed) in a
// focusable scroll box (wide tables on small screens), and a figure section with heading, text
// summary, optional chart, the table, its source and a CSV link.
#pragma once

#include <string>

#include "web/dashboard_figures.h"
#include "web/html.h"

namespace regio::web {

void figure_table(Html& m, const FigureTable& t);

// <section> with an <h{level}> of t.title (id "<id>-kop"), the summary, the SVG (when not empty),
// the table, the source and a download link to `csv_link`.
void figure_section(Html& m, const std::string& id, const FigureTable& t, const std::string& svg,
                    const std::string& csv_link, int level = 3);

}  // namespace regio::web
