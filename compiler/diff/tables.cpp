// The table differ: the table's own properties, then its columns and constraints as objects of
// their own.
#include <algorithm>
#include <set>

#include "schemac/base/sql_scan.h"

#include "diff_internal.h"

namespace schemac::diff {
namespace {

using catalog::Column;
using catalog::Constraint;
using catalog::ObjectKey;
using catalog::ObjectKind;
using catalog::Table;

std::map<std::string, const Column*> ColumnsByName(const Table& table) {
  std::map<std::string, const Column*> out;
  for (const Column& column : table.columns) {
    out[column.name] = &column;
  }
  return out;
}

void DiffColumn(const Column& x, const Column& y, Change& change) {
  if (y.generated_expression && x.generated_expression != y.generated_expression) {
    change.kind = ChangeKind::kRecreate;  // PostgreSQL 15 cannot change a generation expression
    return;
  }
  if (x.generated_expression && !y.generated_expression) {
    change.properties.push_back(Property::kDropExpression);
  }
  if (x.type != y.type || x.collation != y.collation) {
    change.properties.push_back(Property::kType);
  }
  if (x.not_null != y.not_null) {
    change.properties.push_back(Property::kNotNull);
  }
  if (x.default_expression != y.default_expression) {
    change.properties.push_back(Property::kDefault);
  }
  bool same_identity = x.identity.has_value() == y.identity.has_value() &&
                       (!x.identity || (x.identity->sequence == y.identity->sequence &&
                                        x.identity->kind == y.identity->kind));
  if (!same_identity) {
    change.properties.push_back(Property::kIdentity);
  } else if (x.identity && !(x.identity->options == y.identity->options)) {
    change.properties.push_back(Property::kSequenceOptions);
  }
  if (x.storage != y.storage || x.compression != y.compression || x.statistics != y.statistics ||
      x.attribute_options != y.attribute_options) {
    change.properties.push_back(Property::kColumnSettings);
  }
  if (x.options != y.options) {
    change.properties.push_back(Property::kForeignOptions);
  }
  if (x.comment != y.comment) {
    change.properties.push_back(Property::kComment);
  }
}

// The change of a constraint. The storage parameters of a key's index change in place
// (`options_in_place`) unless the index is partitioned or a partition's, which PostgreSQL cannot
// alter.
void DiffConstraint(const Constraint& x, const Constraint& y, bool options_in_place,
                    Change& change) {
  Constraint definition = x;
  definition.comment = y.comment;
  definition.index_comment = y.index_comment;
  definition.validated = y.validated;
  if (options_in_place) {
    definition.index_options = y.index_options;
  }
  if (!(definition == y) || (x.validated && !y.validated)) {
    change.kind = ChangeKind::kRecreate;
    return;
  }
  if (x.index_options != y.index_options) {
    change.properties.push_back(Property::kStorageOptions);
  }
  if (!x.validated && y.validated) {
    change.properties.push_back(Property::kValidated);
  }
  if (x.comment != y.comment) {
    change.properties.push_back(Property::kComment);
  }
  if (x.index_comment != y.index_comment) {
    change.properties.push_back(Property::kIndexComment);
  }
}

// Adds a change for a sub-object when it differs.
template <typename T, typename Compare>
void SubObject(ObjectKey key, const T* x, const T* y, Compare compare, std::vector<Change>& out) {
  if (x == nullptr) {
    out.push_back({ChangeKind::kCreate, std::move(key), {}});
  } else if (y == nullptr) {
    out.push_back({ChangeKind::kDrop, std::move(key), {}});
  } else if (!(*x == *y)) {
    Change change{ChangeKind::kAlter, std::move(key), {}};
    compare(*x, *y, change);
    if (change.kind == ChangeKind::kRecreate || !change.properties.empty()) {
      out.push_back(std::move(change));
    }
  }
}

// The column `name` of a partition's parent, or of the first parent a table inherits it from
// (INHERITS), or null when it has none.
const Column* ParentColumn(const catalog::Catalog& catalog, const Table& table,
                           const std::string& name) {
  std::vector<catalog::QualifiedName> parents = table.inherits;
  if (table.partition_of) {
    parents = {*table.partition_of};
  }
  for (const catalog::QualifiedName& parent_name : parents) {
    auto parent = catalog.tables.find(parent_name);
    if (parent != catalog.tables.end()) {
      if (const Column* column = parent->second.FindColumn(name)) {
        return column;
      }
    }
  }
  return nullptr;
}

// A change of a column of a partition that stays one of the same parent, reduced to what is its
// own (PartitionOwn); an add or a drop is its parent's.
void DiffPartitionColumn(const ObjectKey& key, const Column* a, const Column* b,
                         const Column* parent_a, const Column* parent_b, std::vector<Change>& out) {
  if (b == nullptr || (a != nullptr && *a == *b)) {
    return;
  }
  Change change{ChangeKind::kAlter, key, {}};
  if (a == nullptr) {
    // A column its parent adds: what it has of its own is set after.
    if (parent_b != nullptr && b->not_null && !parent_b->not_null) {
      change.properties.push_back(Property::kNotNull);
    }
    if (parent_b != nullptr && b->default_expression != parent_b->default_expression) {
      change.properties.push_back(Property::kDefault);
    }
    if (b->comment) {
      change.properties.push_back(Property::kComment);
    }
    // It gets the type's storage, the parent's compression and no statistics target.
    if (b->storage || b->statistics || !b->attribute_options.empty() ||
        (parent_b != nullptr && b->compression != parent_b->compression)) {
      change.properties.push_back(Property::kColumnSettings);
    }
    if (!change.properties.empty()) {
      out.push_back(std::move(change));
    }
    return;
  }
  // Whether the column has NOT NULL of its own on either side. A default is always the table's
  // own: plans set and drop defaults with ALTER TABLE ONLY, so a partition or a table that
  // inherits the column changes its default in a step of its own, also when it follows its
  // parent's.
  bool own_not_null = parent_a == nullptr || parent_b == nullptr ||
                      a->not_null != parent_a->not_null || b->not_null != parent_b->not_null;
  if (own_not_null && a->not_null != b->not_null) {
    change.properties.push_back(Property::kNotNull);
  }
  if (a->default_expression != b->default_expression) {
    change.properties.push_back(Property::kDefault);
  }
  if (a->comment != b->comment) {
    change.properties.push_back(Property::kComment);
  }
  // Each partition's own: every plan sets them with ALTER TABLE ONLY, again after its parent's
  // column changes type (which resets its storage and compression).
  bool parent_retyped =
      parent_a != nullptr && parent_b != nullptr &&
      (parent_a->type != parent_b->type || parent_a->collation != parent_b->collation);
  if (a->storage != b->storage || a->compression != b->compression ||
      a->statistics != b->statistics || a->attribute_options != b->attribute_options ||
      (parent_retyped && (b->storage || b->compression))) {
    change.properties.push_back(Property::kColumnSettings);
  }
  if (!change.properties.empty()) {
    out.push_back(std::move(change));
  }
}

// A column of a table that stays a typed table of the same type: ALTER TYPE ... CASCADE adds,
// drops and retypes it with its type's attribute; what else it has is its own.
void DiffTypedColumn(const ObjectKey& key, const Column* a, const Column* b,
                     std::vector<Change>& out) {
  if (b == nullptr) {
    return;
  }
  Column before;  // what ADD ATTRIBUTE gives a typed table
  if (a != nullptr) {
    before = *a;
  } else {
    before.name = b->name;
  }
  before.type = b->type;
  before.collation = b->collation;
  SubObject(key, &before, b, DiffColumn, out);
}

void DiffTable(const catalog::Catalog& from, const catalog::Catalog& to, const Table& x,
               const Table& y, std::vector<Change>& out) {
  const catalog::QualifiedName& name = x.name;
  Change change{ChangeKind::kAlter, ObjectKey{ObjectKind::kTable, name.schema, name.name, ""}, {}};
  if (x.partition_of != y.partition_of || x.partition_bound != y.partition_bound) {
    change.properties.push_back(Property::kPartition);
  }
  if (x.of_type != y.of_type) {
    change.properties.push_back(Property::kOfType);
  }
  if (x.inherits != y.inherits) {
    change.properties.push_back(Property::kInherits);
  }
  if (x.unlogged != y.unlogged) {
    change.properties.push_back(Property::kLogged);
  }
  if (x.access_method != y.access_method) {
    change.properties.push_back(Property::kAccessMethod);
  }
  if (x.options != y.options) {
    change.properties.push_back(Property::kStorageOptions);
  }
  if (x.foreign && y.foreign && x.foreign->options != y.foreign->options) {
    change.properties.push_back(Property::kForeignOptions);
  }
  if (x.row_security != y.row_security || x.force_row_security != y.force_row_security) {
    change.properties.push_back(Property::kRowSecurity);
  }
  if (x.cluster_on != y.cluster_on) {
    change.properties.push_back(Property::kClusterOn);
  }
  if (x.replica_identity != y.replica_identity || x.replica_index != y.replica_index) {
    change.properties.push_back(Property::kReplicaIdentity);
  }
  if (x.comment != y.comment) {
    change.properties.push_back(Property::kComment);
  }
  if (!change.properties.empty()) {
    out.push_back(std::move(change));
  }
  bool same_parent = x.partition_of && x.partition_of == y.partition_of;
  // The parents a table keeps (the others change in place, or it is created again): the columns
  // it has from them change with theirs.
  ParentChange parents = ParentsChange(x, y);
  Table kept_x = x;
  Table kept_y = y;
  kept_x.inherits = kept_y.inherits = parents.kept;
  ForEachPair(ColumnsByName(x), ColumnsByName(y),
              [&](const std::string& column, const Column* const* a, const Column* const* b) {
                ObjectKey key{ObjectKind::kColumn, name.schema, name.name, column};
                const Column* old_column = a != nullptr ? *a : nullptr;
                const Column* new_column = b != nullptr ? *b : nullptr;
                const Column* parent_a = ParentColumn(from, same_parent ? x : kept_x, column);
                const Column* parent_b = ParentColumn(to, same_parent ? y : kept_y, column);
                if (same_parent ||
                    (!parents.kept.empty() && (parent_a != nullptr || parent_b != nullptr))) {
                  DiffPartitionColumn(key, old_column, new_column, parent_a, parent_b, out);
                } else if (x.of_type && x.of_type == y.of_type) {
                  DiffTypedColumn(key, old_column, new_column, out);
                } else {
                  SubObject(key, old_column, new_column, DiffColumn, out);
                }
              });
  ForEachPair(x.constraints, y.constraints,
              [&](const std::string& constraint, const Constraint* a, const Constraint* b) {
                if (a != nullptr && b != nullptr && SameConstraint(*a, *b)) {
                  return;
                }
                if (a == nullptr && (DetachKeeps(from, to, name, constraint, false) ||
                                     KeptThroughNoInherit(from, x, y, constraint))) {
                  return;
                }
                if (b == nullptr && OwnCopyOfInherited(to, x, y, constraint, *a)) {
                  return;
                }
                bool options_in_place =
                    !x.partition_by && !y.partition_by && !x.partition_of && !y.partition_of;
                SubObject(
                    ObjectKey{ObjectKind::kConstraint, name.schema, name.name, constraint}, a, b,
                    [&](const Constraint& c, const Constraint& d, Change& constraint_change) {
                      DiffConstraint(c, d, options_in_place, constraint_change);
                    },
                    out);
              });
}

}  // namespace

bool DetachKeeps(const catalog::Catalog& from, const catalog::Catalog& to,
                 const catalog::QualifiedName& table, const std::string& name, bool index) {
  auto old_table = from.tables.find(table);
  auto new_table = to.tables.find(table);
  if (old_table == from.tables.end() || new_table == to.tables.end() ||
      !old_table->second.partition_of || new_table->second.partition_of) {
    return false;
  }
  const std::vector<std::string>& kept = index ? old_table->second.inherited_indexes.value
                                               : old_table->second.inherited_constraints.value;
  return std::find(kept.begin(), kept.end(), name) != kept.end();
}

namespace {

// Whether the columns `table` keeps, in its order, then at most one it adds (at the end, where
// ADD COLUMN puts it), are the columns of `next`, in order: what ALTER TABLE ... OF wants.
bool LinesUp(const Table& table, const Table& next) {
  std::vector<std::string> columns;
  for (const Column& column : table.columns) {
    if (next.FindColumn(column.name) != nullptr) {
      columns.push_back(column.name);
    }
  }
  size_t kept = columns.size();
  for (const Column& column : next.columns) {
    if (table.FindColumn(column.name) == nullptr) {
      columns.push_back(column.name);
    }
  }
  return columns.size() <= kept + 1 &&
         std::equal(columns.begin(), columns.end(), next.columns.begin(), next.columns.end(),
                    [](const std::string& a, const Column& b) { return a == b.name; });
}

std::set<catalog::QualifiedName> RecreatedTables(const catalog::Catalog& from,
                                                 const catalog::Catalog& to) {
  std::set<catalog::QualifiedName> out;
  for (const auto& [name, table] : from.tables) {
    auto now = to.tables.find(name);
    if (now == to.tables.end()) {
      continue;
    }
    // A new partition key, or other parents that it cannot take in place (InheritsInPlace), or
    // a table that becomes foreign or stops, or a
    // foreign table on another server, or a table that becomes a typed table (or of another
    // type) with other columns or in another order than its own (ALTER TABLE ... OF wants its
    // columns to be the type's attributes, in order): created again.
    const catalog::Table& next = now->second;
    bool other_server = table.foreign.has_value() != next.foreign.has_value() ||
                        (table.foreign && table.foreign->server != next.foreign->server);
    bool retyped = next.of_type && table.of_type != next.of_type && !LinesUp(table, next);
    bool other_parents = table.inherits != next.inherits && !InheritsInPlace(to, table, next);
    if (table.partition_by != next.partition_by || other_parents || other_server || retyped ||
        KeyColumnRetyped(table, next)) {
      out.insert(name);
    }
  }
  // Their partitions and the tables that inherit from them go with them, and theirs.
  auto child_of = [&](const catalog::Table& table) {
    if (table.partition_of && out.count(*table.partition_of) != 0) {
      return true;
    }
    return std::any_of(
        table.inherits.begin(), table.inherits.end(),
        [&](const catalog::QualifiedName& parent) { return out.count(parent) != 0; });
  };
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, table] : from.tables) {
      if (child_of(table) && to.tables.count(name) != 0 && out.insert(name).second) {
        grew = true;
      }
    }
  }
  return out;
}

}  // namespace

