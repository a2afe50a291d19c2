// Markdown escaping for the pull-request report (GitHub Flavored Markdown).
#pragma once

#include <string>
#include <string_view>

namespace schemac::report {

// MarkdownText returns `text` on one line with every character Markdown could read as markup
// backslash-escaped, so that it renders as written. `|` is left to TableCell.
std::string MarkdownText(std::string_view text);

// CodeSpan returns `text` on one line as an inline code span, delimited by more backticks than
// the longest run of backticks in it; "" for empty text.
std::string CodeSpan(std::string_view text);

// TableCell returns `cell` with every `|` escaped, as a table cell needs even inside code spans.
std::string TableCell(std::string_view cell);

// CodeFence returns a fence of backticks longer than any run of backticks in `content` (three at
// least), so that the content cannot close the block.
std::string CodeFence(std::string_view content);

}  // namespace schemac::report
