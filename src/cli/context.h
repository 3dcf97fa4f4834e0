// What commands get from the composition root: where the database is, how to open a store,
// the clock, and the terminal streams. Commands never pick an adapter themselves.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "regions/registry.h"
#include "service/services.h"
#include "store/store.h"

namespace regio::cli {

using StoreOpener = std::function<Result<std::unique_ptr<store::Store>>(const std::filesystem::path& db)>;

struct Environment {
  StoreOpener open_store;
  const Clock* clock = nullptr;
  const regions::Registry* registry = nullptr;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
  bool err_is_terminal = false;                          // show progress bars on err
  std::filesystem::path default_db = "regiomonitor.db";  // REGIOMONITOR_DB or ./regiomonitor.db
  std::string user = "cli";                              // the operating-system user, for records
  // REGIOMONITOR_DB_READONLY: open_store opens a SQLite file read-only, and commands that would
  // replace the database file (demo) refuse.
  bool read_only_db = false;
};

// The store opened for one command and the use cases on it (service/services.h).
struct CommandServices {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<service::Services> services;
  service::Services* operator->() const { return services.get(); }
};

// Per-invocation state shared by all commands: the environment and the global options.
struct Context {
  Environment env;
  std::filesystem::path db;
  // Who acts: the installation's operator (beheerder) unless --rol asks for less.
  Actor actor;
  bool force = false;  // --force: write_output may replace an existing file (never the database)

  std::ostream& out() const { return *env.out; }
  std::ostream& err() const { return *env.err; }
  const regions::Registry& registry() const { return *env.registry; }
  Date today() const { return env.clock->today(); }
  // `db` for messages: a database URI without its password ("postgresql://u@host/db").
  std::string db_display() const;
  // Opens the store at `db` (creating it and applying migrations).
  Result<std::unique_ptr<store::Store>> open_store() const { return env.open_store(db); }
  // Opens the store and builds the service layer on it (store, clock, registry).
  Result<CommandServices> open_services() const;
};

}  // namespace regio::cli
