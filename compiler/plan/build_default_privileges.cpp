// Steps for default privileges: ALTER DEFAULT PRIVILEGES ... GRANT and REVOKE from what the live
// database's entry gives (or what holds without one) to what the desired one does. Entries in a
// schema the plan drops go with it. Each step carries the `authz-change` hazard and runs after
// every other step (OrderSteps).
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"

#include "builder.h"

namespace schemac::plan {

void BuildDefaultPrivilegesSteps(const Context& context, const diff::Change& change,
                                 std::vector<PlannedStep>& out) {
  catalog::DefaultPrivilegesName name = catalog::DefaultPrivilegesOf(change.key);
  if (!name.schema.empty() && context.to.schemas.count(name.schema) == 0) {
    return;  // dropped with its schema
  }
  std::vector<std::string> statements =
      catalog::DefaultPrivilegesSql(name, catalog::DefaultGrantsOf(context.from, name),
                                    catalog::DefaultGrantsOf(context.to, name));
  if (statements.empty()) {
    return;
  }
  auto entry = context.to.default_privileges.find(name);
  const catalog::Origin* origin =
      entry != context.to.default_privileges.end() ? &entry->second.origin : nullptr;
  PlannedStep planned =
      NewStep(change.key, Action::kAlter,
              change.kind == diff::ChangeKind::kCreate ? "set default privileges"
              : change.kind == diff::ChangeKind::kDrop ? "reset default privileges"
                                                       : "change default privileges",
              origin);
  planned.step.statements = std::move(statements);
  if (!name.schema.empty()) {
    planned.needs.push_back(catalog::SchemaKey(name.schema));
  }
  planned.releases = false;
  planned.changes_shape = false;
  AddHazard(planned.step, Hazard::kAuthzChange,
            fmt::format("changes which roles may use the {} {} creates{}", name.object_type,
                        name.role.empty() ? "the role that applies the plan" : "role " + name.role,
                        name.schema.empty() ? "" : " in schema " + name.schema));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
