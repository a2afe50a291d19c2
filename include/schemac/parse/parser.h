// Parsing: one schema file's text to an ast::File, reporting syntax errors into a sink.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"
#include "schemac/parse/ast.h"

namespace schemac::parse {

// Beyond this depth of nested parentheses, brackets, CASE expressions or block comments a file is
// refused (the parser is recursive; PostgreSQL itself stops at its max_stack_depth).
inline constexpr int kMaxNestingDepth = 1000;
// Of the errors the parse of one file reports, only this many are shown; the others are counted
// in one last too-many-errors diagnostic. The whole file is parsed and compiled in any case.
inline constexpr size_t kMaxSyntaxErrorsPerFile = 20;

// ParseFile parses `file` into an AST. Syntax errors, and statements or clauses outside the
// language, are reported into `sink`; the statements that parse are returned even when others
// do not.
ast::File ParseFile(const std::shared_ptr<const base::SourceFile>& file,
                    base::DiagnosticSink& sink);

// StatementSpans returns the byte range [begin, end) of each statement of `file` in order, from
// its first token to its terminating ";" (or its last token), comments between statements left
// out. Statements after a lexical error that runs to the end of the file are not returned.
std::vector<std::pair<size_t, size_t>> StatementSpans(
    const std::shared_ptr<const base::SourceFile>& file);

// TokenizeExpression returns the tokens of an expression's text (as PostgreSQL prints one, for
// example pg_get_expr()), kept as the parser keeps them in ast::Expression::tokens; nullopt when
// the text does not lex (an unterminated literal, a stray character) or is empty.
std::optional<std::vector<ast::ExpressionToken>> TokenizeExpression(std::string_view text);

}  // namespace schemac::parse
