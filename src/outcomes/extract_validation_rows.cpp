// The per-row rules of DESIGN §3.7. Every rule is checked on every row so one import reports
// all problems; a row is appended only when it broke none.
#include <algorithm>
#include <cstring>
#include <optional>
#include <span>

#include <fmt/format.h>

#include "base/date.h"
#include "base/text.h"
#include "outcomes/bsn.h"
#include "outcomes/extract_validation.h"
#include "tabular/encoding.h"

namespace regio::outcomes {
namespace {

bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// The enum value of a code (case-insensitive); the "" entry of optional lists never matches.
template <class E, std::size_t N>
std::optional<E> find_code(const std::string_view (&codes)[N], std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (!codes[i].empty() && equals_lower(text, codes[i])) return static_cast<E>(i);
  return std::nullopt;
}

std::string code_list(std::span<const std::string_view> codes) {
  std::string out;
  for (std::string_view c : codes)
    if (!c.empty()) out += (out.empty() ? "" : ", ") + std::string(c);
  return out;
}

constexpr std::size_t kMaxTrajectIdBytes = 128;

// Why a traject_id cannot be stored, or "" when it can. The only free text an extract stores,
// so the only column whose UTF-8 is checked (ASCII, the usual case, costs one pass over ~10
// bytes). The value is never shown.
std::string traject_id_problem(std::string_view id) {
  if (id.size() > kMaxTrajectIdBytes)
    return fmt::format("traject_id is {} bytes lang; hoogstens {} toegestaan", id.size(), kMaxTrajectIdBytes);
  bool ascii = true;
  for (const char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return "traject_id bevat een NUL-teken (byte 0)";
    ascii = ascii && byte < 0x80;
  }
  if (ascii) return {};
  const std::size_t bad = tabular::find_invalid_utf8(id);
  return bad == std::string_view::npos ? std::string() : "traject_id: " + tabular::invalid_utf8_message(id, bad);
}

bool valid_pseudonym(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string region_code(int n) {
  std::string s = "AM00";
  s[2] = static_cast<char>('0' + n / 10);
  s[3] = static_cast<char>('0' + n % 10);
  return s;
}

std::string municipality_code(int n) {
  std::string s = "GM0000";
  for (int i = 5; i >= 2; --i, n /= 10) s[static_cast<std::size_t>(i)] = static_cast<char>('0' + n % 10);
  return s;
}

std::string missing(std::string_view column) { return fmt::format("{} is verplicht maar leeg", column); }

enum class Presence { kRequired, kOptional };

// Looks up a value of a code list. An empty optional value gives nullptr without a problem;
// otherwise a failure is reported through `report(column, rule, message)` ("verplicht" when
// empty, "onbekende-code" with the allowed codes) and clears `ok`.
template <class E, class Report, std::size_t N>
std::optional<E> checked_code(const Report& report, std::string_view column, std::string_view text,
                              const std::string_view (&codes)[N], std::string_view noun, Presence presence, bool& ok) {
  if (text.empty() && presence == Presence::kOptional) return std::nullopt;
  if (auto value = find_code<E>(codes, text)) return value;
  ok = false;
  if (text.empty()) {
    report(column, "verplicht", missing(column));
  } else {
    report(column, "onbekende-code",
           fmt::format("{} is geen {}; toegestaan: {}{}", shown_value(text), noun, code_list(codes),
                       presence == Presence::kOptional ? " of leeg" : ""));
  }
  return std::nullopt;
}

}  // namespace

// A value is shown in a message only when it cannot be personal data: short, and without a run
// of digits long enough to be a BSN or a phone number; and only printable ASCII, so a message
// never carries invalid UTF-8 or control characters into JSON output or a terminal.
std::string shown_value(std::string_view value) {
  std::size_t run = 0, longest = 0;
  bool printable = true;
  for (char c : value) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    longest = std::max(longest, run);
    printable = printable && c >= 0x20 && c < 0x7f;
  }
  if (value.size() > 24 || longest >= 8 || !printable) return "(waarde niet getoond)";
  return fmt::format("'{}'", value);
}

// The row's person number is filled in by flush_persons().
std::uint32_t TableBuilder::pending_person(std::string_view id) {
  pending_text_.append(id);
  pending_ends_.push_back(static_cast<std::uint32_t>(pending_text_.size()));
  return 0;
}

void TableBuilder::add_row(std::size_t line, std::span<const std::string_view> fields) {
  Values v{};
  bool any = false;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string_view f = trim(fields[i]);
    if (f.empty()) continue;
    any = true;
    if (i >= column_count_) {
      problem(line, "", "aantal-velden",
              fmt::format("de regel heeft {} velden, de kopregel {}", fields.size(), column_count_));
      return;
    }
    if (column_of_field_[i] != kIgnored) v[column_of_field_[i]] = f;
  }
  if (!any) return;
  switch (table_) {
    case ExtractTable::kTrajecten:
      add_trajectory(line, v);
      break;
    case ExtractTable::kWerk:
      add_work(line, v);
      break;
    case ExtractTable::kUitkeringen:
      add_benefit(line, v);
      break;
  }
}

