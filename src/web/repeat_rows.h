// The rows of a questionnaire's repeats in a Response as the web form addresses them, nested
// repeats included (forms::Response::repeat_parents). A row is named by its key
// (forms::row_key): "doelen/2", "huishoudens/1/leden/2"; the rows of a repeat in one row of its
// enclosing repeat by that row's key and the repeat's name: "huishoudens/1/leden".
//
//   add_repeat_row(def, answers, "huishoudens/1/leden");      // one more member in household 1
//   remove_repeat_row(def, answers, "huishoudens/2");         // household 2 and its members
//
// Rows are only ever appended or removed; removing a row removes the rows nested in it and
// renumbers repeat_parents, so a Response stays consistent. Keys that name nothing are ignored.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "forms/definition.h"
#include "forms/response.h"

namespace regio::web {

// The most rows a repeat takes in one place (a form asking for more gets this many).
inline constexpr std::size_t kMaxRepeatRows = 200;

// Where the rows of a repeat live: the repeat, and for a nested repeat the index (0-based in
// repeats[<enclosing repeat>]) of the row they belong to.
struct RepeatPlace {
  std::string repeat;
  std::optional<std::size_t> parent;
};
using RowAddress = std::pair<std::string, std::size_t>;  // (repeat, index in repeats[repeat])

// The indexes (0-based, in order) of the rows of `place.repeat` that belong to `place`: all of
// them for a repeat of the main part, those of the parent row for a nested one.
std::vector<std::size_t> rows_of(const forms::Response& answers, const RepeatPlace& place);

// The place named by "huishoudens" or "huishoudens/1/leden"; nullopt when the key names no
// repeat of the definition at that depth or a row that does not exist.
std::optional<RepeatPlace> find_place(const forms::Definition& definition, const forms::Response& answers,
                                      const std::string& key);
// The row named by "doelen/2" or "huishoudens/1/leden/2", or nullopt.
std::optional<RowAddress> find_row(const forms::Definition& definition, const forms::Response& answers,
                                   const std::string& key);

// One more (empty) row at the end of the place named by `key` (at most kMaxRepeatRows there).
void add_repeat_row(const forms::Definition& definition, forms::Response& answers, const std::string& key);
// The row named by `key` removed, with every row nested in it.
void remove_repeat_row(const forms::Definition& definition, forms::Response& answers, const std::string& key);
// The rows `rows` removed, with every row nested in them; the other rows keep their answers and
// order, repeat_parents renumbered. Repeats left without rows are dropped from the Response.
void remove_rows(const forms::Definition& definition, forms::Response& answers, const std::set<RowAddress>& rows);

}  // namespace regio::web
