// PostgreSQL's key words and where its grammar accepts them as names.
#pragma once

#include <string_view>

namespace schemac::base {

// KeywordCategory is a key word's category in PostgreSQL's grammar (pg_get_keywords()'s
// catcode): where an unquoted word may stand for a name.
enum class KeywordCategory {
  kNone,              // not a key word: any name
  kUnreserved,        // 'U': any name
  kColumnName,        // 'C': a column, table or other name (ColId), not a function or type name
  kTypeFunctionName,  // 'T': a function or type name, not a column, table or other name
  kReserved,          // 'R': only after a dot or AS (ColLabel)
};

// KeywordCategoryOf returns the category of `word` (lower case), kNone when it is no key word.
KeywordCategory KeywordCategoryOf(std::string_view word);

// IsColumnIdentifier reports whether `word` (lower case, unquoted) may name a table, column,
// schema, index, constraint or sequence where PostgreSQL's grammar wants a ColId: any word but the
// reserved and the type or function name key words.
bool IsColumnIdentifier(std::string_view word);

}  // namespace schemac::base
