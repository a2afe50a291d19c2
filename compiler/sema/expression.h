// Canonical text of expressions (defaults, checks, generated columns, index expressions and
// predicates), so that a schema written by hand and the pg_dump of the same schema compare equal
// offline.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "schemac/parse/ast.h"

namespace schemac::sema {

// ColumnTypes maps a table's column names to their canonical types as format_type() prints
// them ("integer", "character varying(40)", "numeric(12,2)", "text[]", "sales.order_status").
using ColumnTypes = std::map<std::string, std::string, std::less<>>;

// CanonicalExpression returns the canonical text of an expression. What a person writes and
// what PostgreSQL 15 prints back for it (pg_get_expr(), pg_dump) reach the same text, which is
// still valid PostgreSQL with the same meaning. `columns` gives the types that decide which
// casts PostgreSQL would add by itself.
//
// Text
//   - Lower-case words, single spaces around binary operators and words, parentheses only where
//     precedence needs them (PostgreSQL's: or; and; not; is; comparison; in, between, like;
//     other operators; + -; * / %; ^; at time zone; collate; unary + -; [] and ::); and/or
//     chains are flat.
//   - Strings are literals as base::QuoteLiteral writes them ('it''s', and E'a\\b' when they
//     hold a backslash): E'' and dollar-quoted strings are decoded and requoted. Identifiers are
//     quoted as quote_ident() does. A column reference loses its qualifier when the column is in
//     `columns`. Function names are quoted as ruleutils quotes them ("left"(x, 2)), except the
//     SQL-syntax ones (coalesce, greatest, least, nullif, trim, current_timestamp(p), ...);
//     pg_catalog. is dropped from functions and collations.
//   - Types after :: take format_type()'s spelling; CAST(x AS t) and typed literals
//     (interval '1 day') become x::t and '1 day'::interval; '-1'::integer becomes -1, 't'::boolean
//     becomes true.
// Rewrites
//   - x BETWEEN a AND b becomes x >= a and x <= b (NOT BETWEEN: x < a or x > b).
//   - ~~ ~~* !~~ !~~* become like, ilike, not like, not ilike, and like_escape() an escape
//     clause; ~ and !~ on similar_to_escape() become [not] similar to; != becomes <>; isnull and
//     notnull become is [not] null; not (a is distinct from b) becomes a is not distinct from b;
//     row(a, b) = row(c, d) becomes a = c and b = d (<>: or); else null is dropped from a case.
//   - x = any (array[...]) whose elements have no column becomes x in (...), <> all becomes
//     not in. An IN list takes PostgreSQL's shape: two or more column-free values stay a list,
//     and every other value becomes its own x = v (x <> v), joined with or (and).
// Casts
//   - A cast that changes nothing is dropped: to the operand's own type (modifiers aside, or the
//     same ones), and character varying to text.
//   - A cast of a string or null literal is dropped where PostgreSQL gives the bare literal that
//     type: at the top (a default is coerced to its column); to the type of the other operand
//     of an operator, or to text; to the left side's type in an IN list or the element type of
//     an ANY array; to the common type of coalesce(), greatest(), least(), case results and
//     array elements (text when all are literals); to text, regclass, regconfig or jsonpath in a
//     function argument.
//   - Among the operands of a comparison, an arithmetic operator, an IN list or a common-type
//     group, casts along implicit casts (smallint, integer, bigint, numeric, real, double
//     precision; character, character varying, text; date, timestamp, timestamp with time
//     zone) are dropped when PostgreSQL resolves the bare operands to the same operator or type;
//     otherwise each non-literal operand gets the cast PostgreSQL would store, and a literal
//     only when the others do not already resolve as written ((a)::numeric / b becomes
//     a::numeric / b::numeric). An integer literal cast to a number type is dropped in a
//     comparison whose other side has no known type.
//   - A function argument loses a cast PostgreSQL adds only where no overload could take the
//     bare argument: character varying, character or name to text (character keeps it for the
//     length functions), and integers to numeric in round(x, n) and trunc(x, n). Other argument
//     casts are kept (sqrt(x::double precision) stays).
//
// Anything else (subqueries, window and aggregate clauses, named arguments, position(),
// extract(), SQL-syntax substring() and trim(), between symmetric, overlaps, field selection,
// parameters, interval fields after a literal, nesting deeper than kMaxExpressionDepth) returns
// `fallback` unchanged.
// SequenceSchema returns the schema an unqualified sequence name in nextval('name') refers to, as
// the search_path of the expression's statement resolves it.
using SequenceSchema = std::function<std::string(const std::string& name)>;

// `target_type`, for a default or a generation expression, is the column's type: a cast of a
// constant at the top is dropped only when it casts to that type (or between number types), since
// the value is then coerced to it anyway; a constant cast to another type keeps its cast, which
// can change its meaning ('0001-01-01'::timestamp on a timestamptz column is read in the time zone
// of each insert without it). Empty: not a column's expression.
std::string CanonicalExpression(const std::vector<ast::ExpressionToken>& tokens,
                                const ColumnTypes& columns, const std::string& fallback,
                                const SequenceSchema& sequence_schema = nullptr,
                                const std::string& target_type = "");

// Expressions nested deeper than this (parentheses, operators, calls) are returned unchanged.
inline constexpr int kMaxExpressionDepth = 200;

}  // namespace schemac::sema
