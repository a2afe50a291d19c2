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
  if (DropWhole(change, "event trigger", target, out)) {
    return;
  }
  const catalog::EventTrigger& trigger = context.to.event_triggers.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "event trigger", target, trigger.origin,
                {catalog::CreateEventTriggerSql(trigger)}, trigger.comment, out);
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
    parts.push_back(CommentChange(old_trigger.comment, trigger.comment));
    planned.step.statements.push_back(catalog::CommentSql(target, trigger.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
