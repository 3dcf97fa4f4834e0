// The contract of Store (store.h), run against every implementation: SqliteStore on a temporary
// file, PostgresStore on a fresh database of the test server (postgres/test_database.h) and
// MemoryStore. A behaviour that differs between them fails here.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "outcomes/serialize.h"
#include "outcomes/testing/random_extract.h"
#include "store/contract_fixture.h"

namespace regio::store {
namespace {

using namespace contract;  // NOLINT: the shared fixture

TYPED_TEST_SUITE(StoreContractTest, Implementations, ImplementationNames);

TYPED_TEST(StoreContractTest, QuestionnairePutReplacesAndUnknownIsNotFound) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.put_questionnaire({"standaard", "{\"versie\":2}"}, test_audit()));
  auto q = s.questionnaire("standaard");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->id, "standaard");
  EXPECT_EQ(q->workbook_json, "{\"versie\":2}");
  auto missing = s.questionnaire("bestaat-niet");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TYPED_TEST(StoreContractTest, WavesAreOrderedByDateThenCode) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2019-eind", "2019-12-31"), test_audit()));
  ASSERT_TRUE(s.add_wave(make_wave("2017-start", "2017-03-01"), test_audit()));
  ASSERT_TRUE(s.add_wave(make_wave("b-zelfde-dag", "2018-06-30"), test_audit()));
  ASSERT_TRUE(s.add_wave(make_wave("a-zelfde-dag", "2018-06-30"), test_audit()));
  auto waves = s.waves();
  ASSERT_TRUE(waves);
  ASSERT_EQ(waves->size(), 4u);
  EXPECT_EQ((*waves)[0].code, "2017-start");
  EXPECT_EQ((*waves)[1].code, "a-zelfde-dag");
  EXPECT_EQ((*waves)[2].code, "b-zelfde-dag");
  EXPECT_EQ((*waves)[3].code, "2019-eind");
  EXPECT_EQ((*waves)[3].name, "Meting 2019-eind");
  EXPECT_EQ((*waves)[3].date, from_civil({2019, 12, 31}));
  EXPECT_EQ((*waves)[3].questionnaire, "standaard");
}

TYPED_TEST(StoreContractTest, WaveLookupAndErrors) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2018-tussen", "2018-09-15"), test_audit()));
  auto w = s.wave("2018-tussen");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->date, from_civil({2018, 9, 15}));

  auto duplicate = s.add_wave(make_wave("2018-tussen", "2020-01-01"), test_audit());
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(s.wave("2018-tussen")->date, from_civil({2018, 9, 15}));  // not overwritten

  auto unknown_questionnaire = s.add_wave(make_wave("2020-vervolg", "2020-06-01", "onbekend"), test_audit());
  ASSERT_FALSE(unknown_questionnaire);
  EXPECT_EQ(unknown_questionnaire.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.wave("2020-vervolg").error().code, ErrorCode::kNotFound);
}

TYPED_TEST(StoreContractTest, WaveWithQuestionnaireIsOneStep) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave_with_questionnaire(make_wave("2021", "2021-12-31", "2021-jaarlijks"),
                                            {"2021-jaarlijks", "{\"v\":2021}"}, test_audit()));
  EXPECT_EQ(s.wave("2021")->questionnaire, "2021-jaarlijks");
  EXPECT_EQ(s.questionnaire("2021-jaarlijks")->workbook_json, "{\"v\":2021}");

  // The wave exists already: the questionnaire must not be stored either.
  auto again = s.add_wave_with_questionnaire(make_wave("2021", "2021-12-31", "nieuw"), {"nieuw", "{}"}, test_audit());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(s.questionnaire("nieuw").error().code, ErrorCode::kNotFound);
}

TYPED_TEST(StoreContractTest, ResponsesRoundTripWithRepeatsAndUnicode) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2019-eind", "2019-12-31"), test_audit()));
  forms::Response r = make_response(
      "AM13", {{"niveau", "3"}, {"toelichting", "Cliëntenraad \"ja\"; ‘quotes’ €, 日本, \n nieuwe regel"}});
  r.wave = "2019-eind";
  r.status = forms::ResponseStatus::kIngediend;
  r.repeats["doelen"] = {{{"omschrijving", "Meer IPS-trajecten"}, {"type", "cliënten"}},
                         {{"omschrijving", "Convenant"}}};
  r.repeats["leeg"] = {};
  // A nested repeat: each row of "stappen" belongs to a row of "doelen".
  r.repeats["stappen"] = {{{"stap", "Overleg"}}, {{"stap", "Tekenen"}}, {{"stap", "Starten"}}};
  r.repeat_parents["stappen"] = {1, 1, 0};
  ASSERT_TRUE(s.replace_responses("2019-eind", {r, make_response("AM01")}, test_audit()));

  auto got = s.responses("2019-eind");
  ASSERT_TRUE(got);
  ASSERT_EQ(got->size(), 2u);
  EXPECT_EQ((*got)[0].region, "AM01");     // ordered by region
  EXPECT_EQ((*got)[0].wave, "2019-eind");  // filled in although given empty
  EXPECT_EQ((*got)[0].status, forms::ResponseStatus::kConcept);
  EXPECT_TRUE((*got)[0].answers.empty());
  EXPECT_TRUE((*got)[0].repeats.empty());
  const forms::Response& back = (*got)[1];
  EXPECT_EQ(back.region, "AM13");
  EXPECT_EQ(back.status, forms::ResponseStatus::kIngediend);
  EXPECT_EQ(back.answers, r.answers);
  EXPECT_EQ(back.repeats, r.repeats);
  EXPECT_EQ(back.repeats.at("doelen").at(0).at("type"), "cliënten");
  EXPECT_EQ(back.repeat_parents, r.repeat_parents);
  auto one = s.response("2019-eind", "AM13");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->response.repeat_parents, r.repeat_parents);
}

