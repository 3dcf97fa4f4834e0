// The columnar core of compute_indicators (outcomes/indicators.h); private to the module.
//
// Spells are grouped by person once (CSR: offsets by person index, each person's spells sorted
// by start) with the per-spell facts the indicators need precomputed, so the per-trajectory
// pass is a few binary searches over contiguous arrays: no allocation, no virtual call.
// Trajectories are pre-keyed to a small integer cell (group × intervention, a group being a
// (region, start year) pair that occurs in the data, so memory follows the data and not the span
// of its dates); each worker fills its own Accumulator over a trajectory range and the
// accumulators are summed afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "outcomes/extract.h"

namespace regio::outcomes::engine {

inline constexpr int kDagenBins = 366;  // F - s lies in 0..365
inline constexpr std::uint32_t kNotCounted = 0xFFFFFFFFu;
inline constexpr std::size_t kInterventies = 5;

// Which cell each trajectory falls in. Groups are numbered in order of first appearance.
struct Keys {
  std::vector<std::string> regions;         // codes by region index
  std::vector<std::uint32_t> group_region;  // region index of each group
  std::vector<int> group_year;              // start year of each group
  std::vector<std::uint32_t> cell;          // per trajectory: group * kInterventies + intervention, or kNotCounted

  std::size_t cells() const { return group_year.size() * kInterventies; }
};

// Keys of the trajectories that started on or before the peildatum; the others get kNotCounted.
// Memory: O(trajectories + groups), whatever the dates.
Keys make_keys(const Trajecten& trajecten, std::int32_t peildatum);

// One employment spell of the index, with what the indicators need precomputed.
struct WerkSpell {
  std::int32_t start;
  std::int32_t end;             // kOpenEnd when ongoing
  std::int32_t prefix_max_end;  // max end over the person's spells up to this one
  std::int32_t chain_end;       // X of the §3.8 chain holding the spell (when start <= C)
  std::int32_t hours_centi;     // hours × 100, -1 when unknown
};

struct UitkeringSpell {
  std::int32_t start;
  std::int32_t end;
  std::int32_t prefix_max_end;
};

// Spells grouped by person: person p owns spells[offsets[p] .. offsets[p+1]), sorted by start.
// Array-of-structs on purpose: a trajectory touches all fields of its person's few spells.
// The spells live in one uninitialised buffer (tens of MB, every element written once while
// grouping), not a std::vector, which would zero it all first.
template <class Spell>
struct PersonIndex {
  std::vector<std::uint32_t> offsets;  // persons + 1 entries
  std::unique_ptr<Spell[]> spells;     // offsets.back() elements

  const Spell* begin(std::uint32_t person) const { return spells.get() + offsets[person]; }
  const Spell* end(std::uint32_t person) const { return spells.get() + offsets[person + 1]; }
};
using WerkIndex = PersonIndex<WerkSpell>;
using UitkeringIndex = PersonIndex<UitkeringSpell>;

// REQUIRES: every person index < persons.
WerkIndex index_werk(const WerkSpells& werk, std::size_t persons, std::int32_t peildatum);
UitkeringIndex index_uitkeringen(const UitkeringSpells& uitkeringen, std::size_t persons);

// Sums of one cell (region × year × intervention).
struct CellTotals {
  std::int64_t starters = 0;
  std::int64_t werk_12m_noemer = 0;
  std::int64_t werk_12m_teller = 0;
  std::int64_t duurzaam_noemer = 0;
  std::int64_t duurzaam_teller = 0;
  std::int64_t werkend_12m_teller = 0;
  std::int64_t uitkering_noemer = 0;
  std::int64_t uitkering_uitstroom_teller = 0;
  std::int64_t uren_centi_sum = 0;
  std::int64_t uren_count = 0;

  void add(const CellTotals& o);
};

struct Accumulator {
  std::vector<CellTotals> cells;
  std::vector<std::uint32_t> dagen;  // cells × kDagenBins histogram of F - s

  explicit Accumulator(std::size_t cell_count) : cells(cell_count), dagen(cell_count * kDagenBins, 0) {}
  void add(const Accumulator& o);
};

// Adds trajectories [first, last) to `acc`. cell[t] is the trajectory's cell, or kNotCounted.
void accumulate(const Trajecten& trajecten, const std::vector<std::uint32_t>& cell, const WerkIndex& werk,
                const UitkeringIndex& uitkeringen, std::int32_t peildatum, std::size_t first, std::size_t last,
                Accumulator& acc);

}  // namespace regio::outcomes::engine
