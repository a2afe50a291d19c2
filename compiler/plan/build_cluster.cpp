// Steps for the index a table or materialized view is clustered on (ALTER TABLE ... CLUSTER ON,
// SET WITHOUT CLUSTER): after the index is created, whenever the plan creates it or its relation
// (again: the mark goes with them), or when the clustering index changes.
#include <set>

#include <fmt/format.h>

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

}  // namespace

void BuildClusterSteps(const Context& context, const std::vector<diff::Change>& changes,
                       const std::vector<ObjectKey>& altered, std::vector<PlannedStep>& out) {
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
  for (const auto& [name, table] : context.to.tables) {
    add(catalog::TableKey(name), table.cluster_on, catalog::ClusterIndexKey(table), table.origin);
  }
  for (const auto& [name, view] : context.to.views) {
    if (view.materialized) {
      add(catalog::KeyOf(view), view.cluster_on,
          catalog::IndexKeyOf({name.schema, view.cluster_on.value_or("")}), view.origin);
    }
  }
}

}  // namespace schemac::plan
