// The sections of the report documents (internal to the reports module).
#pragma once

#include <string>

#include "reports/blocks.h"
#include "reports/input.h"

namespace regio::reports {

// national_sections.cpp
void levels_section(Blocks& b, const ReportInput& in);
void aimed_section(Blocks& b, const ReportInput& in);
void embedding_section(Blocks& b, const ReportInput& in);
void stakeholders_section(Blocks& b, const ReportInput& in);
void products_section(Blocks& b, const ReportInput& in);
void goals_section(Blocks& b, const ReportInput& in);
void activities_section(Blocks& b, const ReportInput& in);
void bottlenecks_section(Blocks& b, const ReportInput& in);
void patterns_section(Blocks& b, const ReportInput& in);

// outcome_sections.cpp; `region` empty = national
void outcomes_section(Blocks& b, const ReportInput& in, const std::string& region, int level);
void outlook_section(Blocks& b, const ReportInput& in, const std::string& region, int level);

// appendix.cpp
void advice_overview(Blocks& b, const ReportInput& in);
void region_advice(Blocks& b, const ReportInput& in, const std::string& region);
void methods_appendix(Blocks& b, const ReportInput& in);
void colophon(Blocks& b, const ReportInput& in);
// "Bron: Regiomonitor, meting <wave name>".
std::string wave_source(const ReportInput& in);
// The classification year whose boundaries draw the map for this wave (2017, 2020 or 2025).
int map_year(const ReportInput& in);

}  // namespace regio::reports
