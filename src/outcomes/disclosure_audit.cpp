#include "outcomes/disclosure_audit.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "outcomes/lp_bounds.h"

namespace regio::outcomes {
namespace {

// Integer values an attacker can tell apart: the cell passes when they span at least T.
bool wide_enough(double lo, double hi, int threshold) {
  if (std::isinf(lo) || std::isinf(hi) || hi >= kCountCap / 2) return true;
  return std::floor(hi + 1e-6) - std::ceil(lo - 1e-6) >= threshold;
}

struct Cell {
  std::size_t table, group, column;
};

class Auditor {
 public:
  Auditor(std::vector<AuditTable>& tables, int threshold, int rounding, AttackModel model, LpBounds lp)
      : tables_(tables), threshold_(threshold), model_(std::move(model)), lp_(std::move(lp)) {
    (void)rounding;
    const std::size_t n = model_.model.lower.size();
    seen_low_.resize(n);
    seen_high_.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
      const Cell c = cell(j);
      seen_low_[j] = seen_high_[j] = static_cast<double>(tables_[c.table].truth[c.group][c.column]);
    }
  }

  // Checks every suppressed cell; with `fix`, suppresses more until each passes.
  Result<AuditReport> run(bool fix, std::vector<AuditFailure>* failures) {
    std::deque<std::size_t> queue;
    for (std::size_t j = 0; j < seen_low_.size(); ++j)
      if (suppressed(j)) queue.push_back(j);
    AuditReport report;
    const auto t0 = std::chrono::steady_clock::now();
    while (!queue.empty()) {
      const std::size_t j = queue.front();
      queue.pop_front();
      ++report.suppressed_cells;
      for (;;) {
        auto settled = settle(j);
        if (!settled) return std::unexpected(settled.error());
        if (settled->passes) break;
        if (!fix) {
          const Cell c = cell(j);
          failures->push_back({c.table, c.group, c.column, settled->low, settled->high});
          break;
        }
        auto extra = pick(j, settled->binding);
        if (!extra && settled->low >= threshold_ - 1e-6) {
          // Nothing left to hide it behind, but the attacker learns only that the count is at
          // least T: no more than publishing it would show (see the header).
          ++report.known_large;
          break;
        }
        if (!extra)
          return fail(ErrorCode::kInternal,
                      "onthullingsbeveiliging: geen cel meer over om te onderdrukken (dat is een fout in Regiomonitor)");
        const Cell c = cell(*extra);
        tables_[c.table].suppressed[c.group][c.column] = true;
        lp_.set_bounds(*extra, 1.0, kCountCap);
        model_.model.lower[*extra] = 1.0;
        model_.model.upper[*extra] = kCountCap;
        queue.push_back(*extra);
        ++report.added;
      }
    }
    report.solves = lp_.solves() + local_solves_;
    if (std::getenv("REGIO_AUDIT_TRACE")) {
      const auto t2 = std::chrono::steady_clock::now();
      std::fprintf(stderr, "audit: %zu vars %zu rows; local %zu solves %.1fs; full %zu solves; total %.1fs; added %zu\n",
                   seen_low_.size(), model_.model.rows.size(),                    local_solves_, local_seconds_, lp_.solves(), std::chrono::duration<double>(t2 - t0).count(), report.added);
    }
    return report;
  }

 private:
  struct Settled {
    bool passes = false;
    double low = 0, high = 0;
    std::vector<std::size_t> binding;
  };

  Cell cell(std::size_t j) const {
    const auto it = std::upper_bound(model_.offsets.begin(), model_.offsets.end(), j);
    const std::size_t t = static_cast<std::size_t>(it - model_.offsets.begin()) - 1;
    const std::size_t local = j - model_.offsets[t];
    return {t, local / kCountColumns, local % kCountColumns};
  }
  bool suppressed(std::size_t j) const {
    const Cell c = cell(j);
    return tables_[c.table].suppressed[c.group][c.column];
  }
  std::int64_t truth(std::size_t j) const {
    const Cell c = cell(j);
    return tables_[c.table].truth[c.group][c.column];
  }

