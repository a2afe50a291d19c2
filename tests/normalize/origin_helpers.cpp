#include "normalize/origin_helpers.h"

#include <filesystem>

namespace schemac::testing {
namespace {

// ForEachOrigin calls `visit(description, origin)` for every object of `catalog`.
template <typename Catalog, typename Visit>
void ForEachOrigin(Catalog& catalog, Visit visit) {
  for (auto& [name, schema] : catalog.schemas) {
    visit("schema " + name, schema.origin);
  }
  for (auto& [name, extension] : catalog.extensions) {
    visit("extension " + name, extension.origin);
  }
  for (auto& [name, type] : catalog.enums) {
    visit("enum " + name.Text(), type.origin);
  }
  for (auto& [name, sequence] : catalog.sequences) {
    visit("sequence " + name.Text(), sequence.origin);
  }
  for (auto& [name, table] : catalog.tables) {
    visit("table " + name.Text(), table.origin);
    for (auto& column : table.columns) {
      visit("column " + name.Text() + "." + column.name, column.origin);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      visit("constraint " + name.Text() + "." + constraint_name, constraint.origin);
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    visit("index " + name.Text(), index.origin);
  }
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    lines.emplace_back(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return lines;
}

uint32_t LineOf(std::string_view text, std::string_view needle) {
  std::vector<std::string> lines = SplitLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(needle) != std::string::npos) {
      return static_cast<uint32_t>(i + 1);
    }
  }
  return 0;
}

const normalize::LoadStatement* FindStatement(
    const std::vector<normalize::LoadStatement>& statements, std::string_view start) {
  for (const normalize::LoadStatement& statement : statements) {
    if (statement.sql.starts_with(start)) {
      return &statement;
    }
  }
  return nullptr;
}

std::string OriginFileName(const base::SourceRange& range) {
  return range.valid() ? std::filesystem::path(range.file->path()).filename().string() : "";
}

std::string OriginLineText(const base::SourceRange& range) {
  return range.valid() ? std::string(range.file->LineText(range.line)) : "";
}

std::map<std::string, std::string> OriginList(const catalog::Catalog& catalog) {
  std::map<std::string, std::string> origins;
  ForEachOrigin(catalog, [&](const std::string& what, const catalog::Origin& origin) {
    origins[what] = origin.range.Where();
  });
  return origins;
}

void ClearOrigins(catalog::Catalog& catalog) {
  ForEachOrigin(catalog, [](const std::string&, catalog::Origin& origin) { origin = {}; });
}

}  // namespace schemac::testing
