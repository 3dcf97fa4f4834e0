// Logging in and out.
#include "web/dispatch.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

// The login form. A pre-login CSRF token travels in a cookie and a hidden field (double submit).
Response form(const AppContext& app, const Request& r, std::string_view error, std::string_view name, int status) {
  // Logged in already: the dispatcher checks the session's token; otherwise a fresh pre-login one.
  const bool signed_in = !r.session_hash.empty();
  const std::string token = signed_in ? r.csrf_token : random_token();
  Html m;
  m.element("h1", "Inloggen");
  if (!error.empty()) m.element("p", {{"class", "alert alert-error"}, {"role", "alert"}, {"id", "inlogfout"}}, error);
  if (app.options.demo_logins)
    m.element("p", {{"class", "alert alert-warning"}},
              "Dit is een demo-installatie: de demo-accounts hebben een bekend wachtwoord en zijn niet veilig.");
  m.open("form", {{"method", "post"}, {"action", "/inloggen"}, {"class", "form"}});
  m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", token}});
  m.open("div", {{"class", "field"}}).element("label", {{"for", "naam"}}, "Gebruikersnaam");
  m.empty("input", {{"id", "naam"},
                    {"name", "naam"},
                    {"type", "text"},
                    {"autocomplete", "username"},
                    {"required", "required"},
                    {"value", std::string(name)}});
  m.close("div");
  m.open("div", {{"class", "field"}}).element("label", {{"for", "wachtwoord"}}, "Wachtwoord");
  m.empty("input", {{"id", "wachtwoord"},
                    {"name", "wachtwoord"},
                    {"type", "password"},
                    {"autocomplete", "current-password"},
                    {"required", "required"}});
  m.close("div");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Inloggen");
  m.close("form");
  Response out = html_page(app, r, "Inloggen", m, status);
  if (!signed_in)
    out.headers.emplace_back("Set-Cookie", cookie_header(kLoginCsrfCookie, token, secure_request(app, r)));
  return out;
}

}  // namespace

Response login_form(AppContext& app, Request& r) { return form(app, r, "", "", 200); }

Response login_submit(AppContext& app, Request& r) {
  const std::string name = r.form["naam"];
  const std::string password = r.form["wachtwoord"];
  const bool html = r.content_type.starts_with("application/x-www-form-urlencoded");
  auto result = app.sessions.login(name, password, r.remote_ip, cookie_value(r.cookie, kSessionCookie));
  if (!result) return error_response(app, r, problem(result.error()));
  switch (result->outcome) {
    case LoginResult::Outcome::kOk:
      break;
    case LoginResult::Outcome::kRefused: {
      Response out = html ? form(app, r, result->message, name, 401) : problem(401, result->message);
      out.log_user = name;
      return out;
    }
    case LoginResult::Outcome::kThrottled: {
      Response out = html ? form(app, r, result->message, name, 429) : problem(429, result->message);
      out.headers.emplace_back("Retry-After", std::to_string(result->retry_after));
      out.log_user = name;
      return out;
    }
  }
  const bool secure = secure_request(app, r);
  Response out = redirect("/");
  out.headers.emplace_back("Set-Cookie", cookie_header(kSessionCookie, result->session_id, secure));
  out.headers.emplace_back("Set-Cookie", clear_cookie_header(kLoginCsrfCookie, secure));
  out.log_user = result->actor.name;
  return out;
}

Response logout(AppContext& app, Request& r) {
  if (auto s = app.sessions.logout(r.session_hash); !s) return error_response(app, r, problem(s.error()));
  Response out = redirect("/");
  out.headers.emplace_back("Set-Cookie", clear_cookie_header(kSessionCookie, secure_request(app, r)));
  return out;
}

}  // namespace regio::web
