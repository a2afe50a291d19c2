// Steps for statistics objects: CREATE STATISTICS (as the server prints the definition), DROP
// STATISTICS, ALTER STATISTICS ... SET STATISTICS, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildStatisticsSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "STATISTICS " + name.Quoted();
  if (change.kind == diff::ChangeKind::kDrop || change.kind == diff::ChangeKind::kRecreate) {
    PlannedStep planned = NewStep(change.key, Action::kDrop,
                                  change.kind == diff::ChangeKind::kRecreate
                                      ? "drop statistics object to create it again"
                                      : "drop statistics object",
                                  nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", target));
    out.push_back(std::move(planned));
    if (change.kind == diff::ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Statistics& statistics = context.to.statistics.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == diff::ChangeKind::kRecreate ? "create statistics object again"
                                                           : "create statistics object",
                &statistics.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateStatisticsSql(statistics));
    if (statistics.target) {
      planned.step.statements.push_back(catalog::StatisticsTargetSql(name, statistics.target));
    }
    if (statistics.comment) {
      planned.step.statements.push_back(catalog::CommentSql(target, statistics.comment));
    }
    TakeLock(planned.step, TableLock::kShareUpdateExclusive, "");
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Statistics& old_statistics = context.from.statistics.at(name);
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &statistics.origin);
  if (diff::Has(change, diff::Property::kStatisticsTarget)) {
    parts.push_back(statistics.target ? (old_statistics.target ? "change statistics target"
                                                               : "set statistics target")
                                      : "reset statistics target");
    planned.step.statements.push_back(catalog::StatisticsTargetSql(name, statistics.target));
  }
  if (diff::Has(change, diff::Property::kComment)) {
    parts.push_back(statistics.comment ? (old_statistics.comment ? "change comment" : "set comment")
                                       : "remove comment");
    planned.step.statements.push_back(catalog::CommentSql(target, statistics.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
