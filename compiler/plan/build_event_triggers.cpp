// Steps for event triggers: CREATE EVENT TRIGGER (and ENABLE | DISABLE when it does not fire as
// created), DROP EVENT TRIGGER, ALTER EVENT TRIGGER ... ENABLE | DISABLE, and comments.
#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

std::string_view EnabledDescription(char enabled) {
  return enabled == 'D'   ? "disable"
         : enabled == 'R' ? "fire in replicas only"
         : enabled == 'A' ? "fire always"
                          : "enable";
}

}  // namespace

void BuildEventTriggerSteps(const Context& context, const diff::Change& change,
                            std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "EVENT TRIGGER " + base::QuoteIdentifier(name);
  bool recreate = change.kind == diff::ChangeKind::kRecreate;
  if (change.kind == diff::ChangeKind::kDrop || recreate) {
    PlannedStep planned =
        NewStep(change.key, Action::kDrop,
                recreate ? "drop event trigger to create it again" : "drop event trigger", nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", target));
    out.push_back(std::move(planned));
    if (change.kind == diff::ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::EventTrigger& trigger = context.to.event_triggers.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                recreate ? "create event trigger again" : "create event trigger", &trigger.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateEventTriggerSql(trigger));
    if (trigger.comment) {
      planned.step.statements.push_back(catalog::CommentSql(target, trigger.comment));
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::EventTrigger& old_trigger = context.from.event_triggers.at(name);
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &trigger.origin);
  if (diff::Has(change, diff::Property::kEnabled)) {
    parts.emplace_back(EnabledDescription(trigger.enabled));
    planned.step.statements.push_back(catalog::EventTriggerEnabledSql(trigger));
  }
  if (diff::Has(change, diff::Property::kComment)) {
    parts.push_back(trigger.comment ? (old_trigger.comment ? "change comment" : "set comment")
                                    : "remove comment");
    planned.step.statements.push_back(catalog::CommentSql(target, trigger.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
