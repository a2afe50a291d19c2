#include "schemac/catalog/statements.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {
namespace {

using base::QuoteIdentifier;

class Writer {
 public:
  explicit Writer(std::vector<CreateStatement>& out) : out_(out) {}

  void Add(StatementGroup group, const QualifiedName& subject, std::string sql,
           const Origin& origin, std::vector<base::SourceRange> line_origins = {}) {
    out_.push_back({group, std::move(sql), origin.range, std::move(line_origins), subject});
  }

  void Comment(const QualifiedName& subject, std::string_view target,
               const std::optional<std::string>& text, const Origin& origin) {
    if (text) {
      Add(StatementGroup::kComments, subject, CommentSql(target, text), origin);
    }
  }

 private:
  std::vector<CreateStatement>& out_;
};

bool InCreateTable(const Constraint& constraint) {
  return !AddedAfterTables(constraint);
}

void AddObjects(const Catalog& catalog, Writer& writer) {
  for (const auto& [name, schema] : catalog.schemas) {
    if (name != "public") {
      writer.Add(StatementGroup::kSchemas, {name, ""}, CreateSchemaSql(schema), schema.origin);
    }
  }
  for (const auto& [name, extension] : catalog.extensions) {
    writer.Add(StatementGroup::kExtensions, {"", name}, CreateExtensionSql(extension),
               extension.origin);
  }
  for (const auto& [name, type] : catalog.enums) {
    writer.Add(StatementGroup::kTypes, name, CreateEnumSql(type), type.origin);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    writer.Add(StatementGroup::kSequences, name, CreateSequenceSql(sequence), sequence.origin);
  }
  for (const auto& [name, table] : catalog.tables) {
    std::vector<base::SourceRange> line_origins;
    std::string sql = CreateTableSql(table, InCreateTable, &line_origins);
    writer.Add(StatementGroup::kTables, name, std::move(sql), table.origin,
               std::move(line_origins));
  }
  for (const auto& [name, index] : catalog.indexes) {
    writer.Add(StatementGroup::kIndexes, index.table, CreateIndexSql(index), index.origin);
  }
  for (const auto& [name, table] : catalog.tables) {
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (AddedAfterTables(constraint)) {
        writer.Add(StatementGroup::kLaterConstraints, name,
                   fmt::format("ALTER TABLE {} ADD {};", name.Quoted(),
                               ConstraintDefinitionSql(constraint)),
                   constraint.origin);
      }
    }
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by) {
      writer.Add(StatementGroup::kSequenceOwnership, name, SequenceOwnedBySql(sequence),
                 sequence.origin);
    }
  }
}

void AddComments(const Catalog& catalog, Writer& writer) {
  for (const auto& [name, schema] : catalog.schemas) {
    writer.Comment({name, ""}, "SCHEMA " + QuoteIdentifier(name), schema.comment, schema.origin);
  }
  for (const auto& [name, extension] : catalog.extensions) {
    writer.Comment({"", name}, "EXTENSION " + QuoteIdentifier(name), extension.comment,
                   extension.origin);
  }
  for (const auto& [name, type] : catalog.enums) {
    writer.Comment(name, "TYPE " + name.Quoted(), type.comment, type.origin);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    writer.Comment(name, "SEQUENCE " + name.Quoted(), sequence.comment, sequence.origin);
  }
  for (const auto& [name, table] : catalog.tables) {
    writer.Comment(name, "TABLE " + name.Quoted(), table.comment, table.origin);
    for (const Column& column : table.columns) {
      writer.Comment(name, "COLUMN " + name.Quoted() + "." + QuoteIdentifier(column.name),
                     column.comment, column.origin);
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      writer.Comment(name,
                     "CONSTRAINT " + QuoteIdentifier(constraint_name) + " ON " + name.Quoted(),
                     constraint.comment, constraint.origin);
      writer.Comment(name, "INDEX " + QualifiedName{name.schema, constraint_name}.Quoted(),
                     constraint.index_comment, constraint.origin);
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    writer.Comment(index.table, "INDEX " + name.Quoted(), index.comment, index.origin);
  }
}

}  // namespace

std::string_view GroupTitle(StatementGroup group) {
  switch (group) {
    case StatementGroup::kSchemas:
      return "schemas";
    case StatementGroup::kExtensions:
      return "extensions";
    case StatementGroup::kTypes:
      return "types";
    case StatementGroup::kSequences:
      return "sequences";
    case StatementGroup::kTables:
      return "tables";
    case StatementGroup::kIndexes:
      return "indexes";
    case StatementGroup::kLaterConstraints:
      return "constraints added after their tables";
    case StatementGroup::kSequenceOwnership:
      return "sequence ownership";
    case StatementGroup::kComments:
      return "comments";
  }
  return "";
}

std::vector<CreateStatement> CreateStatements(const Catalog& catalog) {
  std::vector<CreateStatement> statements;
  Writer writer(statements);
  AddObjects(catalog, writer);
  AddComments(catalog, writer);
  return statements;
}

}  // namespace schemac::catalog
