#include "document/sample_document_test_support.h"

#include <fmt/format.h>

namespace regio::document::testing {

const char* bar_chart_svg() {
  return R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300">
  <rect x="0" y="0" width="600" height="300" fill="#ffffff"/>
  <line x1="60" y1="260" x2="580" y2="260" stroke="#444" stroke-width="1"/>
  <rect x="80" y="180" width="60" height="80" fill="#154273"/>
  <rect x="180" y="120" width="60" height="140" fill="#154273"/>
  <rect x="280" y="60" width="60" height="200" fill="#154273"/>
  <rect x="380" y="150" width="60" height="110" fill="#154273"/>
  <rect x="480" y="220" width="60" height="40" fill="#154273"/>
  <g font-family="Noto Sans" font-size="14" fill="#1a1a1a" text-anchor="middle">
    <text x="110" y="280">1</text><text x="210" y="280">2</text><text x="310" y="280">3</text>
    <text x="410" y="280">4</text><text x="510" y="280">5</text>
    <text x="110" y="172">4</text><text x="210" y="112">7</text><text x="310" y="52">10</text>
    <text x="410" y="142">6</text><text x="510" y="212">2</text>
  </g>
</svg>)svg";
}

const char* line_chart_svg() {
  return R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 260">
  <line x1="50" y1="220" x2="580" y2="220" stroke="#444"/>
  <line x1="50" y1="20" x2="50" y2="220" stroke="#444"/>
  <polyline points="80,200 230,150 380,110 530,60" fill="none" stroke="#154273" stroke-width="3"/>
  <polyline points="80,210 230,190 380,170 530,150" fill="none" stroke="#e17000" stroke-width="3" stroke-dasharray="8 4"/>
  <g font-family="Noto Sans" font-size="13" fill="#1a1a1a">
    <text x="70" y="240">2017</text><text x="215" y="240">2018</text><text x="365" y="240">2019</text>
    <text x="515" y="240">2020</text><text x="540" y="55">gemiddeld</text><text x="540" y="145">laagste</text>
  </g>
</svg>)svg";
}

