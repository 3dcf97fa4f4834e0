#include "reports/national_report.h"

#include <fmt/format.h>

#include "report/client_outcomes.h"
#include "report/findings.h"
#include "report/outlook.h"
#include "reports/sections.h"

namespace regio::reports {
namespace {

void title_page(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  std::vector<std::vector<document::Run>> items;
  items.push_back(
      {{"Meetmoment: ", true}, {fmt::format("{} ({}, {})", a.wave.name, a.wave.code, format_dutch(a.wave.date))}});
  if (a.compare_wave)
    items.push_back({{"Vergeleken met: ", true}, {fmt::format("{} ({})", a.compare_wave->name, a.compare_wave->code)}});
  items.push_back({{"Regio's met een ingediende vragenlijst: ", true}, {std::to_string(a.regions)}});
  items.push_back({{"Uitkomsten voor cliënten: ", true},
                   {in.release ? fmt::format("release met peildatum {}", format_dutch(in.release->peildatum))
                               : std::string("nog geen release gepubliceerd")}});
  items.push_back({{"Gegenereerd op: ", true}, {format_dutch(in.generated) + " door " + in.software}});
  b.push_back(document::BulletList{items});
  if (in.fictional)
    b.push_back(document::Note{"Fictieve demodata",
                               {{"Dit rapport is gemaakt uit de fictieve demogegevens van Regiomonitor. De regio's "
                                 "bestaan, maar hun antwoorden en de cliëntcijfers zijn verzonnen: trek er geen "
                                 "conclusies uit."}}});
  b.push_back(document::TableOfContents{});
  b.push_back(document::PageBreak{});
}

void summary(Blocks& b, const ReportInput& in) {
  add_heading(b, 1, "Samenvatting", "samenvatting");
  b.push_back(
      paragraph("De belangrijkste bevindingen van deze meting, met de cijfers waarop ze steunen. "
                "De hoofdstukken hierna geven per onderwerp de figuren en tabellen."));
  std::vector<std::vector<document::Run>> items;
  for (const auto& s : report::main_findings(in.analysis, in.config)) items.push_back({{s.text}});
  if (!in.patterns.empty()) items.push_back({{report::patterns_summary(in.patterns).text}});
  if (in.release) {
    auto nat = report::national_outcomes(in.release->table);
    // Work within 12 months, nationally: the headline outcome.
    for (const auto& s : nat)
      if (s.key.starts_with("uitkomst.werk_12m_pct")) items.push_back({{s.text}});
    auto outlooks = report::goal_outlooks(in.goals, in.release->table);
    if (outlooks && in.region_detail) items.push_back({{report::outlook_summary(*outlooks).text}});
  } else {
    items.push_back({{"Over uitkomsten voor cliënten is nog geen release gepubliceerd."}});
  }
  b.push_back(document::BulletList{items});
}

}  // namespace

document::Document national_report(const ReportInput& in) {
  document::Document doc;
  const auto& a = in.analysis;
  doc.metadata.title = "Stand van zaken GGZ & Werk";
  doc.metadata.subtitle = fmt::format("Landelijk rapport, meting {}", a.wave.name);
  doc.metadata.author = "Regiomonitor";
  doc.metadata.subject =
      "Samenwerking van de arbeidsmarktregio's op GGZ en werk: stand van zaken, patronen en "
      "blik vooruit";
  doc.metadata.keywords = {"GGZ", "werk", "arbeidsmarktregio", a.wave.code};
  doc.metadata.created = in.generated;
  doc.metadata.creator = in.software;
  doc.running_text = running_text(in, "Stand van zaken, meting " + a.wave.code);
  Blocks& b = doc.blocks;
  title_page(b, in);
  summary(b, in);
  levels_section(b, in);
  aimed_section(b, in);
  embedding_section(b, in);
  stakeholders_section(b, in);
  products_section(b, in);
  goals_section(b, in);
  activities_section(b, in);
  bottlenecks_section(b, in);
  outcomes_section(b, in, "", 1);
  patterns_section(b, in);
  outlook_section(b, in, "", 1);
  advice_overview(b, in);
  methods_appendix(b, in);
  colophon(b, in);
  return doc;
}

}  // namespace regio::reports
