#include "web/problem.h"

#include <nlohmann/json.hpp>

#include "service/http_status.h"

namespace regio::web {

std::string_view status_title(int status) {
  switch (status) {
    case 400:
      return "Ongeldig verzoek";
    case 401:
      return "Inloggen nodig";
    case 403:
      return "Geen toegang";
    case 404:
      return "Niet gevonden";
    case 405:
      return "Methode niet toegestaan";
    case 409:
      return "Conflict";
    case 413:
      return "Verzoek te groot";
    case 422:
      return "Gegevens afgekeurd";
    case 429:
      return "Te veel pogingen";
    case 431:
      return "Kopregels te groot";
    case 503:
      return "Tijdelijk niet beschikbaar";
    default:
      return status >= 500 ? "Interne fout" : "Fout";
  }
}

Response problem(int status, std::string_view detail) { return problem(status, "about:blank", detail); }

Response problem(int status, std::string_view type, std::string_view detail) {
  nlohmann::json body{{"type", std::string(type)},
                      {"title", std::string(status_title(status))},
                      {"status", status},
                      {"detail", std::string(detail)}};
  Response r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = body.dump();
  return r;
}

Response problem(const Error& e) {
  Response r = problem(service::http_status(e.code), service::problem_type(e), e.message);
  if (!e.problems.empty()) {
    nlohmann::json list = nlohmann::json::array();
    for (const Problem& p : e.problems)
      list.push_back(
          {{"file", p.file}, {"line", p.line}, {"column", p.column}, {"rule", p.rule}, {"message", p.message}});
    auto body = nlohmann::json::parse(r.body);
    body["problems"] = std::move(list);
    if (e.problems_omitted > 0) body["problems_omitted"] = e.problems_omitted;
    r.body = body.dump();
  }
  r.log_detail = e.detail;  // SQL, library text, paths: the operator's log only
  return r;
}

}  // namespace regio::web
