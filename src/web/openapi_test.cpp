// The OpenAPI document (docs/openapi.yaml) against the real route table (routes.cpp), both ways:
// every /api/v1 route with its method is documented and every documented operation is a route;
// path parameters are declared; every operation documents the error responses its route can
// give (401/403 from its Permission, 403 CSRF for writes, 404 for a path parameter, 400 for a
// request body) as problem details; every $ref resolves. The structure against the OpenAPI
// schema itself is checked by the CTest openapi_document (tests/e2e/openapi-validate.mjs).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "web/app.h"

namespace regio::web {
namespace {

using nlohmann::json;

constexpr std::string_view kApiPrefix = "/api/v1";
const std::set<std::string> kMethods{"get", "put", "post", "delete", "patch", "head", "options", "trace"};

// YAML as JSON (scalars stay strings: the checks below compare names, keys and references).
json to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      json o = json::object();
      for (const auto& kv : node) o[kv.first.as<std::string>()] = to_json(kv.second);
      return o;
    }
    case YAML::NodeType::Sequence: {
      json a = json::array();
      for (const auto& item : node) a.push_back(to_json(item));
      return a;
    }
    case YAML::NodeType::Scalar:
      return node.as<std::string>();
    default:
      return nullptr;
  }
}

json load_document(const std::string& path) { return to_json(YAML::LoadFile(path)); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> template_names(std::string_view path) {
  std::vector<std::string> names;
  for (auto open = path.find('{'); open != std::string_view::npos; open = path.find('{', open + 1))
    names.emplace_back(path.substr(open + 1, path.find('}', open) - open - 1));
  return names;
}

// The object a local $ref points to, or null when it does not resolve.
const json* resolve(const json& doc, const json& node) {
  const json* at = &node;
  for (int depth = 0; depth < 8 && at->is_object() && at->contains("$ref"); ++depth) {
    const json& ref = (*at)["$ref"];
    if (!ref.is_string() || !ref.get<std::string>().starts_with("#/")) return nullptr;
    const json::json_pointer pointer(ref.get<std::string>().substr(1));
    if (!doc.contains(pointer)) return nullptr;
    at = &doc.at(pointer);
  }
  return at;
}

void check_refs(const json& doc, const json& node, const std::string& where, std::vector<std::string>& problems) {
  if (node.is_object()) {
    if (auto it = node.find("$ref"); it != node.end() && resolve(doc, node) == nullptr)
      problems.push_back(where + ": $ref " + it->dump() + " does not resolve (only local '#/...' references)");
    for (const auto& [key, value] : node.items()) check_refs(doc, value, where + "/" + key, problems);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) check_refs(doc, node[i], where + "/" + std::to_string(i), problems);
  }
}

// The error statuses a route can answer with, whatever its handler does.
std::set<std::string> required_errors(const Route& route, const json& operation) {
  std::set<std::string> out;
  switch (route.permission) {
    case Permission::kPublic:
      break;
    case Permission::kSignedIn:
      out.insert("401");
      break;
    case Permission::kRegionRead:
    case Permission::kRegionWrite:
    case Permission::kResearch:
    case Permission::kManageUsers:
      out.insert({"401", "403"});
      break;
  }
  if (route.method != "GET" && route.method != "HEAD") out.insert("403");  // CSRF check
  if (!template_names(route.pattern).empty()) out.insert("404");          // names something that may not exist
  if (operation.contains("requestBody")) out.insert("400");               // a body that is not what it should be
  return out;
}

bool declares_path_parameter(const json& doc, const json& path_item, const json& operation, const std::string& name) {
  for (const json* holder : {&path_item, &operation}) {
    if (!holder->contains("parameters") || !(*holder)["parameters"].is_array()) continue;
    for (const json& p : (*holder)["parameters"]) {
      const json* param = resolve(doc, p);
      if (param && param->value("in", "") == "path" && param->value("name", "") == name &&
          param->value("required", "") == "true")
        return true;
    }
  }
  return false;
}

void check_operation(const json& doc, const Route& route, const json& path_item, const json& op,
                     std::vector<std::string>& problems) {
  const std::string name = std::string(route.method) + " " + std::string(route.pattern);
  for (const auto& param : template_names(route.pattern))
    if (!declares_path_parameter(doc, path_item, op, param))
      problems.push_back(name + ": path parameter {" + param + "} is not declared (in: path, required: true)");
  if (!op.contains("summary") && !op.contains("description"))
    problems.push_back(name + ": needs a summary or description (Dutch)");
  if (!op.contains("responses") || !op["responses"].is_object() || op["responses"].empty()) {
    problems.push_back(name + ": has no responses");
    return;
  }
  const json& responses = op["responses"];
  if (std::none_of(responses.items().begin(), responses.items().end(),
                   [](const auto& kv) { return kv.key().starts_with("2") || kv.key().starts_with("3"); }))
    problems.push_back(name + ": documents no success response (2xx)");
  for (const auto& status : required_errors(route, op))
    if (!responses.contains(status))
      problems.push_back(name + ": response " + status + " is missing (permission " +
                         std::string(permission_name(route.permission)) + ")");
  for (const auto& [status, response] : responses.items()) {
    if (!(status.starts_with("4") || status.starts_with("5"))) continue;
    const json* r = resolve(doc, response);
    if (!r || !r->contains("content") || !(*r)["content"].contains("application/problem+json"))
      problems.push_back(name + ": error response " + status + " must be application/problem+json (RFC 9457)");
  }
  const bool is_public = route.permission == Permission::kPublic;
  const bool has_security = op.contains("security") && op["security"].is_array() &&
                            std::any_of(op["security"].begin(), op["security"].end(),
                                        [](const json& s) { return s.is_object() && s.contains("sessie"); });
  if (!is_public && !has_security) problems.push_back(name + ": needs 'security: [{sessie: []}]' (not public)");
}

