// From a request to a response: find the route (404 / 405), find the session, decide
// authorization (authorization.h), check the CSRF token of every state-changing request, run
// the handler (one catch-all per request), and turn failures into problem details (API, or a
// client that does not ask for HTML) or an HTML error page (browsers).
#pragma once

#include <span>

#include "web/app.h"
#include "web/shared_responses.h"

namespace regio::web {

class Dispatcher {
 public:
  Dispatcher(AppContext& app, std::span<const Route> routes) : app_(app), routes_(routes) {}
  Response handle(Request& request);

 private:
  Response handle_route(const Route& route, Request& request);
  AppContext& app_;
  std::span<const Route> routes_;
  SharedResponses shared_;  // anonymous public pages kept per data generation
};

// Whether `pattern` matches `path`; fills `params` when it does.
bool match_route(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params);
// A region code as the policy compares it: ASCII upper case ("am13" -> "AM13").
std::string upper_code(std::string s);

// Whether a route of `routes` for `method` (GET also serves HEAD) and `path` accepts uploads
// (BodySize::kUpload); for ServerOptions::is_upload.
bool upload_route(std::span<const Route> routes, std::string_view method, std::string_view path);

// The session cookie's name and Set-Cookie values.
inline constexpr std::string_view kSessionCookie = "regio_sessie";
inline constexpr std::string_view kLoginCsrfCookie = "regio_csrf";  // before login (double submit)
std::string cookie_header(std::string_view name, std::string_view value, bool secure);
std::string clear_cookie_header(std::string_view name, bool secure);
bool secure_request(const AppContext& app, const Request& r);
// Whether the client wants an HTML page rather than JSON.
bool wants_html(const Request& r);

}  // namespace regio::web
