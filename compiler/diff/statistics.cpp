// Differs for statistics objects: PostgreSQL has no ALTER for a statistics object's columns or
// kinds, so one whose definition changes is dropped and created again; its statistics target
// and comment change in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffStatistics(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffEach(from.statistics, to.statistics, out, catalog::StatisticsKey,
           [&](const catalog::ObjectKey& key, const catalog::Statistics& a,
               const catalog::Statistics& b) {
             if (a.definition != b.definition) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.target != b.target) {
               change.properties.push_back(Property::kStatisticsTarget);
             }
             if (a.comment != b.comment) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
