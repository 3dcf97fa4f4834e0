// A strict multipart/form-data parser (RFC 7578) for the upload forms, which work without
// JavaScript. Boost 1.74 (Beast) has none, and Debian offers no small C++ one.
//
//   auto parts = parse_multipart(request.content_type, request.body);
//   if (!parts) return problem(parts.error());
//   for (const Part& p : *parts) if (p.is_file()) save(p.filename, p.data);
//
// Strict on purpose: the boundary must come from the Content-Type (1–70 characters, RFC 2046),
// every part needs a Content-Disposition of form-data with a name, part headers are limited in
// size and count, nested multipart parts are refused, and the body must end with the closing
// delimiter (a truncated upload is an error, never half a file). A file name is reduced to a
// safe base name (sanitize_filename): it is never a path. Part data are views into the body, so
// a large upload is not copied.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace regio::web {

struct MultipartLimits {
  std::size_t max_parts = 32;
  std::size_t max_header_bytes = 4096;  // the headers of one part together
  std::size_t max_headers = 8;          // header lines per part
};

struct Part {
  std::string name;          // the form field
  std::string filename;      // sanitised base name; "" for a plain field
  std::string content_type;  // as sent, "" when absent
  std::string_view data;     // a view into the body passed to parse_multipart
  bool is_file() const { return has_filename; }
  bool has_filename = false;  // a file input (its name may be empty when no file was chosen)
};

// Parses a multipart/form-data body. Errors: kInvalidArgument with reason "invalid-multipart"
// and a Dutch message saying what is wrong (no boundary, truncated, headers too large, nested,
// an unusable file name ...).
Result<std::vector<Part>> parse_multipart(std::string_view content_type, std::string_view body,
                                          const MultipartLimits& limits = {});

// The base name of a client's file name, safe to use as a name inside a private directory:
// the part after the last '/' or '\', only A-Z a-z 0-9 '.' '-' '_' (spaces become '_'), at most
// 100 characters; "" when nothing usable remains (empty, ".", "..", only dots, or a leading dot).
std::string sanitize_filename(std::string_view name);

// The value of parameter `key` in a header value such as `form-data; name="x"; filename="y"`
// ("" when absent); quoted strings may hold ';' and escaped quotes.
std::string header_parameter(std::string_view value, std::string_view key);

}  // namespace regio::web
