// The composition root: the only place that picks adapters (SQLite or PostgreSQL store, system
// clock, embedded region data, the terminal) and hands them to the command line.
#include <cstdlib>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/app.h"
#include "regions/registry.h"
#include "store/postgres/postgres_store.h"
#include "store/sqlite/sqlite_store.h"

namespace {

// REGIOMONITOR_DB_READONLY set to anything but "" or "0": open a SQLite file read-only, so a
// reading command never writes (a file without write permission is opened read-only anyway).
regio::store::SqliteAccess sqlite_access() {
  const char* value = std::getenv("REGIOMONITOR_DB_READONLY");
  const std::string_view text = value == nullptr ? "" : value;
  return text.empty() || text == "0" ? regio::store::SqliteAccess::kReadWrite : regio::store::SqliteAccess::kReadOnly;
}

// --db / REGIOMONITOR_DB: a PostgreSQL URI selects PostgreSQL (a shared installation), anything
// else is the path of a SQLite file (the default).
regio::Result<std::unique_ptr<regio::store::Store>> open_store(const std::filesystem::path& db) {
  const std::string text = db.string();
  if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
    auto s = regio::store::PostgresStore::open(text);
    if (!s) return std::unexpected(s.error());
    return std::unique_ptr<regio::store::Store>(std::move(*s));
  }
  auto s = regio::store::SqliteStore::open(db, sqlite_access());
  if (!s) return std::unexpected(s.error());
  return std::unique_ptr<regio::store::Store>(std::move(*s));
}

}  // namespace

int main(int argc, char** argv) {
  auto registry = regio::regions::Registry::load_embedded();
  if (!registry) {
    std::cerr << "Fout: " << registry.error().describe() << "\n";
    return 1;
  }
  regio::SystemClock clock;
  regio::cli::Environment env;
  env.open_store = open_store;
  env.clock = &clock;
  env.registry = &*registry;
  env.out = &std::cout;
  env.err = &std::cerr;
  env.err_is_terminal = isatty(STDERR_FILENO) == 1;
  if (const char* user = std::getenv("USER"); user && *user) env.user = user;
  env.read_only_db = sqlite_access() == regio::store::SqliteAccess::kReadOnly;
  return regio::cli::run(argc, argv, std::move(env));
}
