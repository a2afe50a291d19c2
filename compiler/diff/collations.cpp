// Differs for collations and conversions: PostgreSQL has no ALTER for a collation's provider or
// locale, nor for a conversion's encodings or function, so one whose definition changes is
// dropped and created again; its comment changes in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffCollations(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffWhole(from.collations, to.collations, catalog::CollationKey, out);
  DiffWhole(from.conversions, to.conversions, catalog::ConversionKey, out);
}

}  // namespace schemac::diff