  void witness(const std::vector<double>& point) {
    for (std::size_t k = 0; k < point.size(); ++k) {
      seen_low_[k] = std::min(seen_low_[k], point[k]);
      seen_high_[k] = std::max(seen_high_[k], point[k]);
    }
  }

  // The cell's range: from witnesses when they suffice, else exactly (two solves).
  Result<Settled> settle(std::size_t j) {
    Settled s;
    if (wide_enough(seen_low_[j], seen_high_[j], threshold_)) return Settled{true, seen_low_[j], seen_high_[j], {}};
    const auto l0 = std::chrono::steady_clock::now();
    auto local = local_witnesses(j);
    local_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - l0).count();
    if (!local) return std::unexpected(local.error());
    if (*local) return Settled{true, seen_low_[j], seen_high_[j], {}};
    for (bool maximise : {true, false}) {
      auto v = lp_.extreme(j, maximise);
      if (!v) return std::unexpected(v.error());
      if (std::isinf(*v)) {
        (maximise ? seen_high_[j] : seen_low_[j]) = *v;
      } else {
        witness(lp_.solution());
        auto binding = lp_.binding_variables();
        s.binding.insert(s.binding.end(), binding.begin(), binding.end());
      }
      if (wide_enough(seen_low_[j], seen_high_[j], threshold_)) return Settled{true, seen_low_[j], seen_high_[j], {}};
    }
    s.low = seen_low_[j];
    s.high = seen_high_[j];
    return s;
  }

  // Witnesses from small programmes: the model restricted to the cells within a few steps of j
  // in the constraint graph, every other cell fixed at its true value. A restriction's feasible
  // points are feasible in the whole model (the truth satisfies every constraint), so what they
  // show holds; only when they are not enough does the whole model get solved.
  Result<bool> local_witnesses(std::size_t j) {
    build_adjacency();
    const std::size_t n = seen_low_.size();
    if (local_index_.size() != n) local_index_.assign(n, kNone);
    std::vector<std::size_t> members{j}, frontier{j};
    local_index_[j] = 0;
    bool wide = false;
    for (int depth = 0; depth < kLocalDepth && !wide; ++depth) {
      std::vector<std::size_t> next;
      for (std::size_t v : frontier)
        for (std::size_t row : rows_of_[v])
          for (auto [w, coef] : model_.model.rows[row].terms) {
            (void)coef;
            if (local_index_[w] != kNone) continue;
            local_index_[w] = members.size();
            members.push_back(w);
            next.push_back(w);
          }
      frontier = std::move(next);
      if (members.size() > kLocalMembers) break;
      auto solved = solve_restricted(j, members);
      if (!solved) {
        for (std::size_t v : members) local_index_[v] = kNone;
        return std::unexpected(solved.error());
      }
      wide = wide_enough(seen_low_[j], seen_high_[j], threshold_);
    }
    for (std::size_t v : members) local_index_[v] = kNone;
    return wide;
  }

  Status solve_restricted(std::size_t j, const std::vector<std::size_t>& members) {
    LinearModel sub;
    for (std::size_t v : members) {
      sub.lower.push_back(model_.model.lower[v]);
      sub.upper.push_back(model_.model.upper[v]);
    }
    std::vector<std::size_t> rows;
    for (std::size_t v : members) rows.insert(rows.end(), rows_of_[v].begin(), rows_of_[v].end());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (std::size_t r : rows) {
      const LinearRow& row = model_.model.rows[r];
      LinearRow local{{}, row.lower, row.upper};
      double fixed = 0;
      for (auto [w, coef] : row.terms) {
        if (local_index_[w] != kNone)
          local.terms.push_back({local_index_[w], coef});
        else
          fixed += coef * static_cast<double>(truth(w));
      }
      if (local.lower != -kInfinity) local.lower -= fixed;
      if (local.upper != kInfinity) local.upper -= fixed;
      sub.rows.push_back(std::move(local));
    }
    auto lp = LpBounds::create(sub);
    if (!lp) return std::unexpected(lp.error());
    for (bool maximise : {true, false}) {
      auto v = lp->extreme(0, maximise);
      ++local_solves_;
      if (!v) return std::unexpected(v.error());
      const auto& point = lp->solution();
      for (std::size_t i = 0; i < members.size(); ++i) {
        seen_low_[members[i]] = std::min(seen_low_[members[i]], point[i]);
        seen_high_[members[i]] = std::max(seen_high_[members[i]], point[i]);
      }
      if (wide_enough(seen_low_[j], seen_high_[j], threshold_)) break;
    }
    return {};
  }

