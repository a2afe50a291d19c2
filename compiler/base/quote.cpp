#include "schemac/base/quote.h"

#include "schemac/base/keywords.h"

namespace schemac::base {

bool IsKeyword(std::string_view word) {
  KeywordCategory category = KeywordCategoryOf(word);
  return category != KeywordCategory::kNone && category != KeywordCategory::kUnreserved;
}

std::string QuoteIdentifier(std::string_view name) {
  bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name) {
    bool lower = c >= 'a' && c <= 'z';
    bool digit = c >= '0' && c <= '9';
    if (!lower && !digit && c != '_') {
      plain = false;
      break;
    }
  }
  if (plain && !IsKeyword(name)) {
    return std::string(name);
  }
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  out += '"';
  return out;
}

std::string QuoteQualified(std::string_view schema, std::string_view name) {
  return QuoteIdentifier(schema) + "." + QuoteIdentifier(name);
}

std::string QuoteLiteral(std::string_view value) {
  // With a backslash, an escape string literal: E'' reads the same whatever
  // standard_conforming_strings says, where '' would read a backslash as an escape when it is off.
  bool escape = value.find('\\') != std::string_view::npos;
  std::string out = escape ? "E'" : "'";
  for (char c : value) {
    if (c == '\'' || (escape && c == '\\')) {
      out += c;
    }
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace schemac::base
