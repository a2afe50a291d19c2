// Differs for collations, conversions and access methods: PostgreSQL has no ALTER for a
// collation's provider or locale, for a conversion's encodings or function, nor for an access
// method, so one whose definition changes is dropped and created again; its comment changes in
// place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffCollations(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffWhole(from.collations, to.collations, catalog::CollationKey, out);
  DiffWhole(from.conversions, to.conversions, catalog::ConversionKey, out);
  DiffWhole(from.access_methods, to.access_methods, catalog::AccessMethodKey, out);
}

}  // namespace schemac::diff
