// Typed tables: CREATE TABLE ... OF type. Their columns are the composite type's attributes, in
// its order, with the options the statement gives them (`column WITH OPTIONS DEFAULT ...`) and
// the constraints it declares.
#include <algorithm>
#include <list>
#include <map>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

const catalog::CompositeType* Compiler::FindTableType(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> type_name = Qualify(name, NameUse::kType);
  if (!type_name) {
    return nullptr;
  }
  auto type = catalog_.composites.find(*type_name);
  if (type != catalog_.composites.end()) {
    return &type->second;
  }
  if (IsUserType(*type_name) || catalog_.tables.count(*type_name) != 0 ||
      catalog_.views.count(*type_name) != 0) {
    sink_.Error("not-composite", name.range,
                fmt::format("type \"{}\" is not a composite type; a typed table is of a type "
                            "made with CREATE TYPE ... AS (...)",
                            type_name->Text()));
    return nullptr;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.composites);
  ReportUnknown("unknown-type", name.range,
                fmt::format("type \"{}\" does not exist", type_name->Text()), type_name->Text(),
                candidates);
  return nullptr;
}

void Compiler::DeclareTypedTable(const ast::CreateTable& statement,
                                 const base::SourceRange& range) {
  const catalog::CompositeType* type = FindTableType(*statement.of_type);
  if (type == nullptr) {
    return;
  }
  catalog::QualifiedName type_name = type->name;
  // Copied before NewTable adds to the map of tables.
  std::vector<catalog::CompositeAttribute> attributes = type->attributes;
  catalog::Table* declared = NewTable(statement, range);
  if (declared == nullptr) {
    return;
  }
  catalog::Table& table = *declared;
  table.of_type = type_name;
  std::map<std::string, const ast::ColumnDefinition*> options;
  for (const ast::ColumnDefinition& given : statement.columns) {
    bool known = false;
    for (const catalog::CompositeAttribute& attribute : attributes) {
      known = known || attribute.name == given.name.name;
    }
    if (!known) {
      std::vector<std::string> names;
      for (const catalog::CompositeAttribute& attribute : attributes) {
        names.push_back(attribute.name);
      }
      ReportUnknown("unknown-column", given.name.range,
                    fmt::format("column \"{}\" does not exist in type \"{}\"", given.name.name,
                                type_name.Text()),
                    given.name.name, names);
    } else if (!options.emplace(given.name.name, &given).second) {
      sink_.Error("duplicate-column", given.name.range,
                  fmt::format("column \"{}\" is given options twice; merge them into one",
                              given.name.name));
    }
  }
  std::vector<PendingConstraint> pending;
  // The column constraints kept, which `pending` points into until AddConstraints.
  std::list<std::vector<ast::Constraint>> kept;
  for (const catalog::CompositeAttribute& attribute : attributes) {
    catalog::Column column;
    column.name = attribute.name;
    column.type = attribute.type;
    column.collation = attribute.collation;
    column.origin.range = range;
    auto given = options.find(attribute.name);
    if (given == options.end()) {
      table.columns.push_back(std::move(column));
      continue;
    }
    column.origin.range = given->second->range;
    std::vector<ast::Constraint>& constraints = kept.emplace_back();
    for (const ast::Constraint& constraint : given->second->constraints) {
      if (constraint.kind == ast::ConstraintKind::kIdentity ||
          constraint.kind == ast::ConstraintKind::kGenerated) {
        sink_.Error("unsupported-clause", constraint.range,
                    fmt::format("{} columns are not supported on typed tables (column \"{}\"); "
                                "give it a default, or declare the table with its columns",
                                constraint.kind == ast::ConstraintKind::kIdentity ? "identity"
                                                                                  : "generated",
                                attribute.name));
      } else {
        constraints.push_back(constraint);
      }
    }
    AddColumnWith(table, std::move(column), constraints, given->second->range, std::nullopt,
                  pending);
  }
  for (const ast::Constraint& constraint : statement.constraints) {
    pending.emplace_back().constraint = &constraint;
  }
  AddConstraints(table, pending);
}

void Compiler::SetOfType(catalog::Table& table, const ast::AlterTableAction& action) {
  if (action.not_of) {
    table.of_type.reset();
    return;
  }
  const catalog::CompositeType* type = FindTableType(action.of_type);
  if (type == nullptr) {
    return;
  }
  // PostgreSQL wants the same names, types and collations, in the same order; the scratch
  // database checks the types.
  size_t count = std::max(table.columns.size(), type->attributes.size());
  for (size_t i = 0; i < count; ++i) {
    const catalog::Column* column = i < table.columns.size() ? &table.columns[i] : nullptr;
    const catalog::CompositeAttribute* attribute =
        i < type->attributes.size() ? &type->attributes[i] : nullptr;
    std::string problem = column == nullptr ? fmt::format("lacks column \"{}\"", attribute->name)
                          : attribute == nullptr
                              ? fmt::format("has column \"{}\", which the type lacks", column->name)
                          : column->name != attribute->name
                              ? fmt::format("has column \"{}\" where the type has \"{}\"",
                                            column->name, attribute->name)
                              : std::string();
    if (!problem.empty()) {
      sink_.Error("typed-table-mismatch", action.range,
                  fmt::format("table \"{}\" {}, so it cannot be of type \"{}\", whose "
                              "attributes its columns must be, in order",
                              table.name.Text(), problem, type->name.Text()));
      return;
    }
  }
  table.of_type = type->name;
}

}  // namespace schemac::sema
