#include "web/dispatch.h"

#include <fmt/format.h>

#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

bool state_changing(std::string_view method) { return method != "GET" && method != "HEAD"; }

}  // namespace

std::string upper_code(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

bool match_route(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
  std::map<std::string, std::string> found;
  while (!pattern.empty() || !path.empty()) {
    if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const std::string_view p = pattern.substr(0, pattern.find('/'));
    const std::string_view s = path.substr(0, path.find('/'));
    if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
      if (s.empty()) return false;
      found[std::string(p.substr(1, p.size() - 2))] = std::string(s);
    } else if (p != s) {
      return false;
    }
    pattern.remove_prefix(p.size());
    path.remove_prefix(s.size());
  }
  params = std::move(found);
  return true;
}

bool upload_route(std::span<const Route> routes, std::string_view method, std::string_view path) {
  for (const Route& route : routes) {
    std::map<std::string, std::string> params;
    if (route.method == method && route.body == BodySize::kUpload && match_route(route.pattern, path, params))
      return true;
  }
  return false;
}

std::string cookie_header(std::string_view name, std::string_view value, bool secure) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", name, value, secure ? "; Secure" : "");
}

std::string clear_cookie_header(std::string_view name, bool secure) {
  return fmt::format("{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}", name, secure ? "; Secure" : "");
}

bool secure_request(const AppContext& app, const Request& r) {
  return app.options.secure_cookies || (app.options.trust_proxy && r.forwarded_proto == "https");
}

bool wants_html(const Request& r) {
  return !r.path.starts_with("/api/") && r.accept.find("text/html") != std::string::npos;
}

Response Dispatcher::handle(Request& request) {
  std::string allowed;  // methods of the routes whose path matches, for 405
  for (const Route& route : routes_) {
    std::map<std::string, std::string> params;
    if (!match_route(route.pattern, request.path, params)) continue;
    allowed += (allowed.empty() ? "" : ", ") + std::string(route.method);
    if (route.method != request.method && !(route.method == "GET" && request.method == "HEAD")) continue;
    request.params = std::move(params);
    try {
      return handle_route(route, request);
    } catch (const std::exception&) {
      return error_response(app_, request,
                            problem(500,
                                    "Er ging iets mis in Regiomonitor. Probeer het opnieuw of "
                                    "meld het aan de beheerder."));
    }
  }
  if (!allowed.empty()) {
    Response r = problem(405, fmt::format("Methode {} is hier niet toegestaan.", request.method));
    r.headers.emplace_back("Allow", allowed);
    return error_response(app_, request, std::move(r));
  }
  if (request.path.starts_with("/api/"))
    return problem(404, fmt::format("De API kent geen route {} (zie docs/openapi.yaml).", request.path));
  return error_response(app_, request, problem(404, fmt::format("De pagina {} bestaat niet.", request.path)));
}

Response Dispatcher::handle_route(const Route& route, Request& request) {
  const std::string session_id = cookie_value(request.cookie, kSessionCookie);
  if (!session_id.empty()) {
    auto active = app_.sessions.resolve(session_id);
    if (!active) return error_response(app_, request, problem(active.error()));
    if (*active) {
      request.actor = (*active)->actor;
      request.session_hash = (*active)->hash;
      request.csrf_token = (*active)->csrf_token;
    }
  }
  if (request.content_type.starts_with("application/x-www-form-urlencoded")) request.form = parse_form(request.body);
  std::string region;
  if (auto it = request.params.find("region"); it != request.params.end()) region = it->second = upper_code(it->second);
  switch (decide(route.permission, request.actor, region)) {
    case Decision::kAllow:
      break;
    case Decision::kUnauthenticated:
      if (wants_html(request) && request.method == "GET") {
        Response r;
        r.status = 303;
        r.headers.emplace_back("Location", "/inloggen");
        return r;
      }
      return error_response(app_, request, problem(401, "Log eerst in om deze pagina te gebruiken."));
    case Decision::kForbidden:
      return error_response(app_, request, problem(403, "Uw rol geeft geen toegang tot deze pagina of gegevens."));
  }
  if (request.content_type.starts_with("multipart/form-data")) {  // after authorization: no parsing for strangers
    auto parts = parse_multipart(request.content_type, request.body);
    if (!parts) return error_response(app_, request, problem(parts.error()));
    for (Part& part : *parts) {
      if (part.is_file())
        request.files.push_back(std::move(part));
      else
        request.form.emplace(part.name, std::string(part.data));
    }
  }
  if (state_changing(request.method)) {
    const std::string expected =
        request.session_hash.empty() ? cookie_value(request.cookie, kLoginCsrfCookie) : request.csrf_token;
    const auto field = request.form.find("csrf");
    const std::string given = field != request.form.end() ? field->second : request.csrf_header;
    if (!equal_tokens(expected, given))
      return error_response(app_, request,
                            problem(403,
                                    "Het formulier is verlopen of ongeldig (CSRF-controle mislukt). Laad de "
                                    "pagina opnieuw en probeer het nog eens."));
  }
  Response r = SharedResponses::applies(route, request)
                   ? shared_.get(app_.store, request, [&] { return route.handler(app_, request); })
                   : route.handler(app_, request);
  if (r.log_user.empty()) r.log_user = request.actor.name;
  return r;
}

}  // namespace regio::web
