// The parts of a server error message as libpq writes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace schemac::normalize {

struct ServerError {
  std::string primary;  // without the severity ("ERROR:  ")
  std::string detail;
  std::string hint;
  // The line of the statement the server pointed at ("LINE 3: ..."), 1-based.
  std::optional<uint32_t> line;
};

// ParseServerError splits libpq's text of an error ("ERROR:  primary", then "LINE n: ..." with
// its caret line, "DETAIL:  ...", "HINT:  ...", "QUERY:  ...", "CONTEXT:  ...", each of which may
// go on over several lines) into the primary message, the detail, the hint and the line. Lines it
// does not recognise continue the part before them.
ServerError ParseServerError(std::string_view text);

// FirstLine returns the first line of `text` without trailing blanks.
std::string FirstLine(std::string_view text);

}  // namespace schemac::normalize
