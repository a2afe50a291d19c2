// Event triggers: CREATE EVENT TRIGGER, kept as written for the server, and ALTER EVENT TRIGGER
// ... ENABLE | DISABLE.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareEventTrigger(const ast::CreateEventTrigger& statement,
                                   const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  if (auto existing = catalog_.event_triggers.find(name);
      existing != catalog_.event_triggers.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("event trigger \"{}\" is declared twice; keep one declaration", name));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::EventTrigger trigger;
  trigger.name = name;
  trigger.origin.range = range;
  trigger.written = Written(statement.statement);
  catalog_.event_triggers[name] = std::move(trigger);
}

catalog::EventTrigger* Compiler::FindEventTrigger(const ast::Identifier& name) {
  auto it = catalog_.event_triggers.find(name.name);
  if (it != catalog_.event_triggers.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [declared, trigger] : catalog_.event_triggers) {
    candidates.push_back(declared);
  }
  ReportUnknown("unknown-event-trigger", name.range,
                fmt::format("event trigger \"{}\" does not exist", name.name), name.name,
                candidates);
  return nullptr;
}

}  // namespace schemac::sema
