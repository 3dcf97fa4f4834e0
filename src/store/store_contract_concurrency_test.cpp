// The Store contract on concurrency, on every adapter: response versions (optimistic
// concurrency: a stale save is refused, never applied) and several threads reading while one
// writes.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "store/contract_fixture.h"

namespace regio::store {
namespace {

using namespace contract;  // NOLINT: the shared fixture

template <class Factory>
class StoreConcurrencyTest : public StoreContractTest<Factory> {};
TYPED_TEST_SUITE(StoreConcurrencyTest, Implementations, ImplementationNames);

forms::Response draft(const std::string& region, const std::string& value) {
  forms::Response r = make_response(region, {{"naam", value}});
  r.wave = "2020-eind";
  return r;
}

TYPED_TEST(StoreConcurrencyTest, ANewResponseIsVersionZeroAndEverySaveAddsOne) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  auto none = s.response("2020-eind", "AM13");
  ASSERT_TRUE(none) << none.error().message;
  EXPECT_EQ(none->version, 0);
  EXPECT_EQ(none->response.region, "AM13");
  EXPECT_EQ(none->response.wave, "2020-eind");
  EXPECT_TRUE(none->response.answers.empty());

  auto first = s.save_response(draft("AM13", "een"), 0, test_audit());
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->version, 1);
  EXPECT_FALSE(first->updated_at.empty());
  auto second = s.save_response(draft("AM13", "twee"), 1, test_audit());
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->version, 2);

  auto read = s.response("2020-eind", "AM13");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->response.answer("naam"), "twee");
  EXPECT_EQ(read->response.status, forms::ResponseStatus::kConcept);
  EXPECT_EQ(read->updated_at.size(), std::string("2026-11-28T07:30:14.123Z").size()) << read->updated_at;
}

TYPED_TEST(StoreConcurrencyTest, AStaleSaveIsAConflictAndChangesNothing) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  ASSERT_TRUE(s.save_response(draft("AM13", "anna"), 0, test_audit()));
  // Two editors loaded version 1; the first saves, the second's save is stale.
  ASSERT_TRUE(s.save_response(draft("AM13", "bert"), 1, test_audit()));
  auto stale = s.save_response(draft("AM13", "carla"), 1, test_audit());
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(stale.error().reason, "version-conflict");
  EXPECT_EQ(stale.error().message.rfind("Dit antwoord is intussen door iemand anders opgeslagen (versie 2). Laad het "
                                        "opnieuw",
                                        0),
            0u)
      << stale.error().message;
  // A first save of a response that exists meanwhile is stale too.
  auto also_stale = s.save_response(draft("AM13", "dirk"), 0, test_audit());
  ASSERT_FALSE(also_stale);
  EXPECT_EQ(also_stale.error().reason, "version-conflict");
  auto read = s.response("2020-eind", "AM13");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->response.answer("naam"), "bert");
}

TYPED_TEST(StoreConcurrencyTest, BulkReplaceBumpsVersionsAndKeepsStatus) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  ASSERT_TRUE(s.save_response(draft("AM13", "een"), 0, test_audit()));
  forms::Response submitted = make_response("AM13", {{"naam", "import"}});
  submitted.status = forms::ResponseStatus::kIngediend;
  ASSERT_TRUE(s.replace_responses("2020-eind", {submitted, make_response("AM14")}, test_audit()));
  auto am13 = s.response("2020-eind", "AM13");
  ASSERT_TRUE(am13);
  EXPECT_EQ(am13->version, 2);
  EXPECT_EQ(am13->response.status, forms::ResponseStatus::kIngediend);
  EXPECT_EQ(am13->response.answer("naam"), "import");
  auto am14 = s.response("2020-eind", "AM14");
  ASSERT_TRUE(am14);
  EXPECT_EQ(am14->version, 1);
  // An editor still holding version 1 of AM13 now gets a conflict.
  EXPECT_FALSE(s.save_response(draft("AM13", "laat"), 1, test_audit()));
}

TYPED_TEST(StoreConcurrencyTest, UnknownWaveAndMissingNamesAreRefused) {
  Store& s = *this->store_;
  EXPECT_EQ(s.response("bestaat-niet", "AM13").error().code, ErrorCode::kNotFound);
  forms::Response r = draft("AM13", "x");
  r.wave = "bestaat-niet";
  EXPECT_EQ(s.save_response(r, 0, test_audit()).error().code, ErrorCode::kNotFound);
  r.wave = "";
  EXPECT_EQ(s.save_response(r, 0, test_audit()).error().code, ErrorCode::kInvalidArgument);
}

