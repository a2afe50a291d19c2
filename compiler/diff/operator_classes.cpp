// Differs for operator families and classes. PostgreSQL cannot change a class (ALTER OPERATOR
// CLASS renames it, moves it or gives it another owner), so one whose definition changes is
// dropped and created again; a family's members that belong to no class, and comments, change in
// place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffOperatorClasses(const catalog::Catalog& from, const catalog::Catalog& to,
                         std::vector<Change>& out) {
  auto changed = [&](const catalog::ObjectKey& key, const catalog::OperatorClass& a,
                     const catalog::OperatorClass& b) {
    if (a.definition != b.definition) {
      out.push_back({ChangeKind::kRecreate, key, {}});
      return;
    }
    Change change{ChangeKind::kAlter, key, {}};
    if (a.members != b.members) {
      change.properties.push_back(Property::kDefinition);
    }
    if (a.comment != b.comment) {
      change.properties.push_back(Property::kComment);
    }
    out.push_back(std::move(change));
  };
  DiffEach(from.operator_families, to.operator_families, out, catalog::OperatorFamilyKey, changed);
  DiffEach(from.operator_classes, to.operator_classes, out, catalog::OperatorClassKey, changed);
}

}  // namespace schemac::diff
