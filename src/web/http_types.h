// The request and response as the web application sees them: plain values, independent of the
// HTTP library, so handlers and the dispatcher are tested without a socket.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/actor.h"
#include "web/multipart.h"

namespace regio::web {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded path without the query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> params;  // from the route pattern, e.g. {"region", "AM13"}
  std::map<std::string, std::string> form;    // an application/x-www-form-urlencoded body
                                              // (or the plain fields of a multipart/form-data one)
  std::vector<Part> files;  // the file parts of a multipart/form-data body (views into `body`)
  std::string body;
  // Headers the application uses (empty when absent).
  std::string content_type;
  std::string cookie;
  std::string csrf_header;  // X-CSRF-Token
  std::string accept;
  std::string origin;
  std::string forwarded_proto;  // X-Forwarded-Proto (used only with ServerOptions::trust_proxy)
  std::string forwarded_for;    // X-Forwarded-For (idem)
  std::string remote_ip;        // the peer, or the proxy's client with trust_proxy

  // Filled in by the dispatcher before the handler runs.
  Actor actor;               // Role::kPubliek when not logged in
  std::string session_hash;  // empty when not logged in
  std::string csrf_token;    // the session's token
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  // When set, the body instead of `body`: a kept response (shared_responses.h) hands every
  // visitor the same bytes without copying them.
  std::shared_ptr<const std::string> shared_body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers: Set-Cookie, Location, ...
  bool cacheable = false;  // false: Cache-Control: no-store (pages with personal state)
  std::string log_user;    // for the access log
  std::string log_detail;  // server detail kept out of the body (e.g. a database error), for the log
};

// "a=1&b=%20x" (also '+' as space) into a map; later duplicates are ignored.
std::map<std::string, std::string> parse_form(std::string_view text);
std::string percent_decode(std::string_view text);
// The reverse of parse_form: "a=1&b=%20x", every byte but A-Z a-z 0-9 - _ . percent-encoded.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);
// The value of cookie `name` in a Cookie header, or "".
std::string cookie_value(std::string_view header, std::string_view name);

}  // namespace regio::web
