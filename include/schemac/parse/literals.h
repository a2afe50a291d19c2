// The values of PostgreSQL string literals, shared by the parser and the expression canonicaliser.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace schemac::parse {

// DecodeStringLiteral returns the value of a string literal as PostgreSQL reads it: '...' with
// '' for a quote, E'...' with backslash escapes, U&'...' with Unicode escapes, $tag$...$tag$.
// Returns nullopt for an escape PostgreSQL rejects (an invalid code point, or a byte escape that
// would not be valid UTF-8).
std::optional<std::string> DecodeStringLiteral(std::string_view literal);

// DecodeUnicodeLiteral returns the value of U&'...' or the name in U&"...", either with an
// optional UESCAPE 'c' after it; nullopt for an escape PostgreSQL rejects.
std::optional<std::string> DecodeUnicodeLiteral(std::string_view literal);

}  // namespace schemac::parse
