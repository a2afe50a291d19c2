#include "schemac/base/quote.h"

#include <algorithm>
#include <array>

namespace schemac::base {
namespace {

// PostgreSQL 15's key words other than the unreserved ones (pg_get_keywords() catcode <> 'U'):
// quote_ident() quotes exactly these.
constexpr std::array<std::string_view, 151> kQuotedKeywords = {"all",
                                                               "analyse",
                                                               "analyze",
                                                               "and",
                                                               "any",
                                                               "array",
                                                               "as",
                                                               "asc",
                                                               "asymmetric",
                                                               "authorization",
                                                               "between",
                                                               "bigint",
                                                               "binary",
                                                               "bit",
                                                               "boolean",
                                                               "both",
                                                               "case",
                                                               "cast",
                                                               "char",
                                                               "character",
                                                               "check",
                                                               "coalesce",
                                                               "collate",
                                                               "collation",
                                                               "column",
                                                               "concurrently",
                                                               "constraint",
                                                               "create",
                                                               "cross",
                                                               "current_catalog",
                                                               "current_date",
                                                               "current_role",
                                                               "current_schema",
                                                               "current_time",
                                                               "current_timestamp",
                                                               "current_user",
                                                               "dec",
                                                               "decimal",
                                                               "default",
                                                               "deferrable",
                                                               "desc",
                                                               "distinct",
                                                               "do",
                                                               "else",
                                                               "end",
                                                               "except",
                                                               "exists",
                                                               "extract",
                                                               "false",
                                                               "fetch",
                                                               "float",
                                                               "for",
                                                               "foreign",
                                                               "freeze",
                                                               "from",
                                                               "full",
                                                               "grant",
                                                               "greatest",
                                                               "group",
                                                               "grouping",
                                                               "having",
                                                               "ilike",
                                                               "in",
                                                               "initially",
                                                               "inner",
                                                               "inout",
                                                               "int",
                                                               "integer",
                                                               "intersect",
                                                               "interval",
                                                               "into",
                                                               "is",
                                                               "isnull",
                                                               "join",
                                                               "lateral",
                                                               "leading",
                                                               "least",
                                                               "left",
                                                               "like",
                                                               "limit",
                                                               "localtime",
                                                               "localtimestamp",
                                                               "national",
                                                               "natural",
                                                               "nchar",
                                                               "none",
                                                               "normalize",
                                                               "not",
                                                               "notnull",
                                                               "null",
                                                               "nullif",
                                                               "numeric",
                                                               "offset",
                                                               "on",
                                                               "only",
                                                               "or",
                                                               "order",
                                                               "out",
                                                               "outer",
                                                               "overlaps",
                                                               "overlay",
                                                               "placing",
                                                               "position",
                                                               "precision",
                                                               "primary",
                                                               "real",
                                                               "references",
                                                               "returning",
                                                               "right",
                                                               "row",
                                                               "select",
                                                               "session_user",
                                                               "setof",
                                                               "similar",
                                                               "smallint",
                                                               "some",
                                                               "substring",
                                                               "symmetric",
                                                               "table",
                                                               "tablesample",
                                                               "then",
                                                               "time",
                                                               "timestamp",
                                                               "to",
                                                               "trailing",
                                                               "treat",
                                                               "trim",
                                                               "true",
                                                               "union",
                                                               "unique",
                                                               "user",
                                                               "using",
                                                               "values",
                                                               "varchar",
                                                               "variadic",
                                                               "verbose",
                                                               "when",
                                                               "where",
                                                               "window",
                                                               "with",
                                                               "xmlattributes",
                                                               "xmlconcat",
                                                               "xmlelement",
                                                               "xmlexists",
                                                               "xmlforest",
                                                               "xmlnamespaces",
                                                               "xmlparse",
                                                               "xmlpi",
                                                               "xmlroot",
                                                               "xmlserialize",
                                                               "xmltable"};

}  // namespace

bool IsKeyword(std::string_view word) {
  return std::binary_search(kQuotedKeywords.begin(), kQuotedKeywords.end(), word);
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
