// Steps for the index a table or materialized view is clustered on (ALTER TABLE ... CLUSTER ON,
// SET WITHOUT CLUSTER): after the index is created, whenever the plan creates it or its relation
// (again: the mark goes with them), or when the clustering index changes. So for a table's
// replica identity (ALTER TABLE ... REPLICA IDENTITY), whose index is marked the same way.
#include <set>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

void AddClusterStep(const ObjectKey& key, const std::optional<std::string>& cluster_on,
                    const ObjectKey& index, const catalog::Origin& origin,
                    std::vector<PlannedStep>& out) {
  PlannedStep planned = NewStep(
      key, Action::kAlter,
      cluster_on ? fmt::format("cluster on {}", *cluster_on) : std::string("no clustering index"),
      &origin);
  planned.step.statements.push_back(catalog::ClusterOnSql({key.schema, key.name}, cluster_on));
  if (cluster_on) {
    planned.needs.push_back(index);
  }
  planned.releases = false;
  planned.changes_shape = false;
  TakeLock(planned.step, TableLock::kShareUpdateExclusive, "");
  out.push_back(std::move(planned));
}

void AddReplicaIdentityStep(const catalog::Table& table, std::vector<PlannedStep>& out) {
  ObjectKey key = catalog::TableKey(table.name);
  std::string_view what = table.replica_identity == 'n'   ? "nothing"
                          : table.replica_identity == 'f' ? "full"
                          : table.replica_identity == 'i' ? "using index "
                                                          : "default";
  PlannedStep planned =
      NewStep(key, Action::kAlter,
              fmt::format("replica identity {}{}", what,
                          table.replica_identity == 'i'
                              ? base::QuoteIdentifier(table.replica_index.value_or(""))
                              : ""),
              &table.origin);
  planned.step.statements.push_back(catalog::ReplicaIdentitySql(table));
  planned.needs.push_back(key);  // after the table is created
  if (table.replica_identity == 'i') {
    planned.needs.push_back(catalog::ReplicaIndexKey(table));
  }
  planned.releases = false;
  planned.changes_shape = false;
  TakeLock(planned.step, TableLock::kAccessExclusive,
           fmt::format("REPLICA IDENTITY locks table {}", table.name.Quoted()));
  out.push_back(std::move(planned));
}

}  // namespace

void BuildClusterSteps(const Context& context, const std::vector<diff::Change>& changes,
                       const std::vector<ObjectKey>& altered,
                       const std::vector<ObjectKey>& replica_altered,
                       std::vector<PlannedStep>& out) {
  std::set<ObjectKey> created;
  for (const diff::Change& change : changes) {
    if (change.kind == diff::ChangeKind::kCreate || change.kind == diff::ChangeKind::kRecreate) {
      created.insert(change.key);
    }
  }
  const std::set<ObjectKey> changed(altered.begin(), altered.end());
  // Marked again when the relation or its index is created, changed when the mark differs.
  auto add = [&](const ObjectKey& key, const std::optional<std::string>& cluster_on,
                 const ObjectKey& index, const catalog::Origin& origin) {
    if (changed.count(key) != 0 ||
        (cluster_on && (created.count(key) != 0 || created.count(index) != 0))) {
      AddClusterStep(key, cluster_on, index, origin, out);
    }
  };
  const std::set<ObjectKey> replica_changed(replica_altered.begin(), replica_altered.end());
  for (const auto& [name, table] : context.to.tables) {
    ObjectKey key = catalog::TableKey(name);
    add(key, table.cluster_on, catalog::ClusterIndexKey(table), table.origin);
    // A table created (again) has the default; an index created again is not marked.
    if (replica_changed.count(key) != 0 ||
        (table.replica_identity != 'd' && created.count(key) != 0) ||
        (table.replica_identity == 'i' && created.count(catalog::ReplicaIndexKey(table)) != 0)) {
      AddReplicaIdentityStep(table, out);
    }
  }
  for (const auto& [name, view] : context.to.views) {
    if (view.materialized) {
      add(catalog::KeyOf(view), view.cluster_on,
          catalog::IndexKeyOf({name.schema, view.cluster_on.value_or("")}), view.origin);
    }
  }
}

}  // namespace schemac::plan
