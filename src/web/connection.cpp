// One keep-alive connection of the server (internal/server_impl.h).
#include <algorithm>
#include <array>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <optional>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "web/internal/server_impl.h"
#include "web/problem.h"
#include "web/security_headers.h"
#include "web/wall_clock.h"

namespace regio::web {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

struct Connection::State {
  explicit State(net::ip::tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  beast::flat_buffer buffer;
  std::optional<http::request_parser<http::string_body>> parser;
  // The body is written from `payload` (kept alive here until written): a kept response's bytes
  // are shared by every connection, not copied into each message.
  std::optional<http::response<http::buffer_body>> response;
  std::shared_ptr<const std::string> payload;
  bool busy = false;         // between a request's header and the end of its response
  bool close_after = false;  // shutdown asked while busy
  bool first = true;         // no request read yet
  std::string remote_ip;
  std::chrono::steady_clock::time_point started;
  std::string method, path, user, detail;  // for the access log
};

namespace {

std::string header(const http::request<http::string_body>& req, http::field f) {
  auto it = req.find(f);
  return it == req.end() ? std::string{} : std::string(it->value());
}

std::string header(const http::request<http::string_body>& req, std::string_view name) {
  auto it = req.find(beast::string_view(name.data(), name.size()));
  return it == req.end() ? std::string{} : std::string(it->value());
}

Request to_request(http::request<http::string_body>& req, const std::string& remote_ip, bool trust_proxy) {
  Request r;
  r.method = std::string(req.method_string());
  r.target = std::string(req.target());
  const auto q = r.target.find('?');
  r.path = percent_decode(std::string_view(r.target).substr(0, q));
  if (q != std::string::npos) r.query = parse_form(std::string_view(r.target).substr(q + 1));
  r.body = std::move(req.body());
  r.content_type = header(req, http::field::content_type);
  r.cookie = header(req, http::field::cookie);
  r.csrf_header = header(req, "X-CSRF-Token");
  r.accept = header(req, http::field::accept);
  r.origin = header(req, http::field::origin);
  r.remote_ip = remote_ip;
  if (trust_proxy) {
    r.forwarded_proto = header(req, "X-Forwarded-Proto");
    r.forwarded_for = header(req, "X-Forwarded-For");
    if (!r.forwarded_for.empty()) {  // the last hop is the one our proxy added
      const auto comma = r.forwarded_for.rfind(',');
      std::string last = r.forwarded_for.substr(comma == std::string::npos ? 0 : comma + 1);
      while (!last.empty() && last.front() == ' ') last.erase(0, 1);
      if (!last.empty()) r.remote_ip = last;
    }
  }
  return r;
}

}  // namespace

Connection::Connection(net::ip::tcp::socket socket, Server::Impl& server)
    : s_(std::make_unique<State>(std::move(socket))), server_(server) {
  boost::system::error_code ec;
  auto endpoint = s_->stream.socket().remote_endpoint(ec);
  if (!ec) s_->remote_ip = endpoint.address().to_string();
}

Connection::~Connection() {
  if (id_ != 0) server_.remove(id_);
}

void Connection::start() {
  server_.add(shared_from_this(), id_);
  net::dispatch(s_->stream.get_executor(), [self = shared_from_this()] { self->read_header(); });
}

void Connection::on_shutdown() {
  net::post(s_->stream.get_executor(), [self = shared_from_this()] {
    if (self->s_->busy)
      self->s_->close_after = true;
    else
      self->close_now();
  });
}

void Connection::read_header() {
  if (server_.stopping) return close();
  s_->busy = false;
  s_->parser.emplace();
  s_->parser->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
  // The larger of the two limits until the header says which route this is (Beast checks a
  // Content-Length against the limit while it parses the header); on_header narrows it.
  s_->parser->body_limit(server_.options.is_upload ? std::max(server_.options.body_limit, server_.options.upload_limit)
                                                   : server_.options.body_limit);
  s_->stream.expires_after(s_->first ? server_.options.read_timeout : server_.options.idle_timeout);
  http::async_read_header(
      s_->stream, s_->buffer, *s_->parser,
      [self = shared_from_this()](boost::system::error_code ec, std::size_t) { self->on_header(ec); });
}

void Connection::on_header(boost::system::error_code ec) {
  if (ec && server_.stopping) return close_now();  // an idle connection closed by shutdown
  s_->first = false;
  s_->busy = true;
  s_->started = std::chrono::steady_clock::now();
  s_->method = "-";
  s_->path = "-";
  s_->user.clear();
  if (ec == http::error::header_limit)
    return fail_request(431, fmt::format("De kopregels van het verzoek zijn te groot (meer dan {} KiB).",
                                         server_.options.header_limit / 1024));
  if (ec == http::error::body_limit) {  // a Content-Length over the larger limit, seen in the header
    const auto& head = s_->parser->get();
    const std::string_view target(head.target().data(), head.target().size());
    s_->method = std::string(head.method_string());
    s_->path = std::string(target.substr(0, target.find('?')));
    return too_large(server_.options.is_upload && server_.options.is_upload(s_->method, percent_decode(s_->path)));
  }
  if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted ||
      ec == net::error::connection_reset || ec == net::error::eof)
    return close();
  if (ec) return fail_request(400, "Het verzoek is geen geldig HTTP-verzoek.");
  const auto& req = s_->parser->get();
  s_->method = std::string(req.method_string());
  const std::string_view target(req.target().data(), req.target().size());
  s_->path = std::string(target.substr(0, target.find('?')));  // never the query: it may hold secrets
  const bool upload = server_.options.is_upload && server_.options.is_upload(s_->method, percent_decode(s_->path));
  const std::size_t limit = upload ? server_.options.upload_limit : server_.options.body_limit;
  if (const auto length = s_->parser->content_length(); length && *length > limit) return too_large(upload);
  s_->parser->body_limit(limit);  // also bounds a chunked body
  s_->stream.expires_after(upload ? server_.options.upload_timeout : server_.options.read_timeout);
  http::async_read(s_->stream, s_->buffer, *s_->parser,
                   [self = shared_from_this()](boost::system::error_code e, std::size_t) { self->on_body(e); });
}

void Connection::on_body(boost::system::error_code ec) {
  if (ec == http::error::body_limit)
    return too_large(server_.options.is_upload && server_.options.is_upload(s_->method, percent_decode(s_->path)));
  if (ec) return close();
  auto req = s_->parser->release();
  const bool keep_alive = req.keep_alive();
  Request request = to_request(req, s_->remote_ip, server_.options.trust_proxy);
  // The handler runs on the worker pool; the work guard keeps the I/O threads alive (also
  // during a shutdown) until its response is back on this connection's strand.
  net::post(server_.workers, [self = shared_from_this(), request = std::move(request), keep_alive,
                              guard = net::make_work_guard(s_->stream.get_executor())]() mutable {
    Response response;
    try {
      response = self->server_.handler(request);
    } catch (const std::exception&) {
      response = problem(500, "Er ging iets mis in Regiomonitor. Probeer het opnieuw of meld het aan de beheerder.");
    }
    net::post(self->s_->stream.get_executor(), [self, response = std::move(response), keep_alive]() mutable {
      self->respond(std::move(response), keep_alive);
    });
  });
}

void Connection::fail_request(int status, std::string_view detail) { respond(problem(status, detail), false); }

void Connection::too_large(bool upload) {
  const std::size_t limit = upload ? server_.options.upload_limit : server_.options.body_limit;
  const std::string size =
      limit % (1024 * 1024) == 0 ? fmt::format("{} MiB", limit / (1024 * 1024)) : fmt::format("{} KiB", limit / 1024);
  fail_request(413, upload ? fmt::format("Het bestand is te groot: een upload mag hoogstens {} zijn.", size)
                           : fmt::format("Het verzoek is te groot (hoogstens {}).", size));
}

void Connection::respond(Response r, bool keep_alive) {
  keep_alive = keep_alive && !s_->close_after && !server_.stopping;
  auto& res = s_->response.emplace(static_cast<http::status>(r.status), 11);
  res.set(http::field::server, "Regiomonitor");
  res.set(http::field::content_type, r.content_type);
  for (const auto& [name, value] : security_headers())
    res.set(beast::string_view(name.data(), name.size()), beast::string_view(value.data(), value.size()));
  res.set(http::field::cache_control, r.cacheable ? "public, max-age=3600" : "no-store");
  for (const auto& [name, value] : r.headers) res.insert(name, value);
  s_->payload = r.shared_body ? std::move(r.shared_body) : std::make_shared<const std::string>(std::move(r.body));
  res.keep_alive(keep_alive);
  // No Content-Length on 204 and 304 (RFC 9110 §8.6); for HEAD that of the GET.
  if (r.status != 204 && r.status != 304) res.content_length(s_->payload->size());
  const bool head = s_->method == "HEAD";
  res.body().data = head ? nullptr : const_cast<char*>(s_->payload->data());  // buffer_body wants void*; only read
  res.body().size = head ? 0 : s_->payload->size();
  res.body().more = false;
  s_->user = r.log_user;
  s_->detail = std::move(r.log_detail);
  s_->stream.expires_after(server_.options.read_timeout);
  http::async_write(s_->stream, res,
                    [self = shared_from_this(), keep_alive](boost::system::error_code ec, std::size_t bytes) {
                      self->on_written(ec, bytes, keep_alive);
                    });
}

void Connection::on_written(boost::system::error_code ec, std::size_t bytes, bool keep_alive) {
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - s_->started).count();
  nlohmann::json line{{"time", iso_time(SystemWallClock().now())},
                      {"method", s_->method},
                      {"path", s_->path},
                      {"status", s_->response->result_int()},
                      {"bytes", bytes},
                      {"duration_us", micros},
                      {"user", s_->user}};
  if (!s_->detail.empty()) line["detail"] = s_->detail;
  server_.write_log(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  s_->response.reset();
  s_->payload.reset();
  if (ec || !keep_alive || s_->close_after || server_.stopping) return close();
  read_header();
}

void Connection::close() {
  s_->busy = false;
  boost::system::error_code ignored;
  // Half-close first and let the peer's remaining bytes drain briefly, so a response to a
  // refused request is not lost to a reset.
  s_->stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
  s_->stream.expires_after(std::chrono::seconds(2));
  drain();
}

void Connection::close_now() {
  s_->busy = false;
  boost::system::error_code ignored;
  s_->stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
  s_->stream.socket().close(ignored);
}

void Connection::drain() {
  auto buffer = std::make_shared<std::array<char, 4096>>();
  s_->stream.async_read_some(net::buffer(*buffer),
                             [self = shared_from_this(), buffer](boost::system::error_code ec, std::size_t) {
                               if (!ec) return self->drain();  // more bytes: keep reading until the deadline
                               boost::system::error_code ignored;
                               self->s_->stream.socket().close(ignored);
                             });
}

}  // namespace regio::web
