#include "service/delivery_overlap.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <vector>

#include <fmt/format.h>

#include "outcomes/merge.h"
#include "outcomes/serialize.h"

namespace regio::service {
namespace {

// Open addressing over the rows of one text column: each slot holds the high half of the id's
// hash and row + 1 (0 = empty), so most probes compare integers only.
class IdSet {
 public:
  explicit IdSet(const outcomes::TextColumn& ids) : ids_(ids) {
    slots_.assign(std::bit_ceil(std::max<std::size_t>(16, ids.size() * 2)), 0);
    for (std::size_t row = 0; row < ids.size(); ++row) {
      const std::uint64_t h = outcomes::hash_text(ids[row]);
      std::size_t slot = h & (slots_.size() - 1);
      while (slots_[slot] != 0) slot = (slot + 1) & (slots_.size() - 1);
      slots_[slot] = (h & 0xFFFFFFFF00000000ull) | (row + 1);
    }
  }

  // The row holding `id`, or nullopt.
  std::optional<std::size_t> find(std::string_view id) const {
    const std::uint64_t h = outcomes::hash_text(id);
    for (std::size_t slot = h & (slots_.size() - 1); slots_[slot] != 0; slot = (slot + 1) & (slots_.size() - 1)) {
      const std::uint64_t s = slots_[slot];
      if ((s & 0xFFFFFFFF00000000ull) != (h & 0xFFFFFFFF00000000ull)) continue;
      const std::size_t row = (s & 0xFFFFFFFFull) - 1;
      if (ids_[row] == id) return row;
    }
    return std::nullopt;
  }

 private:
  const outcomes::TextColumn& ids_;
  std::vector<std::uint64_t> slots_;
};

}  // namespace

Result<std::optional<Overlap>> find_overlap(store::Store& store, const std::string& own_id,
                                            const outcomes::TextColumn& traject_ids) {
  if (traject_ids.empty()) return std::optional<Overlap>{};
  auto infos = store.deliveries();
  if (!infos) return std::unexpected(infos.error());
  bool others = false;
  for (const auto& d : *infos) others |= d.id != own_id && d.trajecten > 0;
  if (!others) return std::optional<Overlap>{};  // nothing to decode

  const IdSet ids(traject_ids);
  std::vector<bool> hit(traject_ids.size(), false);
  std::optional<Overlap> out;
  auto visited = store.visit_deliveries([&](const store::DeliveryInfo& info, store::PayloadReader& payload) -> Status {
    if (info.id == own_id || info.trajecten == 0) return {};
    auto e = outcomes::deserialize(outcomes::ByteSource{payload.size, std::ref(payload.read)});
    if (!e) {
      Error err = e.error();
      err.message = fmt::format("levering {} is beschadigd: {}", info.id, err.message);
      return std::unexpected(std::move(err));
    }
    const outcomes::TextColumn stored = std::move(e->trajecten.traject_id);
    *e = {};  // only the ids are needed while probing
    for (std::size_t i = 0; i < stored.size(); ++i) {
      const auto row = ids.find(stored[i]);
      if (!row || hit[*row]) continue;
      hit[*row] = true;
      if (!out) out = Overlap{};
      ++out->rows;
      if (out->delivery.empty() || *row < out->row) {
        out->delivery = info.id;
        out->row = *row;
      }
    }
    return {};
  });
  if (!visited) return std::unexpected(visited.error());
  return out;
}

}  // namespace regio::service
