// Test support: one factory per Store adapter, for contract tests that run against all three
// (SqliteStore on a temporary file, PostgresStore on a fresh database of the test server,
// MemoryStore).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "store/memory/memory_store.h"
#include "store/postgres/postgres_store.h"
#include "store/postgres/test_database.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store::testing {

struct SqliteFactory {
  std::filesystem::path folder;
  SqliteFactory() {
    static std::atomic<int> counter{0};
    folder = std::filesystem::temp_directory_path() /
             ("regio-store-accounts-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(folder);
  }
  ~SqliteFactory() {
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
  }
  std::unique_ptr<Store> make() {
    auto store = SqliteStore::open(folder / "regio.db");
    EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
  }
};

struct PostgresFactory {
  postgres_detail::TestDatabase database;  // dropped after the test
  std::unique_ptr<Store> make() {
    if (!database.ok()) return nullptr;
    auto store = PostgresStore::open(database.conninfo());
    EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
  }
};

struct MemoryFactory {
  std::unique_ptr<Store> make() { return std::make_unique<MemoryStore>(); }
};

using Implementations = ::testing::Types<SqliteFactory, PostgresFactory, MemoryFactory>;

class ImplementationNames {
 public:
  template <class T>
  static std::string GetName(int) {
    if constexpr (std::is_same_v<T, SqliteFactory>) return "Sqlite";
    if constexpr (std::is_same_v<T, PostgresFactory>) return "Postgres";
    return "Memory";
  }
};

}  // namespace regio::store::testing
