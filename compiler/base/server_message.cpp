#include "schemac/base/server_message.h"

#include <vector>

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

namespace {

std::string PercentDecoded(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto hex = [](char c) {
      return c >= '0' && c <= '9'   ? c - '0'
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                    : -1;
    };
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The passwords written in a connection string: a URI's user info after ":", and the values of
// password= settings (and of password= in a URI's query).
std::vector<std::string> Passwords(std::string_view connection) {
  std::vector<std::string> out;
  size_t scheme = connection.find("://");
  if (scheme != std::string_view::npos) {
    std::string_view rest = connection.substr(scheme + 3);
    size_t at = rest.substr(0, rest.find('/')).rfind('@');
    if (at != std::string_view::npos) {
      std::string_view user_info = rest.substr(0, at);
      size_t colon = user_info.find(':');
      if (colon != std::string_view::npos) {
        out.emplace_back(user_info.substr(colon + 1));
      }
    }
  }
  for (size_t at = connection.find("password="); at != std::string_view::npos;
       at = connection.find("password=", at + 1)) {
    std::string_view value = connection.substr(at + 9);
    if (!value.empty() && value[0] == '\'') {
      size_t end = value.find('\'', 1);
      out.emplace_back(value.substr(1, end == std::string_view::npos ? end : end - 1));
    } else {
      out.emplace_back(value.substr(0, value.find_first_of(" &")));
    }
  }
  std::vector<std::string> decoded;
  for (const std::string& password : out) {
    decoded.push_back(PercentDecoded(password));
  }
  out.insert(out.end(), decoded.begin(), decoded.end());
  return out;
}

}  // namespace

std::string RedactPassword(std::string message, std::string_view connection) {
  for (const std::string& password : Passwords(connection)) {
    if (password.empty()) {
      continue;
    }
    for (size_t at = message.find(password); at != std::string::npos;
         at = message.find(password, at + 3)) {
      message.replace(at, password.size(), "***");
    }
  }
  return message;
}

}  // namespace schemac::base
