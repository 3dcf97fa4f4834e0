#include "outcomes/merge.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace regio::outcomes {
namespace {

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append_text(TextColumn& to, const TextColumn& from) {
  to.reserve(to.size() + from.size(), to.text_bytes() + from.text_bytes());
  for (std::string_view s : from) to.push_back(s);
}

void append_persons(std::vector<std::uint32_t>& to, const std::vector<std::uint32_t>& from,
                    const std::vector<std::uint32_t>& remap) {
  to.reserve(to.size() + from.size());
  for (std::uint32_t p : from) to.push_back(remap[p]);
}

}  // namespace

// Eight bytes at a time with a multiply-xorshift mix and the murmur3 finaliser: pseudonyms are
// long, so a byte-wise hash costs more than the probe, and a weak one clusters linear probing.
std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0x94d049bb133111ebull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

void PersonIndex::reserve(std::size_t expected, std::size_t average_length) {
  names_.reserve(expected, expected * average_length);
  std::size_t want = 16;
  while (want * 3 < expected * 4) want *= 2;
  if (want > slots_.size()) rehash(want);
}

void PersonIndex::rehash(std::size_t slot_count) {
  slots_.assign(slot_count, 0);
  const std::size_t mask = slot_count - 1;
  for (std::uint32_t i = 0; i < names_.size(); ++i) {
    const std::uint64_t hash = hash_text(names_[i]);
    std::size_t slot = hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = (hash >> 32 << 32) | (i + 1);
  }
}

std::uint32_t PersonIndex::intern(std::string_view pseudonym) {
  // Keep the load factor at most 3/4: probes stay short with a good hash, and the table small.
  if ((names_.size() + 1) * 4 > slots_.size() * 3) rehash(std::max<std::size_t>(16, slots_.size() * 2));
  const std::uint64_t hash = hash_text(pseudonym);
  const std::uint64_t tag = hash >> 32 << 32;
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = hash & mask;
  // The tag in the slot rejects almost every non-match without touching the names.
  while (const std::uint64_t entry = slots_[slot]) {
    if ((entry & 0xffffffff00000000ull) == tag) {
      const auto index = static_cast<std::uint32_t>(entry) - 1;
      if (names_[index] == pseudonym) return index;
    }
    slot = (slot + 1) & mask;
  }
  const auto index = static_cast<std::uint32_t>(names_.size());
  names_.push_back(pseudonym);
  slots_[slot] = tag | (index + 1);
  return index;
}

TextColumn PersonIndex::take() {
  slots_ = {};
  return std::exchange(names_, TextColumn{});
}

Extract merge(std::vector<Extract> deliveries) {
  if (deliveries.empty()) return {};
  if (deliveries.size() == 1) return std::move(deliveries.front());

  PersonIndex persons;
  Extract out;
  for (Extract& d : deliveries) {
    std::vector<std::uint32_t> remap(d.persons.size());
    for (std::size_t i = 0; i < d.persons.size(); ++i) remap[i] = persons.intern(d.persons[i]);

    Trajecten& t = d.trajecten;
    append_text(out.trajecten.traject_id, t.traject_id);
    append_persons(out.trajecten.person, t.person, remap);
    append_text(out.trajecten.regio, t.regio);
    append_text(out.trajecten.gemeente, t.gemeente);
    append(out.trajecten.interventie, t.interventie);
    append(out.trajecten.verwijzer, t.verwijzer);
    append(out.trajecten.uitkering_start, t.uitkering_start);
    append(out.trajecten.start, t.start);
    append(out.trajecten.end, t.end);

    WerkSpells& w = d.werk;
    append_persons(out.werk.person, w.person, remap);
    append(out.werk.start, w.start);
    append(out.werk.end, w.end);
    append(out.werk.hours, w.hours);
    append(out.werk.contract, w.contract);

    UitkeringSpells& u = d.uitkeringen;
    append_persons(out.uitkeringen.person, u.person, remap);
    append(out.uitkeringen.soort, u.soort);
    append(out.uitkeringen.start, u.start);
    append(out.uitkeringen.end, u.end);

    d = Extract{};  // release each delivery as soon as it is copied
  }
  out.persons = persons.take();
  return out;
}

}  // namespace regio::outcomes
