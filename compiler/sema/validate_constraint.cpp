// ALTER TABLE ... VALIDATE CONSTRAINT name: a check or foreign key added NOT VALID is declared
// valid from then on, as a history of migration files validates it once the rows are fixed.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {
namespace {

// The table among `table`'s parents (and theirs) that declares constraint `name`, or nullptr.
const catalog::Table* DeclaringAncestor(const catalog::Catalog& catalog,
                                        const catalog::Table& table, const std::string& name,
                                        int depth = 0) {
  std::vector<catalog::QualifiedName> parents = table.inherits;
  if (table.partition_of) {
    parents.push_back(*table.partition_of);
  }
  for (const catalog::QualifiedName& parent_name : parents) {
    auto parent = catalog.tables.find(parent_name);
    if (parent == catalog.tables.end() || depth > 100) {
      continue;
    }
    if (parent->second.constraints.count(name) > 0) {
      return &parent->second;
    }
    if (const auto* found = DeclaringAncestor(catalog, parent->second, name, depth + 1)) {
      return found;
    }
  }
  return nullptr;
}

}  // namespace

void Compiler::ValidateConstraint(catalog::Table& table, const ast::AlterTableAction& action) {
  const ast::Identifier& name = *action.constraint.name;
  auto it = table.constraints.find(name.name);
  if (it == table.constraints.end()) {
    if (const catalog::Table* parent = DeclaringAncestor(catalog_, table, name.name)) {
      sink_.Error("not-applicable", name.range,
                  fmt::format("constraint \"{}\" of \"{}\" is inherited from \"{}\": validate it "
                              "there (ALTER TABLE {} VALIDATE CONSTRAINT {}), which validates it "
                              "on every table that inherits it",
                              name.name, table.name.Text(), parent->name.Text(),
                              parent->name.Text(), name.name));
      return;
    }
    std::vector<std::string> candidates;
    for (const auto& [other, constraint] : table.constraints) {
      candidates.push_back(other);
    }
    ReportUnknown("unknown-constraint", name.range,
                  fmt::format("constraint \"{}\" of table \"{}\" does not exist", name.name,
                              table.name.Text()),
                  name.name, candidates);
    return;
  }
  catalog::Constraint& constraint = it->second;
  if (constraint.type != catalog::ConstraintType::kCheck &&
      constraint.type != catalog::ConstraintType::kForeignKey) {
    sink_.Error("invalid-constraint", name.range,
                fmt::format("constraint \"{}\" of table \"{}\" is neither a check constraint nor "
                            "a foreign key, the constraints VALIDATE CONSTRAINT validates; a key "
                            "is valid from the start",
                            name.name, table.name.Text()));
    return;
  }
  constraint.validated = true;
}

}  // namespace schemac::sema
