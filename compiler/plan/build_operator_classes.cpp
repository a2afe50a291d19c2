// Steps for operator families and classes: CREATE (with a family's members), DROP, a family's
// members dropped and added in place, and comments.
#include <fmt/format.h>

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
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &object.origin);
  if (diff::Has(change, diff::Property::kDefinition)) {
    parts.push_back("change members");
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    for (std::string& statement :
         catalog::OperatorFamilyMembersSql(name, old_object.members, object.members)) {
      planned.step.statements.push_back(std::move(statement));
    }
  }
  if (diff::Has(change, diff::Property::kComment)) {
    parts.push_back(CommentChange(old_object.comment, object.comment));
    planned.step.statements.push_back(catalog::CommentSql(target, object.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
