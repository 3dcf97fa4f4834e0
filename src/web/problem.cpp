#include "web/problem.h"

#include <nlohmann/json.hpp>

#include "web/http_status.h"

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

Response problem(int status, std::string_view detail) {
  nlohmann::json body{{"type", "about:blank"},
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
  const int status = http_status(e.code);
  Response r;
  switch (e.code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kInvalidData:
    case ErrorCode::kNotFound:
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kUnauthenticated:
      return problem(status, e.message);
    case ErrorCode::kUnavailable:
      r = problem(status, "De gegevens zijn nu niet bereikbaar. Probeer het over een paar minuten opnieuw.");
      break;
    case ErrorCode::kPermissionDenied:
      r = problem(status, "Deze handeling is niet toegestaan in deze installatie.");
      break;
    case ErrorCode::kFailedPrecondition:
      r = problem(status,
                  "Deze handeling kan nu niet: de installatie is er niet klaar voor. Meld het aan de beheerder.");
      break;
    case ErrorCode::kInternal:
      r = problem(status, "Er ging iets mis in Regiomonitor. Probeer het opnieuw of meld het aan de beheerder.");
      break;
  }
  // Messages of these codes may name files, servers or SQL: only the log gets them.
  r.log_detail = e.message;
  return r;
}

}  // namespace regio::web
