// Source files and positions: every diagnostic and every catalog object points back to the
// file, line and column it came from.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::base {

// SourceFile holds the text of one schema file and answers line/column questions about it.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // LineText returns line `line` (1-based) without its line terminator; empty when out of range.
  std::string_view LineText(uint32_t line) const;
  // LineOfOffset returns the 1-based line holding byte `offset`.
  uint32_t LineOfOffset(size_t offset) const;
  // ColumnOfOffset returns the 1-based column, counted in bytes, of byte `offset`.
  uint32_t ColumnOfOffset(size_t offset) const;
  // OffsetOf returns the byte offset of a 1-based line and byte column.
  size_t OffsetOf(uint32_t line, uint32_t column) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

// SourceRange names a span of a file: its start line and column (1-based, columns in bytes) and
// its length in bytes on the start line (for the caret underline). A default range is "nowhere".
struct SourceRange {
  std::shared_ptr<const SourceFile> file;
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t length = 0;

  bool valid() const { return file != nullptr && line > 0; }
  // Where returns "path:line:col", or "" for an invalid range.
  std::string Where() const;
};

}  // namespace schemac::base
