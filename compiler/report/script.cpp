#include <fmt/format.h>

#include "schemac/report/report.h"

#include "text.h"

namespace schemac::report {

namespace {

// Comment prints a list of what the plan leaves alone as comment lines.
std::string Comment(const LeftAlone& list) {
  if (list.lines.empty()) {
    return "";
  }
  std::string out = fmt::format("-- {}: {}\n", list.heading, list.count);
  for (const std::string& line : list.lines) {
    out += fmt::format("--   {}\n", line);
  }
  return out;
}

// Comments prints what is not managed, then what was excluded.
std::string Comments(const catalog::Unmanaged& unmanaged) {
  return Comment(NotManaged(unmanaged)) + Comment(Excluded(unmanaged));
}

}  // namespace

std::string ScriptSql(const plan::Plan& plan, std::string_view title,
                      const catalog::Unmanaged& unmanaged) {
  std::string out = fmt::format("-- schemac migration: {}\n", OneLine(title));
  if (plan.empty()) {
    out += "-- No changes.\n";
    out += Comments(unmanaged);
    return out;
  }
  std::vector<plan::Hazard> hazards = PlanHazards(plan);
  out += fmt::format("-- {}; {}\n", CountOf(plan.steps.size(), "step"),
                     hazards.empty() ? "no hazards" : "hazards: " + JoinCodes(hazards));
  out += Comments(unmanaged);
  for (const plan::Step& step : plan.steps) {
    std::string comment = fmt::format("{} {}: {}", plan::ActionSymbol(step.action),
                                      ObjectTitle(step.object), step.description);
    std::vector<plan::Hazard> step_hazards = StepHazards(step);
    if (!step_hazards.empty()) {
      comment += fmt::format(" [{}]", JoinCodes(step_hazards));
    }
    out += fmt::format("\n-- {}\n", OneLine(comment));
    for (const std::string& statement : step.statements) {
      out += statement;
      out += '\n';
    }
  }
  return out;
}

}  // namespace schemac::report
