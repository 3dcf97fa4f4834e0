#include "outcomes/disclosure_audit.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>

#include <fmt/format.h>

#include "outcomes/lp_bounds.h"

namespace regio::outcomes {
namespace {

// Integer values an attacker can tell apart: the variable passes when they span at least T.
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
      : tables_(tables), threshold_(threshold), rounding_(rounding), model_(std::move(model)), lp_(std::move(lp)) {
    const std::size_t n = model_.model.lower.size();
    truth_.resize(n);
    for (std::size_t v = 0; v < n; ++v) truth_[v] = static_cast<double>(cell_truth(model_.cells_of_var[v][0]));
    seen_low_ = seen_high_ = truth_;
  }

  // Checks every variable with a suppressed cell; with `fix`, suppresses more until each passes.
  Result<AuditReport> run(bool fix, std::vector<AuditFailure>* failures, const AuditProgress& progress) {
    const auto t0 = std::chrono::steady_clock::now();
    std::deque<std::size_t> queue;
    std::vector<bool> queued(truth_.size(), false);
    auto enqueue = [&](std::size_t v) {
      if (!queued[v] && has_suppressed_cell(v)) {
        queued[v] = true;
        queue.push_back(v);
      }
    };
    AuditReport report;
    report.added += inherit_suppression();
    if (std::getenv("REGIO_AUDIT_TRACE")) std::fprintf(stderr, "geërfd: %zu\n", report.added);
    for (std::size_t v = 0; v < truth_.size(); ++v) enqueue(v);
    std::size_t done = 0;
    while (!queue.empty()) {
      const std::size_t v = queue.front();
      queue.pop_front();
      if (progress) progress(done, done + queue.size() + 1);
      ++done;
      for (std::size_t k : model_.cells_of_var[v]) report.suppressed_cells += suppressed(k) ? 1 : 0;
      for (;;) {
        auto settled = settle(v);
        if (!settled) return std::unexpected(settled.error());
        if (settled->passes) break;
        if (!fix) {
          for (std::size_t k : model_.cells_of_var[v])
            if (suppressed(k)) {
              const Cell c = cell(k);
              failures->push_back({c.table, c.group, c.column, settled->low, settled->high});
            }
          break;
        }
        auto extra = pick(v, settled->binding);
        if (!extra && settled->low >= threshold_ - 1e-6) {
          // Nothing left to hide it behind, but the attacker learns only that the count is at
          // least T: no more than publishing it would show (see the header).
          ++report.known_large;
          break;
        }
        if (!extra)
          return fail(ErrorCode::kInternal,
                      "onthullingsbeveiliging: geen cel meer over om te onderdrukken (dat is een fout in Regiomonitor)");
        if (std::getenv("REGIO_AUDIT_TRACE") && ++traced_ < 40) {
          auto describe = [&](std::size_t k) {
            const Cell c = cell(k);
            const GroupKey& g = tables_[c.table].groups[c.group];
            return fmt::format("t{} {} {} {} kol{} waarde {}", c.table, g.regio, g.jaar ? std::to_string(*g.jaar) : "*",
                               g.interventie ? std::string(1, '0' + static_cast<int>(*g.interventie)) : "*", c.column,
                               cell_truth(k));
          };
          std::string cells;
          for (std::size_t k : model_.cells_of_var[v]) cells += describe(k) + (suppressed(k) ? " (o); " : "; ");
          std::fprintf(stderr, "nauw [%.1f, %.1f]: %s -> onderdruk %s\n", settled->low, settled->high, cells.c_str(),
                       describe(*extra).c_str());
        }
        suppress(*extra);
        ++report.added;
        enqueue(model_.var_of_cell[*extra]);
      }
    }
    if (progress) progress(done, done);
    report.solves = lp_.solves() + local_solves_;
    if (std::getenv("REGIO_AUDIT_TRACE"))
      std::fprintf(stderr, "audit: %zu cellen, %zu variabelen, %zu rijen; lokaal %zu (%.1f s); geheel %zu (%zu wijd, %zu nauw); %.1f s\n",
                   model_.var_of_cell.size(), truth_.size(), model_.model.rows.size(), local_solves_, local_seconds_,
                   lp_.solves(), full_passed_, full_failed_, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return report;
  }

 private:
  struct Settled {
    bool passes = false;
    double low = 0, high = 0;
    std::vector<std::size_t> binding;  // variables
  };

  Cell cell(std::size_t k) const {
    const auto it = std::upper_bound(model_.offsets.begin(), model_.offsets.end(), k);
    const std::size_t t = static_cast<std::size_t>(it - model_.offsets.begin()) - 1;
    const std::size_t local = k - model_.offsets[t];
    return {t, local / kCountColumns, local % kCountColumns};
  }
  bool suppressed(std::size_t k) const {
    const Cell c = cell(k);
    return tables_[c.table].suppressed[c.group][c.column];
  }
  std::int64_t cell_truth(std::size_t k) const {
    const Cell c = cell(k);
    return tables_[c.table].truth[c.group][c.column];
  }
  bool has_suppressed_cell(std::size_t v) const {
    for (std::size_t k : model_.cells_of_var[v])
      if (suppressed(k)) return true;
    return false;
  }

  void suppress(std::size_t k) {
    const Cell c = cell(k);
    tables_[c.table].suppressed[c.group][c.column] = true;
    const std::size_t v = model_.var_of_cell[k];
    double lo = 0.0, hi = kCountCap;
    for (std::size_t m : model_.cells_of_var[v]) {
      auto [a, b] = published_bounds(cell_truth(m), suppressed(m), threshold_, rounding_);
      lo = std::max(lo, a);
      hi = std::min(hi, b);
    }
    model_.model.lower[v] = lo;
    model_.model.upper[v] = hi;
    lp_.set_bounds(v, lo, hi);
  }

  // Coordinated suppression: a count an earlier release hid and that cannot have changed since
  // (same variable) stays hidden; showing it now would pin the hidden one. Returns the number
  // of cells suppressed so.
  std::size_t inherit_suppression() {
    std::size_t added = 0;
    for (std::size_t v = 0; v < truth_.size(); ++v) {
      bool hidden_before = false;
      for (std::size_t k : model_.cells_of_var[v]) hidden_before |= !tables_[cell(k).table].editable && suppressed(k);
      if (!hidden_before || model_.known_elsewhere[v]) continue;
      for (std::size_t k : model_.cells_of_var[v])
        if (eligible(k)) {
          suppress(k);
          ++added;
        }
    }
    return added;
  }

  void witness(const std::vector<double>& point) {
    for (std::size_t k = 0; k < point.size(); ++k) {
      seen_low_[k] = std::min(seen_low_[k], point[k]);
      seen_high_[k] = std::max(seen_high_[k], point[k]);
    }
  }

  // The variable's range: from witnesses when they suffice (restricted programmes first), else
  // exactly (two solves of the whole model).
  Result<Settled> settle(std::size_t v) {
    if (wide_enough(seen_low_[v], seen_high_[v], threshold_)) return Settled{true, seen_low_[v], seen_high_[v], {}};
    const auto l0 = std::chrono::steady_clock::now();
    auto local = local_witnesses(v);
    local_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - l0).count();
    if (!local) return std::unexpected(local.error());
    if (*local) return Settled{true, seen_low_[v], seen_high_[v], {}};
    Settled s;
    for (bool maximise : {true, false}) {
      auto value = lp_.extreme(v, maximise);
      if (!value) return std::unexpected(value.error());
      witness(lp_.solution());
      auto binding = lp_.binding_variables();
      s.binding.insert(s.binding.end(), binding.begin(), binding.end());
      if (wide_enough(seen_low_[v], seen_high_[v], threshold_)) {
        ++full_passed_;
        return Settled{true, seen_low_[v], seen_high_[v], {}};
      }
    }
    ++full_failed_;
    s.low = seen_low_[v];
    s.high = seen_high_[v];
    return s;
  }

