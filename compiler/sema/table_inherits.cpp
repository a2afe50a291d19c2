// INHERITS in CREATE TABLE: the table has its parents' columns first (names, types, collations,
// NOT NULL, defaults and generation expressions), merged by name, then its own; one of its own
// with the name of an inherited one is merged with it, as PostgreSQL does. The server makes the
// rest (the parents' checks).
#include <algorithm>
#include <set>

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

void Compiler::ChangeParents(catalog::Table& table, const ast::AlterTableAction& action) {
  if (table.partition_by || table.partition_of || table.of_type) {
    sink_.Error(
        "cannot-inherit", action.range,
        fmt::format("table \"{}\" is {}, whose parents cannot change; {}", table.name.Text(),
                    table.partition_by   ? "partitioned"
                    : table.partition_of ? "a partition"
                                         : "a typed table",
                    "remove the statement"));
    return;
  }
  catalog::Table* parent = FindTable(action.parent, "parent ");
  if (parent == nullptr) {
    return;
  }
  auto at = std::find(table.inherits.begin(), table.inherits.end(), parent->name);
  if (!action.on) {
    if (at == table.inherits.end()) {
      sink_.Error("cannot-inherit", action.parent.range,
                  fmt::format("table \"{}\" does not inherit from \"{}\"; remove the statement",
                              table.name.Text(), parent->name.Text()));
      return;
    }
    table.inherits.erase(at);
    // What only this parent gave the table stays, as its own: its columns and its checks.
    std::set<std::string> kept = InheritedCheckNames(table);
    for (const catalog::QualifiedName& ancestor : Ancestors(parent->name, true)) {
      for (const auto& [name, check] : catalog_.tables.at(ancestor).constraints) {
        if (check.type == catalog::ConstraintType::kCheck && !check.no_inherit &&
            kept.count(name) == 0 && table.constraints.count(name) == 0) {
          catalog::Constraint own = check;
          own.origin.range = action.range;
          table.constraints.emplace(name, std::move(own));
        }
      }
    }
    for (catalog::Column& column : table.columns) {
      bool inherited = std::any_of(table.inherits.begin(), table.inherits.end(),
                                   [&](const catalog::QualifiedName& name) {
                                     auto other = catalog_.tables.find(name);
                                     return other != catalog_.tables.end() &&
                                            other->second.FindColumn(column.name) != nullptr;
                                   });
      column.from_parents.value = column.from_parents.value && inherited;
    }
    return;
  }
  std::string problem = at != table.inherits.end() ? "already inherits from it"
                        : parent->partition_by     ? "cannot inherit from a partitioned table"
                        : parent->partition_of     ? "cannot inherit from a partition"
                        : parent == &table         ? "cannot inherit from itself"
                                                   : "";
  for (const catalog::QualifiedName& ancestor : Ancestors(parent->name, false)) {
    if (problem.empty() && ancestor == table.name) {
      problem = fmt::format(
          "is a table that \"{}\" inherits from, directly or not (circular "
          "inheritance)",
          parent->name.Text());
    }
  }
  std::set<std::string> inherited = InheritedCheckNames(table);
  for (const catalog::QualifiedName& ancestor : Ancestors(parent->name, true)) {
    for (const auto& [name, check] : catalog_.tables.at(ancestor).constraints) {
      if (problem.empty() && check.type == catalog::ConstraintType::kCheck && !check.no_inherit &&
          table.constraints.count(name) == 0 && inherited.count(name) == 0) {
        problem = fmt::format("lacks the parent's check \"{}\"; add the same check first", name);
      }
    }
  }
  for (const catalog::Column& wanted : parent->columns) {
    const catalog::Column* column = table.FindColumn(wanted.name);
    if (!problem.empty()) {
      break;
    }
    if (column == nullptr) {
      problem = fmt::format("lacks the parent's column \"{}\"; add the column first", wanted.name);
    } else if (column->type != wanted.type || column->collation != wanted.collation) {
      problem = fmt::format(
          "has column \"{}\" of another type or collation than the parent's; make them the same",
          wanted.name);
    } else if (wanted.not_null && !column->not_null) {
      problem =
          fmt::format("has column \"{}\" without the parent's NOT NULL; add it first", wanted.name);
    }
  }
  if (!problem.empty()) {
    sink_.Error("cannot-inherit", action.parent.range,
                fmt::format("table \"{}\" cannot inherit from \"{}\": it {}", table.name.Text(),
                            parent->name.Text(), problem));
    return;
  }
  table.inherits.push_back(parent->name);
}

std::vector<catalog::QualifiedName> Compiler::Ancestors(const catalog::QualifiedName& table,
                                                        bool itself) {
  std::vector<catalog::QualifiedName> out;
  if (itself && catalog_.tables.count(table) != 0) {
    out.push_back(table);
  }
  std::vector<catalog::QualifiedName> todo{table};
  while (!todo.empty()) {
    catalog::QualifiedName name = todo.back();
    todo.pop_back();
    auto found = catalog_.tables.find(name);
    if (found == catalog_.tables.end()) {
      continue;
    }
    for (const catalog::QualifiedName& parent : found->second.inherits) {
      if (std::find(out.begin(), out.end(), parent) == out.end() &&
          catalog_.tables.count(parent) != 0) {
        out.push_back(parent);
        todo.push_back(parent);
      }
    }
  }
  return out;
}

std::set<std::string> Compiler::InheritedCheckNames(const catalog::Table& table) {
  std::set<std::string> out;
  for (const catalog::QualifiedName& ancestor : Ancestors(table.name, false)) {
    for (const auto& [name, check] : catalog_.tables.at(ancestor).constraints) {
      if (check.type == catalog::ConstraintType::kCheck && !check.no_inherit) {
        out.insert(name);
      }
    }
  }
  return out;
}

}  // namespace schemac::sema