TYPED_TEST(StoreContractTest, ReplaceKeepsOtherRegionsAndOverwritesGivenOnes) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("w1", "2019-01-01"), test_audit()));
  ASSERT_TRUE(s.add_wave(make_wave("w2", "2020-01-01"), test_audit()));
  ASSERT_TRUE(s.replace_responses("w1", {make_response("AM01", {{"a", "1"}}), make_response("AM02", {{"a", "2"}})},
                                  test_audit()));
  ASSERT_TRUE(s.replace_responses("w2", {make_response("AM01", {{"a", "andere meting"}})}, test_audit()));
  ASSERT_TRUE(s.replace_responses("w1", {make_response("AM02", {{"b", "nieuw"}})}, test_audit()));

  auto w1 = s.responses("w1");
  ASSERT_TRUE(w1);
  ASSERT_EQ(w1->size(), 2u);
  EXPECT_EQ((*w1)[0].answers, (forms::Answers{{"a", "1"}}));
  EXPECT_EQ((*w1)[1].answers, (forms::Answers{{"b", "nieuw"}}));  // replaced, not merged
  auto w2 = s.responses("w2");
  ASSERT_TRUE(w2);
  ASSERT_EQ(w2->size(), 1u);
  EXPECT_EQ((*w2)[0].answers.at("a"), "andere meting");
}

TYPED_TEST(StoreContractTest, ReplaceResponsesErrorsStoreNothing) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("w1", "2019-01-01"), test_audit()));
  auto unknown = s.replace_responses("onbekend", {make_response("AM01")}, test_audit());
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.responses("onbekend").error().code, ErrorCode::kNotFound);

  forms::Response other_wave = make_response("AM02");
  other_wave.wave = "w2";
  auto mismatch = s.replace_responses("w1", {make_response("AM01"), other_wave}, test_audit());
  ASSERT_FALSE(mismatch);
  EXPECT_EQ(mismatch.error().code, ErrorCode::kInvalidArgument);

  auto twice = s.replace_responses("w1", {make_response("AM01"), make_response("AM01")}, test_audit());
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::kInvalidArgument);

  auto stored = s.responses("w1");
  ASSERT_TRUE(stored);
  EXPECT_TRUE(stored->empty());
}

DeliveryRecord make_delivery(std::string id, std::string payload, std::int64_t trajecten) {
  DeliveryRecord d;
  d.info = {std::move(id), "2024-05-01T10:00:00Z", trajecten,    2 * trajecten,
            3 * trajecten, "2017-01-02",           "2023-12-31", "2024-01-15"};
  d.payload = std::move(payload);
  return d;
}

TYPED_TEST(StoreContractTest, DeliveriesReplaceListLoadDelete) {
  Store& s = *this->store_;
  std::string binary(
      "\0\x01\xff"
      "abc\0",
      7);
  ASSERT_TRUE(s.put_delivery(make_delivery("uwv-2024", binary, 10), test_audit()));
  ASSERT_TRUE(s.put_delivery(make_delivery("ggz-2024", "", 5), test_audit()));
  ASSERT_TRUE(s.put_delivery(make_delivery("uwv-2024", binary + "v2", 11), test_audit()));  // replaces

  auto list = s.deliveries();
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "ggz-2024");  // ordered by id
  EXPECT_EQ((*list)[1].id, "uwv-2024");
  EXPECT_EQ((*list)[1].trajecten, 11);
  EXPECT_EQ((*list)[1].werk, 22);
  EXPECT_EQ((*list)[1].uitkeringen, 33);
  EXPECT_EQ((*list)[1].imported_at, "2024-05-01T10:00:00Z");
  EXPECT_EQ((*list)[1].first_date, "2017-01-02");
  EXPECT_EQ((*list)[1].last_date, "2023-12-31");
  EXPECT_EQ((*list)[1].extraction_date, "2024-01-15");

  auto loaded = s.load_deliveries();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].payload, "");
  EXPECT_EQ((*loaded)[1].payload, binary + "v2");
  EXPECT_EQ((*loaded)[1].payload.size(), 9u);

  // Visiting streams the same payloads in the same order; a reader refuses to read past the end.
  std::vector<std::string> visited;
  auto visit = s.visit_deliveries([&](const DeliveryInfo& info, PayloadReader& payload) -> Status {
    std::string bytes(payload.size, '\0');
    EXPECT_TRUE(payload.read(bytes.data(), bytes.size()));
    char extra = 0;
    EXPECT_FALSE(payload.read(&extra, 1));
    EXPECT_FALSE(payload.read(&extra, 0));  // failed for good
    visited.push_back(info.id + ":" + bytes);
    return {};
  });
  ASSERT_TRUE(visit) << visit.error().describe();
  EXPECT_EQ(visited, (std::vector<std::string>{"ggz-2024:", "uwv-2024:" + binary + "v2"}));
  // The visitor's error stops the visit and is returned; partial reads are fine.
  int calls = 0;
  auto stopped = s.visit_deliveries([&](const DeliveryInfo&, PayloadReader& payload) -> Status {
    ++calls;
    char first = 0;
    (void)payload.read(&first, payload.size > 0 ? 1 : 0);
    return fail(ErrorCode::kInvalidData, "stop");
  });
  ASSERT_FALSE(stopped);
  EXPECT_EQ(stopped.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(calls, 1);

  ASSERT_TRUE(s.delete_delivery("ggz-2024", test_audit()));
  auto again = s.delete_delivery("ggz-2024", test_audit());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.deliveries()->size(), 1u);
}

