// Differs for row-level security policies: ALTER POLICY changes a policy's roles and its USING
// and WITH CHECK expressions but cannot remove an expression, nor change the command or whether
// the policy is permissive; such a policy is dropped and created again. A comment changes in
// place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffPolicies(const catalog::Catalog& from, const catalog::Catalog& to,
                  std::vector<Change>& out) {
  DiffEach(from.policies, to.policies, out, catalog::PolicyKey,
           [&](const catalog::ObjectKey& key, const catalog::Policy& a, const catalog::Policy& b) {
             bool loses_expression = (a.using_expression && !b.using_expression) ||
                                     (a.check_expression && !b.check_expression);
             if (a.permissive != b.permissive || a.command != b.command || loses_expression) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.roles != b.roles || a.using_expression != b.using_expression ||
                 a.check_expression != b.check_expression) {
               change.properties.push_back(Property::kDefinition);
             }
             if (a.comment != b.comment) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
