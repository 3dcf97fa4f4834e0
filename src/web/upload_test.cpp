// Uploads, releases and waves through the server on port 0: the page and the API call the same
// use cases; a refused upload shows every problem (file, line, column, rule) and stores nothing;
// upload routes have their own body limit; only the national roles may.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "store/memory/memory_store.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using nlohmann::json;
using testing::http;
using testing::TestServer;

constexpr const char* kBoundary = "----regiotest7";

// Persons p1..p12 with 20 trajectories in AM13 and AM01, employment and benefits; p13 only in
// werk.csv (a person the reader counts too).
std::string trajecten() {
  std::string out = "traject_id,persoon_id,regio,interventie,uitkering_start,startdatum,einddatum\n";
  for (int i = 1; i <= 20; ++i)
    out += "t" + std::to_string(i) + ",p" + std::to_string((i - 1) % 12 + 1) + "," + (i % 2 ? "AM13" : "AM01") +
           ",ips,bijstand,2021-0" + std::to_string(i % 9 + 1) + "-01,\n";
  return out;
}
const std::string kWerk =
    "persoon_id,startdatum,einddatum,uren_per_week\np1,2021-06-01,,20\np2,2021-08-01,2022-01-31,32\n"
    "p13,2022-01-01,,8\n";
const std::string kUitkeringen = "persoon_id,soort,startdatum,einddatum\np1,bijstand,2020-01-01,2021-05-31\n";

// The distinct values of column persoon_id over CSV texts (worked out here, not by the reader).
std::size_t distinct_persons(const std::vector<std::string>& files) {
  std::set<std::string> persons;
  for (const auto& text : files) {
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    std::size_t column = 0;
    for (std::size_t pos = 0, i = 0;; ++i) {
      const auto comma = line.find(',', pos);
      if (line.substr(pos, comma - pos) == "persoon_id") column = i;
      if (comma == std::string::npos) break;
      pos = comma + 1;
    }
    while (std::getline(in, line)) {
      std::size_t pos = 0;
      for (std::size_t i = 0; i < column; ++i) pos = line.find(',', pos) + 1;
      persons.insert(line.substr(pos, line.find(',', pos) - pos));
    }
  }
  return persons.size();
}

struct FilePart {
  std::string field, filename, data;
};

std::string multipart(const std::vector<std::pair<std::string, std::string>>& fields,
                      const std::vector<FilePart>& files) {
  std::string out;
  for (const auto& [name, value] : fields)
    out += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
           "\r\n";
  for (const auto& f : files)
    out += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + f.field +
           "\"; filename=\"" + f.filename + "\"\r\nContent-Type: text/csv\r\n\r\n" + f.data + "\r\n";
  return out + "--" + kBoundary + "--\r\n";
}

class UploadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::add_test_users(store_);
    tmp_ = std::filesystem::temp_directory_path() / ("regio-upload-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(tmp_);
    old_tmp_ = getenv("TMPDIR") ? getenv("TMPDIR") : "";
    setenv("TMPDIR", tmp_.c_str(), 1);
  }
  void TearDown() override {
    if (old_tmp_.empty())
      unsetenv("TMPDIR");
    else
      setenv("TMPDIR", old_tmp_.c_str(), 1);
    std::filesystem::remove_all(tmp_);
  }
  // Uploads left behind in the temporary directory (there must be none).
  std::size_t leftovers() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(tmp_), {}));
  }

  struct Session {
    std::string cookie, csrf;
  };
  Session login(TestServer& server, const std::string& name) {
    const std::string id = server.login(name);
    return {"regio_sessie=" + id, testing::csrf_of(server.port(), id)};
  }
  testing::HttpResult post_form(TestServer& server, const Session& s, const std::string& path,
                                std::vector<std::pair<std::string, std::string>> fields,
                                const std::vector<FilePart>& files) {
    fields.emplace_back("csrf", s.csrf);
    return http(server.port(), "POST", path, multipart(fields, files),
                {{"Cookie", s.cookie},
                 {"Accept", "text/html"},
                 {"Content-Type", std::string("multipart/form-data; boundary=") + kBoundary}});
  }
  std::vector<store::DeliveryInfo> deliveries() { return store_.deliveries().value(); }

  store::MemoryStore store_;
  std::filesystem::path tmp_;
  std::string old_tmp_;
};

