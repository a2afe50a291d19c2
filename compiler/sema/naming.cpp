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
  return ExpressionColumnName(tokens, 0, tokens.size());
}

std::string ExpressionColumnName(const std::vector<ast::ExpressionToken>& tokens, size_t begin,
                                 size_t end) {
  // Parentheses around the whole expression carry no name of their own.
  while (end - begin >= 2 && begin < end && Is(tokens[begin], "(") &&
         SkipGroup(tokens, begin) == end) {
    ++begin;
    --end;
  }
  if (begin >= end) {
    return "expr";
  }
  // What the expression is at its top, by the grammar's precedence, lowest first: AND, OR, NOT
  // (no name); IS ... (IS NORMALIZED is a call of is_normalized; the others have no name); an
  // operator (no name); AT TIME ZONE (a call of timezone); COLLATE (the name of what it
  // collates); else a primary.
  bool boolean = false;
  bool is_normalized = false;
  bool is_other = false;
  bool operator_found = false;
  bool at_time_zone = false;
  size_t collate = end;  // where a COLLATE at the top begins
  auto word = [&](size_t i, std::string_view text) { return i < end && Is(tokens[i], text); };
  for (size_t i = begin; i < end;) {
    if (word(i, "(") || word(i, "[")) {
      i = SkipGroup(tokens, i);
    } else if (word(i, "case")) {
      for (int depth = 0; i < end; ++i) {
        depth += word(i, "case") ? 1 : word(i, "end") ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      ++i;
    } else if (word(i, "and") || word(i, "or") || word(i, "not")) {
      boolean = true;
      ++i;
    } else if (word(i, "is")) {
      size_t k = i + 1;
      bool negated = word(k, "not");
      k += negated ? 1 : 0;
      if (word(k, "nfc") || word(k, "nfd") || word(k, "nfkc") || word(k, "nfkd")) {
        ++k;
      }
      if (word(k, "normalized") && !negated) {
        is_normalized = true;
      } else {
        is_other = true;
      }
      i = k + 1;
    } else if (word(i, "at") && word(i + 1, "time") && word(i + 2, "zone")) {
      at_time_zone = true;
      i += 3;
    } else if (word(i, "collate")) {
      collate = std::min(collate, i);
      i += 2;
      while (word(i, ".")) {
        i += 2;
      }
    } else if (tokens[i].kind == Kind::kOperator || IsOperatorWord(tokens[i])) {
      operator_found = true;
      ++i;
    } else {
      ++i;
    }
  }
  if (boolean || is_other) {
    return "expr";
  }
  if (is_normalized) {
    return "is_normalized";
  }
  if (operator_found) {
    return "expr";
  }
  if (at_time_zone) {
    return "timezone";
  }
  if (collate != end) {
    return ExpressionColumnName(tokens, begin, collate);
  }
  // The primary: a function call, a column reference, CASE, ARRAY, ROW, a parenthesized
  // expression with fields or subscripts after it, or a literal.
  std::string name;
  size_t i = begin;
  const ast::ExpressionToken& first = tokens[i];
  if (Is(first, "case")) {
    return "case";
  }
  if (Is(first, "(")) {
    // (composite).field: the last field's name; (array)[1]: the name of what is in parentheses.
    size_t close = SkipGroup(tokens, i);
    for (i = close; i < end && !word(i, "::");) {
      if (word(i, ".") && i + 1 < end && IsName(tokens[i + 1])) {
        name = tokens[i + 1].text;
        i += 2;
      } else if (word(i, "[")) {
        i = SkipGroup(tokens, i);
      } else {
        ++i;
      }
    }
    if (name.empty()) {
      name = ExpressionColumnName(tokens, begin + 1, close - 1);
      name = name == "expr" ? "" : name;
    }
  } else if (Is(first, "array")) {
    name = "array";
    i = SkipGroup(tokens, i + 1);
  } else if (Is(first, "row") && i + 1 < end && Is(tokens[i + 1], "(")) {
    name = "row";
    i = SkipGroup(tokens, i + 1);
  } else if (Is(first, "cast") && i + 1 < end && Is(tokens[i + 1], "(")) {
    size_t close = SkipGroup(tokens, i + 1);
    size_t as = close;
    for (size_t k = i + 2; k + 1 < close; ++k) {
      if (Is(tokens[k], "as")) {
        as = k;
      }
    }
    if (as + 2 < close) {
      std::string inner_name = ExpressionColumnName(tokens, i + 2, as);
      return inner_name != "expr" ? inner_name : tokens[close - 2].text;
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
      // The SQL standard's syntax for some functions calls another: TRIM is btrim, ltrim or
      // rtrim, COLLATION FOR is pg_collation_for.
      if (k == begin && name == "trim") {
        name = word(i + 1, "leading") ? "ltrim" : word(i + 1, "trailing") ? "rtrim" : "btrim";
      }
      i = SkipGroup(tokens, i);
    } else if (k == begin && name == "collation" && word(i, "for")) {
      name = "pg_collation_for";
      i = SkipGroup(tokens, i + 1);
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

namespace {

// The index column name of one element of an exclusion constraint, tokens [begin, end): an
// expression in parentheses is named as an index expression, a function call by its function, a
// column by itself.
std::string ElementName(const std::vector<ast::ExpressionToken>& tokens, size_t begin, size_t end) {
  if (begin >= end) {
    return "expr";
  }
  if (Is(tokens[begin], "(")) {
    return ExpressionColumnName(tokens, begin, std::min(SkipGroup(tokens, begin), end));
  }
  if (!IsName(tokens[begin])) {
    return "expr";
  }
  size_t k = begin;
  while (k + 2 < end && Is(tokens[k + 1], ".") && IsName(tokens[k + 2])) {
    k += 2;
  }
  if (k + 1 < end && Is(tokens[k + 1], "(")) {
    return ExpressionColumnName(tokens, begin, std::min(SkipGroup(tokens, k + 1), end));
  }
  return k == begin ? tokens[begin].text : "expr";
}

}  // namespace

std::vector<std::string> ExclusionElementNames(const std::vector<ast::ExpressionToken>& tokens) {
  size_t open = 0;
  while (open < tokens.size() && !Is(tokens[open], "(")) {
    ++open;
  }
  size_t close = SkipGroup(tokens, open);
  std::vector<std::string> out;
  if (open >= tokens.size() || close > tokens.size() || close < open + 2) {
    return out;
  }
  size_t start = open + 1;
  for (size_t i = start; i < close;) {
    if (i == close - 1 || Is(tokens[i], ",")) {
      out.push_back(ElementName(tokens, start, i));
      start = ++i;
    } else if (Is(tokens[i], "(") || Is(tokens[i], "[")) {
      i = std::min(SkipGroup(tokens, i), close - 1);
    } else {
      ++i;
    }
  }
  // INCLUDE (columns): the index holds them too.
  for (size_t i = close; i + 1 < tokens.size(); ++i) {
    if (Is(tokens[i], "(") && i > close) {
      i = SkipGroup(tokens, i) - 1;
      continue;
    }
    if (Is(tokens[i], "include") && Is(tokens[i + 1], "(")) {
      size_t end = SkipGroup(tokens, i + 1);
      for (size_t k = i + 2; k + 1 < end; ++k) {
        if (IsName(tokens[k])) {
          out.push_back(tokens[k].text);
        }
      }
      break;
    }
  }
  return out;
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
