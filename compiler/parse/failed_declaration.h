// The name a statement that could not be read would have declared.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <antlr4-runtime.h>

#include "schemac/parse/ast.h"

namespace schemac::parse {

// FailedDeclarationOf returns the name a CREATE statement declares (a schema, table, view,
// sequence, type, domain, function, procedure or aggregate), read from its first words alone, so
// that it is found in a statement that is otherwise not understood: `tokens` are the statement's
// (with the comments and white space inside it). Nullopt for any other statement, or when the
// name cannot be told.
std::optional<ast::FailedDeclaration> FailedDeclarationOf(
    const std::shared_ptr<const base::SourceFile>& file,
    const std::vector<std::unique_ptr<antlr4::Token>>& tokens);

}  // namespace schemac::parse
