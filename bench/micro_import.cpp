// Times read_extract on a directory without the CLI or the store, for tuning the reader.
//   regio_micro_import [--threads N] <directory or files...>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "outcomes/extract_reader.h"
#include "regions/registry.h"

int main(int argc, char** argv) {
  using namespace regio;
  auto registry = regions::Registry::load_embedded();
  if (!registry) return 1;
  std::vector<std::filesystem::path> paths;
  outcomes::ImportOptions options;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--threads" && i + 1 < argc)
      options.threads = static_cast<unsigned>(std::atoi(argv[++i]));
    else
      paths.emplace_back(argv[i]);
  }
  const auto begin = std::chrono::steady_clock::now();
  auto imported = outcomes::read_extract(paths, *registry, options);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - begin;
  if (!imported) {
    std::fprintf(stderr, "%s\n", imported.error().describe().c_str());
    return 1;
  }
  std::printf("%.3f s: %zu personen, %zu trajecten, %zu werk, %zu uitkeringen\n", took.count(), imported->persons,
              imported->trajecten, imported->werk, imported->uitkeringen);
  return 0;
}
