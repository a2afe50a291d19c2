// Steps for operators and casts: CREATE OPERATOR | CAST, DROP OPERATOR | CAST, and comments.
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildOperatorSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out) {
  catalog::FunctionName name{change.key.schema, change.key.name, change.key.sub_name};
  BuildWholeSteps(
      context, change, "operator", catalog::OperatorTarget(name), &catalog::Catalog::operators,
      name, [](const catalog::Operator& op) { return catalog::CreateOperatorSql(op); }, out);
}

void BuildCastSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out) {
  catalog::CastName name{change.key.name, change.key.sub_name};
  BuildWholeSteps(
      context, change, "cast", catalog::CastTarget(name), &catalog::Catalog::casts, name,
      [](const catalog::Cast& cast) { return catalog::CreateCastSql(cast); }, out);
}

}  // namespace schemac::plan
