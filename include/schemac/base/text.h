// Small text helpers shared by the phases.
#pragma once

#include <string>
#include <string_view>

namespace schemac::base {

// FirstLine returns the first line of `text`, without its line end and trailing blanks.
std::string FirstLine(std::string_view text);

// AsciiLower returns `text` with the ASCII letters in lower case, as PostgreSQL folds unquoted
// words (other bytes, UTF-8 included, are kept).
std::string AsciiLower(std::string text);

}  // namespace schemac::base
