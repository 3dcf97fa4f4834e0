// The SQLSTATE mapping of errors.h, without a server.
#include "store/postgres/errors.h"

#include <gtest/gtest.h>

namespace regio::store::postgres_detail {
namespace {

Error map(std::string_view sqlstate, bool lost = false, std::string_view message = "boom") {
  return to_error({sqlstate, lost, message, "server db:5432, database regio", "antwoorden opslaan", "geheim"});
}

TEST(PostgresErrors, CodesTellTheCallerWhatToDo) {
  EXPECT_EQ(map("23505").code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(map("23503").code, ErrorCode::kNotFound);
  EXPECT_EQ(map("23514").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(map("22P05").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(map("22021").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(map("08006").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("57P01").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("40001").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("40P01").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("53300").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("28P01").code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(map("28000").code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(map("3D000").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("", true).code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("").code, ErrorCode::kUnavailable);    // no reply at all
  EXPECT_EQ(map("42P01").code, ErrorCode::kInternal);  // undefined table: our bug
  EXPECT_EQ(map("42601").code, ErrorCode::kInternal);
}

TEST(PostgresErrors, MessageNamesTheActionDetailNamesTheServerNeitherThePassword) {
  Error e = map("", true, "connection to \"postgresql://u:geheim@db\" failed: geheim is fout\n");
  EXPECT_NE(e.message.find("antwoorden opslaan"), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find("server db:5432"), std::string::npos) << e.message;  // server detail
  EXPECT_EQ(e.message.find("failed"), std::string::npos) << e.message;          // libpq's text
  EXPECT_NE(e.detail.find("server db:5432, database regio"), std::string::npos) << e.detail;
  EXPECT_NE(e.detail.find("failed: *** is fout"), std::string::npos) << e.detail;  // libpq's text, masked
  EXPECT_EQ(e.message.find("geheim"), std::string::npos) << e.message;
  EXPECT_EQ(e.detail.find("geheim"), std::string::npos) << e.detail;
  EXPECT_EQ(e.detail.find('\n'), std::string::npos) << e.detail;  // libpq's trailing newline
  EXPECT_EQ(e.reason, "database-unavailable");
  Error duplicate = map("23505");
  EXPECT_EQ(duplicate.message.find("SQLSTATE"), std::string::npos);
  EXPECT_NE(duplicate.detail.find("SQLSTATE 23505"), std::string::npos);
  EXPECT_EQ(duplicate.reason, "already-exists");
}

TEST(PostgresErrors, ARefusedLoginIsNoPermissionAndNeverShowsThePassword) {
  // While connecting libpq gives no SQLSTATE, only its message.
  Error e = map("", true,
                "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed "
                "for user \"geheim\"\n");
  EXPECT_EQ(e.code, ErrorCode::kPermissionDenied);
  EXPECT_NE(e.message.find("geen toegang"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("wachtwoord"), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find("geheim"), std::string::npos) << e.message;
  EXPECT_EQ(e.detail.find("geheim"), std::string::npos) << e.detail;
  EXPECT_EQ(map("", true, "fe_sendauth: no password supplied\n").code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(map("", true, "FATAL:  role \"iemand\" does not exist\n").code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(map("", true, "could not connect to server: Connection refused\n").code, ErrorCode::kUnavailable);
  EXPECT_EQ(map("", true, "FATAL:  database \"regio\" does not exist\n").code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace regio::store::postgres_detail
