// The BSN eleven-test (elfproef), used to recognise probable citizen service numbers.
//
// A BSN (burgerservicenummer) has nine digits d1..d9 with
//   9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9 ≡ 0 (mod 11).
// The extract reader refuses a persoon_id that passes this test (it is probably a BSN, not a
// pseudonym); the pseudonymiser reports BSN values that fail it.
#pragma once

#include <string_view>

namespace regio::outcomes {

// True when `text` is exactly nine ASCII digits passing the eleven-test. Anything else
// (other lengths, non-digits, the all-zero number) is false.
bool passes_elfproef(std::string_view text);

// True when `text` is probably a BSN in another spelling: nine digits passing the eleven-test
// after removing separators ('-', '.', ' ', '_' between the digits: 123-456-782, 123.456.782,
// 123 456 782), or eight digits that pass it with the leading zero Excel dropped put back
// (12345672 for 012345672), or both. Also true for the plain nine digits of passes_elfproef.
// Only digits and those separators may occur; cheap enough to call on every row.
bool looks_like_bsn(std::string_view text);

}  // namespace regio::outcomes
