// Runs the hand-worked golden cases in testdata/golden/*.txt (format: testdata/golden/README.md)
// through the engine and through the reference implementation.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "base/text.h"
#include "outcomes/indicators.h"
#include "outcomes/indicators_reference.h"

namespace regio::outcomes {
namespace {

struct GoldenCase {
  Extract extract;
  Date peildatum;
  std::optional<std::size_t> rows;
  std::vector<std::string> expected;
};

// "2019-03-01", "2019-03-01+365", "2019-03-01-10"; "-" is an open end.
std::int32_t parse_day(const std::string& text) {
  if (text == "-") return kOpenEnd;
  auto date = parse_iso_date(std::string_view(text).substr(0, 10));
  if (!date) throw std::runtime_error("bad date " + text);
  if (text.size() == 10) return date->days;
  auto offset = parse_integer(std::string_view(text).substr(10));
  if (!offset) throw std::runtime_error("bad offset " + text);
  return date->days + static_cast<std::int32_t>(*offset);
}

GoldenCase read_case(const std::filesystem::path& path) {
  GoldenCase c;
  std::map<std::string, std::uint32_t> persons;
  auto person = [&](const std::string& name) {
    auto [it, inserted] = persons.try_emplace(name, static_cast<std::uint32_t>(c.extract.persons.size()));
    if (inserted) c.extract.persons.push_back(name);
    return it->second;
  };
  std::ifstream in(path);
  std::string line, section;
  while (std::getline(in, line)) {
    if (auto hash = line.find(" #"); hash != std::string::npos) line.resize(hash);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      section = line;
      continue;
    }
    const auto f = split_whitespace(line);
    if (section.empty() && f.size() == 2 && f[0] == "peildatum") {
      c.peildatum = Date{parse_day(f[1])};
    } else if (section.empty() && f.size() == 2 && f[0] == "rijen") {
      c.rows = static_cast<std::size_t>(*parse_integer(f[1]));
    } else if (section == "[trajecten]" && f.size() == 5) {
      Trajecten& t = c.extract.trajecten;
      t.traject_id.push_back(f[0]);
      t.person.push_back(person(f[1]));
      t.regio.push_back(f[2]);
      t.gemeente.push_back("");
      t.interventie.push_back(interventie_from_text(f[3]).value());
      t.verwijzer.push_back(Verwijzer::kOnbekend);
      t.uitkering_start.push_back(UitkeringStart::kOnbekend);
      t.start.push_back(parse_day(f[4]));
      t.end.push_back(kOpenEnd);
    } else if (section == "[werk]" && f.size() == 4) {
      WerkSpells& w = c.extract.werk;
      w.person.push_back(person(f[0]));
      w.start.push_back(parse_day(f[1]));
      w.end.push_back(parse_day(f[2]));
      w.hours.push_back(f[3] == "-" ? kUnknownHours : static_cast<float>(*parse_decimal(f[3])));
      w.contract.push_back(Contract::kOnbekend);
    } else if (section == "[uitkeringen]" && f.size() == 3) {
      UitkeringSpells& u = c.extract.uitkeringen;
      u.person.push_back(person(f[0]));
      u.soort.push_back(UitkeringSoort::kBijstand);
      u.start.push_back(parse_day(f[1]));
      u.end.push_back(parse_day(f[2]));
    } else if (section == "[verwacht]" && f.size() == 1) {
      c.expected.push_back(f[0]);
    } else {
      throw std::runtime_error("cannot read line: " + line);
    }
  }
  return c;
}

// The CSV form of indicator_format.h plus uren_bekend as the last column, written independently
// here so a golden case checks the engine only.
std::string csv(const IndicatorRow& r) {
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}", r.regio, r.jaar ? std::to_string(*r.jaar) : "*",
                     r.interventie ? std::string(interventie_text(*r.interventie)) : "*", r.starters, r.werk_12m_noemer,
                     r.werk_12m_teller, r.dagen_tot_werk_mediaan ? std::to_string(*r.dagen_tot_werk_mediaan) : "",
                     r.duurzaam_noemer, r.duurzaam_teller, r.werkend_12m_teller, r.uitkering_noemer,
                     r.uitkering_uitstroom_teller, r.uren_gem ? fmt::format("{:.1f}", *r.uren_gem) : "", r.uren_bekend);
}

void check(const GoldenCase& c, const std::vector<IndicatorRow>& rows) {
  std::vector<std::string> actual;
  for (const auto& r : rows) actual.push_back(csv(r));
  if (c.rows) EXPECT_EQ(actual.size(), *c.rows);
  std::size_t from = 0;
  for (const std::string& want : c.expected) {
    const std::string key = want.substr(0, want.find(',', want.find(',', want.find(',') + 1) + 1));
    auto it = std::find_if(actual.begin(), actual.end(), [&](const std::string& a) { return a.starts_with(key); });
    ASSERT_NE(it, actual.end()) << "missing row " << key;
    EXPECT_EQ(*it, want);
    const auto pos = static_cast<std::size_t>(it - actual.begin());
    EXPECT_GE(pos, from) << "row out of order: " << key;
    from = pos;
  }
}

TEST(IndicatorsGolden, HandWorkedCases) {
  const std::filesystem::path dir = std::filesystem::path(REGIO_SOURCE_DIR) / "src/outcomes/testdata/golden";
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    SCOPED_TRACE(entry.path().filename().string());
    const GoldenCase c = read_case(entry.path());
    ASSERT_FALSE(c.expected.empty());
    check(c, compute_indicators(c.extract, c.peildatum).value());
    check(c, reference::indicators(c.extract, c.peildatum));
    ++cases;
  }
  EXPECT_GE(cases, 5);
}

}  // namespace
}  // namespace regio::outcomes
