// The HTTP server: Boost.Beast over one Asio io_context run by a fixed number of threads (no
// thread per connection), HTTP/1.1 keep-alive, limits on header and body size, read and idle
// timeouts, one access-log line per request, graceful shutdown.
//
//   Server server(options, [&](Request& r) { return dispatcher.handle(r); }, std::cerr);
//   auto port = server.listen();          // port 0: the system picks a free one
//   server.run();                         // blocks until shutdown() (or SIGINT/SIGTERM) and the
//                                         // in-flight requests are done or the grace period ends
//
// Every response gets the security headers (security_headers.h). A header over the limit gets
// 431, a body over the limit 413, a malformed request 400, all as problem details.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string_view>
#include <memory>
#include <string>

#include "base/error.h"
#include "web/http_types.h"

namespace regio::web {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  // 0: pick a free port
  int threads = 2;
  std::size_t header_limit = 8 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::chrono::seconds read_timeout{30};  // to receive a request once it has begun
  std::chrono::seconds idle_timeout{60};  // between requests on a keep-alive connection
  std::chrono::seconds grace{10};         // shutdown: how long in-flight requests may take
  bool handle_signals = false;            // SIGINT/SIGTERM start a graceful shutdown
  bool trust_proxy = false;               // take the client address from X-Forwarded-For
  // Upload routes (extracts of tens of MB) get their own body limit and read timeout; every
  // other route keeps body_limit. `is_upload` says whether (method, percent-decoded path) is
  // one (dispatch.h, upload_route); empty: none is.
  std::size_t upload_limit = 256 * 1024 * 1024;
  std::chrono::seconds upload_timeout{600};
  std::function<bool(std::string_view method, std::string_view path)> is_upload;
};

using RequestHandler = std::function<Response(Request&)>;

class Server {
 public:
  // `log` receives one JSON line per request (time, method, path, status, bytes, duration_us,
  // user); writes to it are serialized.
  Server(ServerOptions options, RequestHandler handler, std::ostream& log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Returns the port (the chosen one for port 0). kUnavailable when the
  // address cannot be bound (in use, no permission), kInvalidArgument for a malformed address.
  Result<unsigned short> listen();
  // Runs the threads until the server has shut down. REQUIRES: listen() succeeded.
  void run();
  // Starts a graceful shutdown from any thread: stop accepting, close idle connections, let
  // requests in flight finish (up to the grace period), then run() returns.
  void shutdown();
  // Whether a shutdown has begun.
  bool stopping() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace regio::web
