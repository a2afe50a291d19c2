// A table's parents (INHERITS) changed in place. NO INHERIT leaves the table the columns and
// checks it had from the parent, as its own: the checks that the files do not declare are dropped
// with it; the columns are the table's column changes. INHERIT wants the table to have each
// column and check of the parent already, which the other steps have given it by then.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;

std::string Names(const std::vector<catalog::QualifiedName>& names) {
  std::vector<std::string> quoted;
  for (const catalog::QualifiedName& name : names) {
    quoted.push_back(name.Quoted());
  }
  return fmt::format("{}", fmt::join(quoted, ", "));
}

PlannedStep InheritStep(const catalog::Table& table, std::string description) {
  PlannedStep planned;
  planned.step.object = planned.step.target = catalog::TableKey(table.name);
  planned.step.action = Action::kAlter;
  planned.step.origin = table.origin.range;
  planned.step.description = std::move(description);
  TakeLock(planned.step, TableLock::kAccessExclusive,
           fmt::format("changing the parents of {} locks it", table.name.Quoted()));
  return planned;
}

}  // namespace

void BuildInheritSteps(const Context& context, const catalog::Table& old_table,
                       const catalog::Table& table, std::vector<PlannedStep>& out) {
  diff::ParentChange parents = diff::ParentsChange(old_table, table);
  std::string alter = fmt::format("ALTER {} {}", catalog::RelationWord(table), table.name.Quoted());
  if (!parents.removed.empty()) {
    PlannedStep planned = InheritStep(
        table, fmt::format("no longer inherit from {0}: queries of {0} no longer read its rows",
                           Names(parents.removed)));
    planned.placement = Placement::kFirst;
    for (const catalog::QualifiedName& parent : parents.removed) {
      planned.step.statements.push_back(fmt::format("{} NO INHERIT {};", alter, parent.Quoted()));
    }
    std::map<std::string, const catalog::Constraint*> kept =
        diff::InheritedChecks(context.from, parents.kept);
    for (const auto& [name, check] : diff::InheritedChecks(context.from, parents.removed)) {
      if (kept.count(name) != 0 || old_table.constraints.count(name) != 0 ||
          diff::KeptThroughNoInherit(context.from, old_table, table, name)) {
        continue;
      }
      planned.step.statements.push_back(
          fmt::format("{} DROP CONSTRAINT {};", alter, QuoteIdentifier(name)));
    }
    out.push_back(std::move(planned));
  }
  if (!parents.added.empty()) {
    PlannedStep planned = InheritStep(
        table,
        fmt::format("inherit from {0}: queries of {0} read its rows too", Names(parents.added)));
    planned.placement = Placement::kLast;
    for (const catalog::QualifiedName& parent : parents.added) {
      planned.step.statements.push_back(fmt::format("{} INHERIT {};", alter, parent.Quoted()));
    }
    out.push_back(std::move(planned));
  }
}

}  // namespace schemac::plan
