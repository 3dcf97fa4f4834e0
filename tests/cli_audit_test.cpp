// The audit log through the real binary: every command that writes leaves exactly one audit
// entry, from channel "cli", naming the operating-system user; a refused command leaves none.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "cli_harness.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::testing {
namespace {

std::vector<store::AuditEntry> audit_log(const TempDir& dir) {
  auto db = store::SqliteStore::open(dir / "a.db", store::SqliteAccess::kReadOnly);
  EXPECT_TRUE(db.has_value());
  if (!db) return {};
  auto log = (*db)->audit_log({.limit = 100});
  EXPECT_TRUE(log.has_value());
  return log ? *log : std::vector<store::AuditEntry>{};
}

TEST(CliAudit, EveryWritingCommandLeavesOneEntryFromTheCommandLine) {
  TempDir dir;
  const char* user = std::getenv("USER");
  const std::string who = user != nullptr && *user != '\0' ? user : "cli";
  auto add = run_cli({"--db", "a.db", "waves", "add", "w1", "--name", "Meting 1", "--date", "2021-01-01"}, dir.path());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  auto log = audit_log(dir);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "meetmoment toegevoegd");
  EXPECT_EQ(log[0].target, "w1 (Meting 1, vragenlijst standaard)");
  EXPECT_EQ(log[0].channel, "cli");
  EXPECT_EQ(log[0].actor, who);
  EXPECT_EQ(log[0].at.size(), 20u);  // "2026-12-01T10:00:00Z"
  EXPECT_EQ(log[0].at.back(), 'Z');

  auto again = run_cli({"--db", "a.db", "waves", "add", "w1", "--name", "x", "--date", "2021-01-01"}, dir.path());
  EXPECT_NE(again.exit_code, 0);
  EXPECT_EQ(audit_log(dir).size(), 1u);  // refused: no entry

  auto goal = run_cli({"--db", "a.db", "goals", "add", "--region", "AM35", "--indicator", "starters", "--target", "3",
                       "--year", "2022"},
                      dir.path());
  ASSERT_EQ(goal.exit_code, 0) << goal.err;
  auto removed = run_cli({"--db", "a.db", "goals", "delete", "1"}, dir.path());
  ASSERT_EQ(removed.exit_code, 0) << removed.err;
  auto gone = run_cli({"--db", "a.db", "goals", "delete", "1"}, dir.path());
  EXPECT_NE(gone.exit_code, 0);
  log = audit_log(dir);
  ASSERT_EQ(log.size(), 3u);  // newest first
  EXPECT_EQ(log[0].action, "doel verwijderd");
  EXPECT_EQ(log[0].target, "doel 1 van regio AM35");
  EXPECT_EQ(log[1].action, "doel toegevoegd");
  EXPECT_EQ(log[1].target, "regio AM35: starters 3 in 2022 (alle interventies)");
  for (const auto& e : log) {
    EXPECT_EQ(e.channel, "cli");
    EXPECT_EQ(e.actor, who);
  }
}

}  // namespace
}  // namespace regio::testing
