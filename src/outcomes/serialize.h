// The stored form of an Extract: a compact, versioned, columnar binary payload (one per
// delivery in the store).
//
// Layout (little-endian, as the machines we run on): magic "RGXT", u32 version, then every
// column in a fixed order as u64 length + raw array (text columns: u64 rows, u64 text bytes,
// u32 offsets, text). Loading is a bounds-checked memcpy per column; every value is checked
// (enum ranges, person numbers, offsets, equal column lengths), so a truncated or corrupted
// payload gives kInvalidData and never undefined behaviour.
//
//   std::string payload = outcomes::serialize(imported.extract);
//   Result<Extract> back = outcomes::deserialize(payload);
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "outcomes/extract.h"

namespace regio::outcomes {

inline constexpr std::uint32_t kSerializeVersion = 1;

std::string serialize(const Extract& extract);
// Serialises while releasing each column of `extract` as soon as it is copied, so the peak
// memory is about one copy of the data instead of two (for importing at national scale).
// Leaves `extract` empty.
std::string serialize_and_release(Extract&& extract);

// kInvalidData ("opgeslagen levering is beschadigd: ...") on any inconsistency; kInvalidData
// naming the version for a payload of an unknown (newer) version.
Result<Extract> deserialize(std::string_view payload);

}  // namespace regio::outcomes
