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

class PersonIndex {
 public:
  // Pre-sizes for about `expected` persons (optional; the table grows as needed).
  void reserve(std::size_t expected);
  // The index of `pseudonym`, adding it with the next free index when new.
  std::uint32_t intern(std::string_view pseudonym);
  std::size_t size() const { return spans_.size(); }
  std::string_view at(std::uint32_t index) const;
  // The pseudonyms in index order, as Extract::persons holds them.
  std::vector<std::string> to_strings() const;

 private:
  struct Span {
    std::uint64_t offset;
    std::uint32_t length;
    std::uint32_t hash;
  };
  void grow();

  std::string arena_;
  std::vector<Span> spans_;
  std::vector<std::uint32_t> slots_;  // person index + 1; 0 = empty
};

// All deliveries as one extract. Rows keep their order (delivery by delivery); persons are
// numbered in order of first appearance over the deliveries, and a pseudonym present in several
// deliveries becomes one person. A single delivery is returned as it is (moved, not copied).
Extract merge(std::vector<Extract> deliveries);

}  // namespace regio::outcomes
