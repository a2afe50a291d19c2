// Differs for operators and casts: PostgreSQL changes little of an operator in place (ALTER
// OPERATOR ... SET) and nothing of a cast, so one whose definition changes is dropped and created
// again; its comment changes in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffOperators(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out) {
  DiffWhole(from.operators, to.operators, catalog::OperatorKey, out);
}

void DiffCasts(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out) {
  DiffWhole(from.casts, to.casts, catalog::CastKey, out);
}

}  // namespace schemac::diff
