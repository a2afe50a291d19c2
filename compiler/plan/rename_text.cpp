// Renames in the SQL text the server prints: a small scanner that tells names, literals and the
// rest apart, so that only whole names change.
#include <cctype>

#include "schemac/base/quote.h"
#include "schemac/base/text.h"

#include "renames.h"

namespace schemac::plan {
namespace {

enum class TokenType { kName, kQuotedName, kString, kSpace, kOther };

struct Token {
  TokenType type = TokenType::kOther;
  std::string_view text;
  std::string value;  // a name's, unquoted; a string's, decoded
};

bool NameStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool NamePart(char c) {
  return NameStart(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '$';
}

std::vector<Token> Scan(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  auto add = [&](TokenType type, size_t end, std::string value) {
    out.push_back({type, text.substr(i, end - i), std::move(value)});
    i = end;
  };
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      size_t end = i;
      while (end < text.size() && std::isspace(static_cast<unsigned char>(text[end])) != 0) {
        ++end;
      }
      add(TokenType::kSpace, end, "");
    } else if (c == '"') {
      std::string value;
      size_t end = i + 1;
      for (; end < text.size(); ++end) {
        if (text[end] == '"') {
          if (end + 1 < text.size() && text[end + 1] == '"') {
            value += '"';
            ++end;
            continue;
          }
          ++end;
          break;
        }
        value += text[end];
      }
      add(TokenType::kQuotedName, end, std::move(value));
    } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < text.size() && text[i + 1] == '\'' &&
                             (i == 0 || !NamePart(text[i - 1])))) {
      bool escapes = c != '\'';
      std::string value;
      size_t end = i + (escapes ? 2 : 1);
      for (; end < text.size(); ++end) {
        if (escapes && text[end] == '\\' && end + 1 < text.size()) {
          value += text[++end];
          continue;
        }
        if (text[end] == '\'') {
          if (end + 1 < text.size() && text[end + 1] == '\'') {
            value += '\'';
            ++end;
            continue;
          }
          ++end;
          break;
        }
        value += text[end];
      }
      add(TokenType::kString, end, std::move(value));
    } else if (c == '$' && i + 1 < text.size() && (text[i + 1] == '$' || NameStart(text[i + 1]))) {
      // A dollar-quoted string: its whole body, untouched.
      size_t tag_end = text.find('$', i + 1);
      std::string_view tag =
          tag_end == std::string_view::npos ? "" : text.substr(i, tag_end - i + 1);
      size_t close = tag.empty() ? std::string_view::npos : text.find(tag, tag_end + 1);
      size_t end = close == std::string_view::npos ? text.size() : close + tag.size();
      add(TokenType::kOther, end, "");
    } else if (NameStart(c)) {
      size_t end = i;
      while (end < text.size() && NamePart(text[end])) {
        ++end;
      }
      add(TokenType::kName, end, std::string(text.substr(i, end - i)));
    } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      size_t end = i;
      while (end < text.size() && (NamePart(text[end]) || text[end] == '.')) {
        ++end;
      }
      add(TokenType::kOther, end, "");
    } else {
      add(TokenType::kOther, i + 1, "");
    }
  }
  return out;
}

bool IsName(const Token& token) {
  return token.type == TokenType::kName || token.type == TokenType::kQuotedName;
}

bool IsName(const Token& token, std::string_view value) {
  return IsName(token) && token.value == value;
}

bool Is(const Token& token, char c) {
  return token.type == TokenType::kOther && token.text.size() == 1 && token.text[0] == c;
}

// The indexes of the tokens that are not white space.
std::vector<size_t> Solid(const std::vector<Token>& tokens) {
  std::vector<size_t> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].type != TokenType::kSpace) {
      out.push_back(i);
    }
  }
  return out;
}

