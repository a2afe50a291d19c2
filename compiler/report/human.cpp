#include <fmt/format.h>

#include "schemac/report/report.h"

#include "text.h"

namespace schemac::report {
namespace {

// PlaceSuffix returns " (path:line)" for a valid range, "" otherwise.
std::string PlaceSuffix(const base::SourceRange& range) {
  std::string place = Place(range);
  return place.empty() ? "" : fmt::format(" ({})", place);
}

std::string RenderChange(const plan::ObjectChange& change) {
  std::string out = fmt::format("{} {}{}\n", plan::ActionSymbol(change.action),
                                ObjectTitle(change.object), PlaceSuffix(change.origin));
  for (const plan::Step* step : change.steps) {
    std::string place = SamePlace(step->origin, change.origin) ? "" : PlaceSuffix(step->origin);
    out += fmt::format("  {} {}{}\n", plan::ActionSymbol(step->action), OneLine(step->description),
                       place);
    for (const plan::HazardNote& note : step->hazards) {
      out += fmt::format("    ! {}", plan::HazardCode(note.hazard));
      if (!note.reason.empty()) {
        out += ": " + OneLine(note.reason);
      }
      out += '\n';
    }
  }
  return out;
}

std::string UnmanagedBlock(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.items.empty()) {
    return "";
  }
  std::string out = fmt::format("\n{}: {}.\n", kUnmanagedHeading, UnmanagedCount(unmanaged));
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    out += fmt::format("  {}\n", UnmanagedLine(item));
  }
  return out;
}

std::string ExcludedBlock(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.excluded.empty()) {
    return "";
  }
  std::string out =
      fmt::format("\n{}: {}.\n", kExcludedHeading, CountOf(unmanaged.excluded.size(), "object"));
  for (const ExcludedRule& rule : ExcludedRules(unmanaged)) {
    out += fmt::format("  {}\n", ExcludedRuleLine(rule));
  }
  return out;
}

std::string RenderPlan(const plan::Migration& migration, Comparison comparison) {
  if (migration.up.empty()) {
    return NoChangesLine(comparison);
  }
  std::string out;
  for (const plan::ObjectChange& change : plan::GroupByObject(migration.up)) {
    out += RenderChange(change);
    out += '\n';
  }
  out += SummaryLine(migration.up) + "\n";
  std::vector<plan::Hazard> hazards = PlanHazards(migration.up);
  if (!hazards.empty()) {
    out += "\nHazards:\n";
    for (plan::Hazard hazard : hazards) {
      out += fmt::format("  {}: {}\n", plan::HazardCode(hazard), plan::HazardMeaning(hazard));
    }
  }
  out += '\n';
  out += ScriptSql(migration.up, "up");
  return out;
}

}  // namespace

std::string NoChangesLine(Comparison comparison) {
  return comparison == Comparison::kTwoStates ? "No changes. The two states match.\n"
                                              : "No changes. The database matches the schema.\n";
}

std::string RenderHuman(const plan::Migration& migration, const catalog::Unmanaged& unmanaged,
                        Comparison comparison) {
  return RenderPlan(migration, comparison) + UnmanagedBlock(unmanaged) + ExcludedBlock(unmanaged);
}

}  // namespace schemac::report
