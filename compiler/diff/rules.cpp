// Differs for rules: a rule whose definition changes is replaced in place (CREATE OR REPLACE
// RULE); when it fires (ENABLE | DISABLE) and its comment change in place too.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffRules(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out) {
  DiffEach(from.rules, to.rules, out, catalog::RuleKey,
           [&](const catalog::ObjectKey& key, const catalog::Rule& a, const catalog::Rule& b) {
             Change change{ChangeKind::kAlter, key, {}};
             if (a.definition != b.definition) {
               change.properties.push_back(Property::kDefinition);
             }
             if (a.enabled != b.enabled) {
               change.properties.push_back(Property::kEnabled);
             }
             if (a.comment != b.comment) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
