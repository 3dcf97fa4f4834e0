// The dashboard's figures as downloads and JSON: CSV, XLSX (one sheet per part and a sheet with
// title, summary and source per part) and GET /api/v1/dashboard. All come from the same
// DashboardFigures as the page (dashboard_figures.h), so they hold exactly the figures shown,
// through the same disclosure step.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/date.h"
#include "tabular/formula_guard.h"
#include "tabular/xlsx.h"
#include "web/internal/dashboard_request.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

struct Selection {
  DashboardFigures figures;
  std::vector<const DashboardPart*> parts;
};

Result<Selection> gather(AppContext& app, Request& r) {
  std::vector<service::WaveSummary> waves;
  auto f = internal::load_dashboard(app, r, waves);
  if (!f) return std::unexpected(f.error());
  Selection s{std::move(*f), {}};
  auto parts = internal::selected_parts(s.figures, r);
  if (!parts) return std::unexpected(parts.error());
  s.parts = std::move(*parts);
  return s;
}

std::string file_name(const Selection& s, const Request& r, const char* extension) {
  const auto it = r.query.find("onderdeel");
  const bool one = it != r.query.end() && !it->second.empty();
  return fmt::format("dashboard-{}{}.{}", s.figures.wave.code, one ? "-" + s.parts.front()->id : "", extension);
}

Response download(std::string content_type, const std::string& name, std::string body) {
  Response out;
  out.content_type = std::move(content_type);
  out.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"{}\"", name));
  out.body = std::move(body);
  return out;
}

tabular::Sheet sheet(std::string name, std::vector<std::string> header,
                     const std::vector<std::vector<std::string>>& rows) {
  tabular::Sheet s;
  s.name = std::move(name);
  for (auto& h : header) s.header.push_back(tabular::guard_formula(h));
  for (const auto& row : rows) {
    tabular::Row out;
    for (const auto& c : row) out.cells.push_back(tabular::guard_formula(c));
    s.rows.push_back(std::move(out));
  }
  return s;
}

}  // namespace

Response dashboard_csv(AppContext& app, Request& r) {
  auto s = gather(app, r);
  if (!s) return problem(s.error());
  std::string body;
  for (const DashboardPart* p : s->parts) body += to_csv(p->table);
  return download("text/csv; charset=utf-8", file_name(*s, r, "csv"), std::move(body));
}

Response dashboard_xlsx(AppContext& app, Request& r) {
  auto s = gather(app, r);
  if (!s) return problem(s.error());
  tabular::Workbook book;
  std::vector<std::vector<std::string>> about;
  for (const DashboardPart* p : s->parts) {
    const FigureTable& t = p->table;
    book.sheets.push_back(sheet(p->id, t.header, t.rows));
    about.push_back({p->id, t.caption, t.summary, t.source, std::to_string(t.suppressed), t.note});
  }
  book.sheets.push_back(
      sheet("toelichting", {"Onderdeel", "Titel", "Samenvatting", "Bron", "Onderdrukte cellen", "Toelichting"}, about));
  auto bytes = tabular::xlsx_bytes(book);
  if (!bytes) return problem(bytes.error());
  return download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file_name(*s, r, "xlsx"),
                  std::move(*bytes));
}

Response api_dashboard(AppContext& app, Request& r) {
  auto s = gather(app, r);
  if (!s) return problem(s.error());
  const DashboardFigures& f = s->figures;
  nlohmann::json parts = nlohmann::json::array();
  for (const DashboardPart* p : s->parts) {
    const FigureTable& t = p->table;
    parts.push_back({{"onderdeel", p->id},
                     {"titel", t.title},
                     {"samenvatting", t.summary},
                     {"bron", t.source},
                     {"bijschrift", t.caption},
                     {"kop", t.header},
                     {"rijen", t.rows},
                     {"onderdrukt", t.suppressed},
                     {"toelichting", t.note}});
  }
  nlohmann::json body{{"meetmoment", f.wave.code},
                      {"vergelijk", f.compare ? nlohmann::json(f.compare->code) : nlohmann::json(nullptr)},
                      {"release", f.release ? nlohmann::json(format_iso(*f.release)) : nlohmann::json(nullptr)},
                      {"onderdelen", parts}};
  return json_response(200, body.dump());
}

}  // namespace regio::web
