// Renames in the SQL text the server prints, scanned (base/sql_scan.h) so that only whole names
// change.
#include "schemac/base/quote.h"
#include "schemac/base/sql_scan.h"
#include "schemac/base/text.h"

#include "renames.h"

namespace schemac::plan {
namespace {

using base::IsChar;
using base::IsName;
using base::ScanSql;
using base::Solid;
using base::SqlToken;
using base::SqlTokenType;

// The schema and name of the object that the solid token `k` names when it is a literal cast to
// regclass or regconfig ('schema.name'::regclass, as the server prints a sequence a default
// takes from; 'schema.name'::regconfig, a text search configuration a call names), whose
// constant the server keeps as the object's OID, so that it follows a rename.
std::optional<std::pair<std::string, std::string>> Regclass(const std::vector<SqlToken>& tokens,
                                                            const std::vector<size_t>& solid,
                                                            size_t k) {
  if (tokens[solid[k]].type != SqlTokenType::kString || k + 3 >= solid.size() ||
      !IsChar(tokens[solid[k + 1]], ':') || !IsChar(tokens[solid[k + 2]], ':') ||
      !(IsName(tokens[solid[k + 3]], "regclass") || IsName(tokens[solid[k + 3]], "regconfig"))) {
    return std::nullopt;
  }
  std::vector<SqlToken> inner = ScanSql(tokens[solid[k]].value);
  std::vector<size_t> parts = Solid(inner);
  if (parts.size() != 3 || !IsName(inner[parts[0]]) || !IsChar(inner[parts[1]], '.') ||
      !IsName(inner[parts[2]])) {
    return std::nullopt;
  }
  return std::pair(inner[parts[0]].value, inner[parts[2]].value);
}

std::string Join(const std::vector<SqlToken>& tokens,
                 const std::map<size_t, std::string>& replaced) {
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto it = replaced.find(i);
    out += it == replaced.end() ? std::string(tokens[i].text) : it->second;
  }
  return out;
}

}  // namespace

std::string RewriteQualified(std::string_view text, std::string_view schema,
                             std::string_view old_name, std::string_view new_name) {
  std::vector<SqlToken> tokens = ScanSql(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k < solid.size(); ++k) {
    const SqlToken& token = tokens[solid[k]];
    if (k + 2 < solid.size() && IsName(token, schema) && IsChar(tokens[solid[k + 1]], '.') &&
        IsName(tokens[solid[k + 2]], old_name)) {
      replaced[solid[k + 2]] = base::QuoteIdentifier(new_name);
      continue;
    }
    std::optional<std::pair<std::string, std::string>> relation = Regclass(tokens, solid, k);
    if (relation && relation->first == schema && relation->second == old_name) {
      replaced[solid[k]] = base::QuoteLiteral(base::QuoteQualified(schema, new_name));
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteSchema(std::string_view text, std::string_view old_schema,
                          std::string_view new_schema) {
  std::vector<SqlToken> tokens = ScanSql(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k + 1 < solid.size(); ++k) {
    const SqlToken& token = tokens[solid[k]];
    bool after_dot = k > 0 && IsChar(tokens[solid[k - 1]], '.');
    if (IsName(token, old_schema) && !after_dot && IsChar(tokens[solid[k + 1]], '.')) {
      replaced[solid[k]] = base::QuoteIdentifier(new_schema);
      continue;
    }
    std::optional<std::pair<std::string, std::string>> relation = Regclass(tokens, solid, k);
    if (relation && relation->first == old_schema) {
      replaced[solid[k]] = base::QuoteLiteral(base::QuoteQualified(new_schema, relation->second));
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteColumn(std::string_view text, std::string_view old_name,
                          std::string_view new_name) {
  std::vector<SqlToken> tokens = ScanSql(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k < solid.size(); ++k) {
    if (IsName(tokens[solid[k]], old_name) && base::IsBareName(tokens, solid, k)) {
      replaced[solid[k]] = base::QuoteIdentifier(new_name);
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteLabel(std::string_view text, std::string_view schema, std::string_view type,
                         std::string_view old_label, std::string_view new_label) {
  std::vector<SqlToken> tokens = ScanSql(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k + 5 < solid.size(); ++k) {
    const SqlToken& token = tokens[solid[k]];
    if (token.type == SqlTokenType::kString && token.value == old_label &&
        IsChar(tokens[solid[k + 1]], ':') && IsChar(tokens[solid[k + 2]], ':') &&
        IsName(tokens[solid[k + 3]], schema) && IsChar(tokens[solid[k + 4]], '.') &&
        IsName(tokens[solid[k + 5]], type)) {
      replaced[solid[k]] = base::QuoteLiteral(new_label);
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteDefinedName(std::string_view text, std::string_view keyword,
                               std::string_view old_name, std::string_view new_name) {
  std::vector<SqlToken> tokens = ScanSql(text);
  std::vector<size_t> solid = Solid(tokens);
  for (size_t k = 0; k + 1 < solid.size(); ++k) {
    const SqlToken& token = tokens[solid[k]];
    if (token.type == SqlTokenType::kName && base::AsciiLower(token.value) == keyword) {
      if (IsName(tokens[solid[k + 1]], old_name)) {
        return Join(tokens, {{solid[k + 1], base::QuoteIdentifier(new_name)}});
      }
      break;
    }
  }
  return std::string(text);
}

}  // namespace schemac::plan
