// Differs for triggers: PostgreSQL has no ALTER for a trigger's definition, so one whose
// definition changes is dropped and created again; when it fires (ENABLE | DISABLE) and its
// comment change in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffTriggers(const catalog::Catalog& from, const catalog::Catalog& to,
                  std::vector<Change>& out) {
  DiffEach(
      from.triggers, to.triggers, out, catalog::TriggerKey,
      [&](const catalog::ObjectKey& key, const catalog::Trigger& a, const catalog::Trigger& b) {
        if (a.definition != b.definition) {
          out.push_back({ChangeKind::kRecreate, key, {}});
          return;
        }
        Change change{ChangeKind::kAlter, key, {}};
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
