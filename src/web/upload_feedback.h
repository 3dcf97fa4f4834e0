// What the upload and release pages show around their forms: a refusal (a role=alert summary
// with the Dutch message and, for file validation, the table of every problem: file, line,
// column, rule, message — base::Error::problems), a success notice, the CSRF field and the
// progress element that static/upload.js fills while a file is sent.
#pragma once

#include <string_view>

#include "base/error.h"
#include "web/html.h"
#include "web/http_types.h"

namespace regio::web {

// The id of the refusal summary, for aria-describedby on the form's fields.
inline constexpr std::string_view kRefusalId = "upload-fout";

// <div role=alert> with the message and "Er is niets opgeslagen.", then the problems table.
void refusal(Html& m, const Error& e);
// <p role=status> with the text.
void success_notice(Html& m, std::string_view text);
void csrf_field(Html& m, const Request& r);
// The sub-navigation of the data management pages (leveringen, releases, meetmomenten, antwoorden).
void data_nav(Html& m, const Request& r);
// The start of every data management page: the sub-navigation, the heading, the lead paragraph
// and, when not empty, the success notice of the last action.
void data_page_start(Html& m, const Request& r, std::string_view title, std::string_view lead, std::string_view notice);
// A hidden <progress> shown by static/upload.js during the upload (the page works without it).
void upload_progress(Html& m, std::string_view label);

}  // namespace regio::web
