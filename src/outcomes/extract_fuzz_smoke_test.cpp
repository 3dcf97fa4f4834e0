// Runs the libFuzzer target's checks (extract_fuzz.cpp) on deterministic mutations of valid
// extracts, so the property "chunked reading equals reading in one piece" is tested in every
// build, also where clang cannot build the real fuzzer.
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

TEST(ExtractFuzzSmoke, MutationsOfValidInputReadTheSameInChunks) {
  const std::string seeds[] = {
      "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n"
      "t1,p-A,AM13,GM0344,ips,ggz,bijstand,2019-03-01,2019-12-31\n\"t,2\",p_B,AM18,,ips,,geen,2020-01-15,\n",
      "\xEF\xBB\xBFpersoon_id;startdatum;einddatum;uren_per_week;contract\r\np;01-06-2019;;\"32,5\";vast\r\n",
      "persoon_id,soort,startdatum,einddatum\n\"p\nq\",ww,2018-01-01,2019-07-31\n"};
  std::uint64_t state = 42;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state >> 33);
  };
  static constexpr char kAlphabet[] = ",;\"\r\n\xEF ap0123-";
  for (int round = 0; round < 3000; ++round) {
    std::string input(1, static_cast<char>(next() & 0xff));
    input += seeds[next() % 3];
    for (int m = static_cast<int>(next() % 4); m > 0 && input.size() > 1; --m) {
      const std::size_t at = 1 + next() % (input.size() - 1);
      switch (next() % 3) {
        case 0:
          input[at] = kAlphabet[next() % (sizeof kAlphabet - 1)];
          break;
        case 1:
          input.erase(at, 1);
          break;
        default:
          input.insert(at, 1, kAlphabet[next() % (sizeof kAlphabet - 1)]);
          break;
      }
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
  }
}

}  // namespace