bool TableBuilder::check_person(std::size_t line, std::string_view id) {
  if (id.empty()) {
    problem(line, "persoon_id", "verplicht", missing("persoon_id"));
    return false;
  }
  // Before the alphabet check, so "123.456.782" gets the BSN message too.
  if (passes_elfproef(id)) {
    problem(line, "persoon_id", "waarschijnlijk-bsn",
            "persoon_id bestaat uit 9 cijfers en doorstaat de elfproef: waarschijnlijk een BSN. "
            "Lever pseudoniemen aan (regiomonitor pseudonymize); de waarde wordt niet getoond");
    return false;
  }
  if (looks_like_bsn(id)) {
    problem(line, "persoon_id", "waarschijnlijk-bsn",
            "persoon_id doorstaat de elfproef met scheidingstekens weggelaten of met de voorloopnul die Excel "
            "weglaat teruggezet: waarschijnlijk een BSN. Lever pseudoniemen aan (regiomonitor pseudonymize); de "
            "waarde wordt niet getoond");
    return false;
  }
  if (!valid_pseudonym(id)) {
    problem(line, "persoon_id", "persoon-id", "persoon_id moet 1 tot 64 tekens zijn uit A-Z, a-z, 0-9, '_' en '-'");
    return false;
  }
  return true;
}

bool TableBuilder::parse_day(std::size_t line, std::string_view column, std::string_view text, bool required,
                             std::int32_t* day) {
  if (text.empty()) {
    if (required) problem(line, column, "verplicht", missing(column));
    return !required;
  }
  const auto date = parse_date(text);
  if (!date) {
    problem(line, column, "datum",
            fmt::format("{} is geen geldige datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)", shown_value(text)));
    return false;
  }
  *day = date->days;
  return in_date_range(line, column, *date);
}

bool TableBuilder::check_dates(std::size_t line, std::int32_t start, std::int32_t end) {
  if (end != kOpenEnd && end < start) {
    problem(line, "einddatum", "einddatum-voor-startdatum", "einddatum ligt vóór startdatum");
    return false;
  }
  return true;
}

void TableBuilder::note_days(std::int32_t start, std::int32_t end) {
  first_day_ = std::min(first_day_, start);
  last_day_ = std::max(last_day_, end == kOpenEnd ? start : end);
}

