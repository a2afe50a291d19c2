// The names PostgreSQL gives to objects created without one (constraints, indexes, the
// sequences of serial and identity columns), so that a compiled schema and the same schema read
// back from a server agree.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/parse/ast.h"

namespace schemac::sema {

// MakeObjectName joins name1, name2 and label with "_", shortening name1 and name2 (the longer
// first, on character boundaries) so the result fits in 63 bytes, as PostgreSQL's
// makeObjectName() does. Empty name2 or label are left out.
std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label);

// JoinNameParts joins column names with "_", stopping once 64 bytes are reached, as
// PostgreSQL's ChooseIndexNameAddition() and ChooseForeignKeyConstraintNameAddition() do.
std::string JoinNameParts(const std::vector<std::string>& names);

// ChooseName returns MakeObjectName(name1, name2, label), or with label1, label2, ... when
// `taken` reports the name as used (ChooseRelationName() and ChooseConstraintName()).
template <typename Taken>
std::string ChooseName(std::string_view name1, std::string_view name2, std::string_view label,
                       Taken taken) {
  std::string candidate = MakeObjectName(name1, name2, label);
  for (int pass = 1; taken(candidate); ++pass) {
    candidate = MakeObjectName(name1, name2, std::string(label) + std::to_string(pass));
  }
  return candidate;
}

// UniqueColumnNames makes index column names unique as PostgreSQL's ChooseIndexColumnNames()
// does: a repeated name gets the first free numeric suffix ("expr", "expr1", ...).
std::vector<std::string> UniqueColumnNames(const std::vector<std::string>& names);

// ExpressionColumnName is FigureIndexColname() for an index expression: the name of a function
// call or column reference at its top (through casts), a cast literal's type name, "case",
// "array" or "row"; "expr" when no name can be derived.
std::string ExpressionColumnName(const std::vector<ast::ExpressionToken>& tokens);
// The same for tokens [begin, end).
std::string ExpressionColumnName(const std::vector<ast::ExpressionToken>& tokens, size_t begin,
                                 size_t end);

// ExclusionElementNames returns the index column names PostgreSQL gives the elements of an
// exclusion constraint, `tokens` from EXCLUDE to its end, in order (before they are made unique).
std::vector<std::string> ExclusionElementNames(const std::vector<ast::ExpressionToken>& tokens);

// ReferencedColumns returns the names among `columns` that appear in `tokens` as column
// references (not as a function name, a type name or a qualifier), each once, in order of first
// appearance (PostgreSQL names a check after its column when it references exactly one).
std::vector<std::string> ReferencedColumns(const std::vector<ast::ExpressionToken>& tokens,
                                           const std::vector<std::string>& columns);

}  // namespace schemac::sema