  // Witnesses from small programmes: the model restricted to the variables within a few steps of
  // v in the constraint graph, every other variable fixed at its true value. A restriction's
  // feasible points are feasible in the whole model (the truth satisfies every constraint), so
  // what they show holds; only when they are not enough is the whole model solved.
  Result<bool> local_witnesses(std::size_t v) {
    build_adjacency();
    const std::size_t n = truth_.size();
    if (local_index_.size() != n) local_index_.assign(n, kNone);
    std::vector<std::size_t> members{v}, frontier{v};
    local_index_[v] = 0;
    bool wide = false;
    Status status;
    for (int depth = 0; depth < kLocalDepth && !wide && status; ++depth) {
      std::vector<std::size_t> next;
      for (std::size_t u : frontier)
        for (std::size_t row : rows_of_[u])
          for (auto [w, coef] : model_.model.rows[row].terms) {
            (void)coef;
            if (local_index_[w] != kNone) continue;
            local_index_[w] = members.size();
            members.push_back(w);
            next.push_back(w);
          }
      frontier = std::move(next);
      if (members.size() > kLocalMembers) break;
      status = solve_restricted(v, members);
      wide = wide_enough(seen_low_[v], seen_high_[v], threshold_);
    }
    for (std::size_t u : members) local_index_[u] = kNone;
    if (!status) return std::unexpected(status.error());
    return wide;
  }

