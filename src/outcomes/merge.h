// Linking deliveries: persons are one person when their pseudonyms are equal (DESIGN §3.7).
//
// PersonIndex interns pseudonyms into dense indices (an open-addressing hash table over one
// byte arena: no allocation per person), shared by the extract reader and merge().
//
//   std::vector<Extract> deliveries = ...;      // from the store
//   Extract all = merge(std::move(deliveries)); // what the indicator engine computes on
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "outcomes/extract.h"

namespace regio::outcomes {

// A fast 64-bit hash of short keys (pseudonyms, traject ids) for open-addressing tables.
std::uint64_t hash_text(std::string_view text);

class PersonIndex {
 public:
  // Pre-sizes for about `expected` persons of about `average_length` bytes (optional).
  void reserve(std::size_t expected, std::size_t average_length = 32);
  // The index of `pseudonym`, adding it with the next free index when new.
  std::uint32_t intern(std::string_view pseudonym);
  std::size_t size() const { return names_.size(); }
  std::string_view at(std::uint32_t index) const { return names_[index]; }
  // The pseudonyms in index order, as Extract::persons holds them; leaves the index empty.
  TextColumn take();
  // Frees the hash table (at() and size() keep working; intern() rebuilds it).
  void release_lookup() { slots_ = {}; }

 private:
  void rehash(std::size_t slot_count);

  TextColumn names_;
  std::vector<std::uint64_t> slots_;  // hash tag << 32 | (person index + 1); 0 = empty
};

// All deliveries as one extract. Rows keep their order (delivery by delivery); persons are
// numbered in order of first appearance over the deliveries, and a pseudonym present in several
// deliveries becomes one person. A single delivery is returned as it is (moved, not copied).
Extract merge(std::vector<Extract> deliveries);

}  // namespace regio::outcomes
