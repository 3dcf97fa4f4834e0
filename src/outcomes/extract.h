// The columnar in-memory form of client-level extracts (DESIGN §3.7).
//
// One Extract holds the three tables of a delivery (or of all deliveries merged) as parallel
// column vectors, so the indicator engine scans contiguous arrays without a per-row allocation
// or virtual call. Persons are interned: `persons[i]` is the pseudonym of person index i, and
// every table refers to persons by that index. Dates are day counts (base/date.h); an empty end
// date is kOpenEnd.
//
// Change note (O1 for O2): only additions so far — defaulted operator== on every struct (tests
// compare whole extracts). Field names and types are unchanged.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
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

struct Trajecten {
  std::vector<std::string> traject_id;
  std::vector<std::uint32_t> person;
  std::vector<std::string> regio;     // "AM13" (kept as text: few distinct values, tiny strings)
  std::vector<std::string> gemeente;  // "" when not given
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
  std::vector<std::string> persons;  // person index -> pseudonym
  Trajecten trajecten;
  WerkSpells werk;
  UitkeringSpells uitkeringen;
  bool operator==(const Extract&) const = default;
};

}  // namespace regio::outcomes