  Status solve_restricted(std::size_t v, const std::vector<std::size_t>& members) {
    LinearModel sub;
    for (std::size_t u : members) {
      sub.lower.push_back(model_.model.lower[u]);
      sub.upper.push_back(model_.model.upper[u]);
    }
    std::vector<std::size_t> rows;
    for (std::size_t u : members) rows.insert(rows.end(), rows_of_[u].begin(), rows_of_[u].end());
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
          fixed += coef * truth_[w];
      }
      if (local.lower != -kInfinity) local.lower -= fixed;
      if (local.upper != kInfinity) local.upper -= fixed;
      sub.rows.push_back(std::move(local));
    }
    auto lp = LpBounds::create(sub);
    if (!lp) return std::unexpected(lp.error());
    for (bool maximise : {true, false}) {
      auto value = lp->extreme(0, maximise);
      ++local_solves_;
      if (!value) return std::unexpected(value.error());
      const auto& point = lp->solution();
      for (std::size_t i = 0; i < members.size(); ++i) {
        seen_low_[members[i]] = std::min(seen_low_[members[i]], point[i]);
        seen_high_[members[i]] = std::max(seen_high_[members[i]], point[i]);
      }
      if (wide_enough(seen_low_[v], seen_high_[v], threshold_)) break;
    }
    return {};
  }

  bool eligible(std::size_t k) const {
    const Cell c = cell(k);
    return tables_[c.table].editable && !tables_[c.table].suppressed[c.group][c.column] && cell_truth(k) > 0 &&
           !model_.known_elsewhere[model_.var_of_cell[k]];
  }

  // The cell to suppress next for failing variable v: the smallest eligible cell of a binding
  // variable, else the smallest eligible cell nearest to v in the constraint graph.
  std::optional<std::size_t> pick(std::size_t v, const std::vector<std::size_t>& binding) {
    std::optional<std::size_t> best;
    // Totals (a '*' year or a national row) are the figures users read first: a cell of a single
    // year is hidden before any total, and then the smallest value.
    auto cost = [&](std::size_t k) {
      const Cell c = cell(k);
      const GroupKey& g = tables_[c.table].groups[c.group];
      const bool total = !g.jaar || g.regio == "NL";
      return std::pair<bool, std::int64_t>{total, cell_truth(k)};
    };
    auto consider_var = [&](std::size_t u) {
      for (std::size_t k : model_.cells_of_var[u])
        if (eligible(k) && (!best || cost(k) < cost(*best) || (cost(k) == cost(*best) && k < *best))) best = k;
    };
    for (std::size_t u : binding) consider_var(u);
    if (best) return best;
    build_adjacency();
    std::vector<bool> visited(truth_.size(), false);
    std::vector<std::size_t> layer{v};
    visited[v] = true;
    consider_var(v);
    while (!layer.empty() && !best) {
      std::vector<std::size_t> next;
      for (std::size_t u : layer)
        for (std::size_t row : rows_of_[u])
          for (auto [w, coef] : model_.model.rows[row].terms) {
            (void)coef;
            if (visited[w]) continue;
            visited[w] = true;
            consider_var(w);
            next.push_back(w);
          }
      layer = std::move(next);
    }
    return best;
  }

  void build_adjacency() {
    if (!rows_of_.empty()) return;
    rows_of_.resize(truth_.size());
    for (std::size_t r = 0; r < model_.model.rows.size(); ++r)
      for (auto [u, coef] : model_.model.rows[r].terms) {
        (void)coef;
        rows_of_[u].push_back(r);
      }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr int kLocalDepth = 3;
  static constexpr std::size_t kLocalMembers = 600;

  std::vector<AuditTable>& tables_;
  int threshold_;
  int rounding_;
  AttackModel model_;
  LpBounds lp_;
  std::vector<double> truth_;                 // per variable
  std::vector<double> seen_low_, seen_high_;  // range witnessed by feasible points, per variable
  std::vector<std::vector<std::size_t>> rows_of_;
  std::vector<std::size_t> local_index_;  // variable -> index in the restricted programme
  std::size_t local_solves_ = 0;
  double local_seconds_ = 0;
  std::size_t full_passed_ = 0, full_failed_ = 0, traced_ = 0;
};

Result<AuditReport> run_audit(std::vector<AuditTable>& tables, int threshold, int rounding, bool fix,
                              std::vector<AuditFailure>* failures, const AuditProgress& progress = {}) {
  if (threshold < 1 || rounding < 1)
    return fail(ErrorCode::kInvalidArgument, "drempel en afronding moeten minstens 1 zijn");
  AttackModel model = build_attack_model(tables, threshold, rounding);
  auto lp = LpBounds::create(model.model);
  if (!lp) return std::unexpected(lp.error());
  Auditor auditor(tables, threshold, rounding, std::move(model), std::move(*lp));
  return auditor.run(fix, failures, progress);
}

}  // namespace

Result<AuditReport> protect_by_audit(std::vector<AuditTable>& tables, int threshold, int rounding,
                                     const AuditProgress& progress) {
  return run_audit(tables, threshold, rounding, true, nullptr, progress);
}

Result<std::vector<AuditFailure>> audit(const std::vector<AuditTable>& tables, int threshold, int rounding) {
  std::vector<AuditTable> copy = tables;
  std::vector<AuditFailure> failures;
  auto report = run_audit(copy, threshold, rounding, false, &failures);
  if (!report) return std::unexpected(report.error());
  return failures;
}

}  // namespace regio::outcomes
