// Quoting of identifiers and literals for generated SQL. No user text reaches SQL unquoted.
#pragma once

#include <string>
#include <string_view>

namespace schemac::base {

// QuoteIdentifier returns `name` as PostgreSQL's quote_ident() would: bare when it is a lower-case
// identifier that is not a key word, otherwise in double quotes with embedded quotes doubled.
std::string QuoteIdentifier(std::string_view name);

// QuoteQualified returns "schema.name" with each part quoted as needed.
std::string QuoteQualified(std::string_view schema, std::string_view name);

// QuoteLiteral returns `value` as a string literal that means `value` whatever the setting of
// standard_conforming_strings: '...' with quotes doubled, or, when `value` holds a backslash,
// E'...' with quotes and backslashes doubled.
std::string QuoteLiteral(std::string_view value);

// IsKeyword reports whether `word` (lower case) is a PostgreSQL key word that quote_ident quotes.
bool IsKeyword(std::string_view word);

}  // namespace schemac::base
