// Steps for collations: CREATE COLLATION, DROP COLLATION, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildCollationSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "COLLATION " + name.Quoted();
  if (change.kind == diff::ChangeKind::kDrop || change.kind == diff::ChangeKind::kRecreate) {
    PlannedStep planned =
        NewStep(change.key, Action::kDrop,
                change.kind == diff::ChangeKind::kRecreate ? "drop collation to create it again"
                                                           : "drop collation",
                nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", target));
    out.push_back(std::move(planned));
    if (change.kind == diff::ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Collation& collation = context.to.collations.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    PlannedStep planned = NewStep(
        change.key, Action::kCreate,
        change.kind == diff::ChangeKind::kRecreate ? "create collation again" : "create collation",
        &collation.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateCollationSql(collation));
    if (collation.comment) {
      planned.step.statements.push_back(catalog::CommentSql(target, collation.comment));
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Collation& old_collation = context.from.collations.at(name);
  PlannedStep planned =
      NewStep(change.key, Action::kAlter,
              collation.comment ? (old_collation.comment ? "change comment" : "set comment")
                                : "remove comment",
              &collation.origin);
  planned.step.statements.push_back(catalog::CommentSql(target, collation.comment));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