// Open addressing over the accepted traject_ids (the column itself holds the text), so finding
// a duplicate costs no extra copy of the ids.
bool TableBuilder::is_new_traject_id(std::size_t line, std::string_view id) {
  const auto& ids = trajecten_.traject_id;
  // Load factor at most 3/4: with a good hash probes stay short, and the table stays small.
  if ((ids.size() + 1) * 4 > traject_id_slots_.size() * 3) {
    std::size_t size = std::max<std::size_t>(1024, traject_id_slots_.size() * 2);
    while ((ids.size() + 1) * 4 > size * 3) size *= 2;
    traject_id_slots_.assign(size, 0);
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
      std::size_t slot = static_cast<std::size_t>(hash_text(ids[i])) & (size - 1);
      while (traject_id_slots_[slot] != 0) slot = (slot + 1) & (size - 1);
      traject_id_slots_[slot] = i + 1;
    }
  }
  const std::size_t mask = traject_id_slots_.size() - 1;
  for (std::size_t slot = hash_text(id) & mask; traject_id_slots_[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint32_t index = traject_id_slots_[slot] - 1;
    if (ids[index] == id) {
      problem(line, "traject_id", "dubbel-traject-id",
              fmt::format("traject_id komt al voor op regel {}", trajectory_lines_[index]));
      return false;
    }
  }
  return true;
}

void TableBuilder::add_trajectory(std::size_t line, const Values& v) {
  bool ok = true;
  if (v[kTrajectId].empty()) {
    problem(line, "traject_id", "verplicht", missing("traject_id"));
    ok = false;
  } else if (std::string why = traject_id_problem(v[kTrajectId]); !why.empty()) {
    problem(line, "traject_id", "traject-id", std::move(why));
    ok = false;
  } else {
    ok = is_new_traject_id(line, v[kTrajectId]);
  }
  ok = check_person(line, v[kPersoonId]) && ok;

  std::int32_t start = 0, end = kOpenEnd;
  const bool start_ok = parse_day(line, "startdatum", v[kStartdatum], true, &start);
  ok = start_ok && ok;
  ok = parse_day(line, "einddatum", v[kEinddatum], false, &end) && ok;
  if (start_ok) ok = check_dates(line, start, end) && ok;

  const int region = RegionLookup::region_number(v[kRegio]);
  const int year = start_ok ? year_of(Date{start}) : 0;
  if (v[kRegio].empty()) {
    problem(line, "regio", "verplicht", missing("regio"));
    ok = false;
  } else if (start_ok ? !regions_.is_region(year, region) : !regions_.is_known_region(region)) {
    problem(line, "regio", "regio",
            start_ok ? fmt::format("{} is geen arbeidsmarktregio in de indeling van {} (die geldt "
                                   "voor startjaar {})",
                                   shown_value(v[kRegio]), regions_.classification_year(year), year)
                     : fmt::format("{} is geen arbeidsmarktregio", shown_value(v[kRegio])));
    ok = false;
  }
  if (!v[kGemeente].empty()) {
    const int municipality = RegionLookup::municipality_number(v[kGemeente]);
    if (municipality < 0) {
      problem(line, "gemeente", "gemeente",
              fmt::format("{} is geen gemeentecode (verwacht GM gevolgd door 4 cijfers)", shown_value(v[kGemeente])));
      ok = false;
    } else if (start_ok && region >= 0) {
      const int actual = regions_.region_of(year, municipality);
      const int cls = regions_.classification_year(year);
      if (actual < 0) {
        problem(line, "gemeente", "gemeente-regio",
                fmt::format("gemeente GM{:04} bestaat niet in de indeling van {} (die geldt voor "
                            "startjaar {})",
                            municipality, cls, year));
        ok = false;
      } else if (actual != region) {
        problem(line, "gemeente", "gemeente-regio",
                fmt::format("gemeente GM{:04} hoort in de indeling van {} bij AM{:02}, niet bij "
                            "AM{:02}",
                            municipality, cls, actual, region));
        ok = false;
      }
    }
  }

  const auto report = [&](std::string_view column, std::string_view rule, std::string message) {
    problem(line, column, rule, std::move(message));
  };
  const std::optional<Interventie> interventie = checked_code<Interventie>(
      report, "interventie", v[kInterventie], kInterventieCodes, "interventie", Presence::kRequired, ok);
  const std::optional<Verwijzer> verwijzer = checked_code<Verwijzer>(
      report, "verwijzer", v[kVerwijzer], kVerwijzerCodes, "verwijzer", Presence::kOptional, ok);
  const std::optional<UitkeringStart> uitkering = checked_code<UitkeringStart>(
      report, "uitkering_start", v[kUitkeringStart], kUitkeringStartCodes, "uitkering_start", Presence::kRequired, ok);
  if (!ok) return;

  auto& t = trajecten_;
  t.traject_id.push_back(v[kTrajectId]);
  trajectory_lines_.push_back(static_cast<std::uint32_t>(line));
  t.person.push_back(pending_person(v[kPersoonId]));
  t.regio.push_back(region_code(region));
  t.gemeente.push_back(v[kGemeente].empty() ? std::string_view()
                                            : municipality_code(RegionLookup::municipality_number(v[kGemeente])));
  t.interventie.push_back(*interventie);
  t.verwijzer.push_back(verwijzer ? *verwijzer : Verwijzer::kOnbekend);
  t.uitkering_start.push_back(*uitkering);
  t.start.push_back(start);
  t.end.push_back(end);
  note_days(start, end);
  // Register the id for duplicate detection only now: the slot table indexes the column.
  const std::size_t mask = traject_id_slots_.size() - 1;
  std::size_t slot = hash_text(t.traject_id[t.traject_id.size() - 1]) & mask;
  while (traject_id_slots_[slot] != 0) slot = (slot + 1) & mask;
  traject_id_slots_[slot] = static_cast<std::uint32_t>(t.traject_id.size());
}

