#include "web/multipart.h"

#include <fmt/format.h>

namespace regio::web {
namespace {

Error bad(std::string message) { return Error{ErrorCode::kInvalidArgument, std::move(message), {}, 0, "invalid-multipart", {}}; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 2046 bchars: DIGIT / ALPHA / ' ( ) + _ , - . / : = ? and space (not last).
bool valid_boundary(std::string_view b) {
  if (b.empty() || b.size() > 70 || b.back() == ' ') return false;
  for (char c : b) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

struct PartHeaders {
  std::string disposition;
  std::string content_type;
};

Result<PartHeaders> parse_headers(std::string_view block, const MultipartLimits& limits) {
  PartHeaders out;
  std::size_t count = 0;
  while (!block.empty()) {
    const auto eol = block.find("\r\n");
    const std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view{} : block.substr(eol + 2);
    if (++count > limits.max_headers) return std::unexpected(bad("Een deel van het formulier heeft te veel kopregels."));
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
      return std::unexpected(bad("Een kopregel van een deel van het formulier is onleesbaar."));
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trim(line.substr(colon + 1));
    if (iequals(name, "Content-Disposition"))
      out.disposition = value;
    else if (iequals(name, "Content-Type"))
      out.content_type = value;
  }
  return out;
}

}  // namespace

std::string header_parameter(std::string_view value, std::string_view key) {
  // Skip the first token ("form-data", "multipart/form-data").
  std::size_t i = value.find(';');
  while (i != std::string_view::npos && i < value.size()) {
    ++i;  // past ';'
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
    const std::size_t eq = value.find('=', i);
    if (eq == std::string_view::npos) return {};
    const std::string_view k = trim(value.substr(i, eq - i));
    std::string v;
    std::size_t j = eq + 1;
    if (j < value.size() && value[j] == '"') {
      for (++j; j < value.size() && value[j] != '"'; ++j) {
        if (value[j] == '\\' && j + 1 < value.size()) ++j;
        v += value[j];
      }
      if (j >= value.size()) return {};  // unterminated quoted string
      ++j;
      while (j < value.size() && value[j] != ';') ++j;
    } else {
      const std::size_t end = value.find(';', j);
      v = std::string(trim(value.substr(j, end == std::string_view::npos ? std::string_view::npos : end - j)));
      j = end == std::string_view::npos ? value.size() : end;
    }
    if (iequals(k, key)) return v;
    i = j < value.size() ? j : std::string_view::npos;
  }
  return {};
}

std::string sanitize_filename(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name) {
    if (out.size() >= 100) break;
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
                    c == '-' || c == '_';
    out += ok ? c : '_';
  }
  if (out.empty() || out.front() == '.') return {};
  return out;
}

Result<std::vector<Part>> parse_multipart(std::string_view content_type, std::string_view body,
                                          const MultipartLimits& limits) {
  if (!istarts_with(trim(content_type), "multipart/form-data"))
    return std::unexpected(bad("Het verzoek is geen formulier met bestanden (multipart/form-data)."));
  const std::string boundary = header_parameter(content_type, "boundary");
  if (!valid_boundary(boundary))
    return std::unexpected(bad("Het formulier met bestanden heeft geen geldige scheidingstekst (boundary)."));
  const std::string first = "--" + boundary;
  const std::string delimiter = "\r\n--" + boundary;
  const auto truncated = [] { return std::unexpected(bad("Het formulier is onvolledig aangekomen; probeer het opnieuw.")); };
  if (!body.starts_with(first)) return truncated();
  std::size_t pos = first.size();
  std::vector<Part> parts;
  for (;;) {
    const std::string_view after = body.substr(pos, 2);
    if (after == "--") return parts;  // the closing delimiter; anything after it is epilogue
    if (after != "\r\n") return truncated();
    pos += 2;
    if (parts.size() >= limits.max_parts)
      return std::unexpected(bad(fmt::format("Het formulier heeft meer dan {} delen.", limits.max_parts)));
    const std::size_t header_end = body.find("\r\n\r\n", pos);
    const bool blank_first = body.substr(pos, 2) == "\r\n";  // a part without headers
    const std::size_t headers_size = blank_first ? 0 : header_end - pos;
    if (!blank_first && (header_end == std::string_view::npos || headers_size > limits.max_header_bytes)) {
      if (header_end == std::string_view::npos && body.size() - pos <= limits.max_header_bytes) return truncated();
      return std::unexpected(bad("De kopregels van een deel van het formulier zijn te groot."));
    }
    auto headers = parse_headers(body.substr(pos, headers_size), limits);
    if (!headers) return std::unexpected(headers.error());
    pos += blank_first ? 2 : headers_size + 4;
    if (!istarts_with(headers->disposition, "form-data"))
      return std::unexpected(bad("Een deel van het formulier mist 'Content-Disposition: form-data'."));
    Part part;
    part.name = header_parameter(headers->disposition, "name");
    if (part.name.empty()) return std::unexpected(bad("Een deel van het formulier heeft geen veldnaam."));
    if (istarts_with(headers->content_type, "multipart/"))
      return std::unexpected(bad("Geneste delen in een formulier worden niet ondersteund: kies de bestanden los."));
    part.content_type = headers->content_type;
    const std::string raw_filename = header_parameter(headers->disposition, "filename");
    part.has_filename = headers->disposition.find("filename=") != std::string::npos;
    if (part.has_filename && !raw_filename.empty()) {
      part.filename = sanitize_filename(raw_filename);
      if (part.filename.empty())
        return std::unexpected(bad("Een bestandsnaam is onbruikbaar: geef het bestand een gewone naam zoals "
                                   "trajecten.csv."));
    }
    const std::size_t end = body.find(delimiter, pos);
    if (end == std::string_view::npos) return truncated();
    part.data = body.substr(pos, end - pos);
    parts.push_back(std::move(part));
    pos = end + delimiter.size();
  }
}

}  // namespace regio::web
