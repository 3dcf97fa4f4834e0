#include "outcomes/engine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regio::outcomes::engine {
namespace {

// Counting sort by person, then each person's (short) run sorted by start: O(n) overall
// for the usual handful of spells per person.
std::vector<std::uint32_t> order_by_person(const std::vector<std::uint32_t>& person,
                                           const std::vector<std::int32_t>& start,
                                           std::size_t persons,
                                           std::vector<std::uint32_t>& offsets) {
  offsets.assign(persons + 1, 0);
  for (std::uint32_t p : person) ++offsets[p + 1];
  for (std::size_t p = 0; p < persons; ++p) offsets[p + 1] += offsets[p];
  std::vector<std::uint32_t> order(person.size());
  std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
  for (std::uint32_t i = 0; i < person.size(); ++i) order[next[person[i]]++] = i;
  auto by_start = [&](std::uint32_t a, std::uint32_t b) { return start[a] < start[b]; };
  for (std::size_t p = 0; p < persons; ++p) {
    auto first = order.begin() + offsets[p], last = order.begin() + offsets[p + 1];
    if (last - first > 1) std::sort(first, last, by_start);
  }
  return order;
}

PersonSpells gather(const std::vector<std::uint32_t>& person, const std::vector<std::int32_t>& start,
                    const std::vector<std::int32_t>& end, std::size_t persons,
                    std::vector<std::uint32_t>& order) {
  PersonSpells out;
  order = order_by_person(person, start, persons, out.offsets);
  const std::size_t n = order.size();
  out.start.resize(n);
  out.end.resize(n);
  out.prefix_max_end.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    out.start[i] = start[order[i]];
    out.end[i] = end[order[i]];
  }
  for (std::size_t p = 0; p < persons; ++p) {
    std::int32_t max_end = std::numeric_limits<std::int32_t>::min();
    for (std::uint32_t i = out.offsets[p]; i < out.offsets[p + 1]; ++i) {
      max_end = std::max(max_end, out.end[i]);
      out.prefix_max_end[i] = max_end;
    }
  }
  return out;
}

// Index of the last spell in [first, last) with start <= day, or `last` when none.
std::uint32_t last_starting_by(const std::int32_t* start, std::uint32_t first, std::uint32_t last,
                               std::int32_t day) {
  const std::int32_t* it = std::upper_bound(start + first, start + last, day);
  return it == start + first ? last : static_cast<std::uint32_t>(it - start) - 1;
}

bool covers(const PersonSpells& s, std::uint32_t first, std::uint32_t last, std::int32_t day) {
  const std::uint32_t k = last_starting_by(s.start.data(), first, last, day);
  return k != last && s.prefix_max_end[k] >= day;
}

}  // namespace

void CellTotals::add(const CellTotals& o) {
  starters += o.starters;
  werk_12m_noemer += o.werk_12m_noemer;
  werk_12m_teller += o.werk_12m_teller;
  duurzaam_noemer += o.duurzaam_noemer;
  duurzaam_teller += o.duurzaam_teller;
  werkend_12m_teller += o.werkend_12m_teller;
  uitkering_noemer += o.uitkering_noemer;
  uitkering_uitstroom_teller += o.uitkering_uitstroom_teller;
  uren_centi_sum += o.uren_centi_sum;
  uren_count += o.uren_count;
}

void Accumulator::add(const Accumulator& o) {
  for (std::size_t i = 0; i < cells.size(); ++i) cells[i].add(o.cells[i]);
  for (std::size_t i = 0; i < dagen.size(); ++i) dagen[i] += o.dagen[i];
}

WerkIndex index_werk(const WerkSpells& werk, std::size_t persons, std::int32_t peildatum) {
  WerkIndex out;
  std::vector<std::uint32_t> order;
  out.spells = gather(werk.person, werk.start, werk.end, persons, order);
  const std::size_t n = order.size();
  out.hours_centi.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const float h = werk.hours[order[i]];
    out.hours_centi[i] = h < 0 ? -1 : static_cast<std::int32_t>(std::lround(h * 100.0));
  }
  // Chains per person: spells after the peildatum take no part (their chain_end is unused,
  // because an F that matters lies on or before C).
  out.chain_end.assign(n, 0);
  const PersonSpells& s = out.spells;
  for (std::size_t p = 0; p < persons; ++p) {
    std::uint32_t i = s.offsets[p];
    const std::uint32_t last = s.offsets[p + 1];
    while (i < last && s.start[i] <= peildatum) {
      const std::uint32_t chain_first = i;
      std::int32_t chain_end = std::min(s.end[i], peildatum);
      for (++i; i < last && s.start[i] <= peildatum && s.start[i] <= chain_end + 31; ++i)
        chain_end = std::max(chain_end, std::min(s.end[i], peildatum));
      std::fill(out.chain_end.begin() + chain_first, out.chain_end.begin() + i, chain_end);
    }
  }
  return out;
}

PersonSpells index_uitkeringen(const UitkeringSpells& uitkeringen, std::size_t persons) {
  std::vector<std::uint32_t> order;
  return gather(uitkeringen.person, uitkeringen.start, uitkeringen.end, persons, order);
}

void accumulate(const Trajecten& trajecten, const std::vector<std::uint32_t>& cell,
                const WerkIndex& werk, const PersonSpells& uitkeringen, std::int32_t peildatum,
                std::size_t first, std::size_t last, Accumulator& acc) {
  const std::int32_t* w_start = werk.spells.start.data();
  for (std::size_t t = first; t < last; ++t) {
    const std::uint32_t key = cell[t];
    if (key == kNotCounted) continue;
    CellTotals& c = acc.cells[key];
    ++c.starters;
    const std::int32_t s = trajecten.start[t];
    if (s > peildatum - 365) continue;
    ++c.werk_12m_noemer;
    const std::uint32_t p = trajecten.person[t];
    const std::int32_t year_later = s + 365;

    const std::uint32_t wb = werk.spells.offsets[p], we = werk.spells.offsets[p + 1];
    const std::uint32_t f_index =
        static_cast<std::uint32_t>(std::lower_bound(w_start + wb, w_start + we, s) - w_start);
    if (f_index < we && w_start[f_index] <= year_later) {
      const std::int32_t f = w_start[f_index];
      ++c.werk_12m_teller;
      ++acc.dagen[std::size_t{key} * kDagenBins + static_cast<std::size_t>(f - s)];
      if (f + 182 <= peildatum) {
        ++c.duurzaam_noemer;
        if (werk.chain_end[f_index] >= f + 182) ++c.duurzaam_teller;
      }
      std::int32_t hours = -1;
      for (std::uint32_t j = f_index; j < we && w_start[j] == f; ++j)
        hours = std::max(hours, werk.hours_centi[j]);
      if (hours >= 0) {
        c.uren_centi_sum += hours;
        ++c.uren_count;
      }
    }
    if (covers(werk.spells, wb, we, year_later)) ++c.werkend_12m_teller;

    const std::uint32_t ub = uitkeringen.offsets[p], ue = uitkeringen.offsets[p + 1];
    if (ub != ue && covers(uitkeringen, ub, ue, s)) {
      ++c.uitkering_noemer;
      if (!covers(uitkeringen, ub, ue, year_later)) ++c.uitkering_uitstroom_teller;
    }
  }
}

}  // namespace regio::outcomes::engine
