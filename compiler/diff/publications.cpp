// Differs for publications: what one publishes changes in place (ALTER PUBLICATION ... SET), as do
// its options and comment; one that comes to publish every table, or stops, or comes to publish
// nothing, is dropped and created again.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffPublications(const catalog::Catalog& from, const catalog::Catalog& to,
                      std::vector<Change>& out) {
  DiffEach(from.publications, to.publications, out, catalog::PublicationKey,
           [&](const catalog::ObjectKey& key, const catalog::Publication& a,
               const catalog::Publication& b) {
             if (a.all_tables != b.all_tables || (a.objects != b.objects && b.objects.empty())) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.objects != b.objects) {
               change.properties.push_back(Property::kDefinition);
             }
             if (a.options != b.options) {
               change.properties.push_back(Property::kStorageOptions);
             }
             if (a.comment != b.comment) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
