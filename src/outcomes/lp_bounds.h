// The range of single variables over a linear model: the adapter over GLPK (libglpk).
//
// The disclosure audit asks, for one cell after another, "how small and how large can this count
// be, given everything published?": the same constraints with a new objective each time. GLPK's
// simplex keeps its basis between solves, so each question after the first costs a few pivots.
//
//   auto lp = LpBounds::create(model);
//   auto high = lp->extreme(j, /*maximise=*/true);   // +kInfinity when unbounded
//   lp->set_bounds(k, 1.0, kInfinity);               // a cell is suppressed: wider bounds
//
// GLPK errors are mapped here, to kInternal (the model is ours; a failure is our bug).
#pragma once

#include <memory>
#include <vector>

#include "base/error.h"
#include "outcomes/disclosure_model.h"

namespace regio::outcomes {

class LpBounds {
 public:
  static Result<LpBounds> create(const LinearModel& model);
  LpBounds(LpBounds&&) noexcept;
  LpBounds& operator=(LpBounds&&) noexcept;
  ~LpBounds();

  // The minimum or maximum of variable j; +/-kInfinity when unbounded. After a finite result,
  // solution() is a point of the model attaining it. kFailedPrecondition when the model has no
  // feasible point (then the caller's model does not contain the truth: a bug).
  Result<double> extreme(std::size_t j, bool maximise);
  // The optimum of a weighted sum of variables (same contract as extreme).
  Result<double> optimise(const std::vector<std::pair<std::size_t, double>>& objective, bool maximise);
  // The values of all variables at the last finite optimum.
  const std::vector<double>& solution() const { return solution_; }
  // Variables that hold the last optimum at one of their bounds (non-basic with a non-zero
  // reduced cost): widening their bounds could move the optimum.
  std::vector<std::size_t> binding_variables() const;
  void set_bounds(std::size_t j, double lower, double upper);
  std::size_t solves() const { return solves_; }

 private:
  struct Problem;
  explicit LpBounds(std::unique_ptr<Problem> p);
  std::unique_ptr<Problem> p_;
  std::vector<double> solution_;
  Result<double> solve(bool maximise);
  std::vector<std::size_t> objective_;  // variables with a non-zero objective coefficient
  std::size_t solves_ = 0;
};

}  // namespace regio::outcomes
