// LIKE in CREATE TABLE: the table copies the names, types, collations and NOT NULL of its
// source's columns (and defaults, identity, generation and compression when asked), for the
// statements that name them. The server copies the rest (constraints, indexes, comments, ...).
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

std::optional<std::vector<catalog::Column>> Compiler::LikeColumns(const ast::TableLike& like,
                                                                  bool last_round) {
  std::optional<catalog::QualifiedName> source = Qualify(like.source, NameUse::kRelation);
  if (!source) {
    return std::vector<catalog::Column>{};
  }
  std::vector<catalog::Column> columns;
  if (auto table = catalog_.tables.find(*source); table != catalog_.tables.end()) {
    for (const catalog::Column& copied : table->second.columns) {
      catalog::Column column;
      column.name = copied.name;
      column.type = copied.type;
      column.collation = copied.collation;
      column.not_null = copied.not_null;
      if (like.defaults) {
        column.default_expression = copied.default_expression;
      }
      if (like.generated) {
        column.generated_expression = copied.generated_expression;
      }
      if (like.identity) {
        column.identity = copied.identity;
      }
      if (like.compression) {
        column.compression = copied.compression;
      }
      columns.push_back(std::move(column));
    }
    return columns;
  }
  if (auto composite = catalog_.composites.find(*source); composite != catalog_.composites.end()) {
    for (const catalog::CompositeAttribute& attribute : composite->second.attributes) {
      catalog::Column column;
      column.name = attribute.name;
      column.type = attribute.type;
      column.collation = attribute.collation;
      columns.push_back(std::move(column));
    }
    return columns;
  }
  if (catalog_.views.count(*source) != 0) {
    sink_.Error("unsupported-clause", like.source.range,
                fmt::format("LIKE a view (\"{}\") is not supported yet; declare the columns, or "
                            "copy those of a table or composite type",
                            source->Text()));
    return columns;
  }
  if (std::optional<bool> wait = DeclaredLater(*source, like.source.range, last_round)) {
    if (*wait) {
      return std::nullopt;
    }
    return columns;
  }
  FindTable(like.source, "");
  return columns;
}

std::optional<bool> Compiler::DeclaredLater(const catalog::QualifiedName& name,
                                            const base::SourceRange& range, bool last_round) {
  auto declared = declared_relations_.find(name.schema);
  if (declared == declared_relations_.end() || declared->second.count(name.name) == 0) {
    return std::nullopt;
  }
  if (!last_round) {
    return true;  // a table that takes columns from elsewhere, declared in a later round
  }
  sink_.Error("circular-columns", range,
              fmt::format("table \"{}\" takes its columns with LIKE, INHERITS or PARTITION OF "
                          "from a table that, in the end, takes them from this one or has none; "
                          "declare the columns of one of them",
                          name.Text()));
  return false;
}

void Compiler::AddLikeClause(catalog::Table& table, const ast::TableLike& like,
                             const std::vector<catalog::Column>& columns) {
  catalog::TableLike clause;
  clause.first_column = table.columns.size();
  for (const catalog::Column& column : columns) {
    AddCopiedColumn(table, column);
  }
  clause.count = table.columns.size() - clause.first_column;
  if (std::optional<catalog::QualifiedName> source = Qualify(like.source, NameUse::kRelation)) {
    clause.source = *source;
    clause.options = like.options;
    table.likes.value.push_back(std::move(clause));
  }
}

void Compiler::AddCopiedColumn(catalog::Table& table, catalog::Column column) {
  if (catalog::Column* inherited = table.FindColumn(column.name);
      inherited != nullptr && inherited->from_parents.value) {
    MergeInherited(*inherited, column, column.origin.range);
    return;
  }
  if (table.FindColumn(column.name) != nullptr) {
    sink_.Error("duplicate-column", column.origin.range,
                fmt::format("column \"{}\" of table \"{}\" is declared twice: LIKE copies a "
                            "column of that name; remove or rename one",
                            column.name, table.name.Text()));
    return;
  }
  table.columns.push_back(std::move(column));
}

}  // namespace schemac::sema
