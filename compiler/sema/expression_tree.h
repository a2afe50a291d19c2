// The expression tree behind CanonicalExpression: parsed from tokens with PostgreSQL's grammar and
// operator precedence, rewritten to the canonical tree, then printed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/parse/ast.h"

namespace schemac::sema::expr {

enum class NodeKind {
  kNumber,     // text: the number as written, with a leading "-" when negative
  kString,     // text: a standard literal ('it''s')
  kBitString,  // text: as written (B'101', X'1f')
  kBoolean,    // text: "true" or "false"
  kNull,
  kColumn,     // names: the parts of the reference; the last is the column
  kWord,       // text: a SQL value word such as current_timestamp
  kFunction,   // names; children: the arguments; star for f(*); bare for SQL-syntax names
  kCast,       // children[0] to the type `text` (format_type() spelling)
  kUnary,      // text: "-", "+", "not" or a prefix operator; children[0]
  kBinary,     // text: the operator ("=", "like", "is distinct from", "at time zone", ...);
               // children[0] and [1], and [2] for an escape clause
  kLogical,    // text: "and" or "or"; two or more children
  kIsTest,     // text: what follows "is" ("null", "not null", "true", ...); children[0]
  kIn,         // negated; children[0] is the left side, the rest the list
  kAnyAll,     // text: the operator; quantifier: "any" or "all"; children[0] op q (children[1])
  kCase,       // has_argument, has_else; children: [argument] (when then)... [else]
  kArray,      // children: the elements (sub-arrays are kArray too)
  kRow,        // children
  kSubscript,  // children[0][children[1]] or, when slice, children[0][children[1]:children[2]]
  kCollate,    // children[0] collate `text` (a quoted name)
};

struct Node {
  NodeKind kind = NodeKind::kNull;
  std::string text;
  std::vector<std::string> names;
  std::vector<Node> children;
  std::string quantifier;
  bool negated = false;
  bool star = false;
  bool bare = false;
  bool slice = false;
  bool has_argument = false;
  bool has_else = false;
  int height = 1;  // of the subtree, kept by the parser to bound recursion
};

// Binding strength of each construct, from PostgreSQL's grammar (gram.y), loosest first.
enum Level : int {
  kLevelOr = 1,
  kLevelAnd,
  kLevelNot,
  kLevelIs,
  kLevelComparison,
  kLevelPattern,  // in, between, like, ilike, similar to
  kLevelOther,    // any other operator, prefix or infix
  kLevelAdditive,
  kLevelMultiplicative,
  kLevelPower,
  kLevelAtTimeZone,
  kLevelCollate,
  kLevelUnary,    // unary + and -, negative numbers
  kLevelPostfix,  // :: and []
  kLevelPrimary,
};

// BinaryLevel returns the level of a canonical binary operator.
int BinaryLevel(std::string_view op);

// IsComparison reports whether `op` is one of = <> < > <= >=.
bool IsComparison(std::string_view op);

// Parse builds the tree of an expression, or nullopt when the tokens hold something outside the
// supported grammar or nest deeper than kMaxExpressionDepth.
std::optional<Node> Parse(const std::vector<ast::ExpressionToken>& tokens);

// Render prints a canonical tree: lower-case words, single spaces around binary operators and
// words, and parentheses only where precedence needs them.
std::string Render(const Node& node);

}  // namespace schemac::sema::expr
