// A small scanner of SQL as the server prints it (an expression, a definition): it tells names,
// literals and the rest apart, so that names can be found and changed whole.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace schemac::base {

enum class SqlTokenType { kName, kQuotedName, kString, kSpace, kOther };

struct SqlToken {
  SqlTokenType type = SqlTokenType::kOther;
  std::string_view text;
  std::string value;  // a name's, unquoted; a string's, decoded
};

// ScanSql splits `text` into tokens that, joined, give it back; each token's text views `text`.
std::vector<SqlToken> ScanSql(std::string_view text);

// IsName says whether `token` is a name (quoted or not), and with `value`, that name.
bool IsName(const SqlToken& token);
bool IsName(const SqlToken& token, std::string_view value);
// IsChar says whether `token` is the one character `c` (punctuation, not in a literal).
bool IsChar(const SqlToken& token, char c);
// Solid returns the indexes of the tokens that are not white space.
std::vector<size_t> Solid(const std::vector<SqlToken>& tokens);

// IsBareName says whether the solid token `k` (an index into `solid`) is a name that stands alone:
// not qualified or qualifying, not a function's name, not a type after "::".
bool IsBareName(const std::vector<SqlToken>& tokens, const std::vector<size_t>& solid, size_t k);

// ReferencesColumn says whether an expression of one table refers to its column `column`: as a
// bare name, not a qualified one, a function's name or a type after "::".
bool ReferencesColumn(std::string_view expression, std::string_view column);

}  // namespace schemac::base
