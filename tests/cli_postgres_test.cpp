// The product on a shared PostgreSQL database gives the same figures as on the embedded SQLite
// default: the demo, the national analysis and the outcome indicators through the real binary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_harness.h"
#include "store/postgres/test_database.h"

namespace regio::testing {
namespace {

// The URI of a fresh database on the test server (main.cpp picks PostgreSQL for a URI).
std::string database_uri(const std::string& name) {
  std::string uri = store::postgres_detail::TestDatabase::server_uri();
  if (uri.empty()) return {};
  const auto slash = uri.rfind('/');
  return uri.substr(0, slash + 1) + name;
}

TEST(CliPostgres, SameFiguresAsOnSqlite) {
  store::postgres_detail::TestDatabase db;
  ASSERT_TRUE(db.ok());
  const std::string uri = database_uri(db.name());
  ASSERT_FALSE(uri.empty());
  TempDir dir;
  auto pg = run_cli({"demo", "--zonder-releases", "--db", uri, "--persons", "2000"}, dir.path());
  ASSERT_EQ(pg.exit_code, 0) << pg.err;
  auto lite = run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "2000"}, dir.path());
  ASSERT_EQ(lite.exit_code, 0) << lite.err;

  for (const std::vector<std::string>& cmd :
       {std::vector<std::string>{"analyse", "--wave", "2020-vervolg", "--compare", "2017-start", "--format", "json"},
        std::vector<std::string>{"outcomes", "indicators", "--unsuppressed", "--format", "csv"},
        std::vector<std::string>{"goals", "status", "--unsuppressed"},
        std::vector<std::string>{"responses", "export", "--wave", "2019-eind"}}) {
    std::vector<std::string> a{"--db", uri}, b{"--db", "demo.db"};
    a.insert(a.end(), cmd.begin(), cmd.end());
    b.insert(b.end(), cmd.begin(), cmd.end());
    auto on_pg = run_cli(a, dir.path());
    auto on_sqlite = run_cli(b, dir.path());
    ASSERT_EQ(on_pg.exit_code, 0) << cmd[0] << ": " << on_pg.err;
    ASSERT_EQ(on_sqlite.exit_code, 0) << cmd[0] << ": " << on_sqlite.err;
    EXPECT_FALSE(on_pg.out.empty());
    EXPECT_EQ(on_pg.out, on_sqlite.out) << cmd[0];
  }
  // A database server holding data is never emptied by the demo.
  auto again = run_cli({"demo", "--zonder-releases", "--db", uri}, dir.path());
  EXPECT_EQ(again.exit_code, 5) << again.err;
}

TEST(CliPostgres, SameReleaseAsOnSqlite) {
  // A release published on each gives the same protected figures. Only when and by whom it was
  // published may differ (the "Bron:" line of the preamble). A small demo: the audit of a release
  // solves many linear programmes.
  store::postgres_detail::TestDatabase db;
  ASSERT_TRUE(db.ok());
  const std::string uri = database_uri(db.name());
  ASSERT_FALSE(uri.empty());
  TempDir dir;
  for (const std::string& target : {uri, std::string("demo.db")}) {
    auto demo = run_cli({"demo", "--zonder-releases", "--db", target, "--persons", "200"}, dir.path());
    ASSERT_EQ(demo.exit_code, 0) << target << ": " << demo.err;
    auto pub = run_cli({"--db", target, "outcomes", "publish", "--note", "vergelijking"}, dir.path());
    ASSERT_EQ(pub.exit_code, 0) << target << ": " << pub.err;
  }
  auto without_source = [](const std::string& out) {
    std::string kept;
    std::size_t pos = 0;
    while (pos < out.size()) {
      const std::size_t end = out.find('\n', pos);
      const std::string line = out.substr(pos, end - pos + 1);
      if (!line.starts_with("# Bron: release met peildatum ")) kept += line;
      pos = end == std::string::npos ? out.size() : end + 1;
    }
    return kept;
  };
  for (const std::vector<std::string>& cmd : {std::vector<std::string>{"outcomes", "indicators", "--format", "csv"},
                                              std::vector<std::string>{"goals", "status"}}) {
    std::vector<std::string> a{"--db", uri}, b{"--db", "demo.db"};
    a.insert(a.end(), cmd.begin(), cmd.end());
    b.insert(b.end(), cmd.begin(), cmd.end());
    auto on_pg = run_cli(a, dir.path());
    auto on_sqlite = run_cli(b, dir.path());
    ASSERT_EQ(on_pg.exit_code, 0) << cmd[0] << ": " << on_pg.err;
    ASSERT_EQ(on_sqlite.exit_code, 0) << cmd[0] << ": " << on_sqlite.err;
    EXPECT_NE(on_pg.out.find("release"), std::string::npos) << on_pg.out;
    EXPECT_EQ(without_source(on_pg.out), without_source(on_sqlite.out)) << cmd[0];
  }
  // The same in JSON, where the source is data: equal apart from when it was published.
  auto json = [&](const std::string& target) {
    auto r = run_cli({"--db", target, "outcomes", "indicators", "--format", "json"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["meta"]["bron"], "release");
    doc["meta"].erase("gepubliceerd_op");
    doc["meta"].erase("uitleg");  // repeats gepubliceerd_op
    return doc;
  };
  EXPECT_EQ(json(uri), json("demo.db"));
}

}  // namespace
}  // namespace regio::testing