TYPED_TEST(StoreConcurrencyTest, ConcurrentSavesOfOneVersionHaveExactlyOneWinner) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  ASSERT_TRUE(s.save_response(draft("AM13", "start"), 0, test_audit()));
  constexpr int kThreads = 4;
  std::atomic<int> won{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto r = s.save_response(draft("AM13", "editor-" + std::to_string(t)), 1, test_audit());
      if (r) {
        ++won;
      } else if (r.error().reason == "version-conflict") {
        ++conflicts;
      } else {
        ++other;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(conflicts.load(), kThreads - 1);
  EXPECT_EQ(other.load(), 0);
  auto read = s.response("2020-eind", "AM13");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->version, 2);
}

TYPED_TEST(StoreConcurrencyTest, ReadersRunWhileOneThreadWrites) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  // The writer saves versions 1..kSaves of one response; every reader sees a version that only
  // grows, with the answer that belongs to it, and every read succeeds.
  constexpr int kSaves = 40;
  constexpr int kReaders = 3;
  std::atomic<bool> done{false};
  std::atomic<int> read_failures{0}, inconsistent{0}, reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < kReaders; ++t) {
    readers.emplace_back([&] {
      std::int64_t last = 0;
      do {  // at least one read per reader, however fast the writer is
        auto r = s.response("2020-eind", "AM13");
        auto all = s.responses("2020-eind");
        auto waves = s.waves();
        if (!r || !all || !waves) {
          ++read_failures;
          continue;
        }
        ++reads;
        if (r->version < last) ++inconsistent;
        if (r->version > 0 && r->response.answer("naam") != "v" + std::to_string(r->version)) ++inconsistent;
        last = r->version;
      } while (!done.load());
    });
  }
  int failed_saves = 0;
  for (int v = 1; v <= kSaves; ++v)
    failed_saves += s.save_response(draft("AM13", "v" + std::to_string(v)), v - 1, test_audit()) ? 0 : 1;
  done = true;
  for (auto& th : readers) th.join();
  EXPECT_EQ(failed_saves, 0);
  EXPECT_EQ(read_failures.load(), 0);
  EXPECT_EQ(inconsistent.load(), 0);
  EXPECT_GT(reads.load(), 0);
  auto final_read = s.response("2020-eind", "AM13");
  ASSERT_TRUE(final_read);
  EXPECT_EQ(final_read->version, kSaves);
}

TYPED_TEST(StoreConcurrencyTest, ALongReadHoldsUpNeitherOtherReadersNorTheWriter) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  DeliveryRecord d;
  d.info = {"uwv-2024", "2024-05-01T10:00:00Z", 1, 2, 3, "2017-01-02", "2023-12-31", "2024-01-15"};
  d.payload = std::string(1 << 20, 'x');
  ASSERT_TRUE(s.put_delivery(d, test_audit()));
  // The visitor stands for decoding ~100 MB: it does not return until another thread has read
  // and written. A store that serialised every call would never let that thread through; the
  // wait is bounded only so that such a store fails instead of hanging the suite.
  std::promise<void> other_done;
  std::future<void> other_finished = other_done.get_future();
  std::future<bool> other_ok;
  auto visited = s.visit_deliveries([&](const DeliveryInfo& info, PayloadReader& payload) -> Status {
    std::string head(16, '\0');
    if (!payload.read(head.data(), head.size())) return fail(ErrorCode::kInternal, "lezen mislukt");
    other_ok = std::async(std::launch::async, [&] {
      const bool ok = s.waves().has_value() && s.deliveries().has_value() &&
                      s.save_response(draft("AM13", "tijdens het lezen"), 0, test_audit()).has_value() &&
                      s.response("2020-eind", "AM13").has_value();
      other_done.set_value();
      return ok;
    });
    if (other_finished.wait_for(std::chrono::minutes(2)) != std::future_status::ready)
      return fail(ErrorCode::kInternal, "de andere thread kwam niet aan de beurt");
    std::string rest(payload.size - head.size(), '\0');
    if (!payload.read(rest.data(), rest.size())) return fail(ErrorCode::kInternal, "lezen mislukt");
    EXPECT_EQ(info.id, "uwv-2024");
    EXPECT_EQ(head + rest, d.payload);
    return {};
  });
  ASSERT_TRUE(visited) << visited.error().message;
  ASSERT_TRUE(other_ok.valid());
  EXPECT_TRUE(other_ok.get());
  auto read = s.response("2020-eind", "AM13");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->version, 1);
}

}  // namespace
}  // namespace regio::store