TEST_F(UploadTest, AnExtractWithAnErrorIsRefusedWithEveryProblemAndNothingIsStored) {
  TestServer server(store_);
  auto s = login(server, "onderzoeker");
  const std::string bad_werk = kWerk + "p3,2021-13-01,,20\np4,2021-02-01,,99\n";  // lines 5 and 6
  auto page = post_form(server, s, "/beheer/leveringen", {{"levering", "ggz-noord"}},
                        {{"bestanden", "trajecten.csv", trajecten()}, {"bestanden", "werk.csv", bad_werk}});
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(page.body.find("er is niets opgeslagen"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<caption>Gevonden problemen</caption>"), std::string::npos);
  // One row per problem: file, line, column.
  EXPECT_NE(page.body.find("<td>werk.csv</td><td>5</td><td>startdatum</td>"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<td>werk.csv</td><td>6</td><td>uren_per_week</td>"), std::string::npos) << page.body;
  EXPECT_TRUE(deliveries().empty());

  // The API says the same as problem details with the list.
  auto api = http(server.port(), "POST", "/api/v1/leveringen?levering=ggz-noord&bestand=werk.csv", bad_werk,
                  {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(api.status, 422) << api.body;
  EXPECT_EQ(api.header("Content-Type"), "application/problem+json");
  auto body = json::parse(api.body);
  ASSERT_EQ(body["problems"].size(), 2u);
  EXPECT_EQ(body["problems"][0]["file"], "werk.csv");
  EXPECT_EQ(body["problems"][0]["line"], 5);
  EXPECT_EQ(body["problems"][0]["column"], "startdatum");
  EXPECT_FALSE(body["problems"][0]["rule"].get<std::string>().empty());
  EXPECT_TRUE(deliveries().empty());
  EXPECT_EQ(leftovers(), 0u);
}

TEST_F(UploadTest, AGoodExtractIsStoredWithItsPersonsAndListed) {
  TestServer server(store_);
  auto s = login(server, "onderzoeker");
  const std::size_t persons = distinct_persons({trajecten(), kWerk, kUitkeringen});
  ASSERT_EQ(persons, 13u);
  auto page = post_form(server, s, "/beheer/leveringen", {{"levering", "ggz-noord"}, {"extractiedatum", "2026-06-30"}},
                        {{"bestanden", "trajecten.csv", trajecten()},
                         {"bestanden", "../../werk.csv", kWerk},  // a path: only its base name is used
                         {"bestanden", "uitkeringen.csv", kUitkeringen}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Levering ggz-noord opgeslagen: 20 trajecten, 3 werkperiodes, 1 uitkeringsperiode en " +
                           std::to_string(persons) + " personen."),
            std::string::npos)
      << page.body;
  auto stored = deliveries();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].id, "ggz-noord");
  EXPECT_EQ(stored[0].trajecten, 20);
  EXPECT_EQ(stored[0].extraction_date, "2026-06-30");
  auto list = http(server.port(), "GET", "/beheer/leveringen", "", {{"Cookie", s.cookie}});
  EXPECT_NE(list.body.find("<th scope=\"row\">ggz-noord</th>"), std::string::npos);
  auto api = json::parse(http(server.port(), "GET", "/api/v1/leveringen", "", {{"Cookie", s.cookie}}).body);
  ASSERT_EQ(api["leveringen"].size(), 1u);
  EXPECT_EQ(api["leveringen"][0]["werk"], 3);

  // The raw-body API: one file, its name in the query; the response counts its persons.
  auto raw = http(server.port(), "POST", "/api/v1/leveringen?levering=uwv-1&bestand=werk.csv", kWerk,
                  {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(raw.status, 201) << raw.body;
  EXPECT_EQ(json::parse(raw.body)["personen"], distinct_persons({kWerk}));
  // Delete through the API; the page's form does the same.
  auto del = http(server.port(), "DELETE", "/api/v1/leveringen/uwv-1", "", {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}});
  EXPECT_EQ(del.status, 204);
  auto gone = http(server.port(), "POST", "/beheer/leveringen/ggz-noord/verwijderen",
                   testing::form_body({{"csrf", s.csrf}}),
                   {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(gone.status, 303);
  EXPECT_TRUE(deliveries().empty());
  EXPECT_EQ(leftovers(), 0u);
}

TEST_F(UploadTest, UploadRoutesHaveTheirOwnBodyLimit) {
  ServerOptions options;
  options.body_limit = 16 * 1024;
  options.upload_limit = 64 * 1024;
  options.upload_timeout = std::chrono::seconds(5);
  TestServer server(store_, options);
  auto s = login(server, "onderzoeker");
  const std::string padding(32 * 1024, 'x');
  // 32 KiB: over the general limit, within the upload limit (refused by validation, not size).
  auto fits = post_form(server, s, "/beheer/leveringen", {{"levering", "x"}, {"opvulling", padding}},
                        {{"bestanden", "werk.csv", kWerk}});
  EXPECT_EQ(fits.status, 200) << fits.body;
  auto small_route = http(server.port(), "POST", "/beheer/gebruikers", padding,
                          {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(small_route.status, 413);
  auto too_big = post_form(server, s, "/beheer/leveringen", {{"levering", "y"}, {"opvulling", std::string(100 * 1024, 'x')}},
                           {{"bestanden", "werk.csv", kWerk}});
  EXPECT_EQ(too_big.status, 413);
  EXPECT_NE(too_big.body.find("een upload mag hoogstens 64 KiB zijn"), std::string::npos) << too_big.body;
  ASSERT_EQ(deliveries().size(), 1u);  // only the one that fitted
}

TEST_F(UploadTest, OnlyTheNationalRolesMayUploadOrPublish) {
  TestServer server(store_);
  for (const char* name : {"regio-am13", "lezer-am13"}) {
    auto s = login(server, name);
    auto page = post_form(server, s, "/beheer/leveringen", {{"levering", "x"}}, {{"bestanden", "werk.csv", kWerk}});
    EXPECT_EQ(page.status, 403) << name;
    auto api = http(server.port(), "POST", "/api/v1/releases", "{}",
                    {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "application/json"}});
    EXPECT_EQ(api.status, 403) << name;
    EXPECT_EQ(http(server.port(), "GET", "/beheer/leveringen", "", {{"Cookie", s.cookie}}).status, 403);
  }
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/leveringen").status, 401);
  EXPECT_TRUE(deliveries().empty());
  EXPECT_EQ(leftovers(), 0u);
}

TEST_F(UploadTest, PublishingARelease) {
  TestServer server(store_);
  auto s = login(server, "onderzoeker");
  auto up = post_form(server, s, "/beheer/leveringen", {{"levering", "ggz"}, {"extractiedatum", "2026-06-30"}},
                      {{"bestanden", "trajecten.csv", trajecten()}, {"bestanden", "werk.csv", kWerk}});
  ASSERT_EQ(up.status, 200) << up.body;
  auto page = http(server.port(), "POST", "/beheer/releases",
                   testing::form_body({{"csrf", s.csrf}, {"toelichting", "Eerste release"}}),
                   {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Release met peildatum 2026-06-30 gepubliceerd"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<th scope=\"row\">2026-06-30</th>"), std::string::npos);
  // A second release on the same peildatum is refused, shown on the page.
  auto again = http(server.port(), "POST", "/beheer/releases", testing::form_body({{"csrf", s.csrf}}),
                    {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("role=\"alert\""), std::string::npos);
  // Everyone may list releases (they are published).
  auto list = json::parse(http(server.port(), "GET", "/api/v1/releases").body);
  ASSERT_EQ(list["releases"].size(), 1u);
  EXPECT_EQ(list["releases"][0]["peildatum"], "2026-06-30");
  EXPECT_EQ(list["releases"][0]["door"], "onderzoeker");
  EXPECT_EQ(list["releases"][0]["toelichting"], "Eerste release");
}

TEST_F(UploadTest, WavesAndAResponsesImportWithProblems) {
  TestServer server(store_);
  auto s = login(server, "onderzoeker");
  auto added = http(server.port(), "POST", "/api/v1/meetmomenten",
                    json{{"code", "2026-jaarlijks"}, {"naam", "Jaarmeting 2026"}, {"datum", "2026-10-01"}}.dump(),
                    {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "application/json"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(json::parse(added.body)["vragenlijst"], "standaard");
  auto page = http(server.port(), "GET", "/beheer/meetmomenten", "", {{"Cookie", s.cookie}});
  EXPECT_NE(page.body.find("<th scope=\"row\">2026-jaarlijks</th>"), std::string::npos);
  // A wave without a date is refused on the page, nothing added.
  auto no_date = post_form(server, s, "/beheer/meetmomenten", {{"code", "2027-jaarlijks"}}, {});
  EXPECT_EQ(no_date.status, 400);
  EXPECT_EQ(json::parse(http(server.port(), "GET", "/api/v1/meetmomenten").body)["meetmomenten"].size(), 1u);

  // Responses with an unknown region: 422 with the problems, nothing stored.
  auto bad = post_form(server, s, "/beheer/antwoorden", {{"meetmoment", "2026-jaarlijks"}},
                       {{"bestanden", "antwoorden.csv", "regio,status\nAM77,ingediend\n"}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find("<caption>Gevonden problemen</caption>"), std::string::npos);
  EXPECT_NE(bad.body.find("<td>antwoorden.csv</td>"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("niets opgeslagen"), std::string::npos);
  auto waves = json::parse(http(server.port(), "GET", "/api/v1/meetmomenten").body);
  EXPECT_EQ(waves["meetmomenten"][0]["antwoorden"], 0);
  auto api = http(server.port(), "POST", "/api/v1/meetmomenten/2026-jaarlijks/antwoorden?bestand=a.csv",
                  "regio,status\nAM77,ingediend\n",
                  {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "text/csv"}});
  EXPECT_EQ(api.status, 422);
  EXPECT_FALSE(json::parse(api.body)["problems"].empty());
  EXPECT_EQ(leftovers(), 0u);
}

}  // namespace
}  // namespace regio::web
