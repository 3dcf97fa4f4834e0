// Every route of the web application, in one table: method, path, the permission it needs
// (authorization.h), handler. A route added here without a row per role in
// testdata/authorization.tsv fails authorization_test.
#include <array>

#include "web/app.h"
#include "web/pages.h"

namespace regio::web {
namespace {

using P = Permission;
constexpr BodySize kUpload = BodySize::kUpload;

constexpr std::array kRoutes{
    Route{"GET", "/", P::kPublic, home_page},
    Route{"GET", "/toegankelijkheid", P::kPublic, accessibility_page},
    Route{"GET", "/dashboard", P::kPublic, dashboard_page},
    Route{"GET", "/dashboard.csv", P::kPublic, dashboard_csv},
    Route{"GET", "/dashboard.xlsx", P::kPublic, dashboard_xlsx},
    Route{"GET", "/api/v1/dashboard", P::kPublic, api_dashboard},
    Route{"GET", "/rapporten/landelijk", P::kPublic, national_report_download},
    Route{"GET", "/static/{file}", P::kPublic, static_asset},
    Route{"GET", "/inloggen", P::kPublic, login_form},
    Route{"POST", "/inloggen", P::kPublic, login_submit},
    Route{"POST", "/uitloggen", P::kSignedIn, logout},
    Route{"GET", "/beheer/gebruikers", P::kManageUsers, users_page},
    Route{"POST", "/beheer/gebruikers", P::kManageUsers, users_add},
    Route{"POST", "/beheer/gebruikers/{name}/blokkeren", P::kManageUsers, users_disable},
    Route{"GET", "/beheer/audit", P::kManageUsers, audit_page},
    Route{"GET", "/api/v1/audit", P::kManageUsers, api_audit},
    Route{"GET", "/api/v1/sessie", P::kSignedIn, api_session},
    Route{"GET", "/api/v1/gebruikers", P::kManageUsers, api_users},
    Route{"POST", "/api/v1/gebruikers", P::kManageUsers, api_users_add},
    Route{"GET", "/api/v1/regios/{region}/gebruikers", P::kRegionRead, api_region_users},
    Route{"GET", "/vragenlijst", P::kSignedIn, questionnaire_overview},
    Route{"GET", "/vragenlijst/{wave}/{region}", P::kRegionRead, questionnaire_form},
    Route{"POST", "/vragenlijst/{wave}/{region}", P::kRegionWrite, questionnaire_save},
    Route{"POST", "/vragenlijst/{wave}/{region}/heropenen", P::kRegionReopen, questionnaire_reopen},
    Route{"GET", "/api/v1/vragenlijsten/{wave}/{region}", P::kRegionRead, api_questionnaire_get},
    Route{"PUT", "/api/v1/vragenlijsten/{wave}/{region}", P::kRegionWrite, api_questionnaire_put},
    Route{"POST", "/api/v1/vragenlijsten/{wave}/{region}/controle", P::kRegionWrite, api_questionnaire_check},
    Route{"GET", "/regio/{region}", P::kRegionRead, region_page},
    Route{"GET", "/regio/{region}/cijfers.csv", P::kRegionRead, region_csv},
    Route{"GET", "/regio/{region}/factsheet", P::kRegionRead, region_factsheet},
    Route{"GET", "/api/v1/regios/{region}", P::kRegionRead, api_region},
    Route{"GET", "/api/v1/regios/{region}/indicatoren", P::kRegionRead, api_region_indicators},
    Route{"GET", "/beheer/leveringen", P::kManageDeliveries, deliveries_page},
    Route{"POST", "/beheer/leveringen", P::kManageDeliveries, deliveries_upload, kUpload},
    Route{"POST", "/beheer/leveringen/{id}/verwijderen", P::kManageDeliveries, deliveries_delete},
    Route{"GET", "/beheer/antwoorden", P::kImportResponses, responses_page},
    Route{"POST", "/beheer/antwoorden", P::kImportResponses, responses_upload, kUpload},
    Route{"GET", "/beheer/releases", P::kPublishRelease, releases_page},
    Route{"POST", "/beheer/releases", P::kPublishRelease, releases_publish},
    Route{"GET", "/beheer/meetmomenten", P::kManageWaves, waves_page},
    Route{"POST", "/beheer/meetmomenten", P::kManageWaves, waves_add, kUpload},
    Route{"GET", "/api/v1/leveringen", P::kManageDeliveries, api_deliveries},
    Route{"POST", "/api/v1/leveringen", P::kManageDeliveries, api_deliveries_add, kUpload},
    Route{"DELETE", "/api/v1/leveringen/{id}", P::kManageDeliveries, api_delivery_delete},
    Route{"POST", "/api/v1/meetmomenten/{wave}/antwoorden", P::kImportResponses, api_responses_upload, kUpload},
    Route{"GET", "/api/v1/releases", P::kPublic, api_releases},
    Route{"POST", "/api/v1/releases", P::kPublishRelease, api_releases_publish},
    Route{"GET", "/api/v1/meetmomenten", P::kPublic, api_waves},
    Route{"POST", "/api/v1/meetmomenten", P::kManageWaves, api_waves_add, kUpload},
    Route{"GET", "/api/v1/meetmomenten/{wave}/analyse", P::kPublic, api_analysis},
    Route{"GET", "/api/v1/indicatoren", P::kPublic, api_indicators},  // ongefilterd=1: the service's policy
    Route{"GET", "/api/v1/meetmomenten/{wave}/advies", P::kSignedIn, api_advice},  // ?regio=: the service's policy
};

}  // namespace

std::span<const Route> routes() { return kRoutes; }

}  // namespace regio::web
