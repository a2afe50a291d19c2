// Differs for functions and procedures: one whose definition changes is replaced in place when
// CREATE OR REPLACE allows the change (the same kind, result, argument names and modes, and no
// argument default removed), and dropped and created again otherwise.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

bool ReplaceableFunction(const catalog::Function& from, const catalog::Function& to) {
  return from.procedure == to.procedure && from.result == to.result &&
         from.argument_names == to.argument_names && from.argument_modes == to.argument_modes &&
         to.defaults >= from.defaults;
}

void DiffFunctions(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out) {
  DiffEach(
      from.functions, to.functions, out, catalog::FunctionKey,
      [&](const catalog::ObjectKey& key, const catalog::Function& a, const catalog::Function& b) {
        Change change{ChangeKind::kAlter, key, {}};
        catalog::Function same = a;
        same.comment = b.comment;
        if (!(same == b)) {
          if (!ReplaceableFunction(a, b)) {
            out.push_back({ChangeKind::kRecreate, key, {}});
            return;
          }
          change.properties.push_back(Property::kDefinition);
        }
        if (a.comment != b.comment) {
          change.properties.push_back(Property::kComment);
        }
        out.push_back(std::move(change));
      });
}

}  // namespace schemac::diff
