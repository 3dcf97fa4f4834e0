// Column headers of the XLSForm dialect (see xlsform_dialect.h): pyxform's aliases.py and
// parsing/sheet_headers.py.
#include <map>
#include <set>

#include "base/text.h"
#include "forms/xlsform_dialect.h"

namespace regio::forms::xlsform {
namespace {

// pyxform's to_snake_case: words joined by '_', lower case.
std::string snake_case(std::string_view s) {
  std::string out;
  for (const auto& w : split_whitespace(clean_cell(s))) out += (out.empty() ? "" : "_") + w;
  return to_lower_ascii(out);
}

using Aliases = std::map<std::string, std::string, std::less<>>;

// Canonical columns the product uses, after aliases (pyxform aliases.survey_header and
// list_header). "media" stands for image / audio / video / big-image.
const Aliases& aliases(SheetKind kind) {
  static const Aliases survey = {{"type", "type"},
                                 {"command", "type"},
                                 {"name", "name"},
                                 {"tag", "name"},
                                 {"value", "name"},
                                 {"label", "label"},
                                 {"caption", "label"},
                                 {"hint", "hint"},
                                 {"guidance_hint", "guidance_hint"},
                                 {"required", "required"},
                                 {"required_message", "required_message"},
                                 {"requiredmsg", "required_message"},
                                 {"jr:requiredmsg", "required_message"},
                                 {"relevant", "relevant"},
                                 {"relevance", "relevant"},
                                 {"constraint", "constraint"},
                                 {"constraint_message", "constraint_message"},
                                 {"constraining_message", "constraint_message"},
                                 {"jr:constraintmsg", "constraint_message"},
                                 {"calculation", "calculation"},
                                 {"calculate", "calculation"},
                                 {"default", "default"},
                                 {"read_only", "read_only"},
                                 {"readonly", "read_only"},
                                 {"choice_filter", "choice_filter"},
                                 {"parameters", "parameters"},
                                 {"repeat_count", "repeat_count"},
                                 {"count", "repeat_count"},
                                 {"jr:count", "repeat_count"},
                                 {"trigger", "trigger"},
                                 {"media", "media"},
                                 {"image", "media"},
                                 {"big-image", "media"},
                                 {"audio", "media"},
                                 {"video", "media"}};
  static const Aliases choices = {
      {"list_name", "list_name"}, {"name", "name"},   {"value", "name"},      {"label", "label"}, {"caption", "label"},
      {"media", "media"},         {"image", "media"}, {"big-image", "media"}, {"audio", "media"}, {"video", "media"}};
  static const Aliases settings = {{"form_title", "form_title"},
                                   {"set_form_title", "form_title"},
                                   {"title", "form_title"},
                                   {"form_id", "form_id"},
                                   {"set_form_id", "form_id"},
                                   {"id_string", "form_id"},
                                   {"version", "version"},
                                   {"default_language", "default_language"},
                                   {"allow_choice_duplicates", "allow_choice_duplicates"}};
  return kind == SheetKind::kSurvey ? survey : kind == SheetKind::kChoices ? choices : settings;
}

// Columns pyxform knows that change only how a form looks or behaves on a device, or that
// belong to features the product does not have: read, reported as a warning, not used.
std::string ignored_reason(SheetKind kind, const std::string& name) {
  static const std::set<std::string, std::less<>> survey_ignored = {"appearance",
                                                                    "autoplay",
                                                                    "rows",
                                                                    "body",
                                                                    "bind",
                                                                    "instance",
                                                                    "control",
                                                                    "compact_tag",
                                                                    "save_to",
                                                                    "noapperrorstring",
                                                                    "no_app_error_string",
                                                                    "intent",
                                                                    "style",
                                                                    "label_tag",
                                                                    "sms_field",
                                                                    "sms_option",
                                                                    "sms_separator",
                                                                    "sms_allow_media",
                                                                    "sms_date_format",
                                                                    "sms_datetime_format",
                                                                    "sms_response",
                                                                    "flat",
                                                                    "comments",
                                                                    "comment",
                                                                    "note",
                                                                    "notes"};
  if (kind == SheetKind::kSurvey) {
    if (survey_ignored.contains(name)) return "bepaalt alleen de weergave of een apparaatfunctie";
    return "onbekende kolom";
  }
  if (kind == SheetKind::kSettings) return "instelling die het product niet gebruikt";
  return {};
}

}  // namespace

std::vector<Column> read_header(const std::vector<std::string>& header, SheetKind kind) {
  bool double_colon = false;
  for (const auto& h : header) double_colon = double_colon || h.find("::") != std::string::npos;
  std::vector<Column> out;
  for (const auto& raw : header) {
    Column c;
    c.header = raw;
    const std::string h = clean_cell(raw);
    if (h.empty()) {
      out.push_back(std::move(c));
      continue;
    }
    // Split "label::English (en)" (or "label:English" when no header uses "::"; "jr:count" stays).
    std::vector<std::string> tokens;
    const std::string delimiter = double_colon ? "::" : ":";
    std::size_t b = 0;
    while (true) {
      const auto e = h.find(delimiter, b);
      tokens.push_back(clean_cell(h.substr(b, e == std::string::npos ? std::string::npos : e - b)));
      if (e == std::string::npos) break;
      b = e + delimiter.size();
    }
    if (!double_colon && tokens.size() >= 2 && to_lower_ascii(tokens[0]) == "jr") {
      tokens[1] = "jr:" + tokens[1];
      tokens.erase(tokens.begin());
    }
    const std::string first = snake_case(tokens[0]);
    const auto& table = aliases(kind);
    auto it = table.find(first);
    if (it == table.end() && tokens.size() == 1) it = table.find(snake_case(h));
    if (it != table.end()) {
      c.name = it->second;
      std::size_t lang = 1;
      if (c.name == "media") {
        c.media = first == "media" ? (tokens.size() > 1 ? snake_case(tokens[1]) : "") : first;
        if (first == "media") lang = 2;
      }
      if (tokens.size() > lang) c.language = language_of(tokens[lang]);
    } else {
      // Unknown columns keep their header: a choice_filter may name a choices column as written.
      c.name = kind == SheetKind::kChoices ? h : first;
      c.ignored = ignored_reason(kind, first);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace regio::forms::xlsform
