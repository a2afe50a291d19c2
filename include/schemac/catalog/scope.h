// The scope of a project: which objects of a database and of the schema files schemac manages,
// and which it leaves out on purpose (schemac.toml's [objects], --include-schema, --exclude).
// An excluded object is neither compared nor planned nor reported as unmanaged; every plan counts
// what was excluded and by which rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// ExclusionPattern is one parsed exclusion: `[kind:]name`, where `name` is a schema ("audit"), a
// schema and a name ("public.tmp_*", an object of the schema) or a schema, a table and a name
// ("public.orders.audit_*", a trigger, policy or rule of a table). `*` stands for any run of
// characters but a dot, `?` for one. An object matches when its kind is `kind` (any kind when there
// is none) and its name, part by part, matches. What belongs to an excluded object goes with it:
// everything in an excluded schema; a table's indexes, triggers, policies, rules, statistics,
// partitions and owned sequences; the privileges on any of them.
struct ExclusionPattern {
  std::string text;                 // as written
  std::optional<std::string> kind;  // a kind token ("table", "materialized_view", "foreign_table")
  std::vector<std::string> parts;   // 1 to 3 glob parts
};

// ParseExclusionPattern parses `text`, or returns why it is not a pattern (for a diagnostic).
struct ParsedPattern {
  std::optional<ExclusionPattern> pattern;
  std::string error;  // lower case; names the kinds when the kind is unknown
};
ParsedPattern ParseExclusionPattern(const std::string& text);

// ExclusionRule is a pattern and where it was given.
struct ExclusionRule {
  ExclusionPattern pattern;
  std::string origin;  // "schemac.toml:7:12", "--exclude"
};

// Scope is what a project manages: every schema (or only `include_schemas` when there are any),
// less what `exclude` names.
struct Scope {
  std::vector<std::string> include_schemas;
  std::string include_origin;  // where the list was given: "schemac.toml:4:19", "--include-schema"
  std::vector<ExclusionRule> exclude;

  bool Empty() const { return include_schemas.empty() && exclude.empty(); }
};

// ExcludedBy returns the rule of `scope` that excludes an object of kind `kind` (a token, as
// patterns name kinds) named `name` in `schema` ("" for what is in no schema), without its
// kind and identity; nothing when the scope keeps it.
std::optional<ExcludedObject> ExcludedBy(const Scope& scope, const std::string& kind,
                                         const std::string& schema, const std::string& name);

// ApplyScope removes from `catalog` every object `scope` leaves out, with what belongs to it,
// and moves the unmanaged items it names to the excluded ones: each goes to
// catalog.unmanaged.excluded, with the rule that excluded it.
void ApplyScope(const Scope& scope, Catalog& catalog);

}  // namespace schemac::catalog
