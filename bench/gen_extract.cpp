// Writes a synthetic outcome extract (three CSV files) for the demo and the benchmark.
//   regio_gen_extract <persons> <directory> [--dutch] [--seed N]
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "outcomes/synthetic.h"
#include "regions/registry.h"

int main(int argc, char** argv) {
  using namespace regio;
  if (argc < 3) {
    std::fprintf(stderr, "gebruik: %s <personen> <map> [--dutch] [--seed N]\n", argv[0]);
    return 2;
  }
  outcomes::SyntheticOptions options;
  options.persons = std::strtoull(argv[1], nullptr, 10);
  auto style = outcomes::CsvStyle::kPlain;
  for (int i = 3; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--dutch")
      style = outcomes::CsvStyle::kDutchExcel;
    else if (arg == "--seed" && i + 1 < argc)
      options.seed = std::strtoull(argv[++i], nullptr, 10);
  }
  auto registry = regions::Registry::load_embedded();
  if (!registry) {
    std::fprintf(stderr, "%s\n", registry.error().describe().c_str());
    return 1;
  }
  const auto extract = outcomes::generate_extract(*registry, options);
  if (auto s = outcomes::write_extract_csv(extract, argv[2], style); !s) {
    std::fprintf(stderr, "%s\n", s.error().describe().c_str());
    return 1;
  }
  std::printf("%zu personen, %zu trajecten, %zu werk, %zu uitkeringen\n", extract.persons.size(),
              extract.trajecten.size(), extract.werk.size(), extract.uitkeringen.size());
  return 0;
}
