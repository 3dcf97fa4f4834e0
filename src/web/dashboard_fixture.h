// Test support for the dashboard tests: a memory store with the demo's waves and responses, and
// optionally the demo release of peildatum 2025-01-01 (NL, AM13 and AM19 only).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "demo/responses.h"
#include "store/audit_testing.h"
#include "store/memory/memory_store.h"
#include "web/test_demo.h"
#include "web/test_server.h"

namespace regio::web {

// The release used by src/report's tests (fictional demo data, threshold 10, rounding 5).
inline std::string demo_release_json() {
  std::ifstream in(std::filesystem::path(REGIO_SOURCE_DIR) /
                   "src/report/testdata/outcomes/demo_release_2025-01-01_NL_AM13_AM19.json");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class DashboardTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::add_demo_responses(store_, demo_); }
  regions::Registry registry_ = regions::Registry::load_embedded().value();
  demo::DemoResponses demo_ = demo::generate_demo_responses(registry_);
  store::MemoryStore store_;
  void add_release() {
    ASSERT_TRUE(
        store_.add_release({{"2025-01-01", "2026-11-28T09:57:45Z", "cli", "test", 10, 5}, demo_release_json()}, store::test_audit()));
  }
};

}  // namespace regio::web
