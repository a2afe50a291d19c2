// Steps for operator families and classes: CREATE (with a family's members), DROP, a family's
// members dropped and added in place, and comments.
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

const catalog::OperatorClass& Find(const catalog::Catalog& catalog, const ObjectKey& key) {
  catalog::OperatorClassName name{key.schema, key.name, key.sub_name};
  return key.kind == ObjectKind::kOperatorFamily ? catalog.operator_families.at(name)
                                                 : catalog.operator_classes.at(name);
}

}  // namespace

void BuildOperatorClassSteps(const Context& context, const diff::Change& change,
                             std::vector<PlannedStep>& out) {
  catalog::OperatorClassName name{change.key.schema, change.key.name, change.key.sub_name};
  std::string_view word = catalog::KindName(change.key.kind);
  std::string target = catalog::OperatorClassTarget(change.key.kind, name);
  if (DropWhole(change, word, target, out)) {
    return;
  }
  const catalog::OperatorClass& object = Find(context.to, change.key);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, word, target, object.origin,
                catalog::CreateOperatorClassSql(object), object.comment, out);
    return;
  }
  const catalog::OperatorClass& old_object = Find(context.from, change.key);
  out.push_back(PartsAndCommentStep(
      context, change, target, object.origin, "change members",
      catalog::OperatorFamilyMembersSql(name, old_object.members, object.members),
      old_object.comment, object.comment));
}

}  // namespace schemac::plan
