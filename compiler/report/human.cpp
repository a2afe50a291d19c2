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

// Block prints a list of what the plan leaves alone after a blank line, its lines indented.
std::string Block(const LeftAlone& list) {
  if (list.lines.empty()) {
    return "";
  }
  std::string out = fmt::format("\n{}: {}.\n", list.heading, list.count);
  for (const std::string& line : list.lines) {
    out += fmt::format("  {}\n", line);
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
  return RenderPlan(migration, comparison) + Block(NotManaged(unmanaged)) +
         Block(Excluded(unmanaged));
}

}  // namespace schemac::report
