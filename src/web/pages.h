// The HTML pages and JSON API handlers of the web application, and the page layout they share.
// Registered in routes.cpp. All markup goes through Html (html.h).
#pragma once

#include <string_view>

#include "web/app.h"
#include "web/html.h"

namespace regio::web {

// The whole page: header with product name and navigation, `main`, footer (link to the
// accessibility statement). Cache-Control no-store (responses are personal by default).
Response html_page(const AppContext& app, const Request& r, std::string_view title, const Html& main, int status = 200);
// A browser gets `problem` as an HTML page with the same status and message; other clients the
// problem details themselves.
Response error_response(const AppContext& app, const Request& r, Response problem);
Response redirect(std::string location);
Response json_response(int status, std::string body);

// layout.cpp / pages_public.cpp
Response home_page(AppContext& app, Request& r);
Response accessibility_page(AppContext& app, Request& r);
Response static_asset(AppContext& app, Request& r);
// pages_dashboard.cpp
Response dashboard_page(AppContext& app, Request& r);
Response dashboard_csv(AppContext& app, Request& r);
// pages_login.cpp
Response login_form(AppContext& app, Request& r);
Response login_submit(AppContext& app, Request& r);
Response logout(AppContext& app, Request& r);
// pages_users.cpp
Response users_page(AppContext& app, Request& r);
Response users_add(AppContext& app, Request& r);
Response users_disable(AppContext& app, Request& r);
Response audit_page(AppContext& app, Request& r);
// api.cpp
Response api_session(AppContext& app, Request& r);
Response api_users(AppContext& app, Request& r);
Response api_audit(AppContext& app, Request& r);  // api_audit.cpp
Response api_users_add(AppContext& app, Request& r);
Response api_region_users(AppContext& app, Request& r);

}  // namespace regio::web
