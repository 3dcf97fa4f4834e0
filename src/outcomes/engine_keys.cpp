// Keys of the per-trajectory pass (engine.h): which (region, start year) group each counted
// trajectory belongs to.
#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "base/date.h"
#include "outcomes/engine.h"
#include "outcomes/merge.h"

namespace regio::outcomes::engine {
namespace {

// Day spans up to this many days (~180 years) look the start year up in a table of one entry
// per day; wider spans (implausible dates) compute it per trajectory, so the table stays small.
constexpr std::int32_t kMaxYearTableDays = 1 << 16;

// The start year of every day in [first_day, last_day] as an offset from the first day's year,
// so the per-trajectory year is a table lookup instead of a calendar computation.
std::vector<std::uint16_t> year_offsets(std::int32_t first_day, std::int32_t last_day, int first_year) {
  std::vector<std::uint16_t> out(static_cast<std::size_t>(last_day - first_day) + 1);
  int year = first_year;
  std::int32_t next_year_day = from_civil({year + 1, 1, 1}).days;
  for (std::int32_t d = first_day; d <= last_day; ++d) {
    while (d >= next_year_day) next_year_day = from_civil({++year + 1, 1, 1}).days;
    out[static_cast<std::size_t>(d - first_day)] = static_cast<std::uint16_t>(year - first_year);
  }
  return out;
}

// Interns (region code, start year) pairs into dense group numbers in order of first
// appearance, so cells exist only for groups that occur. CBS codes are short ("AM13"): a code
// of 1..7 bytes is packed with its length into one integer, so a lookup is one multiply and an
// integer compare or two; any other code is first numbered by the general text interner of
// merge.h and keyed by that number (bit 63 set, which no packed code has).
class GroupInterner {
 public:
  GroupInterner() : slots_(kInitialSlots) {}

  std::uint32_t intern(std::string_view code, int year, Keys& keys) {
    std::uint64_t key = 0;
    if (code.empty() || code.size() > 7) {
      key = (std::uint64_t{1} << 63) | names_.intern(code);
    } else {
      key = std::uint64_t{code.size()} << 56;
      std::memcpy(&key, code.data(), code.size());
    }
    std::size_t slot = hash(key, year);
    while (slots_[slot].key != 0) {
      if (slots_[slot].key == key && slots_[slot].year == year) return slots_[slot].group;
      slot = (slot + 1) & (slots_.size() - 1);
    }
    const auto group = static_cast<std::uint32_t>(keys.group_year.size());
    keys.group_region.push_back(names_.intern(code));
    keys.group_year.push_back(year);
    slots_[slot] = Slot{key, year, group};
    if (2 * keys.group_year.size() >= slots_.size()) grow();
    return group;
  }

  // The codes by region index.
  std::vector<std::string> take_regions() {
    std::vector<std::string> out;
    out.reserve(names_.size());
    for (std::uint32_t r = 0; r < names_.size(); ++r) out.emplace_back(names_.at(r));
    return out;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty
    int year = 0;
    std::uint32_t group = 0;
  };
  static constexpr std::size_t kInitialSlots = 1024;  // stays in L1 for the usual ~300 groups

  std::size_t hash(std::uint64_t key, int year) const {
    const std::uint64_t h =
        (key ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(year)) << 20)) * 0x9e3779b97f4a7c15ull;
    return static_cast<std::size_t>(h >> (64 - std::countr_zero(slots_.size())));
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      std::size_t slot = hash(s.key, s.year);
      while (slots_[slot].key != 0) slot = (slot + 1) & (slots_.size() - 1);
      slots_[slot] = s;
    }
  }

  std::vector<Slot> slots_;
  outcomes::PersonIndex names_;
};

}  // namespace

Keys make_keys(const Trajecten& t, std::int32_t peildatum) {
  Keys k;
  const std::size_t n = t.size();
  std::int32_t first_day = std::numeric_limits<std::int32_t>::max();
  std::int32_t last_day = std::numeric_limits<std::int32_t>::min();
  for (std::size_t i = 0; i < n; ++i) {
    if (t.start[i] > peildatum) continue;
    first_day = std::min(first_day, t.start[i]);
    last_day = std::max(last_day, t.start[i]);
  }
  k.cell.assign(n, kNotCounted);
  if (first_day > last_day) return k;  // nothing counted
  const bool table = std::int64_t{last_day} - first_day < kMaxYearTableDays;
  const int first_year = year_of(Date{first_day});
  const std::vector<std::uint16_t> year =
      table ? year_offsets(first_day, last_day, first_year) : std::vector<std::uint16_t>{};
  GroupInterner groups;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t s = t.start[i];
    if (s > peildatum) continue;
    const int y = table ? first_year + year[static_cast<std::size_t>(s - first_day)] : year_of(Date{s});
    const std::size_t group = groups.intern(t.regio[i], y, k);
    k.cell[i] = static_cast<std::uint32_t>(group * kInterventies + static_cast<std::size_t>(t.interventie[i]));
  }
  k.regions = groups.take_regions();
  return k;
}

}  // namespace regio::outcomes::engine