// Every disagreement between the document and the routes, one readable line each.
std::vector<std::string> contract_problems(const json& doc, std::span<const Route> table) {
  std::vector<std::string> problems;
  if (!doc.value("openapi", "").starts_with("3.0."))
    problems.push_back("openapi: must be 3.0.x, is " + doc.value("openapi", "(missing)"));
  if (!doc.contains("info") || !doc["info"].contains("title") || !doc["info"].contains("version"))
    problems.push_back("info: needs title and version");
  if (!doc.contains("paths") || !doc["paths"].is_object()) {
    problems.push_back("paths: missing");
    return problems;
  }
  const json& paths = doc["paths"];
  std::set<std::pair<std::string, std::string>> routed;
  for (const Route& route : table) {
    if (!route.pattern.starts_with(kApiPrefix)) continue;
    const std::string method = lower(route.method);
    const std::string path(route.pattern);
    routed.insert({path, method});
    if (!paths.contains(path) || !paths[path].contains(method)) {
      problems.push_back("route " + std::string(route.method) + " " + path +
                         " (src/web/routes.cpp) is missing in docs/openapi.yaml: add paths: '" + path + "': " +
                         method + ":");
      continue;
    }
    check_operation(doc, route, paths[path], paths[path][method], problems);
  }
  for (const auto& [path, item] : paths.items()) {
    if (!path.starts_with(kApiPrefix)) problems.push_back("path " + path + " in docs/openapi.yaml is not under /api/v1");
    for (const auto& [method, op] : item.items())
      if (kMethods.contains(method) && !routed.contains({path, method}))
        problems.push_back("docs/openapi.yaml documents " + method + " " + path +
                           ", but src/web/routes.cpp has no such route (path templates must match, e.g. {region})");
  }
  check_refs(doc, doc, "#", problems);
  return problems;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "  " + l + "\n";
  return out;
}

const std::string kDocument = std::string(REGIO_SOURCE_DIR) + "/docs/openapi.yaml";

TEST(OpenApiTest, DocumentAndRoutesAgree) {
  const json doc = load_document(kDocument);
  const auto problems = contract_problems(doc, routes());
  EXPECT_TRUE(problems.empty()) << "docs/openapi.yaml and src/web/routes.cpp disagree:\n" << joined(problems);
  std::size_t api_routes = 0;
  for (const Route& r : routes()) api_routes += r.pattern.starts_with(kApiPrefix) ? 1 : 0;
  EXPECT_GE(api_routes, 8u);  // the four of the skeleton and the read routes
}

// The checker itself finds each kind of disagreement (so a passing run above means something).
TEST(OpenApiTest, TheCheckNamesEachKindOfDisagreement) {
  json doc = load_document(kDocument);
  doc["paths"].erase("/api/v1/gebruikers");                                            // routes without entry
  doc["paths"]["/api/v1/regios/{regio}/gebruikers"] = doc["paths"]["/api/v1/regios/{region}/gebruikers"];
  doc["paths"]["/api/v1/meetmomenten"]["delete"] = doc["paths"]["/api/v1/meetmomenten"]["get"];  // no route
  doc["paths"]["/api/v1/sessie"]["get"]["responses"].erase("401");                      // error not documented
  doc["paths"]["/api/v1/indicatoren"]["get"]["responses"]["400"]["$ref"] = "#/components/responses/Weg";
  doc["paths"]["/api/v1/meetmomenten/{wave}/advies"]["get"].erase("parameters");
  const auto problems = contract_problems(doc, routes());
  const std::string text = joined(problems);
  for (const char* expected : {
           "route GET /api/v1/gebruikers (src/web/routes.cpp) is missing in docs/openapi.yaml",
           "route POST /api/v1/gebruikers (src/web/routes.cpp) is missing in docs/openapi.yaml",
           "documents get /api/v1/regios/{regio}/gebruikers, but src/web/routes.cpp has no such route",
           "documents delete /api/v1/meetmomenten, but src/web/routes.cpp has no such route",
           "GET /api/v1/sessie: response 401 is missing (permission ingelogd)",
           "$ref \"#/components/responses/Weg\" does not resolve",
           "GET /api/v1/indicatoren: error response 400 must be application/problem+json",
           "GET /api/v1/meetmomenten/{wave}/advies: path parameter {wave} is not declared",
       })
    EXPECT_NE(text.find(expected), std::string::npos) << "expected: " << expected << "\ngot:\n" << text;
}

TEST(OpenApiTest, PermissionsDecideTheRequiredErrorResponses) {
  const json op = json::object();
  const json with_body = {{"requestBody", json::object()}};
  EXPECT_EQ(required_errors({"GET", "/api/v1/x", Permission::kPublic, nullptr}, op), std::set<std::string>{});
  EXPECT_EQ(required_errors({"GET", "/api/v1/x", Permission::kSignedIn, nullptr}, op), std::set<std::string>{"401"});
  EXPECT_EQ(required_errors({"GET", "/api/v1/r/{region}", Permission::kRegionRead, nullptr}, op),
            (std::set<std::string>{"401", "403", "404"}));
  EXPECT_EQ(required_errors({"POST", "/api/v1/x", Permission::kPublic, nullptr}, with_body),
            (std::set<std::string>{"400", "403"}));
  EXPECT_EQ(required_errors({"POST", "/api/v1/x", Permission::kResearch, nullptr}, op),
            (std::set<std::string>{"401", "403"}));
}

}  // namespace
}  // namespace regio::web
