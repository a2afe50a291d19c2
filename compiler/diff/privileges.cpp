// Differs for privileges: an object that both catalogs hold and whose privileges differ (its
// catalog entry, or its kind's defaults) changes them in place (kPrivileges). A created or
// recreated object gets its privileges with its creation, a dropped one loses them with it.
// Default privileges are created, dropped or changed (kDefinition) as entries of their own.
#include "schemac/catalog/privileges.h"

#include <map>

#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffPrivileges(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  std::map<catalog::ObjectKey, size_t> changed;
  for (size_t i = 0; i < out.size(); ++i) {
    changed.emplace(out[i].key, i);
  }
  ForEachPair(from.privileges, to.privileges,
              [&](const catalog::ObjectKey& key, const catalog::Privileges* /*old*/,
                  const catalog::Privileges* /*now*/) {
                if (!catalog::HoldsObjectOf(from, key) || !catalog::HoldsObjectOf(to, key) ||
                    catalog::GrantsOf(from, key) == catalog::GrantsOf(to, key)) {
                  return;
                }
                auto it = changed.find(key);
                if (it == changed.end()) {
                  out.push_back({ChangeKind::kAlter, key, {Property::kPrivileges}});
                } else if (out[it->second].kind == ChangeKind::kAlter) {
                  out[it->second].properties.push_back(Property::kPrivileges);
                }
              });
}

void DiffDefaultPrivileges(const catalog::Catalog& from, const catalog::Catalog& to,
                           std::vector<Change>& out) {
  DiffEach(from.default_privileges, to.default_privileges, out, catalog::DefaultPrivilegesKey,
           [&](const catalog::ObjectKey& key, const catalog::DefaultPrivileges& /*old*/,
               const catalog::DefaultPrivileges& /*now*/) {
             out.push_back({ChangeKind::kAlter, key, {Property::kDefinition}});
           });
}

}  // namespace schemac::diff
