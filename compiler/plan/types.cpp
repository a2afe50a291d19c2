// What changing a column's type costs: USING needed, table rewritten, information lost.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "builder.h"

namespace schemac::plan {
namespace {

// A type as format_type() prints it, taken apart: "character varying(40)[]" has base
// "character varying", modifiers {40} and one array dimension.
struct TypeName {
  std::string base;
  std::vector<long> modifiers;
  bool has_modifiers = false;
  int dimensions = 0;
};

TypeName Split(std::string_view type) {
  TypeName out;
  while (type.size() > 2 && type.substr(type.size() - 2) == "[]") {
    type.remove_suffix(2);
    ++out.dimensions;
  }
  size_t open = type.find('(');
  size_t close = type.find(')', open);
  if (open == std::string_view::npos || close == std::string_view::npos || type[0] == '"') {
    out.base = std::string(type);
    return out;
  }
  out.base = std::string(type.substr(0, open));
  if (close + 1 < type.size()) {
    out.base += type.substr(close + 1);  // "timestamp(3) with time zone"
  }
  out.has_modifiers = true;
  std::string_view list = type.substr(open + 1, close - open - 1);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string part(list.substr(0, comma));
    out.modifiers.push_back(std::strtol(part.c_str(), nullptr, 10));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return out;
}

int NumericRank(const std::string& base) {
  static const std::vector<std::string> kRanks = {"smallint", "integer", "bigint",
                                                  "numeric",  "real",    "double precision"};
  auto it = std::find(kRanks.begin(), kRanks.end(), base);
  return it == kRanks.end() ? 0 : static_cast<int>(it - kRanks.begin()) + 1;
}

bool IsString(const std::string& base) {
  return base == "text" || base == "character varying" || base == "character";
}

bool IsDateTime(const std::string& base) {
  return base == "date" || base == "timestamp without time zone" ||
         base == "timestamp with time zone";
}

// Whether modifiers `to` admit every value that modifiers `from` admit (a missing modifier list
// admits everything).
bool Wider(const TypeName& from, const TypeName& to) {
  if (!to.has_modifiers) {
    return true;
  }
  if (!from.has_modifiers) {
    return false;
  }
  if (to.base == "numeric" && from.modifiers.size() == 2 && to.modifiers.size() == 2) {
    return to.modifiers[1] == from.modifiers[1] && to.modifiers[0] >= from.modifiers[0];
  }
  return !from.modifiers.empty() && !to.modifiers.empty() && to.modifiers[0] >= from.modifiers[0];
}

}  // namespace

TypeChange AnalyzeTypeChange(const std::string& from_type, const std::string& to_type) {
  TypeChange change;
  if (from_type == to_type) {
    change.rewrites = false;  // only the collation changes
    return change;
  }
  TypeName from = Split(from_type);
  TypeName to = Split(to_type);
  if (from.dimensions != to.dimensions) {
    change.needs_using = true;
    change.narrows = to.dimensions == 0;
    return change;
  }
  if (from.base == to.base) {
    bool wider = Wider(from, to);
    change.narrows = !wider;
    // Lengthening a varchar or widening a numeric's precision is a catalog-only change.
    change.rewrites =
        !(wider && (IsString(from.base) || from.base == "numeric") && from.base != "character");
    return change;
  }
  if (IsString(to.base)) {
    // Every type converts to a string type by assignment (its text form).
    change.rewrites = !(IsString(from.base) && from.base != "character" && !to.has_modifiers);
    change.narrows = to.has_modifiers;
    return change;
  }
  int from_rank = NumericRank(from.base);
  int to_rank = NumericRank(to.base);
  if (from_rank != 0 && to_rank != 0) {
    change.narrows = to_rank < from_rank || (to_rank > 4 && from_rank == 4) ||
                     (to.base == "numeric" && to.has_modifiers);
    return change;
  }
  if (IsDateTime(from.base) && IsDateTime(to.base)) {
    change.narrows = to.base == "date";
    return change;
  }
  change.needs_using = true;
  return change;
}

}  // namespace schemac::plan
