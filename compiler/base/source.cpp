#include "schemac/base/source.h"

#include <algorithm>

#include <fmt/format.h>

namespace schemac::base {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
    }
  }
}

std::string_view SourceFile::LineText(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) {
    return {};
  }
  size_t start = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  std::string_view view(text_);
  view = view.substr(start, end - start);
  if (!view.empty() && view.back() == '\r') {
    view.remove_suffix(1);
  }
  return view;
}

uint32_t SourceFile::LineOfOffset(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<uint32_t>(it - line_starts_.begin());
}

uint32_t SourceFile::ColumnOfOffset(size_t offset) const {
  uint32_t line = LineOfOffset(offset);
  return static_cast<uint32_t>(offset - line_starts_[line - 1] + 1);
}

size_t SourceFile::OffsetOf(uint32_t line, uint32_t column) const {
  if (line == 0 || line > line_starts_.size()) {
    return text_.size();
  }
  return std::min(text_.size(), line_starts_[line - 1] + (column > 0 ? column - 1 : 0));
}

std::string SourceRange::Where() const {
  if (!valid()) {
    return "";
  }
  return fmt::format("{}:{}:{}", file->path(), line, column);
}

}  // namespace schemac::base
