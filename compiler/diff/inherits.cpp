// A table's parents (INHERITS) changed in place: the parents it keeps, the ones it stops
// inheriting from (ALTER TABLE ... NO INHERIT) and the ones it starts inheriting from (INHERIT).
#include <algorithm>
#include <set>

#include "schemac/diff/diff.h"

namespace schemac::diff {

using catalog::Catalog;
using catalog::Constraint;
using catalog::ConstraintType;
using catalog::QualifiedName;
using catalog::Table;

ParentChange ParentsChange(const Table& table, const Table& next) {
  ParentChange out;
  size_t same = 0;
  while (same < table.inherits.size() && same < next.inherits.size() &&
         table.inherits[same] == next.inherits[same]) {
    ++same;
  }
  out.kept.assign(table.inherits.begin(), table.inherits.begin() + static_cast<long>(same));
  out.removed.assign(table.inherits.begin() + static_cast<long>(same), table.inherits.end());
  out.added.assign(next.inherits.begin() + static_cast<long>(same), next.inherits.end());
  return out;
}

std::map<std::string, const Constraint*> InheritedChecks(
    const Catalog& catalog, const std::vector<QualifiedName>& parents) {
  std::map<std::string, const Constraint*> out;
  // The parents' own checks, and those they have from theirs (a catalog lists a check under the
  // table that declares it alone).
  std::vector<QualifiedName> todo(parents.rbegin(), parents.rend());
  std::set<QualifiedName> seen;
  while (!todo.empty()) {
    QualifiedName name = todo.back();
    todo.pop_back();
    auto parent = catalog.tables.find(name);
    if (parent == catalog.tables.end() || !seen.insert(name).second) {
      continue;
    }
    for (const auto& [constraint_name, constraint] : parent->second.constraints) {
      if (constraint.type == ConstraintType::kCheck && !constraint.no_inherit) {
        out.emplace(constraint_name, &constraint);
      }
    }
    todo.insert(todo.end(), parent->second.inherits.rbegin(), parent->second.inherits.rend());
  }
  return out;
}

bool InheritsInPlace(const Catalog& to, const Table& table, const Table& next) {
  if (table.partition_of || next.partition_of || table.partition_by || next.partition_by ||
      table.of_type || next.of_type) {
    return false;
  }
  // INHERIT wants the table to have each check of its new parents already, and leaves it its own
  // as well as inherited: only a table that declares them itself can reach that in place.
  ParentChange parents = ParentsChange(table, next);
  std::map<std::string, const Constraint*> kept = InheritedChecks(to, parents.kept);
  for (const auto& [name, check] : InheritedChecks(to, parents.added)) {
    auto own = next.constraints.find(name);
    if (kept.count(name) == 0 &&
        (own == next.constraints.end() || !SameConstraint(own->second, *check))) {
      return false;
    }
  }
  return true;
}

bool KeptThroughNoInherit(const Catalog& from, const Table& table, const Table& next,
                          const std::string& name) {
  if (table.constraints.count(name) != 0) {
    return false;
  }
  auto desired = next.constraints.find(name);
  if (desired == next.constraints.end()) {
    return false;
  }
  ParentChange parents = ParentsChange(table, next);
  std::map<std::string, const Constraint*> removed = InheritedChecks(from, parents.removed);
  auto check = removed.find(name);
  return check != removed.end() && InheritedChecks(from, parents.kept).count(name) == 0 &&
         SameConstraint(*check->second, desired->second);
}

bool OwnCopyOfInherited(const Catalog& to, const Table& table, const Table& next,
                        const std::string& name, const Constraint& check) {
  if (check.type != ConstraintType::kCheck) {
    return false;
  }
  std::map<std::string, const Constraint*> kept =
      InheritedChecks(to, ParentsChange(table, next).kept);
  auto inherited = kept.find(name);
  return inherited != kept.end() && SameConstraint(*inherited->second, check);
}

}  // namespace schemac::diff
