#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {
namespace {

using base::QuoteIdentifier;

void Line(std::string& out, const std::string& statement) {
  out += statement;
  out += '\n';
}

void Comment(std::string& out, std::string_view target, const std::optional<std::string>& text) {
  if (text) {
    Line(out, CommentSql(target, text));
  }
}

void Section(std::string& out, std::string_view title, const std::string& body) {
  if (!body.empty()) {
    out += fmt::format("\n-- {}\n{}", title, body);
  }
}

bool InCreateTable(const Constraint& constraint) {
  return !AddedAfterTables(constraint);
}

}  // namespace

std::string PrintSql(const Catalog& catalog) {
  std::string schemas;
  for (const auto& [name, schema] : catalog.schemas) {
    if (name != "public") {
      Line(schemas, CreateSchemaSql(schema));
    }
  }
  std::string extensions;
  for (const auto& [name, extension] : catalog.extensions) {
    Line(extensions, CreateExtensionSql(extension));
  }
  std::string types;
  for (const auto& [name, type] : catalog.enums) {
    Line(types, CreateEnumSql(type));
  }
  std::string sequences;
  std::string ownership;
  for (const auto& [name, sequence] : catalog.sequences) {
    Line(sequences, CreateSequenceSql(sequence));
    if (sequence.owned_by) {
      Line(ownership, SequenceOwnedBySql(sequence));
    }
  }
  std::string tables;
  std::string later_constraints;
  for (const auto& [name, table] : catalog.tables) {
    Line(tables, CreateTableSql(table, InCreateTable));
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (AddedAfterTables(constraint)) {
        later_constraints += fmt::format("ALTER TABLE {} ADD {};\n", name.Quoted(),
                                         ConstraintDefinitionSql(constraint));
      }
    }
  }
  std::string indexes;
  for (const auto& [name, index] : catalog.indexes) {
    Line(indexes, CreateIndexSql(index));
  }

  std::string comments;
  for (const auto& [name, schema] : catalog.schemas) {
    Comment(comments, "SCHEMA " + QuoteIdentifier(name), schema.comment);
  }
  for (const auto& [name, extension] : catalog.extensions) {
    Comment(comments, "EXTENSION " + QuoteIdentifier(name), extension.comment);
  }
  for (const auto& [name, type] : catalog.enums) {
    Comment(comments, "TYPE " + name.Quoted(), type.comment);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    Comment(comments, "SEQUENCE " + name.Quoted(), sequence.comment);
  }
  for (const auto& [name, table] : catalog.tables) {
    Comment(comments, "TABLE " + name.Quoted(), table.comment);
    for (const Column& column : table.columns) {
      Comment(comments, "COLUMN " + name.Quoted() + "." + QuoteIdentifier(column.name),
              column.comment);
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      Comment(comments, "CONSTRAINT " + QuoteIdentifier(constraint_name) + " ON " + name.Quoted(),
              constraint.comment);
      Comment(comments, "INDEX " + QualifiedName{name.schema, constraint_name}.Quoted(),
              constraint.index_comment);
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    Comment(comments, "INDEX " + name.Quoted(), index.comment);
  }

  std::string out;
  Section(out, "schemas", schemas);
  Section(out, "extensions", extensions);
  Section(out, "types", types);
  Section(out, "sequences", sequences);
  Section(out, "tables", tables);
  Section(out, "indexes", indexes);
  Section(out, "constraints added after their tables", later_constraints);
  Section(out, "sequence ownership", ownership);
  Section(out, "comments", comments);
  return out.empty() ? out : out.substr(1);
}

}  // namespace schemac::catalog
