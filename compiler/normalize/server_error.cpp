#include "server_error.h"

#include <cctype>
#include <vector>

namespace schemac::normalize {
namespace {

void TrimEnd(std::string& text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
    text.pop_back();
  }
}

// PositionLine returns n when `line` is libpq's "LINE n: ..." quote of the statement.
std::optional<uint32_t> PositionLine(std::string_view line) {
  constexpr std::string_view kPrefix = "LINE ";
  if (!line.starts_with(kPrefix)) {
    return std::nullopt;
  }
  uint32_t number = 0;
  size_t i = kPrefix.size();
  for (; i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) != 0; ++i) {
    if (number > 100'000'000) {
      return std::nullopt;
    }
    number = number * 10 + static_cast<uint32_t>(line[i] - '0');
  }
  if (i == kPrefix.size() || !line.substr(i).starts_with(":")) {
    return std::nullopt;
  }
  return number;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return lines;
}

}  // namespace

std::string FirstLine(std::string_view text) {
  std::string line(text.substr(0, text.find('\n')));
  TrimEnd(line);
  return line;
}

ServerError ParseServerError(std::string_view text) {
  ServerError error;
  std::vector<std::string_view> lines = Lines(text);
  if (lines.empty()) {
    return error;
  }
  // The severity is translated by the server, so any word before ":  " is taken for it.
  std::string_view first = lines[0];
  size_t colon = first.find(":  ");
  error.primary = std::string(colon == std::string_view::npos ? first : first.substr(colon + 3));
  std::string* part = &error.primary;
  std::string ignored;
  constexpr std::string_view kDetail = "DETAIL:  ";
  constexpr std::string_view kHint = "HINT:  ";
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.starts_with(kDetail)) {
      part = &error.detail;
      *part = std::string(line.substr(kDetail.size()));
    } else if (line.starts_with(kHint)) {
      part = &error.hint;
      *part = std::string(line.substr(kHint.size()));
    } else if (std::optional<uint32_t> number = PositionLine(line)) {
      error.line = error.line ? error.line : number;
      part = &ignored;
    } else if (line.starts_with("QUERY:  ") || line.starts_with("CONTEXT:  ") ||
               line.starts_with("LOCATION:  ")) {
      part = &ignored;
    } else {
      *part += "\n";
      *part += line;
    }
  }
  TrimEnd(error.primary);
  TrimEnd(error.detail);
  TrimEnd(error.hint);
  return error;
}

}  // namespace schemac::normalize
