// Private to server.cpp / connection.cpp: the state the connections share.
#pragma once

#include <atomic>
#include <boost/asio.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>

#include "web/server.h"

namespace regio::web {

class Connection;

struct Server::Impl {
  Impl(ServerOptions o, RequestHandler h, std::ostream& l)
      : options(std::move(o)),
        handler(std::move(h)),
        log(l),
        workers(static_cast<std::size_t>(options.threads)),
        acceptor(io),
        signals(io),
        grace_timer(io) {}

  ServerOptions options;
  RequestHandler handler;
  std::ostream& log;
  std::mutex log_mutex;

  // Handlers run here, not on the threads that do the I/O: a slow handler (an argon2id check,
  // a large store read) never holds up reading and writing on other connections.
  boost::asio::thread_pool workers;
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor acceptor;
  boost::asio::signal_set signals;
  boost::asio::steady_timer grace_timer;
  std::atomic<bool> stopping{false};

  std::mutex connections_mutex;
  std::map<std::uint64_t, std::weak_ptr<Connection>> connections;
  std::uint64_t next_id = 0;

  void accept();
  void begin_shutdown();  // on the io_context
  void add(const std::shared_ptr<Connection>& c, std::uint64_t& id);
  void remove(std::uint64_t id);
  void write_log(const std::string& line);
};

// One TCP connection: reads requests one after another, answers each, until the peer closes,
// a timeout passes or the server shuts down. All its work runs on its own strand.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(boost::asio::ip::tcp::socket socket, Server::Impl& server);
  ~Connection();
  void start();
  // Posted by the server on shutdown: close now when idle, else after the current response.
  void on_shutdown();

 private:
  struct State;
  std::unique_ptr<State> s_;
  Server::Impl& server_;
  std::uint64_t id_ = 0;

  void read_header();
  void on_header(boost::system::error_code ec);
  void on_body(boost::system::error_code ec);
  void respond(Response r, bool keep_alive);
  void on_written(boost::system::error_code ec, std::size_t bytes, bool keep_alive);
  void fail_request(int status, const std::string& detail);
  std::string too_large() const;  // the 413 detail, naming the limit
  void close();      // after a response: half-close, drain what the peer still sends, close
  void close_now();  // an idle connection at shutdown
  void drain();
};

}  // namespace regio::web
