// Steps for owners, when the plan manages them (PlanOptions::manage_owners): ALTER ... OWNER TO
// for an object that stays whose owner the desired catalog names and the current one has
// otherwise, and for an object the plan creates or creates again whose owner the desired catalog
// names (a new object belongs to the role that creates it). An object whose owner the desired
// catalog does not name keeps the one it has. Each step carries the `authz-change` hazard.
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"

#include "builder.h"

namespace schemac::plan {
namespace {

// OwnerOf returns the owner `catalog` gives the object `key` names, if it names one.
std::optional<std::string> OwnerOf(const catalog::Catalog& catalog, const ObjectKey& key) {
  std::optional<std::string> owner;
  catalog::VisitObject(catalog, key, [&](const auto& object) {
    if constexpr (requires { object.owner.role; }) {
      owner = object.owner.role;
    }
  });
  return owner;
}

// ForEachOwner calls `visit(key, role)` for each object of `catalog` that names its owner.
template <typename Visit>
void ForEachOwner(const catalog::Catalog& catalog, Visit&& visit) {
  catalog::ForEachObject(catalog, [&](const ObjectKey& key, const auto& object) {
    if constexpr (requires { object.owner.role; }) {
      if (object.owner.role) {
        visit(key, *object.owner.role);
      }
    }
  });
}

}  // namespace

bool OwnersDiffer(const catalog::Catalog& from, const catalog::Catalog& to) {
  bool differ = false;
  ForEachOwner(to, [&](const ObjectKey& key, const std::string& role) {
    std::optional<std::string> old = OwnerOf(from, key);
    differ = differ || (old && *old != role);
  });
  return differ;
}

void BuildOwnerSteps(const Context& context, const std::vector<diff::Change>& changes,
                     std::vector<PlannedStep>& out) {
  std::set<ObjectKey> created;
  for (const diff::Change& change : changes) {
    if (change.kind == diff::ChangeKind::kCreate || change.kind == diff::ChangeKind::kRecreate) {
      created.insert(change.key);
    }
  }
  ForEachOwner(context.to, [&](const ObjectKey& key, const std::string& role) {
    bool is_new = created.count(key) != 0;
    std::optional<std::string> old = OwnerOf(context.from, key);
    if (!is_new && (!old || *old == role)) {
      return;
    }
    std::string target = catalog::OwnerTarget(context.to, key);
    PlannedStep planned;
    planned.step.object = key;
    planned.step.target = key;
    planned.step.action = Action::kAlter;
    catalog::VisitObject(context.to, key,
                         [&](const auto& object) { planned.step.origin = object.origin.range; });
    planned.step.description =
        fmt::format("{}owner {}", is_new ? "new object's " : "", base::QuoteIdentifier(role));
    planned.step.statements.push_back(
        fmt::format("ALTER {} OWNER TO {};", target, base::QuoteIdentifier(role)));
    planned.needs.push_back(key);
    planned.releases = false;
    planned.changes_shape = false;
    AddHazard(planned.step, Hazard::kAuthzChange,
              is_new || !old
                  ? fmt::format("gives {} to role {}, which may then change, grant or "
                                "drop it",
                                target, base::QuoteIdentifier(role))
                  : fmt::format("gives {} from role {} to role {}, which may then "
                                "change, grant or drop it",
                                target, base::QuoteIdentifier(*old), base::QuoteIdentifier(role)));
    out.push_back(std::move(planned));
  });
}

}  // namespace schemac::plan
