// Differs for operators: PostgreSQL changes little of an operator in place (ALTER OPERATOR ...
// SET), so one whose definition changes is dropped and created again; its comment changes in
// place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffOperators(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out) {
  DiffEach(
      from.operators, to.operators, out, catalog::OperatorKey,
      [&](const catalog::ObjectKey& key, const catalog::Operator& a, const catalog::Operator& b) {
        if (a.definition != b.definition) {
          out.push_back({ChangeKind::kRecreate, key, {}});
          return;
        }
        out.push_back({ChangeKind::kAlter, key, {Property::kComment}});
      });
}

}  // namespace schemac::diff
