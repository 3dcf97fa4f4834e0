// The multipart/form-data parser against well-formed and hostile bodies.
#include "web/multipart.h"

#include <gtest/gtest.h>

namespace regio::web {
namespace {

constexpr const char* kType = "multipart/form-data; boundary=----grens123";

std::string part(const std::string& headers, const std::string& data) {
  return "------grens123\r\n" + headers + "\r\n\r\n" + data + "\r\n";
}
const std::string kEnd = "------grens123--\r\n";

TEST(Multipart, FieldsAndFilesWithTheirNamesAndBytes) {
  const std::string body = part("Content-Disposition: form-data; name=\"csrf\"", "abc") +
                           part("Content-Disposition: form-data; name=\"bestanden\"; filename=\"trajecten.csv\"\r\n"
                                "Content-Type: text/csv",
                                "a,b\r\n1,2\r\n") +
                           part("content-disposition: form-data; name=\"bestanden\"; filename=\"werk.csv\"", "") + kEnd;
  auto parts = parse_multipart(kType, body);
  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "csrf");
  EXPECT_FALSE((*parts)[0].is_file());
  EXPECT_EQ((*parts)[0].data, "abc");
  EXPECT_EQ((*parts)[1].filename, "trajecten.csv");
  EXPECT_EQ((*parts)[1].content_type, "text/csv");
  EXPECT_EQ((*parts)[1].data, "a,b\r\n1,2\r\n");  // CRLF inside the data is kept
  EXPECT_TRUE((*parts)[2].is_file());
  EXPECT_EQ((*parts)[2].data, "");
}

TEST(Multipart, QuotedBoundaryAndAnEmptyFileInput) {
  const std::string body = "--a'b c\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\"\r\n\r\n\r\n--a'b c--";
  auto parts = parse_multipart("multipart/form-data; charset=utf-8; boundary=\"a'b c\"", body);
  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_TRUE((*parts)[0].is_file());
  EXPECT_EQ((*parts)[0].filename, "");
}

void expect_refused(std::string_view type, const std::string& body, std::string_view words) {
  auto parts = parse_multipart(type, body);
  ASSERT_FALSE(parts.has_value());
  EXPECT_EQ(parts.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(parts.error().reason, "invalid-multipart");
  EXPECT_NE(parts.error().message.find(words), std::string::npos) << parts.error().message;
}

TEST(Multipart, MissingOrInvalidBoundaryIsRefused) {
  const std::string body = part("Content-Disposition: form-data; name=\"x\"", "1") + kEnd;
  expect_refused("multipart/form-data", body, "boundary");
  expect_refused("multipart/form-data; boundary=", body, "boundary");
  expect_refused("multipart/form-data; boundary=" + std::string(71, 'a'), body, "boundary");
  expect_refused("multipart/form-data; boundary=a<b", body, "boundary");
  expect_refused("text/plain; boundary=----grens123", body, "multipart/form-data");
}

TEST(Multipart, TruncatedBodiesAreRefusedNeverHalfAFile) {
  const std::string whole =
      part("Content-Disposition: form-data; name=\"f\"; filename=\"trajecten.csv\"", "a,b\r\n1,2") + kEnd;
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, std::size_t{30}, whole.size() - kEnd.size(), whole.size() - 3})
    expect_refused(kType, whole.substr(0, cut), "onvolledig");
  expect_refused(kType, "garbage" + whole, "onvolledig");  // no preamble allowed
}

TEST(Multipart, EveryPrefixShortOfTheClosingDelimiterIsRefused) {
  const std::string whole = part("Content-Disposition: form-data; name=\"csrf\"", "abc") +
                            part("Content-Disposition: form-data; name=\"f\"; filename=\"werk.csv\"", "a\r\n--b") +
                            kEnd;
  const std::size_t closing = whole.rfind("--\r\n") + 2;
  for (std::size_t cut = 0; cut < whole.size(); ++cut) {
    auto parts = parse_multipart(kType, whole.substr(0, cut));
    EXPECT_EQ(parts.has_value(), cut >= closing) << cut;
  }
  auto parts = parse_multipart(kType, whole);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ((*parts)[1].data, "a\r\n--b");  // a delimiter look-alike inside the data
}

