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
// pages_dashboard_downloads.cpp
Response dashboard_csv(AppContext& app, Request& r);
Response dashboard_xlsx(AppContext& app, Request& r);
Response api_dashboard(AppContext& app, Request& r);
// pages_reports.cpp
Response national_report_download(AppContext& app, Request& r);
// pages_login.cpp
Response login_form(AppContext& app, Request& r);
Response login_submit(AppContext& app, Request& r);
Response logout(AppContext& app, Request& r);
// pages_users.cpp
Response users_page(AppContext& app, Request& r);
Response users_add(AppContext& app, Request& r);
Response users_disable(AppContext& app, Request& r);
Response audit_page(AppContext& app, Request& r);
// pages_questionnaire.cpp
Response questionnaire_overview(AppContext& app, Request& r);
Response questionnaire_form(AppContext& app, Request& r);
Response questionnaire_save(AppContext& app, Request& r);
Response questionnaire_reopen(AppContext& app, Request& r);
// api_questionnaire.cpp
Response api_questionnaire_get(AppContext& app, Request& r);
Response api_questionnaire_put(AppContext& app, Request& r);
Response api_questionnaire_check(AppContext& app, Request& r);
// pages_deliveries.cpp, pages_releases.cpp, pages_waves.cpp (uploads, releases, waves)
Response deliveries_page(AppContext& app, Request& r);
Response deliveries_upload(AppContext& app, Request& r);
Response deliveries_delete(AppContext& app, Request& r);
Response releases_page(AppContext& app, Request& r);
Response releases_publish(AppContext& app, Request& r);
Response waves_page(AppContext& app, Request& r);
Response waves_add(AppContext& app, Request& r);
Response responses_page(AppContext& app, Request& r);
Response responses_upload(AppContext& app, Request& r);
// api_uploads.cpp
Response api_deliveries(AppContext& app, Request& r);
Response api_deliveries_add(AppContext& app, Request& r);
Response api_delivery_delete(AppContext& app, Request& r);
Response api_responses_upload(AppContext& app, Request& r);
Response api_releases(AppContext& app, Request& r);
Response api_releases_publish(AppContext& app, Request& r);
Response api_waves(AppContext& app, Request& r);
Response api_waves_add(AppContext& app, Request& r);
// api.cpp
Response api_session(AppContext& app, Request& r);
Response api_users(AppContext& app, Request& r);
Response api_audit(AppContext& app, Request& r);  // api_audit.cpp
Response api_users_add(AppContext& app, Request& r);
Response api_region_users(AppContext& app, Request& r);
// pages_region.cpp
Response region_page(AppContext& app, Request& r);
Response region_csv(AppContext& app, Request& r);
Response region_factsheet(AppContext& app, Request& r);
// api_region.cpp
Response api_region(AppContext& app, Request& r);
Response api_region_indicators(AppContext& app, Request& r);
// api_read.cpp
Response api_analysis(AppContext& app, Request& r);
Response api_indicators(AppContext& app, Request& r);
Response api_advice(AppContext& app, Request& r);

}  // namespace regio::web
