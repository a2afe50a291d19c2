// Steps for operators: CREATE OPERATOR, DROP OPERATOR, and comments.
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildOperatorSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out) {
  catalog::FunctionName name{change.key.schema, change.key.name, change.key.sub_name};
  std::string target = catalog::OperatorTarget(name);
  if (DropWhole(change, "operator", target, out)) {
    return;
  }
  const catalog::Operator& op = context.to.operators.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "operator", target, op.origin, {catalog::CreateOperatorSql(op)},
                op.comment, out);
    return;
  }
  const catalog::Operator& old_op = context.from.operators.at(name);
  PlannedStep planned =
      NewStep(change.key, Action::kAlter, CommentChange(old_op.comment, op.comment), &op.origin);
  planned.step.statements.push_back(catalog::CommentSql(target, op.comment));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
