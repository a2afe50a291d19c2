// Differs for event triggers: one whose event, tags or function change is dropped and created
// again (PostgreSQL has no ALTER for them); whether it fires, and its comment, change in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffEventTriggers(const catalog::Catalog& from, const catalog::Catalog& to,
                       std::vector<Change>& out) {
  DiffEach(from.event_triggers, to.event_triggers, out, catalog::EventTriggerKey,
           [&](const catalog::ObjectKey& key, const catalog::EventTrigger& a,
               const catalog::EventTrigger& b) {
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