void TableBuilder::add_work(std::size_t line, const Values& v) {
  bool ok = check_person(line, v[kPersoonId]);
  std::int32_t start = 0, end = kOpenEnd;
  const bool start_ok = parse_day(line, "startdatum", v[kStartdatum], true, &start);
  ok = start_ok && ok;
  ok = parse_day(line, "einddatum", v[kEinddatum], false, &end) && ok;
  if (start_ok) ok = check_dates(line, start, end) && ok;

  float hours = kUnknownHours;
  if (!v[kUren].empty()) {
    const auto value = parse_decimal(v[kUren]);
    if (!value || *value < 0 || *value > 80) {
      problem(
          line, "uren_per_week", "uren",
          fmt::format("{} is geen geldig aantal uren per week (een getal van 0 tot en met 80)", shown_value(v[kUren])));
      ok = false;
    } else {
      hours = static_cast<float>(*value);
    }
  }
  const std::optional<Contract> contract =
      checked_code<Contract>([&](std::string_view column, std::string_view rule,
                                 std::string message) { problem(line, column, rule, std::move(message)); },
                             "contract", v[kContract], kContractCodes, "contractsoort", Presence::kOptional, ok);
  if (!ok) return;
  werk_.person.push_back(pending_person(v[kPersoonId]));
  werk_.start.push_back(start);
  werk_.end.push_back(end);
  werk_.hours.push_back(hours);
  werk_.contract.push_back(contract ? *contract : Contract::kOnbekend);
  note_days(start, end);
}

void TableBuilder::add_benefit(std::size_t line, const Values& v) {
  bool ok = check_person(line, v[kPersoonId]);
  std::int32_t start = 0, end = kOpenEnd;
  const bool start_ok = parse_day(line, "startdatum", v[kStartdatum], true, &start);
  ok = start_ok && ok;
  ok = parse_day(line, "einddatum", v[kEinddatum], false, &end) && ok;
  if (start_ok) ok = check_dates(line, start, end) && ok;
  const std::optional<UitkeringSoort> soort = checked_code<UitkeringSoort>(
      [&](std::string_view column, std::string_view rule, std::string message) {
        problem(line, column, rule, std::move(message));
      },
      "soort", v[kSoort], kUitkeringSoortCodes, "uitkeringssoort", Presence::kRequired, ok);
  if (!ok) return;
  uitkeringen_.person.push_back(pending_person(v[kPersoonId]));
  uitkeringen_.soort.push_back(*soort);
  uitkeringen_.start.push_back(start);
  uitkeringen_.end.push_back(end);
  note_days(start, end);
}

}  // namespace regio::outcomes
