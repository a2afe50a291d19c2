#include "schemac/base/server_message.h"

namespace schemac::base {

std::string ServerMessage(std::string_view message) {
  std::string line(message.substr(0, message.find('\n')));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
    line.pop_back();
  }
  for (std::string_view prefix : {"ERROR:  ", "FATAL:  "}) {
    if (line.starts_with(prefix)) {
      return line.substr(prefix.size());
    }
  }
  return line;
}

}  // namespace schemac::base
