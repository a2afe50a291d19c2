#include <fmt/format.h>

#include "schemac/report/report.h"

#include "markdown_text.h"
#include "text.h"

namespace schemac::report {
namespace {

std::string ObjectCell(const catalog::ObjectKey& key) {
  return fmt::format("{} {}", catalog::KindName(key.kind), CodeSpan(ObjectName(key)));
}

std::string ChangesTable(const plan::Plan& plan) {
  std::string out = "| Object | Action | Change | Place | Hazards |\n|---|---|---|---|---|\n";
  for (const plan::ObjectChange& change : plan::GroupByObject(plan)) {
    for (const plan::Step* step : change.steps) {
      out += fmt::format("| {} | {} {} | {} | {} | {} |\n", TableCell(ObjectCell(step->object)),
                         plan::ActionSymbol(step->action), plan::ActionName(step->action),
                         TableCell(CodeSpan(step->description)),
                         TableCell(CodeSpan(Place(step->origin))), JoinCodes(StepHazards(*step)));
    }
  }
  return out;
}

std::string HazardList(const plan::Plan& plan) {
  std::string out;
  for (plan::Hazard hazard : PlanHazards(plan)) {
    out += fmt::format("- **{}**: {}\n", plan::HazardCode(hazard),
                       MarkdownText(plan::HazardMeaning(hazard)));
    for (const plan::Step& step : plan.steps) {
      for (const plan::HazardNote& note : step.hazards) {
        if (note.hazard != hazard) {
          continue;
        }
        const std::string& reason = note.reason.empty() ? step.description : note.reason;
        out += fmt::format("  - {}: {}\n", ObjectCell(step.object), MarkdownText(reason));
      }
    }
  }
  return out;
}

std::string SqlBlock(const std::string& script) {
  std::string fence = CodeFence(script);
  return fmt::format("{}sql\n{}{}\n", fence, script, fence);
}

bool DeletesData(const plan::Plan& plan) {
  for (plan::Hazard hazard : PlanHazards(plan)) {
    if (hazard == plan::Hazard::kDeletesData) {
      return true;
    }
  }
  return false;
}

std::string UnmanagedSection(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.items.empty()) {
    return "";
  }
  std::string out =
      fmt::format("\n### Not managed by schemac\n\nThe plan leaves them alone: {}.\n\n",
                  UnmanagedCount(unmanaged));
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    out += fmt::format("- {}", MarkdownText(item.kind));
    if (!item.identity.empty()) {
      out += " " + CodeSpan(item.identity);
    }
    if (!item.detail.empty()) {
      out += fmt::format(" ({})", MarkdownText(item.detail));
    }
    out += '\n';
  }
  return out;
}

std::string ExcludedSection(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.excluded.empty()) {
    return "";
  }
  std::string out = fmt::format(
      "\n### Excluded on purpose\n\nThe project's scope leaves them out, and the plan leaves "
      "them alone: {}.\n\n",
      CountOf(unmanaged.excluded.size(), "object"));
  for (const ExcludedRule& rule : ExcludedRules(unmanaged)) {
    out += fmt::format("- {} by {} ({})\n", CountOf(rule.count, "object"), CodeSpan(rule.rule),
                       MarkdownText(rule.origin));
  }
  return out;
}

std::string RenderPlan(const plan::Migration& migration, Comparison comparison) {
  std::string out = "## schemac plan\n\n";
  if (migration.up.empty()) {
    out += NoChangesLine(comparison);
    return out;
  }
  out += fmt::format("**{}**\n\n", SummaryLine(migration.up));
  if (DeletesData(migration.up)) {
    out +=
        "> [!WARNING]\n"
        "> This migration deletes data. Review the steps marked `deletes-data` before applying "
        "it.\n\n";
  }
  out += ChangesTable(migration.up);
  std::string hazards = HazardList(migration.up);
  if (!hazards.empty()) {
    out += "\n### Hazards\n\n" + hazards;
  }
  out += "\n### Up\n\n" + SqlBlock(ScriptSql(migration.up, "up"));
  out += "\n<details>\n<summary>Down</summary>\n\n" + SqlBlock(ScriptSql(migration.down, "down")) +
         "\n</details>\n";
  return out;
}

}  // namespace

std::string RenderMarkdown(const plan::Migration& migration, const catalog::Unmanaged& unmanaged,
                           Comparison comparison) {
  return RenderPlan(migration, comparison) + UnmanagedSection(unmanaged) +
         ExcludedSection(unmanaged);
}

}  // namespace schemac::report
