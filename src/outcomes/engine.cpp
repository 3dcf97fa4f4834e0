#include "outcomes/engine.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace regio::outcomes::engine {
namespace {

// Counting sort by person straight into the index: one sequential read and one write per spell
// (sequential too when the rows come in person order, as the extract reader writes them). Then
// each person's short run is sorted by start by insertion and handed to `finish(first, last)`
// while it is still in cache, instead of in further passes over the whole index.
template <class Spell, class Make, class Finish>
PersonIndex<Spell> group_by_person(const std::vector<std::uint32_t>& person, std::size_t persons, Make make,
                                   Finish finish) {
  PersonIndex<Spell> out;
  const std::size_t n = person.size();
  out.offsets.assign(persons + 1, 0);
  for (std::uint32_t p : person) ++out.offsets[p + 1];
  for (std::size_t p = 0; p < persons; ++p) out.offsets[p + 1] += out.offsets[p];
  out.spells = std::make_unique_for_overwrite<Spell[]>(n);
  // offsets[p] serves as p's write cursor (no second array of cursors): afterwards it holds the
  // end of p's run, which is the start of p + 1's, so a shift by one restores the starts.
  for (std::size_t i = 0; i < n; ++i) out.spells[out.offsets[person[i]]++] = make(i);
  std::memmove(out.offsets.data() + 1, out.offsets.data(), persons * sizeof(std::uint32_t));
  out.offsets[0] = 0;
  for (std::size_t p = 0; p < persons; ++p) {
    Spell* first = out.spells.get() + out.offsets[p];
    Spell* last = out.spells.get() + out.offsets[p + 1];
    for (Spell* i = first + 1; i < last; ++i)
      for (Spell* j = i; j > first && j->start < (j - 1)->start; --j) std::swap(*j, *(j - 1));
    finish(first, last);
  }
  return out;
}

template <class Spell>
void fill_prefix_max(Spell* first, Spell* last) {
  std::int32_t max_end = std::numeric_limits<std::int32_t>::min();
  for (Spell* i = first; i < last; ++i) {
    max_end = std::max(max_end, i->end);
    i->prefix_max_end = max_end;
  }
}

// Whether a spell of [first, last) covers `day`: the latest-ending spell among those that
// started by `day` reaches it.
template <class Spell>
bool covers(const Spell* first, const Spell* last, std::int32_t day) {
  const Spell* it = std::upper_bound(first, last, day, [](std::int32_t d, const Spell& s) { return d < s.start; });
  return it != first && (it - 1)->prefix_max_end >= day;
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
  const auto make = [&](std::size_t i) {
    const float h = werk.hours[i];
    return WerkSpell{werk.start[i], werk.end[i], 0, 0, h < 0 ? -1 : static_cast<std::int32_t>(std::lround(h * 100.0))};
  };
  // Chains per person: spells after the peildatum take no part (their chain_end is unused,
  // because an F that matters lies on or before C).
  const auto finish = [peildatum](WerkSpell* i, WerkSpell* last) {
    fill_prefix_max(i, last);
    while (i < last && i->start <= peildatum) {
      WerkSpell* const chain_first = i;
      std::int32_t chain_end = std::min(i->end, peildatum);
      for (++i; i < last && i->start <= peildatum && i->start <= chain_end + 31; ++i)
        chain_end = std::max(chain_end, std::min(i->end, peildatum));
      for (WerkSpell* j = chain_first; j < i; ++j) j->chain_end = chain_end;
    }
  };
  return group_by_person<WerkSpell>(werk.person, persons, make, finish);
}

UitkeringIndex index_uitkeringen(const UitkeringSpells& uitkeringen, std::size_t persons) {
  const auto make = [&](std::size_t i) { return UitkeringSpell{uitkeringen.start[i], uitkeringen.end[i], 0}; };
  return group_by_person<UitkeringSpell>(uitkeringen.person, persons, make, fill_prefix_max<UitkeringSpell>);
}

void accumulate(const Trajecten& trajecten, const std::vector<std::uint32_t>& cell, const WerkIndex& werk,
                const UitkeringIndex& uitkeringen, std::int32_t peildatum, std::size_t first, std::size_t last,
                Accumulator& acc) {
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

    const WerkSpell* wb = werk.begin(p);
    const WerkSpell* we = werk.end(p);
    const WerkSpell* f_spell =
        std::lower_bound(wb, we, s, [](const WerkSpell& w, std::int32_t d) { return w.start < d; });
    if (f_spell < we && f_spell->start <= year_later) {
      const std::int32_t f = f_spell->start;
      ++c.werk_12m_teller;
      ++acc.dagen[std::size_t{key} * kDagenBins + static_cast<std::size_t>(f - s)];
      if (f + 182 <= peildatum) {
        ++c.duurzaam_noemer;
        if (f_spell->chain_end >= f + 182) ++c.duurzaam_teller;
      }
      std::int32_t hours = -1;
      for (const WerkSpell* j = f_spell; j < we && j->start == f; ++j) hours = std::max(hours, j->hours_centi);
      if (hours >= 0) {
        c.uren_centi_sum += hours;
        ++c.uren_count;
      }
    }
    if (covers(wb, we, year_later)) ++c.werkend_12m_teller;

    const UitkeringSpell* ub = uitkeringen.begin(p);
    const UitkeringSpell* ue = uitkeringen.end(p);
    if (ub != ue && covers(ub, ue, s)) {
      ++c.uitkering_noemer;
      if (!covers(ub, ue, year_later)) ++c.uitkering_uitstroom_teller;
    }
  }
}

}  // namespace regio::outcomes::engine
