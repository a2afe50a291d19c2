// The text of a PostgreSQL error as libpq reports it, reduced to what a diagnostic shows.
#pragma once

#include <string>
#include <string_view>

namespace schemac::base {

// ServerMessage returns the first line of a libpq error message without its severity prefix
// ("ERROR:  ", "FATAL:  ") and trailing blanks.
std::string ServerMessage(std::string_view message);

// RedactPassword replaces the password of `connection` (a libpq key=value string or a URI, as
// written or percent-decoded) wherever it appears in `message` with "***": libpq quotes parts of
// a connection string it cannot parse, and a password must never be printed.
std::string RedactPassword(std::string message, std::string_view connection);

}  // namespace schemac::base
