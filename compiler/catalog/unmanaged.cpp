#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "schemac/catalog/catalog.h"
#include "schemac/catalog/objects.h"

namespace schemac::catalog {
namespace {

auto SortKey(const UnmanagedObject& item) {
  return std::tie(item.property, item.schema, item.name, item.kind, item.identity, item.detail);
}

// TakenNames finds the unmanaged items that take a relation name or a type name, by name.
struct TakenNames {
  std::map<QualifiedName, const UnmanagedObject*> relations;
  std::map<QualifiedName, const UnmanagedObject*> types;

  explicit TakenNames(const Unmanaged& unmanaged) {
    // The first one wins: items are sorted, so the result does not depend on the query order.
    for (const UnmanagedObject& item : unmanaged.items) {
      QualifiedName name{item.schema, item.name};
      if (item.takes_relation_name) {
        relations.emplace(name, &item);
      }
      if (item.takes_type_name) {
        types.emplace(name, &item);
      }
    }
  }
};

}  // namespace

std::string UnmanagedObject::Title() const {
  return identity.empty() ? kind : kind + " " + identity;
}

bool UnmanagedObject::Plural() const {
  // "privileges" is the only kind that names several things.
  return kind.ends_with("privileges");
}

size_t Unmanaged::ObjectCount() const {
  return static_cast<size_t>(std::count_if(items.begin(), items.end(),
                                           [](const UnmanagedObject& i) { return !i.property; }));
}

size_t Unmanaged::PropertyCount() const {
  return items.size() - ObjectCount();
}

void Unmanaged::Sort() {
  std::sort(items.begin(), items.end(), [](const UnmanagedObject& a, const UnmanagedObject& b) {
    return SortKey(a) < SortKey(b);
  });
  items.erase(std::unique(items.begin(), items.end()), items.end());
  std::sort(excluded.begin(), excluded.end());
  // An object excluded from both the files and the database is counted once.
  excluded.erase(std::unique(excluded.begin(), excluded.end()), excluded.end());
}

std::vector<NameConflict> FindNameConflicts(const Catalog& desired, const Catalog& live) {
  std::vector<NameConflict> conflicts;
  if (live.unmanaged.items.empty()) {
    return conflicts;
  }
  TakenNames taken(live.unmanaged);
  auto check = [&](const std::map<QualifiedName, const UnmanagedObject*>& names,
                   const QualifiedName& name, ObjectKey key, const Origin& origin) {
    auto found = names.find(name);
    if (found != names.end()) {
      conflicts.push_back({std::move(key), origin, *found->second});
      return true;
    }
    return false;
  };
  for (const auto& [name, type] : desired.enums) {
    check(taken.types, name, {ObjectKind::kEnum, name.schema, name.name, ""}, type.origin);
  }
  for (const auto& [name, sequence] : desired.sequences) {
    check(taken.relations, name, {ObjectKind::kSequence, name.schema, name.name, ""},
          sequence.origin);
  }
  for (const auto& [name, table] : desired.tables) {
    ObjectKey key{ObjectKind::kTable, name.schema, name.name, ""};
    // A table's row type takes its name among the types too; one conflict per table is enough.
    if (!check(taken.relations, name, key, table.origin)) {
      check(taken.types, name, key, table.origin);
    }
    for (const Column& column : table.columns) {
      if (column.identity) {
        const QualifiedName& sequence = column.identity->sequence;
        check(taken.relations, sequence,
              {ObjectKind::kSequence, sequence.schema, sequence.name, ""}, column.origin);
      }
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == ConstraintType::kPrimaryKey ||
          constraint.type == ConstraintType::kUnique) {
        check(taken.relations, {name.schema, constraint_name},
              {ObjectKind::kConstraint, name.schema, name.name, constraint_name},
              constraint.origin);
      }
    }
  }
  for (const auto& [name, index] : desired.indexes) {
    check(taken.relations, name, {ObjectKind::kIndex, name.schema, name.name, ""}, index.origin);
  }
  for (const auto& [name, view] : desired.views) {
    // A view's row type takes its name among the types too; one conflict per view is enough.
    if (!check(taken.relations, name, KeyOf(view), view.origin)) {
      check(taken.types, name, KeyOf(view), view.origin);
    }
  }
  for (const auto& [name, type] : desired.ranges) {
    if (!check(taken.types, name, RangeKey(name), type.origin)) {
      check(taken.types, type.multirange, RangeKey(name), type.origin);
    }
  }
  for (const auto& [name, type] : desired.composites) {
    if (!check(taken.types, name, CompositeKey(name), type.origin)) {
      check(taken.relations, name, CompositeKey(name), type.origin);
    }
  }
  for (const auto& [name, domain] : desired.domains) {
    check(taken.types, name, DomainKey(name), domain.origin);
  }
  std::sort(conflicts.begin(), conflicts.end(),
            [](const NameConflict& a, const NameConflict& b) { return a.object < b.object; });
  return conflicts;
}

}  // namespace schemac::catalog
