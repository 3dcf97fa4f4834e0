#include "store/response_codec.h"

#include <gtest/gtest.h>

namespace regio::store {
namespace {

TEST(ResponseCodec, StatusTextRoundTrip) {
  EXPECT_STREQ(status_text(forms::ResponseStatus::kConcept), "concept");
  EXPECT_STREQ(status_text(forms::ResponseStatus::kIngediend), "ingediend");
  EXPECT_EQ(*parse_status_text("ingediend"), forms::ResponseStatus::kIngediend);
  EXPECT_EQ(*parse_status_text("concept"), forms::ResponseStatus::kConcept);
  EXPECT_EQ(parse_status_text("Concept").error().code, ErrorCode::kInternal);
}

TEST(ResponseCodec, AnswersAreAJsonObjectOfStrings) {
  auto text = encode_answers({{"b", "é \"x\""}, {"a", "1"}});
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, R"({"a":"1","b":"é \"x\""})");  // UTF-8 kept as is, quotes escaped
  auto back = decode_answers(*text);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, (forms::Answers{{"a", "1"}, {"b", "é \"x\""}}));
  EXPECT_EQ(*encode_answers({}), "{}");
}

TEST(ResponseCodec, RepeatsAreArraysOfObjects) {
  std::map<std::string, std::vector<forms::Answers>> repeats{{"doelen", {{{"x", "1"}}, {}}}, {"leeg", {}}};
  auto text = encode_repeats(repeats);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, R"({"doelen":[{"x":"1"},{}],"leeg":[]})");
  auto back = decode_repeats(*text);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, repeats);
}

TEST(ResponseCodec, NestedRepeatRowsCarryTheirParentRow) {
  // leden is nested in huishoudens: its rows name the row of huishoudens they belong to.
  std::map<std::string, std::vector<forms::Answers>> repeats{
      {"huishoudens", {{{"adres", "A"}}, {{"adres", "B"}}}}, {"leden", {{{"naam", "Anna"}}, {{"naam", "Piet"}}}}};
  const std::map<std::string, std::vector<std::size_t>> parents{{"leden", {1, 0}}};
  auto text = encode_repeats(repeats, &parents);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text,
            R"({"huishoudens":[{"adres":"A"},{"adres":"B"}],)"
            R"("leden":[{"@ouder_rij":1,"naam":"Anna"},{"@ouder_rij":0,"naam":"Piet"}]})");
  std::map<std::string, std::vector<std::size_t>> back_parents;
  auto back = decode_repeats(*text, &back_parents);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, repeats);  // the parent row is not an answer
  EXPECT_EQ(back_parents, parents);
}

TEST(ResponseCodec, InvalidUtf8IsRefused) {
  auto text = encode_answers({{"a", std::string("\xff\xfe")}});
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument);
}

TEST(ResponseCodec, DamagedTextIsAnInternalError) {
  EXPECT_EQ(decode_answers("{").error().code, ErrorCode::kInternal);
  EXPECT_EQ(decode_answers("[]").error().code, ErrorCode::kInternal);
  EXPECT_EQ(decode_answers(R"({"a":1})").error().code, ErrorCode::kInternal);
  EXPECT_EQ(decode_repeats(R"({"g":{"a":"1"}})").error().code, ErrorCode::kInternal);
  EXPECT_EQ(decode_repeats(R"({"g":["x"]})").error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace regio::store
