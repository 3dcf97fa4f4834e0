// The columnar in-memory form of client-level extracts (DESIGN §3.7).
//
// One Extract holds the three tables of a delivery (or of all deliveries merged) as parallel
// column vectors, so the indicator engine scans contiguous arrays without a per-row allocation
// or virtual call. Persons are interned: `persons[i]` is the pseudonym of person index i, and
// every table refers to persons by that index. Dates are day counts (base/date.h); an empty end
// date is kOpenEnd.
//
// Change note (O1 for O2, and the lead): persons, traject_id, regio and gemeente are now a
// TextColumn (all strings of a column in one buffer) instead of std::vector<std::string>: at
// 1M persons the vector form alone took ~200 MB, over the memory bar of DESIGN §5. Reading is
// `column[i]` -> std::string_view; writing is `column.push_back(text)`; size() as before. Code
// that did `std::string s = column[i];` must now write `std::string s(column[i]);`. Every struct
// also got a defaulted operator== (tests compare whole extracts).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regio::outcomes {

inline constexpr std::int32_t kOpenEnd = std::numeric_limits<std::int32_t>::max();
inline constexpr float kUnknownHours = -1.0f;

// Code lists of §3.7, in the order written there (the order the engine sorts by).
enum class Interventie : std::uint8_t { kIps, kJobcoaching, kReintegratie, kParticipatie, kOverig };
enum class Verwijzer : std::uint8_t { kOnbekend, kGgz, kUwv, kGemeente, kHuisarts, kZelf, kOverig };
enum class UitkeringStart : std::uint8_t { kBijstand, kWw, kWia, kWajong, kZw, kGeen, kOnbekend };
enum class UitkeringSoort : std::uint8_t { kBijstand, kWw, kWia, kWajong, kZw };
enum class Contract : std::uint8_t { kOnbekend, kVast, kTijdelijk, kOproep, kZelfstandig, kBeschut, kOverig };

// The codes as written in extract files, indexed by the enum value ("" = not given). The reader,
// the CSV writer and the indicator output all spell codes from these tables.
inline constexpr std::string_view kInterventieCodes[] = {"ips", "jobcoaching", "reintegratie", "participatie",
                                                         "overig"};
inline constexpr std::string_view kVerwijzerCodes[] = {"", "ggz", "uwv", "gemeente", "huisarts", "zelf", "overig"};
inline constexpr std::string_view kUitkeringStartCodes[] = {"bijstand", "ww",   "wia",     "wajong",
                                                            "zw",       "geen", "onbekend"};
inline constexpr std::string_view kUitkeringSoortCodes[] = {"bijstand", "ww", "wia", "wajong", "zw"};
inline constexpr std::string_view kContractCodes[] = {"",        "vast",  "tijdelijk", "oproep", "zelfstandig",
                                                      "beschut", "overig"};

// The file code of an enum value, e.g. code_text(kInterventieCodes, Interventie::kIps) == "ips".
template <class E, std::size_t N>
constexpr std::string_view code_text(const std::string_view (&codes)[N], E value) {
  return codes[static_cast<std::size_t>(value)];
}

// Many short strings in one buffer: the text of row i is bytes[offsets[i], offsets[i+1]).
// No allocation per string, and a contiguous layout that serialises by memcpy.
// REQUIRES: less than 4 GiB of text per column.
class TextColumn {
 public:
  std::size_t size() const { return offsets_.size() - 1; }
  bool empty() const { return size() == 0; }
  std::string_view operator[](std::size_t i) const {
    return std::string_view(bytes_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  void push_back(std::string_view text) {
    bytes_.append(text);
    offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  }
  void reserve(std::size_t rows, std::size_t text_bytes) {
    offsets_.reserve(rows + 1);
    bytes_.reserve(text_bytes);
  }
  // Total bytes of text.
  std::size_t text_bytes() const { return bytes_.size(); }
  const std::string& bytes() const { return bytes_; }
  const std::vector<std::uint32_t>& offsets() const { return offsets_; }
  // REQUIRES: offsets start at 0, never decrease, and end at bytes.size() (serialize.cpp checks).
  // Moves the buffers out, leaving the column empty; with from_parts, lets code that reorders
  // rows do it in place.
  std::pair<std::string, std::vector<std::uint32_t>> release() {
    std::pair<std::string, std::vector<std::uint32_t>> parts{std::move(bytes_), std::move(offsets_)};
    bytes_.clear();
    offsets_.assign(1, 0);
    return parts;
  }
  static TextColumn from_parts(std::string bytes, std::vector<std::uint32_t> offsets) {
    TextColumn c;
    c.bytes_ = std::move(bytes);
    c.offsets_ = std::move(offsets);
    return c;
  }

  class Iterator {
   public:
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    Iterator() = default;
    Iterator(const TextColumn* c, std::size_t i) : c_(c), i_(i) {}
    std::string_view operator*() const { return (*c_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const Iterator& o) const { return i_ == o.i_; }

   private:
    const TextColumn* c_ = nullptr;
    std::size_t i_ = 0;
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

  bool operator==(const TextColumn&) const = default;

 private:
  std::string bytes_;
  std::vector<std::uint32_t> offsets_{0};
};

struct Trajecten {
  TextColumn traject_id;
  std::vector<std::uint32_t> person;
  TextColumn regio;     // "AM13"
  TextColumn gemeente;  // "GM0344", "" when not given
  std::vector<Interventie> interventie;
  std::vector<Verwijzer> verwijzer;
  std::vector<UitkeringStart> uitkering_start;
  std::vector<std::int32_t> start;
  std::vector<std::int32_t> end;  // kOpenEnd when ongoing
  std::size_t size() const { return person.size(); }
  bool operator==(const Trajecten&) const = default;
};

struct WerkSpells {
  std::vector<std::uint32_t> person;
  std::vector<std::int32_t> start;
  std::vector<std::int32_t> end;
  std::vector<float> hours;  // kUnknownHours when not given
  std::vector<Contract> contract;
  std::size_t size() const { return person.size(); }
  bool operator==(const WerkSpells&) const = default;
};

struct UitkeringSpells {
  std::vector<std::uint32_t> person;
  std::vector<UitkeringSoort> soort;
  std::vector<std::int32_t> start;
  std::vector<std::int32_t> end;
  std::size_t size() const { return person.size(); }
  bool operator==(const UitkeringSpells&) const = default;
};

struct Extract {
  TextColumn persons;  // person index -> pseudonym
  Trajecten trajecten;
  WerkSpells werk;
  UitkeringSpells uitkeringen;
  bool operator==(const Extract&) const = default;
};

}  // namespace regio::outcomes
