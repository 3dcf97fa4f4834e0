#include "store/postgres/connection.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <bit>
#include <charconv>
#include <cstring>
#include <memory>
#include <optional>

#include "store/postgres/errors.h"

namespace regio::store::postgres_detail {
namespace {

// Type OIDs of the built-in types we send (pg_type.dat; fixed since PostgreSQL 7).
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kText = 25;
constexpr Oid kFloat8 = 701;

std::string big_endian(std::uint64_t bits) {
  if constexpr (std::endian::native == std::endian::little) bits = __builtin_bswap64(bits);
  std::string out(sizeof bits, '\0');
  std::memcpy(out.data(), &bits, sizeof bits);
  return out;
}

struct ConninfoOptions {
  std::string host, port, dbname, user, password;
};

// The options of `conninfo` as libpq reads them; nullopt when it is malformed.
std::optional<ConninfoOptions> parse_conninfo(const std::string& conninfo) {
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &parse_error);
  PQfreemem(parse_error);  // may quote the password: never shown
  if (options == nullptr) return std::nullopt;
  ConninfoOptions out;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    std::string_view key = o->keyword;
    if (key == "host" || (key == "hostaddr" && out.host.empty())) out.host = o->val;
    if (key == "port") out.port = o->val;
    if (key == "dbname") out.dbname = o->val;
    if (key == "user") out.user = o->val;
    if (key == "password") out.password = o->val;
  }
  PQconninfoFree(options);
  return out;
}

std::string describe_where(const ConninfoOptions& o) {
  std::string server = o.host.empty() ? "localhost" : o.host;
  if (!o.port.empty()) server += ":" + o.port;
  std::string database = o.dbname.empty() ? (o.user.empty() ? "(standaard)" : o.user) : o.dbname;
  return fmt::format("server {}, database {}", server, database);
}

}  // namespace

Params& Params::add(unsigned type, const char* data, std::size_t size) {
  types_.push_back(type);
  values_.push_back(data == nullptr ? "" : data);  // a null pointer would mean SQL NULL
  lengths_.push_back(static_cast<int>(size));
  formats_.push_back(1);
  return *this;
}

Params& Params::text(std::string_view value) { return add(kText, value.data(), value.size()); }
Params& Params::bytes(std::string_view value) { return add(kBytea, value.data(), value.size()); }
Params& Params::integer(std::int64_t value) {
  const std::string& owned = owned_.emplace_back(big_endian(static_cast<std::uint64_t>(value)));
  return add(kInt8, owned.data(), owned.size());
}
Params& Params::real(double value) {
  const std::string& owned = owned_.emplace_back(big_endian(std::bit_cast<std::uint64_t>(value)));
  return add(kFloat8, owned.data(), owned.size());
}

QueryResult::QueryResult(QueryResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
QueryResult::~QueryResult() { PQclear(result_); }
int QueryResult::rows() const { return PQntuples(result_); }

std::string_view QueryResult::bytes(int row, int column) const {
  return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}

std::int64_t QueryResult::integer(int row, int column) const {
  std::string_view s = bytes(row, column);
  std::int64_t value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

double QueryResult::real(int row, int column) const {
  std::string_view s = bytes(row, column);
  double value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

Result<Connection> Connection::open(const std::string& conninfo) {
  auto options = parse_conninfo(conninfo);
  if (!options) {
    return fail(ErrorCode::kInvalidArgument,
                "De PostgreSQL-verbindingsgegevens zijn ongeldig; verwacht bijvoorbeeld "
                "postgresql://gebruiker@server:5432/database");
  }
  Connection connection(PQconnectdb(conninfo.c_str()), describe_where(*options), options->password);
  if (connection.conn_ == nullptr) return fail(ErrorCode::kUnavailable, "Geen geheugen voor een PostgreSQL-verbinding");
  if (PQstatus(connection.conn_) != CONNECTION_OK) {
    return std::unexpected(connection.error(nullptr, "verbinden"));
  }
  // Notices ("relation already exists, skipping") are not for the user's terminal.
  PQsetNoticeProcessor(
      connection.conn_, [](void*, const char*) {}, nullptr);
  if (auto s = connection.setup_session(); !s) return std::unexpected(s.error());
  return connection;
}

Connection::Connection(Connection&& other) noexcept
    : conn_(other.conn_), where_(std::move(other.where_)), secret_(std::move(other.secret_)) {
  other.conn_ = nullptr;
}

Connection::~Connection() { PQfinish(conn_); }

Status Connection::setup_session() {
  if (PQsetClientEncoding(conn_, "UTF8") != 0) return std::unexpected(error(nullptr, "verbinding instellen"));
  // ISO dates read as "YYYY-MM-DD"; extra_float_digits 3 prints every double exactly.
  return exec("SET datestyle = 'ISO, YMD'; SET extra_float_digits = 3", "verbinding instellen");
}

Status Connection::ensure_connected(std::string_view action) {
  if (PQstatus(conn_) == CONNECTION_OK) return {};
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) return std::unexpected(error(nullptr, action));
  return setup_session();
}

Result<QueryResult> Connection::query(const char* sql, const Params& params, std::string_view action,
                                      ResultFormat format) {
  QueryResult result(PQexecParams(conn_, sql, params.size(), params.types(), params.values(), params.lengths(),
                                  params.formats(), format == ResultFormat::kBinary ? 1 : 0));
  const ExecStatusType status = PQresultStatus(result.raw());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) return std::unexpected(error(result.raw(), action));
  return result;
}

Status Connection::exec(const char* sql, std::string_view action) {
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn_, sql), &PQclear);
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) return std::unexpected(error(result.get(), action));
  return {};
}

Error Connection::error(const PGresult* result, std::string_view action) const {
  const char* sqlstate = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  return to_error(Failure{
      .sqlstate = sqlstate != nullptr ? sqlstate : "",
      .connection_lost = conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK,
      .message = primary != nullptr ? primary : (conn_ != nullptr ? PQerrorMessage(conn_) : ""),
      .where = where_,
      .action = action,
      .secret = secret_,
  });
}

Result<Transaction> Transaction::begin(Connection& connection, Mode mode, std::string_view action) {
  if (auto s = connection.ensure_connected(action); !s) return std::unexpected(s.error());
  const char* sql = mode == Mode::kSnapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
  if (auto s = connection.exec(sql, action); !s) return std::unexpected(s.error());
  return Transaction(&connection, std::string(action));
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(other.connection_), action_(std::move(other.action_)) {
  other.connection_ = nullptr;
}

Transaction::~Transaction() {
  if (connection_ != nullptr) (void)connection_->exec("ROLLBACK", action_);
}

Status Transaction::commit() {
  Connection* connection = connection_;
  connection_ = nullptr;  // after a failed COMMIT the server has rolled back already
  return connection->exec("COMMIT", action_);
}

}  // namespace regio::store::postgres_detail