// The schema and name of the object that the solid token `k` names when it is a literal cast to
// regclass or regconfig ('schema.name'::regclass, as the server prints a sequence a default
// takes from; 'schema.name'::regconfig, a text search configuration a call names), whose
// constant the server keeps as the object's OID, so that it follows a rename.
std::optional<std::pair<std::string, std::string>> Regclass(const std::vector<Token>& tokens,
                                                            const std::vector<size_t>& solid,
                                                            size_t k) {
  if (tokens[solid[k]].type != TokenType::kString || k + 3 >= solid.size() ||
      !Is(tokens[solid[k + 1]], ':') || !Is(tokens[solid[k + 2]], ':') ||
      !(IsName(tokens[solid[k + 3]], "regclass") || IsName(tokens[solid[k + 3]], "regconfig"))) {
    return std::nullopt;
  }
  std::vector<Token> inner = Scan(tokens[solid[k]].value);
  std::vector<size_t> parts = Solid(inner);
  if (parts.size() != 3 || !IsName(inner[parts[0]]) || !Is(inner[parts[1]], '.') ||
      !IsName(inner[parts[2]])) {
    return std::nullopt;
  }
  return std::pair(inner[parts[0]].value, inner[parts[2]].value);
}

std::string Join(const std::vector<Token>& tokens, const std::map<size_t, std::string>& replaced) {
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
  std::vector<Token> tokens = Scan(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k < solid.size(); ++k) {
    const Token& token = tokens[solid[k]];
    if (k + 2 < solid.size() && IsName(token, schema) && Is(tokens[solid[k + 1]], '.') &&
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
  std::vector<Token> tokens = Scan(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k + 1 < solid.size(); ++k) {
    const Token& token = tokens[solid[k]];
    bool after_dot = k > 0 && Is(tokens[solid[k - 1]], '.');
    if (IsName(token, old_schema) && !after_dot && Is(tokens[solid[k + 1]], '.')) {
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
  std::vector<Token> tokens = Scan(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k < solid.size(); ++k) {
    if (!IsName(tokens[solid[k]], old_name)) {
      continue;
    }
    bool after_dot = k > 0 && (Is(tokens[solid[k - 1]], '.') || Is(tokens[solid[k - 1]], ':'));
    bool before_call =
        k + 1 < solid.size() && (Is(tokens[solid[k + 1]], '(') || Is(tokens[solid[k + 1]], '.'));
    if (!after_dot && !before_call) {
      replaced[solid[k]] = base::QuoteIdentifier(new_name);
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteLabel(std::string_view text, std::string_view schema, std::string_view type,
                         std::string_view old_label, std::string_view new_label) {
  std::vector<Token> tokens = Scan(text);
  std::vector<size_t> solid = Solid(tokens);
  std::map<size_t, std::string> replaced;
  for (size_t k = 0; k + 5 < solid.size(); ++k) {
    const Token& token = tokens[solid[k]];
    if (token.type == TokenType::kString && token.value == old_label &&
        Is(tokens[solid[k + 1]], ':') && Is(tokens[solid[k + 2]], ':') &&
        IsName(tokens[solid[k + 3]], schema) && Is(tokens[solid[k + 4]], '.') &&
        IsName(tokens[solid[k + 5]], type)) {
      replaced[solid[k]] = base::QuoteLiteral(new_label);
    }
  }
  return replaced.empty() ? std::string(text) : Join(tokens, replaced);
}

std::string RewriteDefinedName(std::string_view text, std::string_view keyword,
                               std::string_view old_name, std::string_view new_name) {
  std::vector<Token> tokens = Scan(text);
  std::vector<size_t> solid = Solid(tokens);
  for (size_t k = 0; k + 1 < solid.size(); ++k) {
    const Token& token = tokens[solid[k]];
    if (token.type == TokenType::kName && base::AsciiLower(token.value) == keyword) {
      if (IsName(tokens[solid[k + 1]], old_name)) {
        return Join(tokens, {{solid[k + 1], base::QuoteIdentifier(new_name)}});
      }
      break;
    }
  }
  return std::string(text);
}

}  // namespace schemac::plan