  bool eligible(std::size_t k) const {
    const Cell c = cell(k);
    return tables_[c.table].editable && !tables_[c.table].suppressed[c.group][c.column] && truth(k) > 0 &&
           !model_.known_elsewhere[k];
  }


  // The cell to suppress next for failing cell j: the smallest eligible binding one, else the
  // smallest eligible cell nearest to j in the constraint graph.
  std::optional<std::size_t> pick(std::size_t j, const std::vector<std::size_t>& binding) {
    std::optional<std::size_t> best;
    auto consider = [&](std::size_t k) {
      if (eligible(k) && (!best || truth(k) < truth(*best) || (truth(k) == truth(*best) && k < *best))) best = k;
    };
    for (std::size_t k : binding) consider(k);
    if (best) return best;
    build_adjacency();
    std::vector<bool> visited(seen_low_.size(), false);
    std::vector<std::size_t> layer{j};
    visited[j] = true;
    while (!layer.empty() && !best) {
      std::vector<std::size_t> next;
      for (std::size_t v : layer)
        for (std::size_t row : rows_of_[v])
          for (auto [w, coef] : model_.model.rows[row].terms) {
            (void)coef;
            if (visited[w]) continue;
            visited[w] = true;
            consider(w);
            next.push_back(w);
          }
      layer = std::move(next);
    }
    return best;
  }

  void build_adjacency() {
    if (!rows_of_.empty()) return;
    rows_of_.resize(seen_low_.size());
    for (std::size_t r = 0; r < model_.model.rows.size(); ++r)
      for (auto [v, coef] : model_.model.rows[r].terms) {
        (void)coef;
        rows_of_[v].push_back(r);
      }
  }

  std::vector<AuditTable>& tables_;
  int threshold_;
  AttackModel model_;
  LpBounds lp_;
  std::vector<double> seen_low_, seen_high_;  // range witnessed by feasible points, per variable
  std::vector<std::vector<std::size_t>> rows_of_;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr int kLocalDepth = 3;
  static constexpr std::size_t kLocalMembers = 4000;
  std::vector<std::size_t> local_index_;  // variable -> index in the restricted programme
  std::size_t local_solves_ = 0;
  double local_seconds_ = 0;

 public:
  std::size_t local_solves() const { return local_solves_; }
};

Result<AuditReport> run_audit(std::vector<AuditTable>& tables, int threshold, int rounding, bool fix,
                              std::vector<AuditFailure>* failures) {
  if (threshold < 1 || rounding < 1)
    return fail(ErrorCode::kInvalidArgument, "drempel en afronding moeten minstens 1 zijn");
  AttackModel model = build_attack_model(tables, threshold, rounding);
  auto lp = LpBounds::create(model.model);
  if (!lp) return std::unexpected(lp.error());
  Auditor auditor(tables, threshold, rounding, std::move(model), std::move(*lp));
  return auditor.run(fix, failures);
}

}  // namespace

Result<AuditReport> protect_by_audit(std::vector<AuditTable>& tables, int threshold, int rounding) {
  return run_audit(tables, threshold, rounding, true, nullptr);
}

Result<std::vector<AuditFailure>> audit(const std::vector<AuditTable>& tables, int threshold, int rounding) {
  std::vector<AuditTable> copy = tables;
  std::vector<AuditFailure> failures;
  auto report = run_audit(copy, threshold, rounding, false, &failures);
  if (!report) return std::unexpected(report.error());
  return failures;
}

}  // namespace regio::outcomes
