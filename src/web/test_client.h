// Test support: a small synchronous HTTP/1.1 client (Boost.Beast) for the server tests.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace regio::web::testing {

struct HttpResult {
  int status = 0;  // 0: no response (connection closed)
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string header(const std::string& name) const;  // first value, case-insensitive name
  std::vector<std::string> all(const std::string& name) const;
  // The value a Set-Cookie header gives cookie `name` ("" when none).
  std::string cookie(const std::string& name) const;
  std::string set_cookie_line(const std::string& name) const;  // the whole Set-Cookie line
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// One keep-alive connection to 127.0.0.1:port.
class Client {
 public:
  explicit Client(unsigned short port);
  ~Client();
  HttpResult request(const std::string& method, const std::string& target, const std::string& body = "",
                     const Headers& headers = {});
  bool open() const;
  // Sends raw bytes (e.g. half a request).
  void send_raw(const std::string& bytes);
  // Waits (up to 30 s) until the server closes the connection; true when it did.
  bool wait_until_closed();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One request on a fresh connection.
HttpResult http(unsigned short port, const std::string& method, const std::string& target, const std::string& body = "",
                const Headers& headers = {});

// "a=1&b=2" with percent-encoding.
std::string form_body(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace regio::web::testing
