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

namespace {

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) {
    for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

}  // namespace

AttackModel build_attack_model(const std::vector<AuditTable>& tables, int threshold, int rounding) {
  AttackModel out;
  std::size_t cells = 0;
  for (const AuditTable& t : tables) {
    out.offsets.push_back(cells);
    cells += t.groups.size() * kCountColumns;
  }
  auto cell = [&](std::size_t table, std::size_t group, std::size_t column) {
    return out.offsets[table] + group * kCountColumns + column;
  };
  std::vector<std::map<GroupKey, std::size_t>> index(tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t)
    for (std::size_t g = 0; g < tables[t].groups.size(); ++g) index[t].emplace(tables[t].groups[g], g);

  // Cells equal by definition or by an unchanged complete count share a variable.
  UnionFind same(cells);
  std::vector<std::pair<std::size_t, std::size_t>> at_most;  // cell pairs a <= b
  for (std::size_t t = 0; t < tables.size(); ++t) {
    const AuditTable& table = tables[t];
    for (std::size_t g = 0; g < table.groups.size(); ++g) {
      const GroupKey& key = table.groups[g];
      for (auto [small, large] : kOrder) at_most.push_back({cell(t, g, small), cell(t, g, large)});
      if (key.jaar && end_of_year(*key.jaar) + 365 <= table.peildatum)
        same.unite(cell(t, g, kNoemer), cell(t, g, kStarters));
      if (key.jaar && end_of_year(*key.jaar) + 365 + 182 <= table.peildatum)
        same.unite(cell(t, g, kDuurzaamNoemer), cell(t, g, kTeller));
    }
  }
  for (std::size_t a = 0; a < tables.size(); ++a)
    for (std::size_t b = 0; b < tables.size(); ++b) {
      if (tables[b].peildatum <= tables[a].peildatum) continue;  // a is the earlier one
      for (std::size_t gb = 0; gb < tables[b].groups.size(); ++gb) {
        auto it = index[a].find(tables[b].groups[gb]);
        if (it == index[a].end()) continue;
        const std::size_t ga = it->second;
        for (std::size_t c = 0; c < kCountColumns; ++c) {
          const std::int64_t early = tables[a].truth[ga][c], late = tables[b].truth[gb][c];
          if (early == late && closed(tables[a].groups[ga], c, tables[a].peildatum))
            same.unite(cell(a, ga, c), cell(b, gb, c));
          else if (early <= late)
            at_most.push_back({cell(a, ga, c), cell(b, gb, c)});
        }
      }
    }

  // Variables: one per class, bounded by every member's published bounds.
  out.var_of_cell.assign(cells, 0);
  std::vector<std::size_t> var_of_root(cells, static_cast<std::size_t>(-1));
  LinearModel& m = out.model;
  for (std::size_t t = 0; t < tables.size(); ++t)
    for (std::size_t g = 0; g < tables[t].groups.size(); ++g)
      for (std::size_t c = 0; c < kCountColumns; ++c) {
        const std::size_t k = cell(t, g, c);
        std::size_t& v = var_of_root[same.find(k)];
        if (v == static_cast<std::size_t>(-1)) {
          v = m.lower.size();
          m.lower.push_back(0.0);
          m.upper.push_back(kCountCap);
          out.cells_of_var.emplace_back();
          out.known_elsewhere.push_back(false);
        }
        out.var_of_cell[k] = v;
        out.cells_of_var[v].push_back(k);
        const bool hidden = tables[t].suppressed[g][c];
        auto [lo, hi] = published_bounds(tables[t].truth[g][c], hidden, threshold, rounding);
        m.lower[v] = std::max(m.lower[v], lo);
        m.upper[v] = std::min(m.upper[v], hi);
        if (!tables[t].editable && !hidden) out.known_elsewhere[v] = true;
      }

  auto add_at_most = [&](std::size_t a, std::size_t b) {
    const std::size_t va = out.var_of_cell[a], vb = out.var_of_cell[b];
    if (va != vb) m.rows.push_back({{{va, 1.0}, {vb, -1.0}}, -kInfinity, 0.0});
  };
  for (auto [a, b] : at_most) add_at_most(a, b);
  for (std::size_t t = 0; t < tables.size(); ++t)
    for (const Relation& rel : relations_of(tables[t].groups))
      for (std::size_t c = 0; c < kCountColumns; ++c) {
        std::map<std::size_t, double> terms;
        terms[out.var_of_cell[cell(t, rel.total, c)]] -= 1.0;
        for (std::size_t member : rel.members) terms[out.var_of_cell[cell(t, member, c)]] += 1.0;
        LinearRow row{{}, 0.0, 0.0};
        for (auto [v, coef] : terms)
          if (coef != 0.0) row.terms.push_back({v, coef});
        if (!row.terms.empty()) m.rows.push_back(std::move(row));
      }
  return out;
}

}  // namespace regio::outcomes