namespace {

Paragraph text(std::string t, TextAlign align = TextAlign::kLeft) { return Paragraph{{Run{std::move(t)}}, align}; }

const char* kLongParagraph =
    "In de arbeidsmarktregio's werken gemeenten, UWV, werkgevers en zorgaanbieders samen aan betaald werk voor "
    "mensen met een psychische aandoening. De ervaringsdeskundigheid van cliënten en de samenwerkingsafspraken "
    "tussen de geestelijke gezondheidszorg en het werkgeversservicepunt bepalen voor een groot deel hoe snel een "
    "regio de samenwerkingsladder opklimt. Regio's die hun doelstellingen kwantitatief formuleren en de "
    "resultaten meten, werken vaker operationeel samen dan regio's zonder meetbare doelen.";

Table region_table(int rows) {
  Table t;
  t.caption = "Niveau op de samenwerkingsladder per arbeidsmarktregio";
  t.header_rows.push_back({Cell::label("Regio"), Cell::label("Naam"), Cell::number("2017"), Cell::number("2018"),
                           Cell::number("2019"), Cell::number("2020"), Cell::number("Cliënten")});
  for (int i = 1; i <= rows; ++i) {
    Row r{Cell::label(fmt::format("AM{:02}", i)),  Cell::label(fmt::format("Arbeidsmarktregio nummer {}", i)),
          Cell::number(std::to_string(1 + i % 3)), Cell::number(std::to_string(1 + i % 4)),
          Cell::number(std::to_string(2 + i % 3)), Cell::number(std::to_string(2 + i % 4))};
    r.push_back(i % 7 == 0 ? Cell::hidden() : Cell::number(fmt::format("{}.{:03}", 1 + i / 10, (i * 37) % 1000)));
    t.rows.push_back(std::move(r));
  }
  t.source = "Regiomonitor, fictieve demodata (vier meetmomenten).";
  return t;
}

void chapter(Document& d, int n, int table_rows) {
  const std::string s = n == 1 ? "" : fmt::format("-{}", n);
  d.blocks.push_back(Heading{1, n == 1 ? "Samenvatting" : fmt::format("Samenvatting {}", n), "samenvatting" + s});
  d.blocks.push_back(text(kLongParagraph));
  d.blocks.push_back(
      Paragraph{{Run{"Belangrijkste bevinding: ", true}, Run{"eind 2020 overleggen "},
                 Run{"alle 31 regio's", false, true}, Run{" regelmatig; 15 werken operationeel samen."}}});
  d.blocks.push_back(BulletList{{{Run{"Werkgevers en zorgverzekeraars zijn nog weinig betrokken."}},
                                 {Run{"Ervaringsdeskundigen zijn in 24 regio's structureel betrokken."}},
                                 {Run{"Personeelsverloop is het vaakst genoemde knelpunt."}}}});
  d.blocks.push_back(Note{"Let op",
                          {Run{"Dit rapport bevat fictieve demodata. De cijfers zeggen niets over echte "
                               "regio's en zijn niet voor gebruik."}}});
  d.blocks.push_back(Heading{1, "Niveaus en overgangen", "niveaus" + s});
  d.blocks.push_back(Heading{2, "Verdeling over de ladder", "verdeling" + s});
  d.blocks.push_back(text(kLongParagraph));
  d.blocks.push_back(Figure{bar_chart_svg(), "Staafdiagram: aantal regio's per niveau; niveau 3 komt het vaakst voor.",
                            "Regio's per niveau van de samenwerkingsladder, eind 2020", "Regiomonitor, demodata"});
  d.blocks.push_back(Heading{2, "Per regio", "per-regio" + s});
  d.blocks.push_back(region_table(table_rows));
  d.blocks.push_back(Heading{2, "Overgangen tussen meetmomenten", "overgangen" + s});
  d.blocks.push_back(Figure{line_chart_svg(),
                            "Lijndiagram: het gemiddelde niveau stijgt van 1,5 in 2017 naar 3,2 in 2020.",
                            "Gemiddeld en laagste niveau per meetmoment", ""});
  d.blocks.push_back(Heading{3, "Stijgers en dalers", "stijgers" + s});
  for (int i = 0; i < 3; ++i) d.blocks.push_back(text(kLongParagraph, TextAlign::kJustified));
  d.blocks.push_back(PageBreak{});
}

}  // namespace

Document sample_document(int chapters, int table_rows) {
  Document d;
  d.metadata.title = "Voorbeeldrapport Regiomonitor";
  d.metadata.subtitle = "Stand van zaken, patronen en blik vooruit";
  d.metadata.author = "Regiomonitor GGZ & Werk";
  d.metadata.subject = "Samenwerking GGZ en werk in de arbeidsmarktregio's";
  d.metadata.keywords = {"GGZ", "werk", "arbeidsmarktregio"};
  d.metadata.created = from_civil({2026, 11, 28});
  d.metadata.creator = "Regiomonitor 0.9.0";
  d.running_text = "Fictieve demodata — niet voor gebruik";
  d.blocks.push_back(TableOfContents{});
  for (int n = 1; n <= chapters; ++n) chapter(d, n, table_rows);
  d.blocks.push_back(Heading{1, "Methoden", "methoden"});
  d.blocks.push_back(
      Paragraph{{Run{"Ervaringsdeskundigheid ervaringsdeskundigheid ervaringsdeskundigheid "
                     "ervaringsdeskundigheid ervaringsdeskundigheid ervaringsdeskundigheid "
                     "ervaringsdeskundigheid ervaringsdeskundigheid ervaringsdeskundigheid."}}});
  d.blocks.push_back(text(kLongParagraph));
  return d;
}

}  // namespace regio::document::testing
