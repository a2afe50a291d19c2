#include <fmt/format.h>

#include "schemac/report/report.h"

#include "text.h"

namespace schemac::report {

namespace {

std::string UnmanagedComment(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.items.empty()) {
    return "";
  }
  std::string out = fmt::format("-- {}: {}\n", kUnmanagedHeading, UnmanagedCount(unmanaged));
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    out += fmt::format("--   {}\n", UnmanagedLine(item));
  }
  return out;
}

std::string ExcludedComment(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.excluded.empty()) {
    return "";
  }
  std::string out =
      fmt::format("-- {}: {}\n", kExcludedHeading, CountOf(unmanaged.excluded.size(), "object"));
  for (const ExcludedRule& rule : ExcludedRules(unmanaged)) {
    out += fmt::format("--   {}\n", ExcludedRuleLine(rule));
  }
  return out;
}

}  // namespace

std::string ScriptSql(const plan::Plan& plan, std::string_view title,
                      const catalog::Unmanaged& unmanaged) {
  std::string out = fmt::format("-- schemac migration: {}\n", OneLine(title));
  if (plan.empty()) {
    out += "-- No changes.\n";
    out += UnmanagedComment(unmanaged) + ExcludedComment(unmanaged);
    return out;
  }
  std::vector<plan::Hazard> hazards = PlanHazards(plan);
  out += fmt::format("-- {}; {}\n", CountOf(plan.steps.size(), "step"),
                     hazards.empty() ? "no hazards" : "hazards: " + JoinCodes(hazards));
  out += UnmanagedComment(unmanaged) + ExcludedComment(unmanaged);
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
