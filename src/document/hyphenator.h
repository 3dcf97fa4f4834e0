// Dutch hyphenation with libhyphen and the patterns of Debian's hyphen-nl.
//
// `hyphenate` inserts a soft hyphen (U+00AD) at every permitted break, so that a text layout
// engine (pango) may break a long word at the end of a line and show a hyphen there:
//
//   Result<Hyphenator> h = Hyphenator::open(kDutchHyphenationPatterns);
//   h->hyphenate("ervaringsdeskundigheid")  // "er\u00ADva\u00ADrings\u00ADdes\u00ADkun\u00ADdig\u00ADheid"
//
// Only words of letters are touched (numbers, codes, all-capital acronyms and web or mail
// addresses are left alone);
// the patterns are ISO 8859-1, so a word with a letter outside Latin-1 is left as is.
// Thread-safe after open: hyphenate only reads the patterns.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/error.h"

namespace regio::document {

inline constexpr const char* kDutchHyphenationPatterns = "/usr/share/hyphen/hyph_nl_NL.dic";

class Hyphenator {
 public:
  // kUnavailable when the pattern file cannot be read.
  static Result<Hyphenator> open(const std::string& pattern_file);

  // `text` with U+00AD inserted in every word of at least `min_word` letters; at least 2 letters
  // stay before and 3 after each break.
  std::string hyphenate(std::string_view text) const;

 private:
  struct Dict;
  explicit Hyphenator(std::shared_ptr<Dict> dict) : dict_(std::move(dict)) {}
  void hyphenate_word(std::string_view word, std::string& out) const;
  std::shared_ptr<Dict> dict_;
  std::size_t min_word_ = 6;
};

}  // namespace regio::document
