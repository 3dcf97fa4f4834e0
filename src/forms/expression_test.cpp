#include "forms/expression.h"

#include <cmath>
#include <fstream>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "base/text.h"

namespace regio::forms {
namespace {

struct GoldenCase {
  std::size_t line = 0;
  std::string expression;
  Answers main;
  Answers row;
  std::string current;
  Date today{};
  std::string now;
  std::size_t position = 0;
  std::map<std::string, std::vector<Answers>> repeats;
  std::map<std::string, std::string> repeat_of;
  std::string expected;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (true) {
    const auto e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) return out;
    b = e + 1;
  }
}

std::vector<GoldenCase> load_golden() {
  std::ifstream in(std::string(REGIO_SOURCE_DIR) + "/src/forms/testdata/expressions.tsv");
  std::vector<GoldenCase> cases;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    auto cols = split(line, '\t');
    EXPECT_EQ(cols.size(), 3u) << "expressions.tsv line " << number;
    if (cols.size() != 3) continue;
    GoldenCase c;
    c.line = number;
    c.expression = cols[0];
    c.expected = cols[2];
    if (cols[1] != "-") {
      for (const auto& pair : split(cols[1], '|')) {
        const auto eq = pair.find('=');
        const std::string key = pair.substr(0, eq), value = pair.substr(eq + 1);
        if (key == ".")
          c.current = value;
        else if (key == "today")
          c.today = *parse_date(value);
        else if (key == "now")
          c.now = value;
        else if (key == "position")
          c.position = std::stoul(value);
        else if (key.rfind("row:", 0) == 0)
          c.row[key.substr(4)] = value;
        else if (key.rfind("rep:", 0) == 0) {  // rep:<repeat>:<row, 1-based>:<question>
          const auto parts = split(key, ':');
          auto& rows = c.repeats[parts[1]];
          rows.resize(std::max(rows.size(), std::stoul(parts[2])));
          rows[std::stoul(parts[2]) - 1][parts[3]] = value;
          c.repeat_of[parts[3]] = parts[1];
        } else
          c.main[key] = value;
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(ExpressionGolden, AllCasesOfTheDataFile) {
  const auto cases = load_golden();
  ASSERT_GT(cases.size(), 50u);
  for (const auto& c : cases) {
    SCOPED_TRACE("expressions.tsv line " + std::to_string(c.line) + ": " + c.expression);
    auto e = Expression::parse(c.expression);
    if (c.expected == "ERROR") {
      EXPECT_FALSE(e.has_value());
      continue;
    }
    ASSERT_TRUE(e.has_value()) << e.error().message;
    EvaluationContext context{.row = &c.row, .main = &c.main, .current = c.current, .today = c.today};
    context.repeats = &c.repeats;
    context.repeat_of = &c.repeat_of;
    context.position = c.position;
    context.now = c.now;
    const Value v = e->evaluate(context);
    if (c.expected == "true" || c.expected == "false") {
      EXPECT_EQ(v.kind(), Value::Kind::kBoolean);
      EXPECT_EQ(v.as_boolean(), c.expected == "true");
    } else if (c.expected.size() >= 2 && c.expected.front() == '\'') {
      EXPECT_EQ(v.kind(), Value::Kind::kString);
      EXPECT_EQ(v.as_string(), c.expected.substr(1, c.expected.size() - 2));
    } else if (c.expected == "NaN") {
      EXPECT_EQ(v.kind(), Value::Kind::kNumber);
      EXPECT_TRUE(std::isnan(v.as_number()));
    } else {
      EXPECT_EQ(v.kind(), Value::Kind::kNumber);
      EXPECT_DOUBLE_EQ(v.as_number(), *parse_decimal(c.expected));
    }
  }
}

TEST(Expression, ListsReferencesOnceInOrder) {
  auto e = Expression::parse("${b} > 1 and ${a} = ${b} or .");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->references(), (std::vector<std::string>{"b", "a"}));
  EXPECT_TRUE(e->uses_current());
}

TEST(Expression, ErrorNamesThePosition) {
  auto e = Expression::parse("${a} = 1 # 2");
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().message, "onverwacht teken '#' op positie 10");
  auto f = Expression::parse("foo(1)");
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().message, "onbekende functie foo() op positie 1");
  // ODK's geo functions work on geoshape/geotrace, which a region cannot answer: named as such.
  auto g = Expression::parse("round(enclosed-area(${vlak}), 2)");
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().message,
            "geo-functie enclosed-area() op positie 7 rekent met een vlak of lijn op de kaart (geoshape/geotrace); "
            "die wordt niet ondersteund");
}

TEST(Expression, ParsedOnceEvaluatedManyTimes) {
  auto e = Expression::parse("${n} * 2");
  ASSERT_TRUE(e);
  for (int i = 0; i < 5; ++i) {
    Answers a{{"n", std::to_string(i)}};
    EXPECT_EQ(e->evaluate({.main = &a}).as_number(), 2 * i);
  }
}

}  // namespace
}  // namespace regio::forms
