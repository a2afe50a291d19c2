// Helpers for tests about where catalog objects and load statements come from.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/catalog/catalog.h"
#include "schemac/normalize/normalize.h"

namespace schemac::testing {

// SplitLines splits `text` at line breaks; a final line break starts no line.
std::vector<std::string> SplitLines(std::string_view text);

// LineOf returns the 1-based number of the first line of `text` that holds `needle`, or 0.
uint32_t LineOf(std::string_view text, std::string_view needle);

// FindStatement returns the first statement whose SQL starts with `start`, or nullptr.
const normalize::LoadStatement* FindStatement(
    const std::vector<normalize::LoadStatement>& statements, std::string_view start);

// OriginFileName is the file name (without directories) of `range`; "" when invalid.
std::string OriginFileName(const base::SourceRange& range);
// OriginLineText is the text of the line `range` starts on; "" when invalid.
std::string OriginLineText(const base::SourceRange& range);

// OriginList maps every object that has an origin ("table s.t", "column s.t.c", "constraint
// s.t.c", ...) to its origin's "path:line:col" ("" when it has none).
std::map<std::string, std::string> OriginList(const catalog::Catalog& catalog);

// ClearOrigins removes the origin of every object.
void ClearOrigins(catalog::Catalog& catalog);

}  // namespace schemac::testing
