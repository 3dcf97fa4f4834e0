#include "outcomes/serialize.h"

#include <cstring>

#include <gtest/gtest.h>

#include "outcomes/synthetic.h"
#include "outcomes/testing/random_extract.h"

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
  const std::size_t start_column_at = payload.size() - 32 - 3 * (8 + 4 * 100000) - (8 + 100000) - 4 * 8;
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
  newer[4] = 3;
  auto r = deserialize(newer);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("formaatversie 3"), std::string::npos);

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

// GCC 12's resize_and_overwrite made text columns of 16–29 bytes in total unreadable.
TEST(Serialize, TextColumnsOfEveryTotalSizeRoundTrip) {
  for (std::size_t total = 0; total <= 100; ++total) {
    Extract e;
    e.persons.push_back(std::string(total, 'p'));
    const std::string payload = serialize(e);
    auto back = deserialize(payload);
    ASSERT_TRUE(back) << total << ": " << back.error().describe();
    EXPECT_EQ(*back, e) << total;
    std::size_t position = 0;
    auto streamed = deserialize(source_over(payload, payload.size(), payload.size(), position));
    ASSERT_TRUE(streamed) << total << ": " << streamed.error().describe();
    EXPECT_EQ(*streamed, e) << total;
  }
}

TEST(Serialize, RandomExtractsRoundTrip) {
  for (std::uint32_t round = 0; round < 200; ++round) {
    const Extract e = testing::random_extract(round);
    const std::string payload = serialize(e);
    auto back = deserialize(payload);
    ASSERT_TRUE(back) << round << ": " << back.error().describe();
    ASSERT_EQ(*back, e) << round;
  }
}

TEST(Serialize, PayloadEndsWithSha256OfTheRest) {
  const std::string payload = serialize(Extract{});
  // magic, version 2, 19 columns (4 text columns of 16 bytes + offset 0, 15 of 8 bytes), digest.
  ASSERT_EQ(payload.size(), 8 + 4 * (16 + 4) + 15 * 8 + 32);
  EXPECT_EQ(payload[4], 2);
}

// Every position (header, length fields, column data, digest) flipped in two ways, and every
// truncation: an error, in both the in-memory and the streaming read; never an extract.
TEST(Serialize, EveryFlippedByteIsRefused) {
  const Extract e = testing::random_extract(3);
  const std::string payload = serialize(e);
  ASSERT_GT(payload.size(), 200u);
  for (std::size_t at = 0; at < payload.size(); ++at) {
    for (unsigned char mask : {0x01, 0xff}) {
      std::string bad = payload;
      bad[at] = static_cast<char>(bad[at] ^ mask);
      auto r = deserialize(bad);
      ASSERT_FALSE(r) << "byte " << at;
      EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
      std::size_t position = 0;
      ASSERT_FALSE(deserialize(source_over(bad, bad.size(), bad.size(), position))) << "byte " << at;
    }
  }
}

TEST(Serialize, DamagedDigestOrDataNamesTheChecksum) {
  std::string payload = serialize(sample());
  ASSERT_FALSE(sample().uitkeringen.end.empty());
  payload[payload.size() - 1] ^= 1;  // the digest
  auto r = deserialize(payload);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            "opgeslagen levering is beschadigd: het controlegetal (SHA-256) klopt niet bij de gegevens");
  payload[payload.size() - 1] ^= 1;
  payload[payload.size() - 40] ^= 1;  // the last column's data, which no range check covers
  r = deserialize(payload);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("controlegetal"), std::string::npos);
}

TEST(Serialize, Version1IsRefusedWithAReimportHint) {
  std::string payload = serialize(Extract{});
  payload[4] = 1;
  auto r = deserialize(payload);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
  EXPECT_NE(r.error().message.find("formaatversie 1 zonder controlegetal"), std::string::npos);
  EXPECT_NE(r.error().message.find("importeer"), std::string::npos);
}

}  // namespace
}  // namespace regio::outcomes
