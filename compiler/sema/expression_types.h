// What the expression canonicaliser knows of types: base names, families of implicit casts, the
// common type PostgreSQL resolves operands to, and small helpers on expression trees.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "expression_tree.h"

namespace schemac::sema::expr {

// BaseType returns a canonical type without its modifiers ("numeric(12,2)" -> "numeric").
std::string BaseType(std::string_view type);
bool HasModifiers(std::string_view type);

// The families within which PostgreSQL casts implicitly, from lower to higher rank.
enum class Family { kNone, kNumeric, kString, kDate };

// Rank returns the family of a base type and its position in it; a cast from a lower to a
// higher rank is implicit.
std::pair<Family, int> Rank(std::string_view base);

// CommonType returns the type PostgreSQL resolves operands of these types to, within one
// family; empty when unknown. `group` is select_common_type() (coalesce, case, in lists,
// arrays); otherwise operator resolution, which prefers double precision over real for mixed
// operands. `power` is the ^ operator, which only exists for double precision and numeric.
std::string CommonType(const std::vector<std::string>& types, bool group, bool power);

// Resolve returns the parameter types of the operator PostgreSQL picks for `op` on operands of
// types `a` and `b`, within one family; nullopt when unknown. Integers have operators across
// their widths, and so do real and double precision (a mix with another number goes to double
// precision); the date types compare across types.
std::optional<std::pair<std::string, std::string>> Resolve(std::string_view op,
                                                           const std::string& a,
                                                           const std::string& b);

// NumberType returns the type a number literal has by itself.
std::string NumberType(std::string_view text);

// CastSpelling returns how a cast to `type` is written: format_type()'s base names, except that
// "character" without a length means character(1).
std::string CastSpelling(const std::string& type);

bool IsUnknownLiteral(const Node& node);
// IsConstant reports a literal, possibly under casts.
bool IsConstant(const Node& node);
bool ContainsColumn(const Node& node);
Node MakeNode(NodeKind kind, std::string text, std::vector<Node> children);
// Join joins conditions with and/or, flattening nested chains of the same word.
Node Join(const std::string& word, std::vector<Node> conditions);

}  // namespace schemac::sema::expr
