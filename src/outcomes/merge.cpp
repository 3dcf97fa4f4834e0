#include "outcomes/merge.h"

#include <cstring>

namespace regio::outcomes {
namespace {

// FNV-1a: pseudonyms are already random-looking hex, so a cheap hash spreads them well.
std::uint32_t hash_bytes(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h ^ (h >> 15);
}

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append_persons(std::vector<std::uint32_t>& to, const std::vector<std::uint32_t>& from,
                    const std::vector<std::uint32_t>& remap) {
  to.reserve(to.size() + from.size());
  for (std::uint32_t p : from) to.push_back(remap[p]);
}

}  // namespace

void PersonIndex::reserve(std::size_t expected) {
  spans_.reserve(expected);
  std::size_t want = 16;
  while (want < expected * 2) want *= 2;
  if (want > slots_.size()) {
    slots_.assign(want, 0);
    for (std::uint32_t i = 0; i < spans_.size(); ++i) {
      std::size_t slot = spans_[i].hash & (slots_.size() - 1);
      while (slots_[slot] != 0) slot = (slot + 1) & (slots_.size() - 1);
      slots_[slot] = i + 1;
    }
  }
}

void PersonIndex::grow() { reserve(slots_.empty() ? 8 : slots_.size()); }

std::string_view PersonIndex::at(std::uint32_t index) const {
  const Span& s = spans_[index];
  return {arena_.data() + s.offset, s.length};
}

std::uint32_t PersonIndex::intern(std::string_view pseudonym) {
  // Keep the load factor at most 1/2 so probe sequences stay short.
  if ((spans_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint32_t hash = hash_bytes(pseudonym);
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = hash & mask;
  while (std::uint32_t entry = slots_[slot]) {
    const Span& s = spans_[entry - 1];
    if (s.hash == hash && s.length == pseudonym.size() &&
        std::memcmp(arena_.data() + s.offset, pseudonym.data(), s.length) == 0)
      return entry - 1;
    slot = (slot + 1) & mask;
  }
  const auto index = static_cast<std::uint32_t>(spans_.size());
  spans_.push_back(Span{arena_.size(), static_cast<std::uint32_t>(pseudonym.size()), hash});
  arena_.append(pseudonym);
  slots_[slot] = index + 1;
  return index;
}

std::vector<std::string> PersonIndex::to_strings() const {
  std::vector<std::string> out;
  out.reserve(spans_.size());
  for (std::uint32_t i = 0; i < spans_.size(); ++i) out.emplace_back(at(i));
  return out;
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
    append(out.trajecten.traject_id, t.traject_id);
    append_persons(out.trajecten.person, t.person, remap);
    append(out.trajecten.regio, t.regio);
    append(out.trajecten.gemeente, t.gemeente);
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
  out.persons = persons.to_strings();
  return out;
}

}  // namespace regio::outcomes
