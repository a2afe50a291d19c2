#include "text.h"

#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"

namespace schemac::report {

std::string ObjectName(const catalog::ObjectKey& key) {
  if (catalog::Facts(key.kind).name_space == catalog::Namespace::kDefaultPrivileges) {
    // What they apply to: "on tables for role app in schema sales".
    std::string out = "on " + key.sub_name;
    if (!key.name.empty()) {
      out += " for role " + base::QuoteIdentifier(key.name);
    }
    return key.schema.empty() ? out : out + " in schema " + base::QuoteIdentifier(key.schema);
  }
  if (catalog::Facts(key.kind).name_space == catalog::Namespace::kDatabase) {
    return base::QuoteIdentifier(
        key.kind == catalog::ObjectKind::kSchema && key.name.empty() ? key.schema : key.name);
  }
  if (key.kind == catalog::ObjectKind::kUserMapping) {  // "for alice server archive"
    return "for " + (key.sub_name == "public" ? "PUBLIC" : base::QuoteIdentifier(key.sub_name)) +
           " server " + base::QuoteIdentifier(key.name);
  }
  if (key.kind == catalog::ObjectKind::kCast) {  // types, as the server writes them
    return catalog::CastName{key.name, key.sub_name}.Text();
  }
  if (catalog::UsesMethod(key.kind)) {  // "s.int4_ops using btree"
    return base::QuoteQualified(key.schema, key.name) + " using " +
           base::QuoteIdentifier(key.sub_name);
  }
  if (key.kind == catalog::ObjectKind::kOperator) {  // a symbol, never quoted
    return base::QuoteIdentifier(key.schema) + "." + key.name + "(" + key.sub_name + ")";
  }
  std::string out = key.schema.empty() ? base::QuoteIdentifier(key.name)
                                       : base::QuoteQualified(key.schema, key.name);
  if (catalog::NamedWithArguments(key.kind)) {
    return out + "(" + key.sub_name + ")";  // the argument types, as the server writes them
  }
  if (!key.sub_name.empty()) {
    out += "." + base::QuoteIdentifier(key.sub_name);
  }
  return out;
}

std::string ObjectTitle(const catalog::ObjectKey& key) {
  return fmt::format("{} {}", catalog::KindName(key.kind), ObjectName(key));
}

std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string Place(const base::SourceRange& range) {
  if (!range.valid()) {
    return "";
  }
  return fmt::format("{}:{}", range.file->path(), range.line);
}

bool SamePlace(const base::SourceRange& a, const base::SourceRange& b) {
  if (!a.valid() || !b.valid()) {
    return a.valid() == b.valid();
  }
  return a.file->path() == b.file->path() && a.line == b.line;
}

std::vector<plan::Hazard> StepHazards(const plan::Step& step) {
  std::vector<plan::Hazard> out;
  for (const plan::HazardNote& note : step.hazards) {
    if (std::find(out.begin(), out.end(), note.hazard) == out.end()) {
      out.push_back(note.hazard);
    }
  }
  return out;
}

std::vector<plan::Hazard> PlanHazards(const plan::Plan& plan) {
  std::vector<plan::Hazard> out;
  for (const plan::Step& step : plan.steps) {
    for (const plan::HazardNote& note : step.hazards) {
      if (std::find(out.begin(), out.end(), note.hazard) == out.end()) {
        out.push_back(note.hazard);
      }
    }
  }
  std::sort(out.begin(), out.end(), [](plan::Hazard a, plan::Hazard b) {
    return plan::HazardCode(a) < plan::HazardCode(b);
  });
  return out;
}

std::string JoinCodes(const std::vector<plan::Hazard>& hazards) {
  std::string out;
  for (plan::Hazard hazard : hazards) {
    if (!out.empty()) {
      out += ", ";
    }
    out += plan::HazardCode(hazard);
  }
  return out;
}

std::string SummaryLine(const plan::Plan& plan) {
  plan::Summary summary = plan::Summarize(plan);
  return fmt::format("Plan: {} to create, {} to alter, {} to drop.", summary.create, summary.alter,
                     summary.drop);
}

std::string CountOf(size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string UnmanagedCount(const catalog::Unmanaged& unmanaged) {
  std::string out;
  if (size_t objects = unmanaged.ObjectCount(); objects > 0) {
    out = CountOf(objects, "object");
  }
  if (size_t properties = unmanaged.PropertyCount(); properties > 0) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", properties,
                       properties == 1 ? "property" : "properties");
  }
  return out;
}

std::string UnmanagedLine(const catalog::UnmanagedObject& item) {
  std::string out = item.Title();
  if (!item.detail.empty()) {
    out += fmt::format(" ({})", item.detail);
  }
  return OneLine(out);
}

std::vector<ExcludedRule> ExcludedRules(const catalog::Unmanaged& unmanaged) {
  std::vector<ExcludedRule> rules;
  size_t rank = 0;
  for (const catalog::ExcludedObject& item : unmanaged.excluded) {
    if (rules.empty() || rank != item.rank) {
      rank = item.rank;
      rules.push_back({item.rule, item.origin, 0});
    }
    ++rules.back().count;
  }
  return rules;
}

LeftAlone NotManaged(const catalog::Unmanaged& unmanaged) {
  LeftAlone out{kUnmanagedHeading, UnmanagedCount(unmanaged), {}};
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    out.lines.push_back(UnmanagedLine(item));
  }
  return out;
}

LeftAlone Excluded(const catalog::Unmanaged& unmanaged) {
  LeftAlone out{kExcludedHeading, CountOf(unmanaged.excluded.size(), "object"), {}};
  for (const ExcludedRule& rule : ExcludedRules(unmanaged)) {
    out.lines.push_back(ExcludedRuleLine(rule));
  }
  return out;
}

std::string ExcludedRuleLine(const ExcludedRule& rule) {
  return OneLine(
      fmt::format("{} by {} ({})", CountOf(rule.count, "object"), rule.rule, rule.origin));
}

}  // namespace schemac::report
