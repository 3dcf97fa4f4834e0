#include "store/response_codec.h"

#include <nlohmann/json.hpp>

namespace regio::store {
namespace {

using nlohmann::json;

constexpr const char* kParentMember = "@ouder_rij";  // see encode_repeats

json to_json(const forms::Answers& answers) {
  json object = json::object();
  for (const auto& [name, value] : answers) object[name] = value;
  return object;
}

// Throws nlohmann::json exceptions on a wrong shape; the callers turn them into Errors.
forms::Answers answers_from(const json& object) {
  forms::Answers answers;
  for (const auto& [name, value] : object.items()) answers.emplace(name, value.get<std::string>());
  return answers;
}

Result<std::string> dump(const json& value) {
  try {
    return value.dump();
  } catch (const json::exception&) {
    return fail(ErrorCode::kInvalidArgument,
                "Antwoorden bevatten tekst die geen geldige UTF-8 is; sla het bestand op als UTF-8");
  }
}

Error damaged(std::string_view what, const char* detail) {
  return Error{
      ErrorCode::kInternal, std::string("Opgeslagen ") + std::string(what) + " zijn beschadigd: " + detail, {}, 0};
}

}  // namespace

const char* status_text(forms::ResponseStatus status) {
  return status == forms::ResponseStatus::kIngediend ? "ingediend" : "concept";
}

Result<forms::ResponseStatus> parse_status_text(std::string_view text) {
  if (text == "concept") return forms::ResponseStatus::kConcept;
  if (text == "ingediend") return forms::ResponseStatus::kIngediend;
  return fail(ErrorCode::kInternal, "Opgeslagen status van een antwoord is onbekend: " + std::string(text));
}

Result<std::string> encode_answers(const forms::Answers& answers) { return dump(to_json(answers)); }

Result<std::string> encode_repeats(const std::map<std::string, std::vector<forms::Answers>>& repeats,
                                   const std::map<std::string, std::vector<std::size_t>>* parents) {
  json object = json::object();
  for (const auto& [group, rows] : repeats) {
    const std::vector<std::size_t>* parent_rows = nullptr;
    if (parents)
      if (auto it = parents->find(group); it != parents->end()) parent_rows = &it->second;
    json array = json::array();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      json row = to_json(rows[i]);
      if (parent_rows && i < parent_rows->size()) row[kParentMember] = (*parent_rows)[i];
      array.push_back(std::move(row));
    }
    object[group] = std::move(array);
  }
  return dump(object);
}

Result<forms::Answers> decode_answers(std::string_view text) {
  try {
    json object = json::parse(text);
    if (!object.is_object()) return std::unexpected(damaged("antwoorden", "geen JSON-object"));
    return answers_from(object);
  } catch (const json::exception& e) {
    return std::unexpected(damaged("antwoorden", e.what()));
  }
}

Result<std::map<std::string, std::vector<forms::Answers>>> decode_repeats(
    std::string_view text, std::map<std::string, std::vector<std::size_t>>* parents) {
  try {
    json object = json::parse(text);
    if (!object.is_object()) return std::unexpected(damaged("herhalingen", "geen JSON-object"));
    std::map<std::string, std::vector<forms::Answers>> repeats;
    for (const auto& [group, rows] : object.items()) {
      auto& out = repeats[group];
      for (const auto& row : rows.get_ref<const json::array_t&>()) {
        if (!row.is_object()) return std::unexpected(damaged("herhalingen", "rij is geen object"));
        if (auto parent = row.find(kParentMember); parent != row.end()) {
          if (parents) (*parents)[group].push_back(parent->get<std::size_t>());
          json answers = row;
          answers.erase(std::string(kParentMember));
          out.push_back(answers_from(answers));
        } else {
          out.push_back(answers_from(row));
        }
      }
    }
    return repeats;
  } catch (const json::exception& e) {
    return std::unexpected(damaged("herhalingen", e.what()));
  }
}

}  // namespace regio::store
