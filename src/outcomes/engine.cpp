#include "outcomes/engine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regio::outcomes::engine {
namespace {

// Counting sort by person straight into the index (one sequential read and one write per
// spell), then each person's short run sorted by start by insertion.
template <class Spell, class Make>
PersonIndex<Spell> group_by_person(const std::vector<std::uint32_t>& person, std::size_t persons,
                                   Make make) {
  PersonIndex<Spell> out;
  out.offsets.assign(persons + 1, 0);
  for (std::uint32_t p : person) ++out.offsets[p + 1];
  for (std::size_t p = 0; p < persons; ++p) out.offsets[p + 1] += out.offsets[p];
  out.spells.resize(person.size());
  std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
  for (std::size_t i = 0; i < person.size(); ++i) out.spells[next[person[i]]++] = make(i);
  for (std::size_t p = 0; p < persons; ++p) {
    Spell* first = out.spells.data() + out.offsets[p];
    Spell* last = out.spells.data() + out.offsets[p + 1];
    for (Spell* i = first + 1; i < last; ++i)
      for (Spell* j = i; j > first && j->start < (j - 1)->start; --j) std::swap(*j, *(j - 1));
  }
  return out;
}

template <class Spell>
void fill_prefix_max(PersonIndex<Spell>& index, std::size_t persons) {
  for (std::size_t p = 0; p < persons; ++p) {
    std::int32_t max_end = std::numeric_limits<std::int32_t>::min();
    for (std::uint32_t i = index.offsets[p]; i < index.offsets[p + 1]; ++i) {
      max_end = std::max(max_end, index.spells[i].end);
      index.spells[i].prefix_max_end = max_end;
    }
  }
}

// Whether a spell of [first, last) covers `day`: the latest-ending spell among those that
// started by `day` reaches it.
template <class Spell>
bool covers(const Spell* first, const Spell* last, std::int32_t day) {
  const Spell* it = std::upper_bound(first, last, day,
                                     [](std::int32_t d, const Spell& s) { return d < s.start; });
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
  WerkIndex out = group_by_person<WerkSpell>(werk.person, persons, [&](std::size_t i) {
    const float h = werk.hours[i];
    return WerkSpell{werk.start[i], werk.end[i], 0, 0,
                     h < 0 ? -1 : static_cast<std::int32_t>(std::lround(h * 100.0))};
  });
  fill_prefix_max(out, persons);
  // Chains per person: spells after the peildatum take no part (their chain_end is unused,
  // because an F that matters lies on or before C).
  for (std::size_t p = 0; p < persons; ++p) {
    WerkSpell* i = out.spells.data() + out.offsets[p];
    WerkSpell* const last = out.spells.data() + out.offsets[p + 1];
    while (i < last && i->start <= peildatum) {
      WerkSpell* const chain_first = i;
      std::int32_t chain_end = std::min(i->end, peildatum);
      for (++i; i < last && i->start <= peildatum && i->start <= chain_end + 31; ++i)
        chain_end = std::max(chain_end, std::min(i->end, peildatum));
      for (WerkSpell* j = chain_first; j < i; ++j) j->chain_end = chain_end;
    }
  }
  return out;
}

UitkeringIndex index_uitkeringen(const UitkeringSpells& uitkeringen, std::size_t persons) {
  UitkeringIndex out = group_by_person<UitkeringSpell>(uitkeringen.person, persons, [&](std::size_t i) {
    return UitkeringSpell{uitkeringen.start[i], uitkeringen.end[i], 0};
  });
  fill_prefix_max(out, persons);
  return out;
}

void accumulate(const Trajecten& trajecten, const std::vector<std::uint32_t>& cell,
                const WerkIndex& werk, const UitkeringIndex& uitkeringen, std::int32_t peildatum,
                std::size_t first, std::size_t last, Accumulator& acc) {
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

    const WerkSpell* wb = werk.spells.data() + werk.offsets[p];
    const WerkSpell* we = werk.spells.data() + werk.offsets[p + 1];
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

    const UitkeringSpell* ub = uitkeringen.spells.data() + uitkeringen.offsets[p];
    const UitkeringSpell* ue = uitkeringen.spells.data() + uitkeringen.offsets[p + 1];
    if (ub != ue && covers(ub, ue, s)) {
      ++c.uitkering_noemer;
      if (!covers(ub, ue, year_later)) ++c.uitkering_uitstroom_teller;
    }
  }
}

}  // namespace regio::outcomes::engine