bool KeyColumnRetyped(const Table& table, const Table& next) {
  if (!table.partition_by || !next.partition_by) {
    return false;
  }
  for (const Column& column : table.columns) {
    const Column* desired = next.FindColumn(column.name);
    if (desired != nullptr &&
        (desired->type != column.type || desired->collation != column.collation) &&
        base::ReferencesColumn(*next.partition_by, column.name)) {
      return true;
    }
  }
  return false;
}

void DiffTables(const catalog::Catalog& from, const catalog::Catalog& to,
                std::vector<Change>& out) {
  std::set<catalog::QualifiedName> recreated = RecreatedTables(from, to);
  ForEachPair(from.tables, to.tables, [&](const catalog::QualifiedName& name, auto* a, auto* b) {
    ObjectKey key{ObjectKind::kTable, name.schema, name.name, ""};
    if (a == nullptr) {
      out.push_back({ChangeKind::kCreate, key, {}});
    } else if (b == nullptr) {
      out.push_back({ChangeKind::kDrop, key, {}});
    } else if (recreated.count(name) != 0) {
      out.push_back({ChangeKind::kRecreate, key, {}});
    } else if (!(*a == *b)) {
      DiffTable(from, to, *a, *b, out);
    }
  });
}

}  // namespace schemac::diff
