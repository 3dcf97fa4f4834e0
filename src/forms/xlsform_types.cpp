// The type spellings of the XLSForm dialect (see xlsform_dialect.h): pyxform's
// question_type_dictionary.py and the select / begin / end patterns of xls2json.py.
#include <map>

#include "base/text.h"
#include "forms/xlsform_dialect.h"

namespace regio::forms::xlsform {

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
