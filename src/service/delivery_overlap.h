// A traject_id belongs to one delivery (DESIGN §3.7): a source updates its trajectories by
// delivering its whole file again under its own delivery id, never under a new id, which would
// count them twice. This finds the trajectories of a new delivery that another stored delivery
// already holds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/error.h"
#include "outcomes/extract.h"
#include "store/store.h"

namespace regio::service {

struct Overlap {
  std::string delivery;  // the stored delivery holding the first such trajectory
  std::size_t row = 0;   // first row (0-based) of the new trajecten whose id is stored elsewhere
  std::size_t rows = 0;  // how many rows of the new trajecten are stored elsewhere
};

// Hashes the ids of the new delivery once, then streams every stored delivery except `own_id`
// (one decoded at a time, only its traject_id column kept while probing) and looks each of its
// ids up. nullopt when no id overlaps. Errors: the store's; kInvalidData naming a stored
// delivery whose payload cannot be decoded.
Result<std::optional<Overlap>> find_overlap(store::Store& store, const std::string& own_id,
                                            const outcomes::TextColumn& traject_ids);

}  // namespace regio::service
