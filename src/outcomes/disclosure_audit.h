// The audit of disclosure control: secondary suppression until the attacker learns nothing.
//
// protect_by_audit() takes tables whose primary suppression is done (counts 1..T-1 hidden) and
// suppresses more cells of the editable table(s) until, in the attack model of
// disclosure_model.h over ALL the tables (the releases already published and the new one), every
// suppressed cell of every table can still take values at least `threshold` apart:
//   floor(max) - ceil(min) >= T, where min and max are the cell's extremes over the model.
// So no suppressed count is determined, and none is narrowed to a range narrower than T. One
// exception, counted in AuditReport::known_large: a cell whose minimum is itself >= T and that
// nothing is left to hide behind (e.g. equal by definition to a count an earlier release
// published). The attacker then learns only "at least T", which is no small count.
//
// Method (exact, not a heuristic check): for each suppressed cell the two linear programmes are
// solved (GLPK simplex, warm-started); every optimum found is a feasible point, so it also
// witnesses the range of every other cell, and a cell whose witnessed range is already wide
// enough needs no solve. When a cell fails, the published cell that holds its optimum at a bound
// (non-zero reduced cost) with the smallest value is suppressed as well — the least information
// lost, as in tau-ARGUS — and the cell is checked again. Suppressing only widens the model, so a
// cell that passed keeps passing and one pass over the cells suffices.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "base/error.h"
#include "outcomes/disclosure_model.h"

namespace regio::outcomes {

struct AuditReport {
  std::size_t suppressed_cells = 0;  // suppressed cells checked, over all tables
  std::size_t added = 0;             // cells suppressed by the audit
  std::size_t solves = 0;            // linear programmes solved
  std::size_t known_large = 0;       // cells accepted narrow because their minimum is >= T
};

// Called now and then with the cells checked so far and the cells to check in all (which grows
// when the audit suppresses more).
using AuditProgress = std::function<void(std::size_t done, std::size_t total)>;

// REQUIRES: threshold >= 1, rounding >= 1; the tables' suppressed flags hide every count
// 1..threshold-1 and no 0. Errors: kInternal when the solver fails or no cell is left to suppress.
Result<AuditReport> protect_by_audit(std::vector<AuditTable>& tables, int threshold, int rounding,
                                     const AuditProgress& progress = {});

// The same check without changing anything: the cells (table, group, column) that fail.
struct AuditFailure {
  std::size_t table, group, column;
  double min, max;
};
Result<std::vector<AuditFailure>> audit(const std::vector<AuditTable>& tables, int threshold, int rounding);

}  // namespace regio::outcomes
