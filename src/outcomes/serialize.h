// The stored form of an Extract: a compact, versioned, columnar binary payload (one per
// delivery in the store).
//
// Layout (little-endian, as the machines we run on): magic "RGXT", u32 version, then every
// column in a fixed order as u64 length + raw array (text columns: u64 rows, u64 text bytes,
// u32 offsets, text), then the SHA-256 of everything before it (32 bytes). Loading is a
// bounds-checked memcpy per column; every value is checked (enum ranges, person numbers,
// offsets, equal column lengths) and the digest is compared before the extract is returned, so
// a truncated or corrupted payload gives kInvalidData, never undefined behaviour and never an
// extract with different values. Version 1 (without digest) is refused with a message to
// re-import the delivery.
//
//   std::string payload = outcomes::serialize(imported.extract);
//   Result<Extract> back = outcomes::deserialize(payload);
//   Result<Extract> streamed = outcomes::deserialize(ByteSource{size, read_next_bytes});
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "outcomes/extract.h"

namespace regio::outcomes {

inline constexpr std::uint32_t kSerializeVersion = 2;

std::string serialize(const Extract& extract);
// Serialises while releasing each column of `extract` as soon as it is copied, so the peak
// memory is about one copy of the data instead of two (for importing at national scale).
// Leaves `extract` empty.
std::string serialize_and_release(Extract&& extract);

// A payload read front to back, e.g. straight from the store, so it can be decoded without a
// whole copy of it in memory.
struct ByteSource {
  std::uint64_t size = 0;  // total bytes of the payload
  // Copies the next `n` bytes into `dst` and returns true; false when fewer than n bytes remain
  // or reading failed.
  std::function<bool(void* dst, std::size_t n)> read;
};

// kInvalidData ("opgeslagen levering is beschadigd: ...") on any inconsistency, including a
// source that ends early or fails to read and a digest that does not match; kInvalidData naming
// the version for a payload of version 1 or of an unknown (newer) version. Nothing is allocated for a length before it
// is checked against the bytes that remain, so a corrupted length cannot exhaust memory.
Result<Extract> deserialize(std::string_view payload);
// The same from a sequential source; reads at most source.size bytes, in chunks of at most
// 64 KiB (text bytes in one call per column).
Result<Extract> deserialize(const ByteSource& source);

}  // namespace regio::outcomes
