// Differs for collations: PostgreSQL has no ALTER for a collation's provider or locale, so one
// whose definition changes is dropped and created again; its comment changes in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffCollations(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffWhole(from.collations, to.collations, catalog::CollationKey, out);
}

}  // namespace schemac::diff