// Random extracts of 0–60 rows with text fields of every length 0–80: serialize, store, read
// back (streamed as the indicator path does, and loaded whole) and compare.
TYPED_TEST(StoreContractTest, SerializedExtractsRoundTripThroughTheStore) {
  Store& s = *this->store_;
  for (std::uint32_t round = 0; round < 40; ++round) {
    const outcomes::Extract extract = outcomes::testing::random_extract(round);
    const std::string id = "levering-" + std::to_string(round % 3);
    ASSERT_TRUE(s.put_delivery(make_delivery(id, outcomes::serialize(extract), 1), test_audit()));
    int seen = 0;
    auto visit = s.visit_deliveries([&](const DeliveryInfo& info, PayloadReader& payload) -> Status {
      if (info.id != id) return {};
      ++seen;
      auto back = outcomes::deserialize(outcomes::ByteSource{payload.size, std::ref(payload.read)});
      if (!back) return std::unexpected(back.error());
      EXPECT_EQ(*back, extract) << "round " << round;
      return {};
    });
    ASSERT_TRUE(visit) << "round " << round << ": " << visit.error().describe();
    EXPECT_EQ(seen, 1);
    auto loaded = s.load_deliveries();
    ASSERT_TRUE(loaded);
    for (const DeliveryRecord& d : *loaded) {
      if (d.info.id != id) continue;
      auto back = outcomes::deserialize(d.payload);
      ASSERT_TRUE(back) << "round " << round << ": " << back.error().describe();
      EXPECT_EQ(*back, extract) << "round " << round;
    }
  }
}

TYPED_TEST(StoreContractTest, GoalsAddListByRegionDelete) {
  Store& s = *this->store_;
  GoalRecord g{0, "AM13", "starters", 100, 2022, "ips", "≥ 100 trajecten per jaar"};
  auto first = s.add_goal(g, test_audit());
  ASSERT_TRUE(first);
  EXPECT_GT(*first, 0);
  auto second = s.add_goal({0, "AM01", "werk_12m_pct", 40.5, 2023, "*", ""}, test_audit());
  ASSERT_TRUE(second);
  auto third = s.add_goal({0, "AM13", "duurzaam_pct", 25, 2023, "*", ""}, test_audit());
  ASSERT_TRUE(third);
  EXPECT_GT(*second, *first);
  EXPECT_GT(*third, *second);

  auto all = s.goals(std::nullopt);
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, *first);
  EXPECT_EQ((*all)[1].region, "AM01");
  EXPECT_DOUBLE_EQ((*all)[1].target, 40.5);

  auto am13 = s.goals(std::string("AM13"));
  ASSERT_TRUE(am13);
  ASSERT_EQ(am13->size(), 2u);
  EXPECT_EQ((*am13)[0].id, *first);
  EXPECT_EQ((*am13)[0].indicator, "starters");
  EXPECT_DOUBLE_EQ((*am13)[0].target, 100);
  EXPECT_EQ((*am13)[0].year, 2022);
  EXPECT_EQ((*am13)[0].intervention, "ips");
  EXPECT_EQ((*am13)[0].description, "≥ 100 trajecten per jaar");
  EXPECT_EQ((*am13)[1].id, *third);
  EXPECT_TRUE(s.goals(std::string("AM99"))->empty());

  ASSERT_TRUE(s.delete_goal(*third, test_audit()));
  EXPECT_EQ(s.delete_goal(*third, test_audit()).error().code, ErrorCode::kNotFound);
  auto fourth = s.add_goal(g, test_audit());
  ASSERT_TRUE(fourth);
  EXPECT_GT(*fourth, *third);  // ids are never reused
  EXPECT_EQ(s.goals(std::string("AM13"))->size(), 2u);
}

}  // namespace
}  // namespace regio::store
