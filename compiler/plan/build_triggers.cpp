// Steps for triggers: CREATE TRIGGER (as the server prints the definition), DROP TRIGGER,
// ALTER TABLE ... ENABLE | DISABLE TRIGGER, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildTriggerSteps(const Context& context, const diff::Change& change,
                       std::vector<PlannedStep>& out) {
  catalog::TriggerName name{{change.key.schema, change.key.name}, change.key.sub_name};
  if (change.kind == diff::ChangeKind::kDrop || change.kind == diff::ChangeKind::kRecreate) {
    PlannedStep planned =
        NewStep(change.key, Action::kDrop,
                change.kind == diff::ChangeKind::kRecreate ? "drop trigger to create it again"
                                                           : "drop trigger",
                nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", catalog::TriggerTarget(name)));
    TakeLock(planned.step, TableLock::kAccessExclusive,
             fmt::format("DROP TRIGGER locks {}", name.table.Quoted()));
    out.push_back(std::move(planned));
    if (change.kind == diff::ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Trigger& trigger = context.to.triggers.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    PlannedStep planned = NewStep(
        change.key, Action::kCreate,
        change.kind == diff::ChangeKind::kRecreate ? "create trigger again" : "create trigger",
        &trigger.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateTriggerSql(trigger));
    if (trigger.comment) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::TriggerTarget(name), trigger.comment));
    }
    TakeLock(planned.step, TableLock::kShareRowExclusive,
             fmt::format("CREATE TRIGGER locks {}", name.table.Quoted()));
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Trigger& old_trigger = context.from.triggers.at(name);
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &trigger.origin);
  if (diff::Has(change, diff::Property::kEnabled)) {
    planned.step.statements.push_back(catalog::TriggerEnabledSql(trigger));
    TakeLock(planned.step, TableLock::kShareRowExclusive,
             fmt::format("ENABLE | DISABLE TRIGGER locks {}", name.table.Quoted()));
    what.push_back(trigger.enabled == 'D' ? "disable" : "enable");
  }
  if (diff::Has(change, diff::Property::kComment)) {
    planned.step.statements.push_back(
        catalog::CommentSql(catalog::TriggerTarget(name), trigger.comment));
    what.push_back(trigger.comment ? (old_trigger.comment ? "change comment" : "set comment")
                                   : "remove comment");
  }
  planned.step.description = fmt::format("alter trigger: {}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
