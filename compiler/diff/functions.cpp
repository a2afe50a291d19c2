// Differs for functions, procedures and aggregates: one whose definition changes is replaced in
// place when CREATE OR REPLACE allows the change (the same kind, result, argument names and
// modes, and no argument default removed), and dropped and created again otherwise.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {
namespace {

// Appends the change from `a` to `b`, two unequal objects of one kind under one key.
void Changed(const catalog::ObjectKey& key, const catalog::Function& a, const catalog::Function& b,
             std::vector<Change>& out) {
  Change change{ChangeKind::kAlter, key, {}};
  catalog::Function same = a;
  same.comment = b.comment;
  if (!SameFunction(same, b)) {
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
}

}  // namespace

bool ReplaceableFunction(const catalog::Function& from, const catalog::Function& to) {
  return from.procedure == to.procedure && from.window == to.window &&
         from.aggregate == to.aggregate && from.aggregate_kind == to.aggregate_kind &&
         from.direct_arguments == to.direct_arguments && from.result == to.result &&
         from.argument_names == to.argument_names && from.argument_modes == to.argument_modes &&
         to.defaults >= from.defaults;
}

void DiffFunctions(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out) {
  ForEachPair(from.functions, to.functions,
              [&](const auto& /*name*/, const auto* a, const auto* b) {
                if (a == nullptr || b == nullptr || a->aggregate != b->aggregate) {
                  // An aggregate and a function of one name and arguments are objects of two kinds.
                  if (a != nullptr) {
                    out.push_back({ChangeKind::kDrop, catalog::KeyOf(*a), {}});
                  }
                  if (b != nullptr) {
                    out.push_back({ChangeKind::kCreate, catalog::KeyOf(*b), {}});
                  }
                } else if (!SameFunction(*a, *b)) {
                  Changed(catalog::KeyOf(*b), *a, *b, out);
                }
              });
}

}  // namespace schemac::diff
