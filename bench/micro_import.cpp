// Times read_extract on a directory without the CLI or the store, for tuning the reader.
//   regio_micro_import <directory or files...>
#include <chrono>
#include <cstdio>

#include "outcomes/extract_reader.h"
#include "regions/registry.h"

int main(int argc, char** argv) {
  using namespace regio;
  auto registry = regions::Registry::load_embedded();
  if (!registry) return 1;
  std::vector<std::filesystem::path> paths(argv + 1, argv + argc);
  const auto begin = std::chrono::steady_clock::now();
  auto imported = outcomes::read_extract(paths, *registry, {});
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - begin;
  if (!imported) {
    std::fprintf(stderr, "%s\n", imported.error().describe().c_str());
    return 1;
  }
  std::printf("%.3f s: %zu personen, %zu trajecten, %zu werk, %zu uitkeringen\n", took.count(),
              imported->persons, imported->trajecten, imported->werk, imported->uitkeringen);
  return 0;
}
