#include "markdown_text.h"

#include <algorithm>

#include "text.h"

namespace schemac::report {
namespace {

size_t LongestBacktickRun(std::string_view text) {
  size_t longest = 0;
  size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

std::string MarkdownText(std::string_view text) {
  constexpr std::string_view kSpecial = "\\`*_[]<>#!~&$";
  std::string out;
  for (char c : OneLine(text)) {
    if (kSpecial.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string CodeSpan(std::string_view text) {
  std::string content = OneLine(text);
  if (content.empty()) {
    return "";
  }
  std::string fence(LongestBacktickRun(content) + 1, '`');
  // A space on each side is stripped by the renderer; it keeps a backtick at either end from
  // joining the fence.
  bool pad = content.front() == '`' || content.back() == '`' ||
             (content.front() == ' ' && content.back() == ' ');
  std::string space = pad ? " " : "";
  return fence + space + content + space + fence;
}

std::string TableCell(std::string_view cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string CodeFence(std::string_view content) {
  return std::string(std::max<size_t>(3, LongestBacktickRun(content) + 1), '`');
}

}  // namespace schemac::report
