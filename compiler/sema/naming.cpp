#include "naming.h"

#include <algorithm>
#include <set>

namespace schemac::sema {
namespace {

constexpr size_t kNameDataLen = 64;  // PostgreSQL's NAMEDATALEN: names hold 63 bytes

// The longest prefix of `text` of at most `bytes` bytes that ends on a character boundary
// (pg_mbcliplen() for UTF-8).
size_t ClipLength(std::string_view text, size_t bytes) {
  if (bytes >= text.size()) {
    return text.size();
  }
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) {
    --bytes;
  }
  return bytes;
}

using Kind = ast::ExpressionToken::Kind;

bool IsName(const ast::ExpressionToken& token) {
  return token.kind == Kind::kIdentifier || token.kind == Kind::kQuotedIdentifier ||
         token.kind == Kind::kKeyword;
}

bool Is(const ast::ExpressionToken& token, std::string_view text) {
  return token.kind != Kind::kString && token.kind != Kind::kQuotedIdentifier && token.text == text;
}

// Words that, outside parentheses, make an expression an operator expression.
bool IsOperatorWord(const ast::ExpressionToken& token) {
  static const std::set<std::string, std::less<>> words = {
      "and",     "or",      "not",    "is",      "in",      "like", "ilike",
      "similar", "between", "isnull", "notnull", "collate", "at",   "overlaps"};
  return (token.kind == Kind::kIdentifier || token.kind == Kind::kKeyword) &&
         words.count(token.text) > 0;
}

// Returns the index after the parenthesized or bracketed group that starts at `i`.
size_t SkipGroup(const std::vector<ast::ExpressionToken>& tokens, size_t i) {
  int depth = 0;
  for (; i < tokens.size(); ++i) {
    if (Is(tokens[i], "(") || Is(tokens[i], "[")) {
      ++depth;
    } else if (Is(tokens[i], ")") || Is(tokens[i], "]")) {
      if (--depth == 0) {
        return i + 1;
      }
    }
  }
  return i;
}

}  // namespace

std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label) {
  size_t overhead = 0;
  size_t name1_bytes = name1.size();
  size_t name2_bytes = name2.size();
  if (!name2.empty()) {
    ++overhead;
  }
  if (!label.empty()) {
    overhead += label.size() + 1;
  }
  size_t available = kNameDataLen - 1 - overhead;
  while (name1_bytes + name2_bytes > available) {
    if (name1_bytes > name2_bytes) {
      --name1_bytes;
    } else {
      --name2_bytes;
    }
  }
  name1_bytes = ClipLength(name1, name1_bytes);
  name2_bytes = ClipLength(name2, name2_bytes);
  std::string out(name1.substr(0, name1_bytes));
  if (!name2.empty()) {
    out += "_";
    out += name2.substr(0, name2_bytes);
  }
  if (!label.empty()) {
    out += "_";
    out += label;
  }
  return out;
}

std::string JoinNameParts(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) {
      out += '_';
    }
    // strlcpy into the rest of a NAMEDATALEN buffer keeps at most the bytes that fit.
    size_t room = out.size() < kNameDataLen ? kNameDataLen - out.size() - 1 : 0;
    out += name.substr(0, room);
    if (out.size() >= kNameDataLen - 1) {
      break;
    }
  }
  return out;
}

std::vector<std::string> UniqueColumnNames(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& original : names) {
    std::string current = original;
    for (int suffix = 1; std::find(out.begin(), out.end(), current) != out.end(); ++suffix) {
      std::string number = std::to_string(suffix);
      size_t keep = ClipLength(original, kNameDataLen - 1 - number.size());
      current = original.substr(0, keep) + number;
    }
    out.push_back(current);
  }
  return out;
}

std::string ExpressionColumnName(const std::vector<ast::ExpressionToken>& tokens) {
  size_t begin = 0;
  size_t end = tokens.size();
  // Parentheses around the whole expression carry no name of their own.
  while (end - begin >= 2 && Is(tokens[begin], "(") && SkipGroup(tokens, begin) == end) {
    ++begin;
    --end;
  }
  if (begin >= end) {
    return "expr";
  }
  for (size_t i = begin; i < end;) {
    if (Is(tokens[i], "(") || Is(tokens[i], "[")) {
      i = SkipGroup(tokens, i);
      continue;
    }
    if (tokens[i].kind == Kind::kOperator || IsOperatorWord(tokens[i])) {
      return "expr";
    }
    ++i;
  }
  // The primary: a function call, a column reference, CASE, ARRAY, ROW or a literal.
  std::string name;
  size_t i = begin;
  const ast::ExpressionToken& first = tokens[i];
  if (Is(first, "case")) {
    return "case";
  }
  if (Is(first, "array")) {
    name = "array";
    i = SkipGroup(tokens, i + 1);
  } else if (Is(first, "row") && i + 1 < end && Is(tokens[i + 1], "(")) {
    name = "row";
    i = SkipGroup(tokens, i + 1);
  } else if (Is(first, "cast") && i + 1 < end && Is(tokens[i + 1], "(")) {
    size_t close = SkipGroup(tokens, i + 1);
    std::vector<ast::ExpressionToken> inner(tokens.begin() + static_cast<long>(i) + 2,
                                            tokens.begin() + static_cast<long>(close) - 1);
    size_t as = inner.size();
    for (size_t k = 0; k < inner.size(); ++k) {
      if (Is(inner[k], "as")) {
        as = k;
      }
    }
    if (as + 1 < inner.size()) {
      std::vector<ast::ExpressionToken> argument(inner.begin(),
                                                 inner.begin() + static_cast<long>(as));
      std::string inner_name = ExpressionColumnName(argument);
      return inner_name != "expr" ? inner_name : inner.back().text;
    }
    return "expr";
  } else if (IsName(first)) {
    size_t k = i;
    while (k + 2 < end && Is(tokens[k + 1], ".") && IsName(tokens[k + 2])) {
      k += 2;
    }
    name = tokens[k].text;
    i = k + 1;
    if (i < end && Is(tokens[i], "(")) {
      i = SkipGroup(tokens, i);
    }
  } else {
    ++i;  // a literal: no name of its own
  }
  // Casts: a name found so far wins; else the outermost cast's type name.
  std::string type_name;
  while (i < end && Is(tokens[i], "::")) {
    ++i;
    while (i < end && !Is(tokens[i], "::")) {
      if (IsName(tokens[i]) && !Is(tokens[i], "precision") && !Is(tokens[i], "varying")) {
        type_name = tokens[i].text;
      }
      ++i;
    }
  }
  if (!name.empty()) {
    return name;
  }
  return type_name.empty() ? "expr" : type_name;
}

std::vector<std::string> ReferencedColumns(const std::vector<ast::ExpressionToken>& tokens,
                                           const std::vector<std::string>& columns) {
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!IsName(tokens[i])) {
      continue;
    }
    bool function = i + 1 < tokens.size() && Is(tokens[i + 1], "(");
    bool qualifier = i + 1 < tokens.size() && Is(tokens[i + 1], ".");
    bool type = i > 0 && Is(tokens[i - 1], "::");
    if (function || qualifier || type) {
      continue;
    }
    bool column = std::find(columns.begin(), columns.end(), tokens[i].text) != columns.end();
    if (column && std::find(out.begin(), out.end(), tokens[i].text) == out.end()) {
      out.push_back(tokens[i].text);
    }
  }
  return out;
}

}  // namespace schemac::sema
