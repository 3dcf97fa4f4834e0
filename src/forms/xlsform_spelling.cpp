// Column headers and type spellings of the XLSForm dialect (see xlsform_dialect.h).
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

TypeSpelling parse_type(std::string_view raw) {
  TypeSpelling t;
  const auto words = split_whitespace(clean_cell(raw));
  std::string lower;
  for (const auto& w : words) lower += (lower.empty() ? "" : " ") + to_lower_ascii(w);
  using Q = QuestionType;
  // begin/end group|repeat|loop|lgroup|looped group [over LIST]
  for (const char* verb : {"begin", "end"}) {
    const std::string v(verb);
    if (!(lower.starts_with(v + " ") || lower.starts_with(v + "_"))) continue;
    std::string rest = lower.substr(v.size() + 1);
    std::string list;
    const auto words_rest = split_whitespace(rest);
    for (const char* control : {"looped group", "group", "lgroup", "repeat", "loop"}) {
      const std::string c(control);
      if (!(rest == c || rest.starts_with(c + " "))) continue;
      std::string tail = rest.size() > c.size() ? rest.substr(c.size() + 1) : "";
      if (tail.starts_with("over ")) tail = tail.substr(5);
      if (!tail.empty() && (v == "end" || tail.find(' ') != std::string::npos)) break;
      // The list keeps its case: take it from the original words.
      if (!tail.empty()) t.list = words.back();
      const bool repeat = c != "group";
      t.loop = c == "loop";
      t.type = v == "begin" ? (repeat && !t.loop ? Q::kBeginRepeat : Q::kBeginGroup)
                            : (repeat && !t.loop ? Q::kEndRepeat : Q::kEndGroup);
      return t;
    }
  }
  // Selects: "<command> LIST [or_other]".
  static const std::vector<std::pair<std::string, Q>> selects = {
      {"add select one prompt using", Q::kSelectOne},
      {"add select multiple prompt using", Q::kSelectMultiple},
      {"select all that apply from", Q::kSelectMultiple},
      {"select one from file", Q::kSelectOne},
      {"select multiple from file", Q::kSelectMultiple},
      {"select one from", Q::kSelectOne},
      {"select multiple from", Q::kSelectMultiple},
      {"select one using", Q::kSelectOne},
      {"select multiple using", Q::kSelectMultiple},
      {"select all that apply", Q::kSelectMultiple},
      {"select one external", Q::kSelectOne},
      {"select_one_external", Q::kSelectOne},
      {"select_one_from_file", Q::kSelectOne},
      {"select_multiple_from_file", Q::kSelectMultiple},
      {"select one", Q::kSelectOne},
      {"select1", Q::kSelectOne},
      {"select_one", Q::kSelectOne},
      {"select_multiple", Q::kSelectMultiple},
      {"q select1", Q::kSelectOne},
      {"q select", Q::kSelectMultiple},
      {"rank", Q::kRank}};
  for (const auto& [command, type] : selects) {
    if (!lower.starts_with(command + " ")) continue;
    const std::size_t n = split_whitespace(command).size();
    if (words.size() < n + 1) break;
    std::string other;
    for (std::size_t i = n + 1; i < words.size(); ++i) other += (other.empty() ? "" : " ") + to_lower_ascii(words[i]);
    if (!(other.empty() || other == "or specify other" || other == "or_other" || other == "or other")) break;
    t.list = words[n];
    t.or_other = !other.empty();
    if (command.find("file") != std::string::npos) {
      t.refused = "de keuzes staan in het externe bestand " + t.list + ", dat niet bij de vragenlijst hoort";
      return t;
    }
    t.external = command.find("external") != std::string::npos;
    t.type = type;
    return t;
  }
  if (lower.starts_with("osm ")) {
    t.refused = "vraagt om een OpenStreetMap-object";
    return t;
  }
  static const std::map<std::string, Q, std::less<>> simple = {{"integer", Q::kInteger},
                                                               {"int", Q::kInteger},
                                                               {"q int", Q::kInteger},
                                                               {"add integer prompt", Q::kInteger},
                                                               {"percentage", Q::kInteger},
                                                               {"number of days in last month", Q::kInteger},
                                                               {"number of days in last six months", Q::kInteger},
                                                               {"number of days in last year", Q::kInteger},
                                                               {"decimal", Q::kDecimal},
                                                               {"q decimal", Q::kDecimal},
                                                               {"add decimal prompt", Q::kDecimal},
                                                               {"text", Q::kText},
                                                               {"string", Q::kText},
                                                               {"q string", Q::kText},
                                                               {"add text prompt", Q::kText},
                                                               {"date", Q::kDate},
                                                               {"q date", Q::kDate},
                                                               {"add date prompt", Q::kDate},
                                                               {"time", Q::kTime},
                                                               {"datetime", Q::kDateTime},
                                                               {"date time", Q::kDateTime},
                                                               {"q datetime", Q::kDateTime},
                                                               {"q date time", Q::kDateTime},
                                                               {"add datetime prompt", Q::kDateTime},
                                                               {"add date time prompt", Q::kDateTime},
                                                               {"range", Q::kRange},
                                                               {"note", Q::kNote},
                                                               {"q note", Q::kNote},
                                                               {"add note prompt", Q::kNote},
                                                               {"acknowledge", Q::kAcknowledge},
                                                               {"q acknowledge", Q::kAcknowledge},
                                                               {"add acknowledge prompt", Q::kAcknowledge},
                                                               {"trigger", Q::kAcknowledge},
                                                               {"calculate", Q::kCalculate},
                                                               {"q calculate", Q::kCalculate},
                                                               {"add calculate prompt", Q::kCalculate},
                                                               {"hidden", Q::kHidden},
                                                               {"geopoint", Q::kGeopoint},
                                                               {"gps", Q::kGeopoint},
                                                               {"location", Q::kGeopoint},
                                                               {"q geopoint", Q::kGeopoint},
                                                               {"q location", Q::kGeopoint},
                                                               {"add location prompt", Q::kGeopoint}};
  if (auto it = simple.find(lower); it != simple.end()) {
    t.type = it->second;
    return t;
  }
  static const std::map<std::string, std::string, std::less<>> metadata = {
      {"start", "start"},
      {"start time", "start"},
      {"get start time", "start"},
      {"starttime", "start"},
      {"end", "end"},
      {"end time", "end"},
      {"get end time", "end"},
      {"endtime", "end"},
      {"today", "today"},
      {"get today", "today"},
      {"username", "username"},
      {"uri:username", "username"},
      {"email", "email"},
      {"uri:email", "email"},
      {"deviceid", "deviceid"},
      {"device id", "deviceid"},
      {"get device id", "deviceid"},
      {"imei", "deviceid"},
      {"uri:deviceid", "deviceid"},
      {"phonenumber", "phonenumber"},
      {"phone number", "phonenumber"},
      {"get phone number", "phonenumber"},
      {"uri:phonenumber", "phonenumber"},
      {"simserial", "simserial"},
      {"sim id", "simserial"},
      {"get sim id", "simserial"},
      {"uri:simserial", "simserial"},
      {"subscriberid", "subscriberid"},
      {"subscriber id", "subscriberid"},
      {"get subscriber id", "subscriberid"},
      {"uri:subscriberid", "subscriberid"},
      {"audit", "audit"},
      {"start-geopoint", "start-geopoint"},
      {"background-geopoint", "background-geopoint"}};
  if (auto it = metadata.find(lower); it != metadata.end()) {
    t.type = Q::kMetadata;
    t.metadata = it->second;
    return t;
  }
  static const std::map<std::string, std::string, std::less<>> refused = {
      {"image", "een foto"},
      {"photo", "een foto"},
      {"q picture", "een foto"},
      {"q image", "een foto"},
      {"add image prompt", "een foto"},
      {"add photo prompt", "een foto"},
      {"audio", "een geluidsopname"},
      {"q audio", "een geluidsopname"},
      {"add audio prompt", "een geluidsopname"},
      {"background-audio", "een geluidsopname"},
      {"video", "een video"},
      {"q video", "een video"},
      {"add video prompt", "een video"},
      {"file", "een bestand"},
      {"add file prompt", "een bestand"},
      {"barcode", "een gescande barcode"},
      {"q barcode", "een gescande barcode"},
      {"add barcode prompt", "een gescande barcode"},
      {"geoshape", "een vlak op de kaart"},
      {"q geoshape", "een vlak op de kaart"},
      {"geotrace", "een lijn op de kaart"},
      {"q geotrace", "een lijn op de kaart"},
      {"osm", "een OpenStreetMap-object"},
      {"xml-external", "een extern XML-bestand"},
      {"csv-external", "een extern CSV-bestand"}};
  if (auto it = refused.find(lower); it != refused.end()) t.refused = "vraagt om " + it->second;
  return t;
}

}  // namespace regio::forms::xlsform
