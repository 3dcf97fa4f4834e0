#include "web/repeat_rows.h"

#include <limits>
#include <map>

#include "base/text.h"

namespace regio::web {
namespace {

constexpr std::size_t kDropped = std::numeric_limits<std::size_t>::max();

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts(1);
  for (char c : key) {
    if (c == '/')
      parts.emplace_back();
    else
      parts.back().push_back(c);
  }
  return parts;
}

// A row number (from 1), or 0.
std::size_t row_number(const std::string& text) {
  const auto n = parse_integer(text);
  return n && *n > 0 ? static_cast<std::size_t>(*n) : 0;
}

bool is_repeat_in(const forms::Definition& definition, const std::string& name, const std::string& enclosing) {
  const forms::Question* q = definition.question(name);
  return q && q->type == forms::QuestionType::kBeginRepeat && definition.enclosing_repeat(name) == enclosing;
}

// The place named by parts[0, count) (an odd count), or nullopt.
std::optional<RepeatPlace> place_of(const forms::Definition& definition, const forms::Response& answers,
                                    const std::vector<std::string>& parts, std::size_t count) {
  if (count % 2 == 0 || !is_repeat_in(definition, parts[0], "")) return std::nullopt;
  RepeatPlace place{parts[0], std::nullopt};
  for (std::size_t i = 1; i + 1 < count; i += 2) {
    const auto rows = rows_of(answers, place);
    const std::size_t k = row_number(parts[i]);
    if (k == 0 || k > rows.size() || !is_repeat_in(definition, parts[i + 1], place.repeat)) return std::nullopt;
    place = {parts[i + 1], rows[k - 1]};
  }
  return place;
}

}  // namespace

std::vector<std::size_t> rows_of(const forms::Response& answers, const RepeatPlace& place) {
  std::vector<std::size_t> out;
  auto rows = answers.repeats.find(place.repeat);
  if (rows == answers.repeats.end()) return out;
  if (!place.parent) {
    for (std::size_t i = 0; i < rows->second.size(); ++i) out.push_back(i);
    return out;
  }
  auto parents = answers.repeat_parents.find(place.repeat);
  if (parents == answers.repeat_parents.end()) return out;
  for (std::size_t i = 0; i < rows->second.size() && i < parents->second.size(); ++i)
    if (parents->second[i] == *place.parent) out.push_back(i);
  return out;
}

std::optional<RepeatPlace> find_place(const forms::Definition& definition, const forms::Response& answers,
                                      const std::string& key) {
  const auto parts = split_key(key);
  return place_of(definition, answers, parts, parts.size());
}

std::optional<RowAddress> find_row(const forms::Definition& definition, const forms::Response& answers,
                                   const std::string& key) {
  const auto parts = split_key(key);
  if (parts.size() < 2) return std::nullopt;
  auto place = place_of(definition, answers, parts, parts.size() - 1);
  if (!place) return std::nullopt;
  const auto rows = rows_of(answers, *place);
  const std::size_t k = row_number(parts.back());
  if (k == 0 || k > rows.size()) return std::nullopt;
  return RowAddress{place->repeat, rows[k - 1]};
}

void add_repeat_row(const forms::Definition& definition, forms::Response& answers, const std::string& key) {
  auto place = find_place(definition, answers, key);
  if (!place || rows_of(answers, *place).size() >= kMaxRepeatRows) return;
  // Appended at the end: no index of another row (nor a nested row's parent) changes.
  answers.repeats[place->repeat].emplace_back();
  if (place->parent) answers.repeat_parents[place->repeat].push_back(*place->parent);
}

void remove_repeat_row(const forms::Definition& definition, forms::Response& answers, const std::string& key) {
  if (auto row = find_row(definition, answers, key)) remove_rows(definition, answers, {*row});
}

void remove_rows(const forms::Definition& definition, forms::Response& answers, const std::set<RowAddress>& rows) {
  std::set<RowAddress> dropped = rows;
  for (const auto& repeat : definition.repeat_names()) {  // survey order: an enclosing repeat comes first
    const std::string up = definition.enclosing_repeat(repeat);
    auto parents = answers.repeat_parents.find(repeat);
    if (up.empty() || parents == answers.repeat_parents.end()) continue;
    for (std::size_t i = 0; i < parents->second.size(); ++i)
      if (dropped.contains({up, parents->second[i]})) dropped.insert({repeat, i});
  }
  std::map<std::string, std::vector<std::size_t>> renumbered;  // per repeat: old index -> new, or kDropped
  for (auto& [repeat, list] : answers.repeats) {
    auto& index = renumbered[repeat];
    std::vector<forms::Answers> kept;
    for (std::size_t i = 0; i < list.size(); ++i) {
      index.push_back(dropped.contains({repeat, i}) ? kDropped : kept.size());
      if (index.back() != kDropped) kept.push_back(std::move(list[i]));
    }
    list = std::move(kept);
  }
  for (auto& [repeat, parents] : answers.repeat_parents) {
    const auto& own = renumbered[repeat];
    const auto& above = renumbered[definition.enclosing_repeat(repeat)];
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < parents.size(); ++i) {
      if (i < own.size() && own[i] == kDropped) continue;
      const std::size_t p = parents[i];
      kept.push_back(p < above.size() && above[p] != kDropped ? above[p] : p);
    }
    parents = std::move(kept);
  }
  std::erase_if(answers.repeats, [](const auto& entry) { return entry.second.empty(); });
  std::erase_if(answers.repeat_parents,
                [&](const auto& entry) { return entry.second.empty() || !answers.repeats.contains(entry.first); });
}

}  // namespace regio::web
