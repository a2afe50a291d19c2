// CREATE SCHEMA name ... followed by the statements it creates in the schema (its elements).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <antlr4-runtime.h>

#include "schemac/base/diagnostics.h"
#include "schemac/parse/ast.h"

namespace schemac::parse {

// SchemaElementStarts returns, for the tokens of one statement (with the comments and white space
// inside it), the position of each statement CREATE SCHEMA holds: of the first token after the
// previous statement's last word, so that the comments before a statement go with it. Empty when
// the statement is not CREATE SCHEMA or holds none. As in PostgreSQL's grammar, a statement begins
// at CREATE or GRANT outside parentheses, unless it is a column label (AS create) or WITH GRANT
// OPTION.
std::vector<size_t> SchemaElementStarts(const std::vector<std::unique_ptr<antlr4::Token>>& tokens);

// SchemaElementPath is the search_path the elements of CREATE SCHEMA `schema` are read under, as
// PostgreSQL creates them: the new schema, then the path the statement stands under.
std::shared_ptr<const ast::SearchPath> SchemaElementPath(const std::string& schema,
                                                         const ast::SearchPath& path);

// CheckSchemaElement takes one statement of CREATE SCHEMA `schema` as PostgreSQL does: CREATE
// TABLE, VIEW, INDEX, SEQUENCE, TRIGGER or GRANT, whose object (or the table of an index or a
// trigger) lies in the new schema, an unqualified table name naming the new schema's table.
// Reports any other statement, or an object qualified with another schema, and returns false.
bool CheckSchemaElement(ast::Statement& element, const std::string& schema,
                        base::DiagnosticSink& sink);

}  // namespace schemac::parse
