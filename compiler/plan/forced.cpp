// What PostgreSQL forces a plan to recreate: the dependents of what it drops, recreates or
// retypes.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "schemac/catalog/objects.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::Change;
using diff::ChangeKind;

// A key whose change forces its dependents, and whether the change is a new column type (which
// forces fewer kinds) rather than a drop.
struct Cause {
  ObjectKey key;
  bool retyped = false;
};

}  // namespace

void AddForcedRecreates(const catalog::Catalog& from, const catalog::Catalog& to,
                        const DependencyIndex& from_dependencies,
                        const DependencyIndex& to_dependencies, std::vector<Change>& changes) {
  std::map<ObjectKey, size_t> by_key;
  for (size_t i = 0; i < changes.size(); ++i) {
    by_key[changes[i].key] = i;
  }
  std::vector<Cause> work;
  // What is dropped takes down what uses it; a table (created again for a new partition key, or
  // dropped while what uses it stays, which then uses a view of the same name) also what uses its
  // columns.
  auto removed = [&](const ObjectKey& key) {
    work.push_back({key, false});
    if (key.kind != ObjectKind::kTable) {
      return;
    }
    for (const ObjectKey& part : from_dependencies.DependentsOf(key)) {
      if (part.kind == ObjectKind::kColumn && catalog::ParentKey(part) == key) {
        work.push_back({part, false});
      }
    }
  };
  for (const Change& change : changes) {
    if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
      removed(change.key);
    }
    bool retyped =
        change.key.kind == ObjectKind::kColumn || change.key.kind == ObjectKind::kComposite;
    if (change.kind == ChangeKind::kAlter && retyped && diff::Has(change, diff::Property::kType)) {
      work.push_back({change.key, true});
      if (change.key.kind == ObjectKind::kComposite) {
        // ALTER TYPE ... CASCADE retypes the columns of its typed tables.
        for (const ObjectKey& column :
             TypedColumnChangesOf(from, to, {change.key.schema, change.key.name}).retyped) {
          work.push_back({column, true});
        }
      }
    }
  }
  while (!work.empty()) {
    Cause cause = work.back();
    work.pop_back();
    std::vector<ObjectKey> dependents = from_dependencies.DependentsOf(cause.key);
    if (cause.key.kind == ObjectKind::kEnum && !cause.retyped) {
      for (const ObjectKey& column : from_dependencies.DependentsOf(cause.key)) {
        if (column.kind != ObjectKind::kColumn || !catalog::Contains(to, column)) {
          continue;
        }
        // The enum's step converts the column: what cannot stay on a retyped column is
        // recreated; a foreign key between two converted columns would compare the new type
        // with the old one in between.
        work.push_back({column, true});
        for (const ObjectKey& user : from_dependencies.DependentsOf(column)) {
          const catalog::Constraint* constraint = FindConstraint(to, user);
          if (constraint != nullptr && constraint->type == catalog::ConstraintType::kForeignKey) {
            dependents.push_back(user);
          }
        }
      }
    }
    if (cause.key.kind == ObjectKind::kFunction) {
      // A domain whose checks call the function stays, its checks dropped around the change.
      for (const ObjectKey& domain : dependents) {
        if (domain.kind != ObjectKind::kDomain || !catalog::Contains(to, domain)) {
          continue;
        }
        auto it = by_key.find(domain);
        if (it == by_key.end()) {
          by_key[domain] = changes.size();
          changes.push_back({ChangeKind::kAlter, domain, {diff::Property::kChecksDependency}});
        } else if (changes[it->second].kind == ChangeKind::kAlter &&
                   !diff::Has(changes[it->second], diff::Property::kChecksDependency)) {
          changes[it->second].properties.push_back(diff::Property::kChecksDependency);
        }
      }
      // A column default that calls the function stays, dropped around the change.
      for (const ObjectKey& column : dependents) {
        const catalog::Column* kept = FindColumn(to, column);
        if (column.kind != ObjectKind::kColumn || kept == nullptr || !kept->default_expression) {
          continue;
        }
        auto it = by_key.find(column);
        if (it == by_key.end()) {
          by_key[column] = changes.size();
          changes.push_back({ChangeKind::kAlter, column, {diff::Property::kDefaultDependency}});
        } else if (changes[it->second].kind == ChangeKind::kAlter &&
                   !diff::Has(changes[it->second], diff::Property::kDefault) &&
                   !diff::Has(changes[it->second], diff::Property::kDefaultDependency)) {
          changes[it->second].properties.push_back(diff::Property::kDefaultDependency);
        }
      }
    }
    for (const ObjectKey& dependent : dependents) {
      bool forced = RecreatedWithDependency(from, dependent, cause.retyped);
      if (!forced || !catalog::Contains(to, dependent)) {
        continue;  // not forced, or dropped by a change of its own
      }
      if (auto table = by_key.find(catalog::ParentKey(dependent));
          dependent.kind != ObjectKind::kTable && table != by_key.end() &&
          table->first.kind == ObjectKind::kTable &&
          changes[table->second].kind == ChangeKind::kRecreate) {
        continue;  // a part of a table created again, which comes with it
      }
      auto it = by_key.find(dependent);
      if (it == by_key.end()) {
        by_key[dependent] = changes.size();
        changes.push_back({ChangeKind::kRecreate, dependent, {}});
        removed(dependent);
        continue;
      }
      Change& change = changes[it->second];
      if (change.kind != ChangeKind::kAlter) {
        continue;
      }
      // A view whose new query no longer uses the key is replaced before the key goes.
      std::vector<ObjectKey> uses = to_dependencies.DependenciesOf(dependent);
      bool released = dependent.kind == ObjectKind::kView && !cause.retyped &&
                      diff::Has(change, diff::Property::kQuery) &&
                      std::find(uses.begin(), uses.end(), cause.key) == uses.end();
      if (!released) {
        change = {ChangeKind::kRecreate, dependent, {}};
        removed(dependent);
      }
    }
  }
  // A sequence that stays while the column that owns it goes (its table created again, say) is
  // released first: DROP would take it along.
  std::set<ObjectKey> gone;
  for (const Change& change : changes) {
    if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
      gone.insert(change.key);
    }
  }
  for (const auto& [name, sequence] : from.sequences) {
    ObjectKey key = catalog::SequenceKey(name);
    if (!sequence.owned_by || to.sequences.count(name) == 0 ||
        (gone.count(catalog::TableKey(sequence.owned_by->table)) == 0 &&
         gone.count(catalog::ColumnKey(sequence.owned_by->table, sequence.owned_by->column)) ==
             0)) {
      continue;
    }
    auto it = by_key.find(key);
    if (it == by_key.end()) {
      by_key[key] = changes.size();
      changes.push_back({ChangeKind::kAlter, key, {diff::Property::kOwnerDropped}});
    } else if (changes[it->second].kind == ChangeKind::kAlter) {
      changes[it->second].properties.push_back(diff::Property::kOwnerDropped);
    }
  }
  // A table created again comes with its columns and constraints: changes of its own to them
  // (of a foreign table created again around its server) are left to its create step.
  std::set<ObjectKey> recreated_tables;
  for (const Change& change : changes) {
    if (change.key.kind == ObjectKind::kTable && change.kind == ChangeKind::kRecreate) {
      recreated_tables.insert(change.key);
    }
  }
  std::erase_if(changes, [&](const Change& change) {
    return (change.key.kind == ObjectKind::kColumn || change.key.kind == ObjectKind::kConstraint) &&
           recreated_tables.count(catalog::ParentKey(change.key)) != 0;
  });
}

}  // namespace schemac::plan
