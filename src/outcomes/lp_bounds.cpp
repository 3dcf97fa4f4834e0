#include "outcomes/lp_bounds.h"

#include <cmath>

#include <fmt/format.h>
#include <glpk.h>

namespace regio::outcomes {

struct LpBounds::Problem {
  glp_prob* lp = nullptr;
  ~Problem() {
    if (lp) glp_delete_prob(lp);
  }
};

namespace {

int bound_type(double lower, double upper) {
  const bool has_lower = lower != -kInfinity, has_upper = upper != kInfinity;
  if (has_lower && has_upper) return lower == upper ? GLP_FX : GLP_DB;
  if (has_lower) return GLP_LO;
  if (has_upper) return GLP_UP;
  return GLP_FR;
}

double finite(double v) { return std::isinf(v) ? 0.0 : v; }

}  // namespace

LpBounds::LpBounds(std::unique_ptr<Problem> p) : p_(std::move(p)) {}
LpBounds::LpBounds(LpBounds&&) noexcept = default;
LpBounds& LpBounds::operator=(LpBounds&&) noexcept = default;
LpBounds::~LpBounds() = default;

Result<LpBounds> LpBounds::create(const LinearModel& model) {
  glp_term_out(GLP_OFF);
  auto p = std::make_unique<Problem>();
  p->lp = glp_create_prob();
  const int columns = static_cast<int>(model.lower.size());
  const int rows = static_cast<int>(model.rows.size());
  if (columns == 0) return LpBounds(std::move(p));
  glp_add_cols(p->lp, columns);
  for (int j = 0; j < columns; ++j) {
    const double lo = model.lower[j], hi = model.upper[j];
    glp_set_col_bnds(p->lp, j + 1, bound_type(lo, hi), finite(lo), finite(hi));
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  if (rows > 0) {
    glp_add_rows(p->lp, rows);
    for (int i = 0; i < rows; ++i) {
      const LinearRow& r = model.rows[i];
      glp_set_row_bnds(p->lp, i + 1, bound_type(r.lower, r.upper), finite(r.lower), finite(r.upper));
      for (auto [var, coef] : r.terms) {
        ia.push_back(i + 1);
        ja.push_back(static_cast<int>(var) + 1);
        ar.push_back(coef);
      }
    }
    glp_load_matrix(p->lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
  }
  glp_adv_basis(p->lp, 0);
  return LpBounds(std::move(p));
}

Result<double> LpBounds::extreme(std::size_t j, bool maximise) { return optimise({{j, 1.0}}, maximise); }

Result<double> LpBounds::optimise(const std::vector<std::pair<std::size_t, double>>& objective, bool maximise) {
  glp_prob* lp = p_->lp;
  for (std::size_t j : objective_) glp_set_obj_coef(lp, static_cast<int>(j) + 1, 0.0);
  objective_.clear();
  for (auto [j, w] : objective) {
    glp_set_obj_coef(lp, static_cast<int>(j) + 1, w);
    objective_.push_back(j);
  }
  return solve(maximise);
}

Result<double> LpBounds::solve(bool maximise) {
  glp_prob* lp = p_->lp;
  glp_set_obj_dir(lp, maximise ? GLP_MAX : GLP_MIN);
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = GLP_OFF;
  ++solves_;
  int rc = glp_simplex(lp, &parm);
  if (rc == GLP_EBADB || rc == GLP_ESING || rc == GLP_ECOND) {  // a lost basis: start afresh
    glp_adv_basis(lp, 0);
    rc = glp_simplex(lp, &parm);
  }
  if (rc != 0) return fail(ErrorCode::kInternal, fmt::format("LP-oplosser (GLPK) faalde met code {}", rc));
  int status = glp_get_status(lp);
  if (status == GLP_UNBND) return maximise ? kInfinity : -kInfinity;
  if (status == GLP_NOFEAS || status == GLP_INFEAS) {  // numerical trouble on a warm basis: once afresh
    glp_std_basis(lp);
    rc = glp_simplex(lp, &parm);
    if (rc != 0) return fail(ErrorCode::kInternal, fmt::format("LP-oplosser (GLPK) faalde met code {}", rc));
    status = glp_get_status(lp);
  }
  if (status == GLP_UNBND) return maximise ? kInfinity : -kInfinity;
  if (status == GLP_NOFEAS || status == GLP_INFEAS)
    return fail(ErrorCode::kFailedPrecondition, "het aanvalsmodel heeft geen oplossing (dat is een fout in Regiomonitor)");
  if (status != GLP_OPT) return fail(ErrorCode::kInternal, fmt::format("LP-oplosser (GLPK): status {}", status));
  const int n = glp_get_num_cols(lp);
  solution_.resize(n);
  for (int c = 1; c <= n; ++c) solution_[c - 1] = glp_get_col_prim(lp, c);
  return glp_get_obj_val(lp);
}

std::vector<std::size_t> LpBounds::binding_variables() const {
  std::vector<std::size_t> out;
  glp_prob* lp = p_->lp;
  const int n = glp_get_num_cols(lp);
  for (int c = 1; c <= n; ++c) {
    const int stat = glp_get_col_stat(lp, c);
    if ((stat == GLP_NL || stat == GLP_NU || stat == GLP_NS) && std::abs(glp_get_col_dual(lp, c)) > 1e-9) out.push_back(c - 1);
  }
  return out;
}

void LpBounds::set_bounds(std::size_t j, double lower, double upper) {
  glp_set_col_bnds(p_->lp, static_cast<int>(j) + 1, bound_type(lower, upper), finite(lower), finite(upper));
}

}  // namespace regio::outcomes
