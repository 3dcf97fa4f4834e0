#include "outcomes/pseudonymize.h"

#include <unistd.h>

#include <fstream>
#include <iterator>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr std::string_view kKey = "0123456789abcdef0123456789abcdef";
// Independently computed: printf '111222333' | openssl dgst -sha256 -hmac <kKey>, first 32 hex.
constexpr std::string_view k111222333 = "5e8873bcbe304b974c6265e78e74aecb";
// printf '012345672' | openssl dgst -sha256 -hmac <kKey>
constexpr std::string_view k012345672 = "8572a921786ceee765355f054bbef3ee";
// printf '123456789' | openssl dgst -sha256 -hmac <kKey>
constexpr std::string_view k123456789 = "d1be6505f2b72976eaec6b4288706bef";

class Files {
 public:
  Files() : dir_(fs::temp_directory_path() / ("regio_pseudo_" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
  }
  ~Files() { fs::remove_all(dir_); }
  fs::path write(const std::string& name, std::string_view text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }
  std::string read(const std::string& name) {
    std::ifstream in(dir_ / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  fs::path path(const std::string& name) const { return dir_ / name; }

 private:
  fs::path dir_;
};

TEST(Pseudonym, MatchesAnIndependentHmac) {
  EXPECT_EQ(pseudonym(kKey, "111222333"), k111222333);
  EXPECT_EQ(pseudonym(kKey, "123456789"), k123456789);
}

TEST(PseudonymizeFile, ReplacesTheColumnKeepingTheDialect) {
  Files f;
  const auto key = f.write("key", std::string(kKey) + "\n");
  const auto in = f.write("in.csv",
                          "\xEF\xBB\xBF"
                          "traject_id;bsn;startdatum\r\n"
                          "t1;111222333;01-02-2019\r\n"
                          "\"t;2\";\"12345672\";01-02-2019\r\n"
                          "t3;;01-02-2019\r\n"
                          "t4;123456789;01-02-2019\r\n");
  PseudonymizeReport report;
  auto s = pseudonymize_file(key, "bsn", in, f.path("out.csv"), &report);
  ASSERT_TRUE(s) << s.error().describe();
  EXPECT_EQ(f.read("out.csv"),
            "\xEF\xBB\xBF"
            "traject_id;bsn;startdatum\r\n"
            "t1;" +
                std::string(k111222333) +
                ";01-02-2019\r\n"
                "\"t;2\";" +
                std::string(k012345672) +
                ";01-02-2019\r\n"
                "t3;;01-02-2019\r\n"
                "t4;" +
                std::string(k123456789) + ";01-02-2019\r\n");
  EXPECT_EQ(report.values, 3u);
  EXPECT_EQ(report.empty, 1u);
  EXPECT_EQ(report.failed_elfproef_lines, (std::vector<std::size_t>{5}));
}

TEST(PseudonymizeFile, RefusesAShortKey) {
  Files f;
  const auto key = f.write("key", "too short\n");
  const auto in = f.write("in.csv", "bsn\n111222333\n");
  auto s = pseudonymize_file(key, "bsn", in, f.path("out.csv"), nullptr);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(s.error().message, HasSubstr("te kort"));
}

TEST(PseudonymizeFile, UnknownColumnIsNamedButTheHeaderIsNotEchoed) {
  Files f;
  const auto key = f.write("key", kKey);
  const auto in = f.write("in.csv", "id,burgerservicenummer\n1,111222333\n");
  auto s = pseudonymize_file(key, "bsn", in, f.path("out.csv"), nullptr);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(s.error().message, HasSubstr("geen kolom 'bsn' (2 kolommen gevonden)"));
  EXPECT_THAT(s.error().describe(), ::testing::Not(HasSubstr("burgerservicenummer")));
  EXPECT_FALSE(fs::exists(f.path("out.csv")));
}

TEST(PseudonymizeFile, FileWithoutHeaderRowEchoesNoCell) {
  Files f;
  const auto key = f.write("key", kKey);
  const auto in = f.write("in.csv", "123456782,Jan\n111222333,Piet\n");
  auto s = pseudonymize_file(key, "bsn", in, f.path("out.csv"), nullptr);
  ASSERT_FALSE(s);
  EXPECT_THAT(s.error().describe(), ::testing::Not(HasSubstr("123456782")));
  EXPECT_THAT(s.error().describe(), ::testing::Not(HasSubstr("Jan")));
  EXPECT_FALSE(fs::exists(f.path("out.csv")));
}

TEST(PseudonymizeFile, RowsOfAnotherWidthAreRefusedByLineAndNothingIsWritten) {
  Files f;
  const auto key = f.write("key", kKey);
  // Line 3 has one field too many, line 5 one too few: both would shift the bsn column.
  const auto in = f.write("in.csv", "naam,bsn\nJan,111222333\nPiet,Jansen,123456782\n\nKees\nAnna,111222333\n");
  auto s = pseudonymize_file(key, "bsn", in, f.path("out.csv"), nullptr);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(s.error().message,
            f.path("in.csv").string() +
                ": regels met een ander aantal velden dan de kopregel (2 velden): 3, 5; er is niets geschreven");
  EXPECT_FALSE(fs::exists(f.path("out.csv")));
  // An existing output is left as it was.
  f.write("out.csv", "oud");
  ASSERT_FALSE(pseudonymize_file(key, "bsn", in, f.path("out.csv"), nullptr));
  EXPECT_EQ(f.read("out.csv"), "oud");
  EXPECT_EQ(std::distance(fs::directory_iterator(f.path("")), fs::directory_iterator()), 3);  // key, in, out
}

}  // namespace
}  // namespace regio::outcomes