TEST(Multipart, HugeOrTooManyHeadersAreRefused) {
  const std::string big = part("Content-Disposition: form-data; name=\"x\"\r\nX-Pad: " + std::string(5000, 'p'), "1") + kEnd;
  expect_refused(kType, big, "te groot");
  std::string many = "Content-Disposition: form-data; name=\"x\"";
  for (int i = 0; i < 10; ++i) many += "\r\nX-" + std::to_string(i) + ": y";
  expect_refused(kType, part(many, "1") + kEnd, "te veel kopregels");
  // Headers that never end, longer than the limit: "too large", not a wait for more.
  expect_refused(kType, "------grens123\r\nContent-Disposition: form-data; name=\"x\"" + std::string(5000, ' '), "te groot");
}

TEST(Multipart, TooManyPartsAreRefused) {
  std::string body;
  for (int i = 0; i < 40; ++i) body += part("Content-Disposition: form-data; name=\"x\"", "1");
  expect_refused(kType, body + kEnd, "meer dan 32 delen");
}

TEST(Multipart, NestedMultipartIsRefused) {
  const std::string inner = "--binnen\r\nContent-Disposition: file; filename=\"a.csv\"\r\n\r\nx\r\n--binnen--";
  const std::string body =
      part("Content-Disposition: form-data; name=\"bestanden\"\r\nContent-Type: multipart/mixed; boundary=binnen", inner) +
      kEnd;
  expect_refused(kType, body, "Geneste");
}

TEST(Multipart, PartsWithoutFormDataOrNameAreRefused) {
  expect_refused(kType, part("Content-Disposition: attachment; name=\"x\"", "1") + kEnd, "form-data");
  expect_refused(kType, part("Content-Disposition: form-data; filename=\"a.csv\"", "1") + kEnd, "veldnaam");
  expect_refused(kType, part("Content-Type: text/plain", "1") + kEnd, "form-data");
  expect_refused(kType, part("Geen dubbele punt", "1") + kEnd, "onleesbaar");
}

TEST(Multipart, PathTraversalFileNamesBecomeBaseNames) {
  const std::string body =
      part("Content-Disposition: form-data; name=\"f\"; filename=\"../../etc/trajecten.csv\"", "1") +
      part("Content-Disposition: form-data; name=\"f\"; filename=\"C:\\\\Users\\\\x\\\\werk.csv\"", "2") + kEnd;
  auto parts = parse_multipart(kType, body);
  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  EXPECT_EQ((*parts)[0].filename, "trajecten.csv");
  EXPECT_EQ((*parts)[1].filename, "werk.csv");
  // Names that leave nothing usable are refused, not replaced by a guess.
  expect_refused(kType, part("Content-Disposition: form-data; name=\"f\"; filename=\"../..\"", "1") + kEnd,
                 "onbruikbaar");
  expect_refused(kType, part("Content-Disposition: form-data; name=\"f\"; filename=\".bashrc\"", "1") + kEnd,
                 "onbruikbaar");
}

TEST(Multipart, SanitizeFilename) {
  EXPECT_EQ(sanitize_filename("trajecten.csv"), "trajecten.csv");
  EXPECT_EQ(sanitize_filename("/tmp/../x/uitkeringen.csv"), "uitkeringen.csv");
  EXPECT_EQ(sanitize_filename("a\\b\\c.xlsx"), "c.xlsx");
  EXPECT_EQ(sanitize_filename("mijn levering (1).xlsx"), "mijn_levering__1_.xlsx");
  EXPECT_EQ(sanitize_filename("na\xc3\xaf" "ef\n.csv"), "na__ef_.csv");
  EXPECT_EQ(sanitize_filename(".."), "");
  EXPECT_EQ(sanitize_filename("..."), "");
  EXPECT_EQ(sanitize_filename(""), "");
  EXPECT_EQ(sanitize_filename("dir/"), "");
  EXPECT_EQ(sanitize_filename(std::string(300, 'a')).size(), 100u);
}

TEST(Multipart, HeaderParameter) {
  EXPECT_EQ(header_parameter("form-data; name=\"a;b\"; filename=\"x\\\"y.csv\"", "name"), "a;b");
  EXPECT_EQ(header_parameter("form-data; name=\"a;b\"; filename=\"x\\\"y.csv\"", "filename"), "x\"y.csv");
  EXPECT_EQ(header_parameter("multipart/form-data; BOUNDARY=abc", "boundary"), "abc");
  EXPECT_EQ(header_parameter("form-data; name=\"unterminated", "name"), "");
  EXPECT_EQ(header_parameter("form-data", "name"), "");
}

}  // namespace
}  // namespace regio::web
