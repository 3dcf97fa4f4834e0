#include "outcomes/disclosure_model.h"

#include <map>

namespace regio::outcomes {
namespace {

enum : std::size_t {
  kStarters,
  kNoemer,
  kTeller,
  kDuurzaamNoemer,
  kDuurzaamTeller,
  kWerkend,
  kUitkeringNoemer,
  kUitstroom,
};

// (smaller, larger) pairs of the order between columns of one row.
constexpr std::array<std::pair<std::size_t, std::size_t>, 7> kOrder = {{
    {kTeller, kNoemer},
    {kNoemer, kStarters},
    {kDuurzaamTeller, kDuurzaamNoemer},
    {kDuurzaamNoemer, kTeller},
    {kWerkend, kNoemer},
    {kUitstroom, kUitkeringNoemer},
    {kUitkeringNoemer, kNoemer},
}};

Date end_of_year(int year) { return from_civil({year, 12, 31}); }

// Days after 31-12-Y from which a column of start year Y cannot change any more.
int closing_days(std::size_t column) {
  switch (column) {
    case kStarters:
      return 0;
    case kDuurzaamNoemer:
    case kDuurzaamTeller:
      return 365 + 182;
    default:
      return 365;
  }
}

bool closed(const GroupKey& g, std::size_t column, Date peildatum) {
  return g.jaar && end_of_year(*g.jaar) + closing_days(column) <= peildatum;
}

// One additive relation: the members sum to the total (group indices).
struct Relation {
  std::size_t total;
  std::vector<std::size_t> members;
};

std::vector<Relation> relations_of(const std::vector<GroupKey>& groups) {
  std::map<GroupKey, std::size_t> index;
  for (std::size_t i = 0; i < groups.size(); ++i) index.emplace(groups[i], i);
  std::map<std::pair<std::size_t, int>, std::vector<std::size_t>> by_total;  // (total, kind)
  auto link = [&](std::size_t member, const GroupKey& total, int kind) {
    if (auto it = index.find(total); it != index.end()) by_total[{it->second, kind}].push_back(member);
  };
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const GroupKey& g = groups[i];
    const bool national = g.regio == "NL";
    if (g.interventie) {
      link(i, {g.regio, g.jaar, std::nullopt}, 0);
    } else if (g.jaar) {
      link(i, {g.regio, std::nullopt, std::nullopt}, 1);  // years of a region, or of NL
      if (!national) link(i, {"NL", g.jaar, std::nullopt}, 2);
    } else if (!national) {
      link(i, {"NL", std::nullopt, std::nullopt}, 3);
    }
  }
  std::vector<Relation> out;
  for (auto& [key, members] : by_total) out.push_back({key.first, std::move(members)});
  return out;
}

}  // namespace

std::int64_t rounded_count(std::int64_t value, int rounding) {
  const std::int64_t b = rounding;
  return (value + b / 2) / b * b;
}

std::pair<double, double> published_bounds(std::int64_t truth, bool suppressed, int threshold, int rounding) {
  if (suppressed) return {1.0, kCountCap};
  if (truth == 0) return {0.0, 0.0};
  const std::int64_t p = rounded_count(truth, rounding);
  const std::int64_t lo = std::max<std::int64_t>(threshold, p - rounding / 2);
  const std::int64_t hi = p + (rounding + 1) / 2 - 1;
  return {static_cast<double>(lo), static_cast<double>(hi)};
}

AttackModel build_attack_model(const std::vector<AuditTable>& tables, int threshold, int rounding) {
  AttackModel out;
  LinearModel& m = out.model;
  std::size_t next = 0;
  for (const AuditTable& t : tables) {
    out.offsets.push_back(next);
    next += t.groups.size() * kCountColumns;
  }
  m.lower.resize(next);
  m.upper.resize(next);
  out.known_elsewhere.assign(next, false);
  auto var = [&](std::size_t table, std::size_t group, std::size_t column) {
    return out.offsets[table] + group * kCountColumns + column;
  };
  auto equal = [&](std::size_t a, std::size_t b) { m.rows.push_back({{{a, 1.0}, {b, -1.0}}, 0.0, 0.0}); };
  auto at_most = [&](std::size_t a, std::size_t b) { m.rows.push_back({{{a, 1.0}, {b, -1.0}}, -kInfinity, 0.0}); };

  for (std::size_t t = 0; t < tables.size(); ++t) {
    const AuditTable& table = tables[t];
    for (std::size_t g = 0; g < table.groups.size(); ++g) {
      for (std::size_t c = 0; c < kCountColumns; ++c) {
        auto [lo, hi] = published_bounds(table.truth[g][c], table.suppressed[g][c], threshold, rounding);
        m.lower[var(t, g, c)] = lo;
        m.upper[var(t, g, c)] = hi;
      }
      for (auto [small, large] : kOrder) at_most(var(t, g, small), var(t, g, large));
      const GroupKey& key = table.groups[g];
      if (key.jaar && end_of_year(*key.jaar) + 365 <= table.peildatum) equal(var(t, g, kNoemer), var(t, g, kStarters));
      if (key.jaar && end_of_year(*key.jaar) + 365 + 182 <= table.peildatum)
        equal(var(t, g, kDuurzaamNoemer), var(t, g, kTeller));
    }
    for (const Relation& rel : relations_of(table.groups)) {
      for (std::size_t c = 0; c < kCountColumns; ++c) {
        LinearRow row{{{var(t, rel.total, c), -1.0}}, 0.0, 0.0};
        for (std::size_t member : rel.members) row.terms.push_back({var(t, member, c), 1.0});
        m.rows.push_back(std::move(row));
      }
    }
  }

  // Between tables: counts only grow with the peildatum, closed counts stay (where true).
  for (std::size_t a = 0; a < tables.size(); ++a) {
    std::map<GroupKey, std::size_t> index;
    for (std::size_t g = 0; g < tables[a].groups.size(); ++g) index.emplace(tables[a].groups[g], g);
    for (std::size_t b = 0; b < tables.size(); ++b) {
      if (tables[b].peildatum <= tables[a].peildatum) continue;  // a is the earlier one
      for (std::size_t gb = 0; gb < tables[b].groups.size(); ++gb) {
        auto it = index.find(tables[b].groups[gb]);
        if (it == index.end()) continue;
        const std::size_t ga = it->second;
        for (std::size_t c = 0; c < kCountColumns; ++c) {
          const std::int64_t early = tables[a].truth[ga][c], late = tables[b].truth[gb][c];
          if (early == late && closed(tables[a].groups[ga], c, tables[a].peildatum)) {
            equal(var(a, ga, c), var(b, gb, c));
            if (!tables[a].editable && !tables[a].suppressed[ga][c]) out.known_elsewhere[var(b, gb, c)] = true;
            if (!tables[b].editable && !tables[b].suppressed[gb][c]) out.known_elsewhere[var(a, ga, c)] = true;
          } else if (early <= late) {
            at_most(var(a, ga, c), var(b, gb, c));
          }
        }
      }
    }
  }
  return out;
}

}  // namespace regio::outcomes
