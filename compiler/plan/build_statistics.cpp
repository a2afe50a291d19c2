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
  if (DropWhole(change, "statistics object", target, out)) {
    return;
  }
  const catalog::Statistics& statistics = context.to.statistics.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    std::vector<std::string> statements = {catalog::CreateStatisticsSql(statistics)};
    if (statistics.target) {
      statements.push_back(catalog::StatisticsTargetSql(name, statistics.target));
    }
    PlannedStep& created =
        CreateWhole(context, change, "statistics object", target, statistics.origin,
                    std::move(statements), statistics.comment, out);
    TakeLock(created.step, TableLock::kShareUpdateExclusive, "");
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
    parts.push_back(CommentChange(old_statistics.comment, statistics.comment));
    planned.step.statements.push_back(catalog::CommentSql(target, statistics.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
