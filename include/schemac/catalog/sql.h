// SQL fragments for catalog objects: the pieces that both the canonical printer and the migration
// writer put together. Every identifier is quoted as needed and every string is a literal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// ColumnListSql returns `("a", "b")` with each name quoted as needed.
std::string ColumnListSql(const std::vector<std::string>& columns);

// StorageOptionsSql returns `(name='value', ...)`.
std::string StorageOptionsSql(const StorageOptions& options);

// SequenceClausesSql returns every sequence parameter: `AS bigint INCREMENT BY 1 ... NO CYCLE`.
std::string SequenceClausesSql(const SequenceOptions& options);

// IdentitySql returns `GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME s.n INCREMENT BY ...)`.
std::string IdentitySql(const Identity& identity);

// ColumnDefinitionSql returns a column as CREATE TABLE and ADD COLUMN write it.
std::string ColumnDefinitionSql(const Column& column);

// ConstraintDefinitionSql returns `CONSTRAINT name ...` as CREATE TABLE and ADD write it.
std::string ConstraintDefinitionSql(const Constraint& constraint);

// AddedAfterTables says whether a constraint cannot be part of CREATE TABLE in canonical output:
// foreign keys (their tables may form a cycle) and constraints not validated yet.
bool AddedAfterTables(const Constraint& constraint);

// The CREATE statements, each ending with ";".
std::string CreateSchemaSql(const Schema& schema);
std::string CreateExtensionSql(const Extension& extension);
std::string CreateEnumSql(const EnumType& type);
std::string CreateSequenceSql(const Sequence& sequence);
// CreateTableSql writes the columns and the constraints that `include` accepts, each on lines of
// its own. When `line_origins` is given, it receives the origin of every line of the statement:
// the table's for the first and the last, each column's and constraint's for its own lines.
std::string CreateTableSql(const Table& table, bool (*include)(const Constraint&),
                           std::vector<base::SourceRange>* line_origins = nullptr);
std::string CreateIndexSql(const Index& index);
// SequenceOwnedBySql returns `ALTER SEQUENCE s OWNED BY t.c;` (or `OWNED BY NONE`).
std::string SequenceOwnedBySql(const Sequence& sequence);

// CommentSql returns `COMMENT ON <target> IS '...';` or `... IS NULL;` for no comment. `target`
// is already SQL, such as `TABLE "s"."t"`.
std::string CommentSql(std::string_view target, const std::optional<std::string>& text);

}  // namespace schemac::catalog
