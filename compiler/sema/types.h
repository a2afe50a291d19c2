// Type names: canonicalisation to the spelling of PostgreSQL's format_type().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schemac/parse/ast.h"

namespace schemac::sema {

// BuiltinTypeName returns the format_type() spelling of a pg_catalog type written by name
// ("int4" -> "integer", "timestamptz" -> "timestamp with time zone"), or nullopt.
std::optional<std::string> BuiltinTypeName(std::string_view name);

// SerialType returns the integer type a serial pseudo-type expands to ("bigserial" -> "bigint"),
// or nullopt when `name` is not one.
std::optional<std::string> SerialType(std::string_view name);

// FormattedType is a canonical type, or why the modifiers do not fit the type.
struct FormattedType {
  std::string text;
  std::string error;
};

// FormatBuiltinType applies `type`'s modifiers, interval fields and array dimensions to the
// canonical base name `base` of a built-in type, as format_type() prints them.
FormattedType FormatBuiltinType(const std::string& base, const ast::TypeName& type);

// FormatUserType formats a user-defined or extension type: the quoted qualified name, its
// modifiers as written, and "[]" for an array.
std::string FormatUserType(const std::string& quoted_name, const ast::TypeName& type);

// SequenceTypeRange returns the minimum and maximum of an integer type usable by a sequence
// ("smallint", "integer", "bigint"), or nullopt.
std::optional<std::pair<int64_t, int64_t>> SequenceTypeRange(std::string_view type);

}  // namespace schemac::sema
