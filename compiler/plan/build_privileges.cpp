// Steps for privileges: GRANT and REVOKE on an object that stays, and the privileges of an object
// the plan creates or creates again (which starts with its kind's defaults), after it. A dropped
// object takes its privileges with it. Each step carries the `authz-change` hazard.
#include <set>

#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"

#include "builder.h"

namespace schemac::plan {
namespace {

bool IsRelation(catalog::ObjectKind kind) {
  return kind == ObjectKind::kTable || kind == ObjectKind::kView ||
         kind == ObjectKind::kMaterializedView;
}

// The top-level object a step on `key` belongs to: a column's table or view.
ObjectKey TopLevel(const catalog::Catalog& catalog, const ObjectKey& key) {
  if (key.kind != ObjectKind::kColumn) {
    return key;
  }
  auto view = catalog.views.find({key.schema, key.name});
  return view != catalog.views.end() ? catalog::KeyOf(view->second) : catalog::ParentKey(key);
}

void AddStep(const Context& context, const ObjectKey& key, const std::vector<catalog::Grant>& from,
             bool created, std::vector<PlannedStep>& out) {
  std::vector<std::string> statements = catalog::ObjectPrivilegesSql(context.to, key, from);
  if (statements.empty()) {
    return;
  }
  auto privileges = context.to.privileges.find(key);
  const catalog::Origin* origin =
      privileges != context.to.privileges.end() ? &privileges->second.origin : nullptr;
  PlannedStep planned;
  planned.step.object = TopLevel(context.to, key);
  planned.step.target = key;
  planned.step.action = Action::kAlter;
  if (origin != nullptr) {
    planned.step.origin = origin->range;
  }
  bool grants = false;
  bool revokes = false;
  for (const std::string& statement : statements) {
    (statement.starts_with("GRANT ") ? grants : revokes) = true;
  }
  planned.step.description = fmt::format("{}{}", created ? "privileges of the new object: " : "",
                                         grants && revokes ? "grant and revoke privileges"
                                         : grants          ? "grant privileges"
                                                           : "revoke privileges");
  planned.step.statements = std::move(statements);
  planned.needs.push_back(key);
  if (planned.step.object != key) {
    planned.needs.push_back(planned.step.object);  // a view's columns are created with it
  }
  // Nothing else waits for a change of privileges, nor does it release anything.
  planned.releases = false;
  planned.changes_shape = false;
  std::string target = catalog::GrantTarget(context.to, key);
  if (key.kind == ObjectKind::kColumn) {
    target = fmt::format("column {} of {}", key.sub_name, target);
  }
  AddHazard(planned.step, Hazard::kAuthzChange,
            fmt::format("changes which roles may use {}", target));
  out.push_back(std::move(planned));
}

}  // namespace

void BuildPrivilegeSteps(const Context& context, const std::vector<diff::Change>& changes,
                         const std::vector<ObjectKey>& altered, std::vector<PlannedStep>& out) {
  std::set<ObjectKey> created;
  std::set<catalog::QualifiedName> created_relations;
  for (const diff::Change& change : changes) {
    if (change.kind != diff::ChangeKind::kCreate && change.kind != diff::ChangeKind::kRecreate) {
      continue;
    }
    created.insert(change.key);
    if (IsRelation(change.key.kind)) {
      created_relations.insert({change.key.schema, change.key.name});
    }
  }
  auto is_created = [&](const ObjectKey& key) {
    return created.count(key) != 0 || (key.kind == ObjectKind::kColumn &&
                                       created_relations.count({key.schema, key.name}) != 0);
  };
  // A new object has its kind's defaults, and what the default privileges of the role that
  // creates it add; a new column, nothing.
  const catalog::Catalog& defaults =
      context.creator_defaults != nullptr ? *context.creator_defaults : context.from;
  for (const ObjectKey& key : created) {
    if (catalog::HasPrivileges(key.kind) && key.kind != ObjectKind::kColumn) {
      AddStep(context, key, catalog::GrantsOfNew(defaults, key), true, out);
    }
  }
  for (const auto& [key, privileges] : context.to.privileges) {
    if (key.kind == ObjectKind::kColumn && is_created(key)) {
      AddStep(context, key, catalog::DefaultGrants(key), true, out);
    }
  }
  for (const ObjectKey& key : altered) {
    if (!is_created(key)) {
      AddStep(context, key, catalog::GrantsOf(context.from, key), false, out);
    }
  }
}

}  // namespace schemac::plan
