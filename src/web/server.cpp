#include "web/server.h"

#include <csignal>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "web/internal/server_impl.h"

namespace regio::web {

namespace net = boost::asio;
using tcp = net::ip::tcp;

Server::Server(ServerOptions options, RequestHandler handler, std::ostream& log)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), log)) {}

Server::~Server() = default;

Result<unsigned short> Server::listen() {
  boost::system::error_code ec;
  const auto address = net::ip::make_address(impl_->options.bind, ec);
  if (ec) return fail(ErrorCode::kInvalidArgument, fmt::format("--bind '{}' is geen IP-adres", impl_->options.bind));
  const tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec)
    return fail(ErrorCode::kUnavailable,
                fmt::format("Kan niet luisteren op {}:{}: {}", impl_->options.bind, impl_->options.port, ec.message()));
  return acceptor.local_endpoint().port();
}

void Server::run() {
  if (impl_->options.handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](boost::system::error_code ec, int) {
      if (!ec) impl_->begin_shutdown();
    });
  }
  impl_->accept();
  std::vector<std::jthread> threads;
  for (int i = 1; i < impl_->options.threads; ++i) threads.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : threads) t.join();
  impl_->workers.join();  // a handler past the grace period still ends before run() returns
}

void Server::shutdown() {
  net::post(impl_->io, [this] { impl_->begin_shutdown(); });
}

bool Server::stopping() const { return impl_->stopping; }

void Server::Impl::accept() {
  acceptor.async_accept(net::make_strand(io), [this](boost::system::error_code ec, tcp::socket socket) {
    if (stopping) return;
    if (!ec) std::make_shared<Connection>(std::move(socket), *this)->start();
    accept();
  });
}

void Server::Impl::begin_shutdown() {
  if (stopping.exchange(true)) return;
  boost::system::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  std::vector<std::shared_ptr<Connection>> live;
  {
    std::lock_guard lock(connections_mutex);
    for (auto& [id, weak] : connections)
      if (auto c = weak.lock()) live.push_back(std::move(c));
  }
  for (auto& c : live) c->on_shutdown();
  if (live.empty()) return;
  grace_timer.expires_after(options.grace);
  grace_timer.async_wait([this](boost::system::error_code ec) {
    if (!ec) io.stop();  // the grace period is over: requests still running are abandoned
  });
}

void Server::Impl::add(const std::shared_ptr<Connection>& c, std::uint64_t& id) {
  std::lock_guard lock(connections_mutex);
  id = ++next_id;
  connections[id] = c;
}

void Server::Impl::remove(std::uint64_t id) {
  std::lock_guard lock(connections_mutex);
  connections.erase(id);
  if (stopping && connections.empty()) net::post(io, [this] { grace_timer.cancel(); });
}

void Server::Impl::write_log(const std::string& line) {
  std::lock_guard lock(log_mutex);
  log << line << '\n' << std::flush;
}

}  // namespace regio::web
