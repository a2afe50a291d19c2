// Helpers shared by the parser and the AST builder: token positions and texts.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include <antlr4-runtime.h>

#include "schemac/base/source.h"
#include "schemac/parse/ast.h"

namespace schemac::parse {

// RangeOfToken returns the source range of `token`, columns in bytes.
base::SourceRange RangeOfToken(const std::shared_ptr<const base::SourceFile>& file,
                               const antlr4::Token* token);

// RangeOfSpan returns the range from `start` to the end of `stop` when both are on one line,
// else the range of `start`.
base::SourceRange RangeOfSpan(const std::shared_ptr<const base::SourceFile>& file,
                              const antlr4::Token* start, const antlr4::Token* stop);

// FoldIdentifier folds an identifier token's text as PostgreSQL does: quoted identifiers lose
// their quotes (doubled quotes become one; U&"..." its Unicode escapes), others are lower-cased
// (ASCII letters only, as for UTF-8 databases); the result is truncated to 63 bytes on a character
// boundary.
std::string FoldIdentifier(const antlr4::Token* token);

// FoldIdentifierWhole folds an identifier token as FoldIdentifier does, without truncating it.
std::string FoldIdentifierWhole(const antlr4::Token* token);

// StringValue returns the value of a string literal token ('...', E'...', $$...$$), or nullopt
// for an escape PostgreSQL rejects.
std::optional<std::string> StringValue(const antlr4::Token* token);

// IsKeywordToken reports whether a token type is one of the lexer's key words.
bool IsKeywordToken(size_t type);

// Word returns an unquoted word (an identifier or a key word) in lower case, and "" for any other
// token.
std::string Word(const antlr4::Token* token);

// ExpressionTokenOf returns a token as the compiler keeps it in an expression: unquoted words in
// lower case, quoted identifiers folded, everything else as written.
ast::ExpressionToken ExpressionTokenOf(const antlr4::Token* token);

// UpperCase returns `text` with its ASCII letters in upper case (key words in messages).
std::string UpperCase(std::string text);

// The longest identifier PostgreSQL keeps, in bytes (NAMEDATALEN - 1).
inline constexpr size_t kMaxIdentifierBytes = 63;

// TruncateIdentifier truncates `name` to at most kMaxIdentifierBytes bytes without splitting a
// UTF-8 character.
std::string TruncateIdentifier(std::string name);

}  // namespace schemac::parse
