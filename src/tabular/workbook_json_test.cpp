#include "tabular/workbook_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace regio::tabular {
namespace {

using ::testing::HasSubstr;

Workbook sample() {
  Sheet vragen;
  vragen.name = "vragen";
  vragen.source = "lijst.xlsx[vragen]";
  vragen.header = {"naam", "tekst"};
  vragen.rows = {Row{2, {"leeftijd", "Hoe oud bent u?"}}, Row{5, {"zo\xC3\xAB", "regel\n\"twee\""}}};
  Sheet leeg;
  leeg.name = "leeg";
  leeg.source = "lijst.xlsx[leeg]";
  return Workbook{{vragen, leeg}};
}

TEST(WorkbookJson, HasTheDocumentedShape) {
  const auto document = nlohmann::json::parse(workbook_to_json(sample()));
  EXPECT_EQ(document["sheets"].size(), 2u);
  EXPECT_EQ(document["sheets"][0]["name"], "vragen");
  EXPECT_EQ(document["sheets"][0]["source"], "lijst.xlsx[vragen]");
  EXPECT_EQ(document["sheets"][0]["header"], nlohmann::json({"naam", "tekst"}));
  EXPECT_EQ(document["sheets"][0]["rows"][1]["line"], 5);
  EXPECT_EQ(document["sheets"][0]["rows"][1]["cells"][1], "regel\n\"twee\"");
  EXPECT_TRUE(document["sheets"][1]["rows"].empty());
}

TEST(WorkbookJson, RoundTrips) {
  const Workbook original = sample();
  auto back = workbook_from_json(workbook_to_json(original));
  ASSERT_TRUE(back.has_value()) << back.error().describe();
  ASSERT_EQ(back->sheets.size(), 2u);
  for (std::size_t s = 0; s < 2; ++s) {
    EXPECT_EQ(back->sheets[s].name, original.sheets[s].name);
    EXPECT_EQ(back->sheets[s].source, original.sheets[s].source);
    EXPECT_EQ(back->sheets[s].header, original.sheets[s].header);
    ASSERT_EQ(back->sheets[s].rows.size(), original.sheets[s].rows.size());
    for (std::size_t r = 0; r < original.sheets[s].rows.size(); ++r) {
      EXPECT_EQ(back->sheets[s].rows[r].line, original.sheets[s].rows[r].line);
      EXPECT_EQ(back->sheets[s].rows[r].cells, original.sheets[s].rows[r].cells);
    }
  }
}

TEST(WorkbookJson, InvalidUtf8IsReplacedNotThrown) {
  Workbook book;
  book.sheets.push_back(Sheet{"s", "s.csv", {"a"}, {Row{2, {"caf\xE9"}}}});
  auto back = workbook_from_json(workbook_to_json(book));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->sheets[0].rows[0].cells[0], "caf\xEF\xBF\xBD");
}

TEST(WorkbookJson, RejectsMalformedInput) {
  struct Case {
    const char* json;
    const char* message;
  };
  for (const Case& c :
       {Case{"{", "geen geldige JSON"}, Case{"[]", "sheets ontbreekt"},
        Case{R"({"sheets":[{"name":"a"}]})", "blad 1 mist"},
        Case{R"({"sheets":[{"name":"a","header":["x"],"rows":[{"line":-1,"cells":["1"]}]}]})", "rij 1 mist"},
        Case{R"({"sheets":[{"name":"a","header":["x"],"rows":[{"line":3,"cells":["1","2"]}]}]})",
             "blad 1, regel 3: 2 cellen, de kopregel heeft er 1"}}) {
    auto book = workbook_from_json(c.json);
    ASSERT_FALSE(book.has_value()) << c.json;
    EXPECT_EQ(book.error().code, ErrorCode::kInvalidData);
    EXPECT_THAT(book.error().message, HasSubstr(c.message)) << c.json;
  }
}

}  // namespace
}  // namespace regio::tabular
