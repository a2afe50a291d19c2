// The text of a PostgreSQL error as libpq reports it, reduced to what a diagnostic shows.
#pragma once

#include <string>
#include <string_view>

namespace schemac::base {

// ServerMessage returns the first line of a libpq error message without its severity prefix
// ("ERROR:  ", "FATAL:  ") and trailing blanks.
std::string ServerMessage(std::string_view message);

}  // namespace schemac::base
