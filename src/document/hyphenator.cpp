#include "document/hyphenator.h"

#include <fmt/format.h>
#include <hyphen.h>

#include <cstdlib>
#include <vector>

namespace regio::document {

struct Hyphenator::Dict {
  HyphenDict* dict = nullptr;
  ~Dict() {
    if (dict != nullptr) hnj_hyphen_free(dict);
  }
};

namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";

// Decodes one UTF-8 letter at `s[i]` to its Latin-1 byte, lower-cased. Returns its length in
// bytes, or 0 when it is not a letter the Dutch patterns know.
std::size_t latin1_letter(std::string_view s, std::size_t i, char& lower, bool& upper) {
  const auto c = static_cast<unsigned char>(s[i]);
  upper = false;
  if (c >= 'a' && c <= 'z') {
    lower = static_cast<char>(c);
    return 1;
  }
  if (c >= 'A' && c <= 'Z') {
    lower = static_cast<char>(c - 'A' + 'a');
    upper = true;
    return 1;
  }
  if ((c == 0xC3) && i + 1 < s.size()) {
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (d < 0x80 || d > 0xBF) return 0;
    unsigned code = 0xC0 + (d - 0x80);           // U+00C0..U+00FF
    if (code == 0xD7 || code == 0xF7) return 0;  // × and ÷
    if (code < 0xE0) {
      upper = true;
      code += 0x20;
    }
    lower = static_cast<char>(code);
    return 2;
  }
  return 0;
}

}  // namespace

Result<Hyphenator> Hyphenator::open(const std::string& pattern_file) {
  auto dict = std::make_shared<Dict>();
  dict->dict = hnj_hyphen_load(pattern_file.c_str());
  if (dict->dict == nullptr) {
    return fail(
        ErrorCode::kUnavailable,
        fmt::format("De Nederlandse afbreekpatronen '{}' zijn niet te lezen (Debian-pakket hyphen-nl).", pattern_file));
  }
  return Hyphenator(std::move(dict));
}

void Hyphenator::hyphenate_word(std::string_view word, std::string& out) const {
  std::string latin;
  std::vector<std::size_t> ends;  // byte offset in `word` after each letter
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < word.size();) {
    char lower = 0;
    bool upper = false;
    std::size_t n = latin1_letter(word, i, lower, upper);
    latin += lower;
    capitals += upper ? 1 : 0;
    i += n;
    ends.push_back(i);
  }
  if (latin.size() < min_word_ || capitals > 1) {  // short words and acronyms ("UWV", "GGZ") stay whole
    out += word;
    return;
  }
  std::vector<char> hyphens(latin.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  const int rc = hnj_hyphen_hyphenate3(dict_->dict, latin.data(), static_cast<int>(latin.size()), hyphens.data(),
                                       nullptr, &rep, &pos, &cut, 2, 3, 2, 2);
  std::size_t from = 0;
  for (std::size_t k = 0; k + 1 < latin.size(); ++k) {
    // Odd: a break after letter k. A non-standard break (rep) cannot be shown with a soft hyphen.
    const bool standard = rep == nullptr || rep[k] == nullptr;
    if (rc == 0 && (hyphens[k] & 1) && standard) {
      out += word.substr(from, ends[k] - from);
      out += kSoftHyphen;
      from = ends[k];
    }
  }
  out += word.substr(from);
  if (rep != nullptr) {
    for (std::size_t k = 0; k < latin.size(); ++k) std::free(rep[k]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
}

std::string Hyphenator::hyphenate(std::string_view text) const {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) {
      // A space-separated chunk that is a web or mail address is copied whole, so that it can be
      // typed over from paper.
      const std::size_t end = std::min(text.find(' ', i), text.size());
      const std::string_view chunk = text.substr(i, end - i);
      if (chunk.find("://") != std::string_view::npos || chunk.find('@') != std::string_view::npos ||
          chunk.starts_with("www.")) {
        out += chunk;
        i = end;
        continue;
      }
    }
    std::size_t j = i;
    char lower = 0;
    bool upper = false;
    while (j < text.size()) {
      std::size_t n = latin1_letter(text, j, lower, upper);
      if (n == 0) break;
      j += n;
    }
    if (j > i) {
      hyphenate_word(text.substr(i, j - i), out);
      i = j;
    } else {
      out += text[i];
      ++i;
    }
  }
  return out;
}

}  // namespace regio::document
