// Memory hints for the large arrays of the indicator path (decoded columns, person indexes);
// private to the outcomes module.
//
// Those arrays are tens of MB each and written once right after allocation, so the first touch
// of every 4 KiB page (a page fault and a zeroed page from the kernel) costs more than the data
// work itself. Asking for transparent huge pages makes that one fault per 2 MiB.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace regio::outcomes::engine {

// Advises the kernel to back [data, data + bytes) with huge pages where whole 2 MiB pages fit.
// Only a hint: does nothing elsewhere, for small ranges, or when the kernel declines.
// Call it before the memory is first written.
inline void advise_huge_pages(const void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t last = (begin + bytes) & ~(kHuge - 1);
  if (last > first) (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

// v.reserve(n) with the huge-page hint on the new storage. REQUIRES: v is empty.
template <class T>
void reserve_huge(std::vector<T>& v, std::size_t n) {
  v.reserve(n);
  advise_huge_pages(v.data(), n * sizeof(T));
}

}  // namespace regio::outcomes::engine
