// INHERITS in CREATE TABLE: the table has its parents' columns first (names, types, collations,
// NOT NULL, defaults and generation expressions), merged by name, then its own; one of its own
// with the name of an inherited one is merged with it, as PostgreSQL does. The server makes the
// rest (the parents' checks).
#include <algorithm>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::MergeInherited(catalog::Column& inherited, const catalog::Column& column,
                              const base::SourceRange& range) {
  if (inherited.type != column.type || inherited.collation != column.collation) {
    auto describe = [](const catalog::Column& c) {
      return c.collation ? c.type + " COLLATE " + *c.collation : c.type;
    };
    sink_.Error("inherited-column-conflict", range,
                fmt::format("column \"{}\" is {} here and {} in a parent table; an inherited "
                            "column keeps its parent's type and collation",
                            column.name, describe(column), describe(inherited)));
    return;
  }
  inherited.not_null = inherited.not_null || column.not_null;
}

std::optional<std::vector<catalog::Column>> Compiler::InheritedColumns(
    const ast::CreateTable& statement, bool last_round,
    std::vector<catalog::QualifiedName>& parents) {
  std::vector<catalog::Column> columns;
  for (const ast::QualifiedName& name : statement.inherits) {
    std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kRelation);
    if (!qualified) {
      continue;
    }
    auto parent = catalog_.tables.find(*qualified);
    if (parent == catalog_.tables.end()) {
      if (std::optional<bool> wait = DeclaredLater(*qualified, name.range, last_round)) {
        if (*wait) {
          return std::nullopt;
        }
        continue;
      }
      FindTable(name, "parent ");
      continue;
    }
    if (parent->second.partition_by || parent->second.partition_of) {
      sink_.Error("cannot-inherit", name.range,
                  fmt::format("table \"{}\" is {}, which no table can inherit from; inherit from "
                              "a table that is neither partitioned nor a partition",
                              qualified->Text(),
                              parent->second.partition_by ? "partitioned" : "a partition"));
      continue;
    }
    parents.push_back(*qualified);
    for (const catalog::Column& from_parent : parent->second.columns) {
      catalog::Column column;
      column.name = from_parent.name;
      column.type = from_parent.type;
      column.collation = from_parent.collation;
      column.not_null = from_parent.not_null;
      column.default_expression = from_parent.default_expression;
      column.generated_expression = from_parent.generated_expression;
      column.from_parents.value = true;
      column.origin.range = name.range;
      auto same = std::find_if(columns.begin(), columns.end(),
                               [&](const catalog::Column& c) { return c.name == column.name; });
      if (same != columns.end()) {
        MergeInherited(*same, column, name.range);
      } else {
        columns.push_back(std::move(column));
      }
    }
  }
  return columns;
}

void Compiler::AddOwnColumn(catalog::Table& table, const ast::ColumnDefinition& definition,
                            std::vector<PendingConstraint>& pending) {
  catalog::Column* same = table.FindColumn(definition.name.name);
  if (same == nullptr || !same->from_parents.value) {
    AddColumn(table, definition, pending);
    return;
  }
  // A column of its own with the name of an inherited one is merged with it, in its place.
  std::ptrdiff_t at = same - table.columns.data();
  catalog::Column from_parents = std::move(*same);
  table.columns.erase(table.columns.begin() + at);
  size_t before = table.columns.size();
  AddColumn(table, definition, pending);
  if (table.columns.size() == before) {
    table.columns.insert(table.columns.begin() + at, std::move(from_parents));
    return;
  }
  catalog::Column own = std::move(table.columns.back());
  table.columns.pop_back();
  MergeInherited(from_parents, own, definition.range);
  own.not_null = from_parents.not_null;
  if (!own.default_expression && !own.generated_expression) {
    own.default_expression = from_parents.default_expression;
    own.generated_expression = from_parents.generated_expression;
  }
  table.columns.insert(table.columns.begin() + at, std::move(own));
}

bool Compiler::DeclareDerivedTable(const ast::CreateTable& statement,
                                   const base::SourceRange& range, bool last_round) {
  std::vector<catalog::QualifiedName> parents;
  std::optional<std::vector<catalog::Column>> inherited =
      InheritedColumns(statement, last_round, parents);
  if (!inherited) {
    return false;
  }
  std::vector<std::vector<catalog::Column>> copied;
  for (const ast::TableLike& like : statement.likes) {
    std::optional<std::vector<catalog::Column>> columns = LikeColumns(like, last_round);
    if (!columns) {
      return false;
    }
    for (catalog::Column& column : *columns) {
      column.origin.range = like.range;
    }
    copied.push_back(std::move(*columns));
  }
  DeclareTable(statement, range, copied, std::move(*inherited), std::move(parents));
  return true;
}

}  // namespace schemac::sema
