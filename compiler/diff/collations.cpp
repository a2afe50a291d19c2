// Differs for collations: PostgreSQL has no ALTER for a collation's provider or locale, so one
// whose definition changes is dropped and created again; its comment changes in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffCollations(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffEach(
      from.collations, to.collations, out, catalog::CollationKey,
      [&](const catalog::ObjectKey& key, const catalog::Collation& a, const catalog::Collation& b) {
        if (a.definition != b.definition) {
          out.push_back({ChangeKind::kRecreate, key, {}});
          return;
        }
        Change change{ChangeKind::kAlter, key, {}};
        if (a.comment != b.comment) {
          change.properties.push_back(Property::kComment);
        }
        out.push_back(std::move(change));
      });
}

}  // namespace schemac::diff
