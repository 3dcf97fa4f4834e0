// Random extracts for round-trip property tests (serialize_test, store_contract_test): 0–60
// trajectories, werk and uitkering spells, and text fields of every length 0–80 with arbitrary
// bytes (NUL and non-UTF-8 included, since the payload must not care). Header-only test helper.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "outcomes/extract.h"

namespace regio::outcomes::testing {

// Text of `length` arbitrary bytes.
inline std::string random_text(std::mt19937& rng, std::size_t length) {
  std::string s(length, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xff);
  return s;
}

// The extract of round `round`: the text lengths walk through 0..80 with the round and the row,
// so a few rounds cover every length in every text column (and total column sizes from 0 up).
inline Extract random_extract(std::uint32_t round) {
  std::mt19937 rng(round * 7919u + 1u);
  const std::size_t rows = rng() % 61;
  const std::size_t persons = rows == 0 ? rng() % 3 : 1 + rng() % rows;
  auto length = [&](std::size_t row, std::size_t field) { return (round * 37 + row * 13 + field * 29) % 81; };
  Extract e;
  for (std::size_t p = 0; p < persons; ++p) e.persons.push_back(random_text(rng, length(p, 0)));
  auto person = [&] { return static_cast<std::uint32_t>(rng() % persons); };
  auto date = [&] { return static_cast<std::int32_t>(rng() % 20000) - 1000; };
  auto& t = e.trajecten;
  for (std::size_t i = 0; persons > 0 && i < rows; ++i) {
    t.traject_id.push_back(random_text(rng, length(i, 1)));
    t.person.push_back(person());
    t.regio.push_back(random_text(rng, length(i, 2)));
    t.gemeente.push_back(random_text(rng, length(i, 3)));
    t.interventie.push_back(static_cast<Interventie>(rng() % 5));
    t.verwijzer.push_back(static_cast<Verwijzer>(rng() % 7));
    t.uitkering_start.push_back(static_cast<UitkeringStart>(rng() % 7));
    t.start.push_back(date());
    t.end.push_back(rng() % 4 == 0 ? kOpenEnd : date());
  }
  for (std::size_t i = 0, n = persons > 0 ? rng() % 61 : 0; i < n; ++i) {
    e.werk.person.push_back(person());
    e.werk.start.push_back(date());
    e.werk.end.push_back(date());
    e.werk.hours.push_back(rng() % 3 == 0 ? kUnknownHours : static_cast<float>(rng() % 4000) / 100.0f);
    e.werk.contract.push_back(static_cast<Contract>(rng() % 7));
  }
  for (std::size_t i = 0, n = persons > 0 ? rng() % 61 : 0; i < n; ++i) {
    e.uitkeringen.person.push_back(person());
    e.uitkeringen.soort.push_back(static_cast<UitkeringSoort>(rng() % 5));
    e.uitkeringen.start.push_back(date());
    e.uitkeringen.end.push_back(date());
  }
  return e;
}

}  // namespace regio::outcomes::testing
