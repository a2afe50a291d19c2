// Steps for range types: CREATE TYPE ... AS RANGE (with its multirange type), DROP TYPE, and
// COMMENT ON TYPE. Anything else that changes makes a new type, dropped and created again with
// what uses it, which PostgreSQL refuses while table columns are of the type or of its multirange.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;

bool RefuseRecreateInUse(const Context& context, const ObjectKey& key,
                         const catalog::RangeType& type) {
  std::vector<std::string> columns = ColumnsOfType(context, key);
  if (columns.empty()) {
    return false;
  }
  if (context.down) {
    return true;  // the up plan, refused alike, reports it where the files declare the type
  }
  context.sink.Error(
      "range-in-use", type.origin.range,
      fmt::format("range type {} changes, which means dropping it and creating it again, and "
                  "columns are of it or of its multirange type ({}); make a new range type and "
                  "change their type to it, then drop the old one",
                  type.name.Text(), fmt::join(columns, ", ")));
  return true;
}

}  // namespace

void BuildRangeSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "TYPE " + name.Quoted();
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    if (change.kind == ChangeKind::kRecreate &&
        RefuseRecreateInUse(context, change.key, context.to.ranges.at(name))) {
      return;
    }
    PlannedStep planned =
        NewStep(change.key, Action::kDrop,
                change.kind == ChangeKind::kRecreate ? "drop range type to create it again"
                                                     : "drop range type",
                nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", target));
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::RangeType& type = context.to.ranges.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned = NewStep(
        change.key, Action::kCreate,
        change.kind == ChangeKind::kRecreate ? "create range type again" : "create range type",
        &type.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateRangeSql(type));
    if (type.comment) {
      planned.step.statements.push_back(catalog::CommentSql(target, type.comment));
    }
    out.push_back(std::move(planned));
    return;
  }
  PlannedStep planned =
      NewStep(change.key, Action::kAlter,
              type.comment ? "alter range type: set comment" : "alter range type: remove comment",
              &type.origin);
  planned.step.statements.push_back(catalog::CommentSql(target, type.comment));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
