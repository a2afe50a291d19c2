// The SQL scanner: names, quoted names, string literals (with E'' escapes decoded), white space,
// and the rest one character at a time (a dollar-quoted string or a number as one token).
#include "schemac/base/sql_scan.h"

#include <cctype>

namespace schemac::base {
namespace {

bool NameStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool NamePart(char c) {
  return NameStart(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '$';
}

}  // namespace

std::vector<SqlToken> ScanSql(std::string_view text) {
  std::vector<SqlToken> out;
  size_t i = 0;
  auto add = [&](SqlTokenType type, size_t end, std::string value) {
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
      add(SqlTokenType::kSpace, end, "");
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
      add(SqlTokenType::kQuotedName, end, std::move(value));
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
      add(SqlTokenType::kString, end, std::move(value));
    } else if (c == '$' && i + 1 < text.size() && (text[i + 1] == '$' || NameStart(text[i + 1]))) {
      // A dollar-quoted string: its whole body, untouched.
      size_t tag_end = text.find('$', i + 1);
      std::string_view tag =
          tag_end == std::string_view::npos ? "" : text.substr(i, tag_end - i + 1);
      size_t close = tag.empty() ? std::string_view::npos : text.find(tag, tag_end + 1);
      size_t end = close == std::string_view::npos ? text.size() : close + tag.size();
      add(SqlTokenType::kOther, end, "");
    } else if (NameStart(c)) {
      size_t end = i;
      while (end < text.size() && NamePart(text[end])) {
        ++end;
      }
      add(SqlTokenType::kName, end, std::string(text.substr(i, end - i)));
    } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      size_t end = i;
      while (end < text.size() && (NamePart(text[end]) || text[end] == '.')) {
        ++end;
      }
      add(SqlTokenType::kOther, end, "");
    } else {
      add(SqlTokenType::kOther, i + 1, "");
    }
  }
  return out;
}

bool IsName(const SqlToken& token) {
  return token.type == SqlTokenType::kName || token.type == SqlTokenType::kQuotedName;
}

bool IsName(const SqlToken& token, std::string_view value) {
  return IsName(token) && token.value == value;
}

bool IsChar(const SqlToken& token, char c) {
  return token.type == SqlTokenType::kOther && token.text.size() == 1 && token.text[0] == c;
}

std::vector<size_t> Solid(const std::vector<SqlToken>& tokens) {
  std::vector<size_t> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].type != SqlTokenType::kSpace) {
      out.push_back(i);
    }
  }
  return out;
}

bool IsBareName(const std::vector<SqlToken>& tokens, const std::vector<size_t>& solid, size_t k) {
  if (!IsName(tokens[solid[k]])) {
    return false;
  }
  bool after_dot =
      k > 0 && (IsChar(tokens[solid[k - 1]], '.') || IsChar(tokens[solid[k - 1]], ':'));
  bool before_call = k + 1 < solid.size() &&
                     (IsChar(tokens[solid[k + 1]], '(') || IsChar(tokens[solid[k + 1]], '.'));
  return !after_dot && !before_call;
}

bool ReferencesColumn(std::string_view expression, std::string_view column) {
  std::vector<SqlToken> tokens = ScanSql(expression);
  std::vector<size_t> solid = Solid(tokens);
  for (size_t k = 0; k < solid.size(); ++k) {
    if (IsName(tokens[solid[k]], column) && IsBareName(tokens, solid, k)) {
      return true;
    }
  }
  return false;
}

}  // namespace schemac::base
