// Steps for collations: CREATE COLLATION, DROP COLLATION, and comments.
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildCollationSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "COLLATION " + name.Quoted();
  if (DropWhole(change, "collation", target, out)) {
    return;
  }
  const catalog::Collation& collation = context.to.collations.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "collation", target, collation.origin,
                {catalog::CreateCollationSql(collation)}, collation.comment, out);
    return;
  }
  const catalog::Collation& old_collation = context.from.collations.at(name);
  PlannedStep planned =
      NewStep(change.key, Action::kAlter, CommentChange(old_collation.comment, collation.comment),
              &collation.origin);
  planned.step.statements.push_back(catalog::CommentSql(target, collation.comment));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
