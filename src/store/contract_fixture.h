// The fixture of the Store contract tests (store_contract_test.cpp and the other
// store_contract_*_test.cpp): one factory per adapter, the typed fixture, and small builders of
// values. Test-only.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "store/audit_testing.h"
#include "store/memory/memory_store.h"
#include "store/postgres/postgres_store.h"
#include "store/postgres/test_database.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store::contract {

namespace fs = std::filesystem;

struct SqliteFactory {
  fs::path folder;
  SqliteFactory() {
    static std::atomic<int> counter{0};
    folder = fs::temp_directory_path() /
             ("regio-store-contract-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(folder);
  }
  ~SqliteFactory() {
    std::error_code ec;
    fs::remove_all(folder, ec);
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

inline forms::Wave make_wave(std::string code, const char* iso_date, std::string questionnaire = "standaard") {
  return forms::Wave{code, "Meting " + code, *parse_iso_date(iso_date), std::move(questionnaire)};
}

inline forms::Response make_response(std::string region, forms::Answers answers = {}) {
  forms::Response r;
  r.region = std::move(region);
  r.answers = std::move(answers);
  return r;
}

template <class Factory>
class StoreContractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = factory_.make();
    ASSERT_NE(store_, nullptr);
    ASSERT_TRUE(store_->put_questionnaire({"standaard", R"({"survey":[]})"}, test_audit()));
  }
  Factory factory_;
  std::unique_ptr<Store> store_;
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

}  // namespace regio::store::contract
