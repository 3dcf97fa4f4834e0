#include "web/test_client.h"

#include <strings.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "web/http_types.h"

namespace regio::web::testing {

namespace beast = boost::beast;
namespace bh = boost::beast::http;
namespace net = boost::asio;

std::string HttpResult::header(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) return v;
  return {};
}

std::vector<std::string> HttpResult::all(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : headers)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) out.push_back(v);
  return out;
}

std::string HttpResult::set_cookie_line(const std::string& name) const {
  for (const std::string& line : all("Set-Cookie"))
    if (line.starts_with(name + "=")) return line;
  return {};
}

std::string HttpResult::cookie(const std::string& name) const {
  const std::string line = set_cookie_line(name);
  if (line.empty()) return {};
  const auto start = name.size() + 1;
  return line.substr(start, line.find(';') - start);
}

struct Client::Impl {
  net::io_context io;
  beast::tcp_stream stream{io};
  beast::flat_buffer buffer;
  bool open = false;
};

Client::Client(unsigned short port) : impl_(std::make_unique<Impl>()) {
  boost::system::error_code ec;
  impl_->stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
  impl_->open = !ec;
}

Client::~Client() {
  boost::system::error_code ec;
  impl_->stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
}

bool Client::open() const { return impl_->open; }

void Client::send_raw(const std::string& bytes) {
  boost::system::error_code ec;
  net::write(impl_->stream.socket(), net::buffer(bytes), ec);
}

bool Client::wait_until_closed() {
  impl_->stream.expires_after(std::chrono::seconds(30));
  char byte = 0;
  boost::system::error_code ec;
  for (;;) {
    impl_->stream.read_some(net::buffer(&byte, 1), ec);
    if (ec) return ec != beast::error::timeout;
  }
}

HttpResult Client::request(const std::string& method, const std::string& target, const std::string& body,
                           const Headers& headers) {
  HttpResult out;
  if (!impl_->open) return out;
  bh::request<bh::string_body> req{bh::string_to_verb(method), target, 11};
  req.set(bh::field::host, "127.0.0.1");
  for (const auto& [k, v] : headers) req.insert(k, v);
  req.body() = body;
  req.keep_alive(true);
  req.prepare_payload();
  boost::system::error_code ec;
  impl_->stream.expires_after(std::chrono::seconds(30));
  bh::write(impl_->stream, req, ec);
  // A refused request may be answered before it is fully sent: read the answer anyway.
  bh::response_parser<bh::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);  // a HEAD response has a Content-Length but no body
  bh::read(impl_->stream, impl_->buffer, parser, ec);
  if (ec && !parser.is_header_done()) {
    impl_->open = false;
    return out;
  }
  auto res = parser.release();
  out.status = res.result_int();
  out.body = res.body();
  for (const auto& field : res) out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  if (!res.keep_alive()) impl_->open = false;
  return out;
}

HttpResult http(unsigned short port, const std::string& method, const std::string& target, const std::string& body,
                const Headers& headers) {
  Client client(port);
  return client.request(method, target, body, headers);
}

std::string form_body(const std::vector<std::pair<std::string, std::string>>& fields) { return form_encode(fields); }

}  // namespace regio::web::testing
