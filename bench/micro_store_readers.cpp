// How long a small read waits while another thread does the long read of every delivery (what
// `outcomes indicators --unsuppressed` and publishing do), on one SqliteStore. With
// --serialized both threads take one lock around each call, as the store did before it had a
// pool of read connections, for comparison.
//   regio_micro_store_readers DATABASE [--serialized]
// Prints the number of small reads and their median and maximum latency.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

#include "service/outcome_data.h"
#include "store/sqlite/sqlite_store.h"

int main(int argc, char** argv) {
  using namespace regio;
  using Clock = std::chrono::steady_clock;
  if (argc < 2) return 2;
  const bool serialized = argc > 2 && std::string_view(argv[2]) == "--serialized";
  auto store = store::SqliteStore::open(argv[1], store::SqliteAccess::kReadOnly);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().describe_for_operator().c_str());
    return 1;
  }
  std::mutex one_at_a_time;
  auto maybe_lock = [&] { return serialized ? std::unique_lock(one_at_a_time) : std::unique_lock<std::mutex>(); };
  std::atomic<bool> done{false};
  int long_reads = 0;
  std::thread heavy([&] {
    for (int i = 0; i < 3; ++i, ++long_reads) {
      auto lock = maybe_lock();
      auto computed = service::compute_outcomes(**store, std::nullopt);
      if (!computed) std::fprintf(stderr, "%s\n", computed.error().describe().c_str());
    }
    done = true;
  });
  std::vector<double> waits_ms;
  while (!done) {
    const auto begin = Clock::now();
    {
      auto lock = maybe_lock();
      if (!(*store)->waves()) return 1;
    }
    waits_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  heavy.join();
  if (waits_ms.empty()) return 1;
  std::sort(waits_ms.begin(), waits_ms.end());
  std::printf("%s: %d long reads, %zu small reads, median %.2f ms, max %.1f ms\n", serialized ? "serialized" : "pool",
              long_reads, waits_ms.size(), waits_ms[waits_ms.size() / 2], waits_ms.back());
  return 0;
}
