#include "outcomes/serialize.h"

#include <cstring>

#include <gtest/gtest.h>

#include "outcomes/synthetic.h"

namespace regio::outcomes {
namespace {

Extract sample() {
  static const regions::Registry registry = regions::Registry::load_embedded().value();
  return generate_extract(registry, {.persons = 300, .seed = 7});
}

TEST(Serialize, RoundTrip) {
  const Extract e = sample();
  const std::string payload = serialize(e);
  auto back = deserialize(payload);
  ASSERT_TRUE(back) << back.error().describe();
  EXPECT_EQ(*back, e);
  EXPECT_EQ(payload.substr(0, 4), "RGXT");
}

TEST(Serialize, ReleasingVariantGivesTheSameBytes) {
  Extract e = sample();
  const std::string payload = serialize(e);
  EXPECT_EQ(serialize_and_release(std::move(e)), payload);
}

TEST(Serialize, EmptyExtractRoundTrips) {
  auto back = deserialize(serialize(Extract{}));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, Extract{});
}

TEST(Serialize, EveryTruncationIsRefused) {
  const std::string payload = serialize(generate_extract(regions::Registry::load_embedded().value(), {.persons = 5}));
  for (std::size_t n = 0; n < payload.size(); ++n) {
    auto r = deserialize(std::string_view(payload).substr(0, n));
    ASSERT_FALSE(r) << n;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
  }
  EXPECT_FALSE(deserialize(payload + "x"));
}

// A source over `payload` that claims `size` bytes and fails every read after `fail_after` bytes.
ByteSource source_over(const std::string& payload, std::size_t size, std::size_t fail_after, std::size_t& position) {
  return ByteSource{size, [&payload, fail_after, &position](void* dst, std::size_t n) {
                      if (position + n > fail_after || position + n > payload.size()) return false;
                      std::memcpy(dst, payload.data() + position, n);
                      position += n;
                      return true;
                    }};
}

TEST(Serialize, StreamingRoundTrip) {
  const Extract e = sample();
  const std::string payload = serialize(e);
  std::size_t position = 0;
  auto back = deserialize(source_over(payload, payload.size(), payload.size(), position));
  ASSERT_TRUE(back) << back.error().describe();
  EXPECT_EQ(*back, e);
  EXPECT_EQ(position, payload.size());
}

TEST(Serialize, StreamingLargeColumnsCrossChunks) {
  // Columns far larger than one 64 KiB chunk, with the range check hitting a late chunk.
  Extract e;
  e.persons.push_back("p");
  for (int i = 0; i < 100000; ++i) {
    e.werk.person.push_back(0);
    e.werk.start.push_back(i);
    e.werk.end.push_back(i + 1);
    e.werk.hours.push_back(kUnknownHours);
    e.werk.contract.push_back(Contract::kVast);
  }
  std::string payload = serialize(e);
  std::size_t position = 0;
  auto back = deserialize(source_over(payload, payload.size(), payload.size(), position));
  ASSERT_TRUE(back) << back.error().describe();
  EXPECT_EQ(*back, e);
  // The last werk person: the u32 just before the werk.start column, which is followed by
  // werk.end, werk.hours, werk.contract and four empty uitkeringen columns.
  const std::size_t start_column_at = payload.size() - 3 * (8 + 4 * 100000) - (8 + 100000) - 4 * 8;
  payload[start_column_at - 4] = 1;
  position = 0;
  EXPECT_FALSE(deserialize(source_over(payload, payload.size(), payload.size(), position)));
}

TEST(Serialize, StreamingTruncatedOrFailingSourceIsRefused) {
  const std::string payload = serialize(sample());
  for (std::size_t n : {std::size_t{0}, std::size_t{7}, payload.size() / 3, payload.size() - 1}) {
    std::size_t position = 0;
    // The source says it is shorter than the payload ...
    auto shorter = deserialize(source_over(payload, n, payload.size(), position));
    ASSERT_FALSE(shorter) << n;
    EXPECT_EQ(shorter.error().code, ErrorCode::kInvalidData);
    EXPECT_LE(position, n);
    // ... or claims the full size but stops delivering (a storage failure).
    position = 0;
    auto failing = deserialize(source_over(payload, payload.size(), n, position));
    ASSERT_FALSE(failing) << n;
    EXPECT_EQ(failing.error().code, ErrorCode::kInvalidData);
  }
}

TEST(Serialize, CorruptionIsRefused) {
  const Extract e = sample();
  std::string bad_magic = serialize(e);
  bad_magic[0] = 'X';
  EXPECT_FALSE(deserialize(bad_magic));

  std::string newer = serialize(e);
  newer[4] = 2;
  auto r = deserialize(newer);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("formaatversie 2"), std::string::npos);

  // A person number out of range: the first trajectory's person is the first u32 after the
  // persons and traject_id text columns.
  Extract one;
  one.persons.push_back("p");
  one.trajecten.traject_id.push_back("t");
  one.trajecten.person.push_back(0);
  one.trajecten.regio.push_back("AM13");
  one.trajecten.gemeente.push_back("");
  one.trajecten.interventie.push_back(Interventie::kIps);
  one.trajecten.verwijzer.push_back(Verwijzer::kGgz);
  one.trajecten.uitkering_start.push_back(UitkeringStart::kGeen);
  one.trajecten.start.push_back(1);
  one.trajecten.end.push_back(2);
  std::string payload = serialize(one);
  ASSERT_TRUE(deserialize(payload));
  const std::size_t person_at = 8 + (16 + 8 + 1) + (16 + 8 + 1) + 8;
  payload[person_at] = 1;
  EXPECT_FALSE(deserialize(payload));
  payload[person_at] = 0;
  // An interventie code beyond the list.
  const std::size_t interventie_at = person_at + 4 + (16 + 8 + 4) + (16 + 8 + 0) + 8;
  payload[interventie_at] = 9;
  EXPECT_FALSE(deserialize(payload));
  payload[interventie_at] = 0;
  EXPECT_TRUE(deserialize(payload));
}

}  // namespace
}  // namespace regio::outcomes
