// Text pieces shared by the report renderings: object names, places, hazard lists, the summary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"
#include "schemac/plan/plan.h"

namespace schemac::report {

// ObjectName returns the object's name as SQL writes it, each part quoted only where needed:
// `public.users`, `public."Order"`, `app` for a schema, `pgcrypto` for an extension; for default
// privileges, what they apply to: `on tables for role app in schema sales`.
std::string ObjectName(const catalog::ObjectKey& key);

// ObjectTitle returns the kind and the name: `table public.users`.
std::string ObjectTitle(const catalog::ObjectKey& key);

// OneLine returns `text` with every line break and tab replaced by a space, so that it fits on
// one line (and cannot end an SQL `--` comment early).
std::string OneLine(std::string_view text);

// Place returns "path:line" of a valid range (the path as stored), or "" for an invalid one.
std::string Place(const base::SourceRange& range);

// SamePlace reports whether two ranges name the same file and line (both invalid counts as same).
bool SamePlace(const base::SourceRange& a, const base::SourceRange& b);

// StepHazards returns the hazards of a step, each once, in the order the step lists them.
std::vector<plan::Hazard> StepHazards(const plan::Step& step);

// PlanHazards returns the hazards of all steps of a plan, each once, sorted by code.
std::vector<plan::Hazard> PlanHazards(const plan::Plan& plan);

// JoinCodes returns the codes of `hazards` separated by ", ".
std::string JoinCodes(const std::vector<plan::Hazard>& hazards);

// SummaryLine returns "Plan: 3 to create, 2 to alter, 1 to drop." for the plan.
std::string SummaryLine(const plan::Plan& plan);

// CountOf returns "1 step" or "3 steps".
std::string CountOf(size_t count, std::string_view noun);

// kUnmanagedHeading introduces the list of what the databases hold that schemac does not manage.
inline constexpr std::string_view kUnmanagedHeading =
    "Not managed by schemac (the plan leaves them alone)";

// UnmanagedCount returns "2 objects, 1 property", leaving out a kind there is none of.
std::string UnmanagedCount(const catalog::Unmanaged& unmanaged);

// UnmanagedLine returns an unmanaged item on one line: its title, then its detail in
// parentheses ("table public.t (depends on domain public.email)").
std::string UnmanagedLine(const catalog::UnmanagedObject& item);

// kExcludedHeading introduces the count of what the project's scope excluded.
inline constexpr std::string_view kExcludedHeading =
    "Excluded on purpose (the plan leaves them alone)";

// ExcludedRule is one rule of the scope and how many objects it excluded.
struct ExcludedRule {
  std::string rule;    // "table:public.tmp_*", "include-schemas"
  std::string origin;  // "schemac.toml:7:12", "--exclude"
  size_t count = 0;
};
// ExcludedRules returns the rules that excluded something, in the order of unmanaged.excluded.
std::vector<ExcludedRule> ExcludedRules(const catalog::Unmanaged& unmanaged);
// ExcludedRuleLine returns "3 objects by table:public.tmp_* (schemac.toml:7:12)".
std::string ExcludedRuleLine(const ExcludedRule& rule);

// LeftAlone is one list of what a plan leaves alone, as the text formats print it: a heading, a
// count and one line per item; no lines when there is nothing.
struct LeftAlone {
  std::string_view heading;
  std::string count;  // "2 objects, 1 property"
  std::vector<std::string> lines;
};
// NotManaged lists what the databases hold that schemac does not manage, one item per line;
// Excluded what the scope excluded, one rule per line.
LeftAlone NotManaged(const catalog::Unmanaged& unmanaged);
LeftAlone Excluded(const catalog::Unmanaged& unmanaged);

}  // namespace schemac::report
