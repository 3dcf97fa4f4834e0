// The composition root: the only place that picks adapters (SQLite store, system clock,
// embedded region data, the terminal) and hands them to the command line.
#include <unistd.h>

#include <iostream>

#include "cli/app.h"
#include "regions/registry.h"
#include "store/sqlite/sqlite_store.h"

int main(int argc, char** argv) {
  auto registry = regio::regions::Registry::load_embedded();
  if (!registry) {
    std::cerr << "Fout: " << registry.error().describe() << "\n";
    return 1;
  }
  regio::SystemClock clock;
  regio::cli::Environment env;
  env.open_store = [](const std::filesystem::path& db) -> regio::Result<std::unique_ptr<regio::store::Store>> {
    auto s = regio::store::SqliteStore::open(db);
    if (!s) return std::unexpected(s.error());
    return std::unique_ptr<regio::store::Store>(std::move(*s));
  };
  env.clock = &clock;
  env.registry = &*registry;
  env.out = &std::cout;
  env.err = &std::cerr;
  env.err_is_terminal = isatty(STDERR_FILENO) == 1;
  return regio::cli::run(argc, argv, std::move(env));
}
