// The server's lifecycle and concurrency: graceful shutdown lets a request in flight finish;
// 64 keep-alive connections at once are served by 2 threads.
#include <gtest/gtest.h>

#include <array>
#include <future>
#include <memory>
#include <vector>

#include "store/memory/memory_store.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::http;
using testing::TestServer;

// A handler that waits until the test lets it go: a request "in flight" for as long as needed.
std::promise<void>* g_entered = nullptr;
std::shared_future<void>* g_release = nullptr;

Response slow_handler(AppContext&, Request&) {
  g_entered->set_value();
  g_release->wait();
  Response r;
  r.content_type = "text/plain; charset=utf-8";
  r.body = "klaar";
  return r;
}

constexpr std::array kSlowRoutes{Route{"GET", "/traag", Permission::kPublic, slow_handler}};

TEST(ServerLifecycleTest, ShutdownLetsTheRequestInFlightFinish) {
  store::MemoryStore store;
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  g_entered = &entered;
  g_release = &released;
  auto server = std::make_unique<TestServer>(store, ServerOptions{}, WebOptions{}, kSlowRoutes);
  const unsigned short port = server->port();
  auto response = std::async(std::launch::async, [port] { return http(port, "GET", "/traag"); });
  entered.get_future().wait();  // the handler runs
  server->server().shutdown();
  while (!server->server().stopping()) std::this_thread::yield();
  // New connections are refused once the listener has closed; the request in flight is not affected.
  release.set_value();
  auto res = response.get();
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "klaar");
  EXPECT_EQ(res.header("Connection"), "close");  // no keep-alive during shutdown
  server->stop();                                // run() has returned: joined
  testing::Client late(port);
  EXPECT_FALSE(late.open() && late.request("GET", "/traag").status != 0);
  server.reset();
}

TEST(ServerLifecycleTest, SixtyFourKeepAliveConnectionsOnTwoThreads) {
  store::MemoryStore store;
  ServerOptions options;
  options.threads = 2;
  TestServer server(store, options);
  std::vector<std::unique_ptr<testing::Client>> clients;
  for (int i = 0; i < 64; ++i) clients.push_back(std::make_unique<testing::Client>(server.port()));
  // All 64 connections are open at once; each is used three times (keep-alive), in turns.
  for (int round = 0; round < 3; ++round) {
    for (auto& c : clients) {
      auto res = c->request("GET", "/toegankelijkheid");
      ASSERT_EQ(res.status, 200);
      ASSERT_NE(res.header("Connection"), "close");
    }
  }
  for (auto& c : clients) EXPECT_TRUE(c->open());
  // And concurrently: 64 threads, one request each on their own connection.
  std::vector<std::future<int>> results;
  for (auto& c : clients)
    results.push_back(std::async(std::launch::async, [&c] { return c->request("GET", "/").status; }));
  for (auto& r : results) EXPECT_EQ(r.get(), 200);
  server.stop();
  std::istringstream log(server.log());
  int lines = 0;
  for (std::string line; std::getline(log, line);) ++lines;
  EXPECT_EQ(lines, 64 * 4);
}

TEST(ServerLifecycleTest, IdleAndHalfSentRequestsAreClosedByTheTimeouts) {
  store::MemoryStore store;
  ServerOptions options;
  options.idle_timeout = std::chrono::seconds(1);
  options.read_timeout = std::chrono::seconds(1);
  TestServer server(store, options);
  testing::Client idle(server.port());
  ASSERT_EQ(idle.request("GET", "/").status, 200);
  EXPECT_TRUE(idle.wait_until_closed());  // nothing more sent: closed after the idle timeout
  testing::Client slow(server.port());
  slow.send_raw("GET / HTTP/1.1\r\nHost: x\r\n");  // the header never ends
  EXPECT_TRUE(slow.wait_until_closed());
  testing::Client fresh(server.port());
  EXPECT_EQ(fresh.request("GET", "/").status, 200);  // the server itself carries on
}

}  // namespace
}  // namespace regio::web
