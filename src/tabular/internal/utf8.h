// UTF-8 validation for text read from user files (internal to the tabular module).
#pragma once

#include <cstddef>
#include <string_view>

namespace regio::tabular {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or npos when `text` is valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace regio::tabular
