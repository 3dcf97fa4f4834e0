#include "outcomes/synthetic.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include "outcomes/extract_reader.h"

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

TEST(Synthetic, IsDeterministic) {
  EXPECT_EQ(generate_extract(registry(), {.persons = 500, .seed = 3}),
            generate_extract(registry(), {.persons = 500, .seed = 3}));
  EXPECT_NE(generate_extract(registry(), {.persons = 500, .seed = 3}),
            generate_extract(registry(), {.persons = 500, .seed = 4}));
}

TEST(Synthetic, ImportsWithoutProblemsInBothStylesAndReadsBackEqual) {
  const Extract e = generate_extract(registry(), {.persons = 3000});
  for (CsvStyle style : {CsvStyle::kPlain, CsvStyle::kDutchExcel}) {
    const fs::path dir = fs::temp_directory_path() / ("regio_synth_" + std::to_string(::getpid()));
    ASSERT_TRUE(write_extract_csv(e, dir, style));
    auto r = read_extract({dir}, registry());
    fs::remove_all(dir);
    ASSERT_TRUE(r) << r.error().describe();
    EXPECT_EQ(r->extract, e);
  }
}

// The generator's promise: about 1.3 trajectories per person, and IPS placing clearly more
// starters into work within 12 months than the other interventions.
TEST(Synthetic, PlausibleShape) {
  const Extract e = generate_extract(registry(), {.persons = 20000});
  const double per_person = static_cast<double>(e.trajecten.size()) / 20000.0;
  EXPECT_GT(per_person, 1.25);
  EXPECT_LT(per_person, 1.35);
  std::vector<std::vector<std::int32_t>> starts(e.persons.size());
  for (std::size_t i = 0; i < e.werk.size(); ++i) starts[e.werk.person[i]].push_back(e.werk.start[i]);
  double ips_n = 0, ips_work = 0, other_n = 0, other_work = 0;
  for (std::size_t t = 0; t < e.trajecten.size(); ++t) {
    const std::int32_t s = e.trajecten.start[t];
    bool work = false;
    for (std::int32_t w : starts[e.trajecten.person[t]]) work = work || (w >= s && w <= s + 365);
    const bool ips = e.trajecten.interventie[t] == Interventie::kIps;
    (ips ? ips_n : other_n) += 1;
    (ips ? ips_work : other_work) += work ? 1 : 0;
  }
  EXPECT_GT(ips_work / ips_n, 0.38);
  EXPECT_LT(other_work / other_n, 0.30);
}

}  // namespace
}  // namespace regio::outcomes
