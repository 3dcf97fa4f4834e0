// Every route of the web application, in one table: method, path, the permission it needs
// (authorization.h), handler. A route added here without a row per role in
// testdata/authorization.tsv fails authorization_test.
#include <array>

#include "web/app.h"
#include "web/pages.h"

namespace regio::web {
namespace {

using P = Permission;

constexpr std::array kRoutes{
    Route{"GET", "/", P::kPublic, home_page},
    Route{"GET", "/toegankelijkheid", P::kPublic, accessibility_page},
    Route{"GET", "/dashboard", P::kPublic, dashboard_page},
    Route{"GET", "/dashboard.csv", P::kPublic, dashboard_csv},
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
};

}  // namespace

std::span<const Route> routes() { return kRoutes; }

}  // namespace regio::web
