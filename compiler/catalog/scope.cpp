#include "schemac/catalog/scope.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "schemac/catalog/objects.h"

namespace schemac::catalog {
namespace {

// Kinds that are parts of a table, named with it: they are excluded with their table only.
bool IsTablePart(ObjectKind kind) {
  return kind == ObjectKind::kColumn || kind == ObjectKind::kConstraint;
}

// Glob matches `text` against `pattern`: `*` any run of characters, `?` one.
bool Glob(std::string_view pattern, std::string_view text) {
  size_t p = 0;
  size_t t = 0;
  size_t star = std::string_view::npos;
  size_t resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

// Token of a kind's words: "foreign table" -> "foreign_table", "foreign-data wrapper" ->
// "foreign_data_wrapper".
std::string TokenOfWord(std::string word) {
  std::replace(word.begin(), word.end(), ' ', '_');
  std::replace(word.begin(), word.end(), '-', '_');
  return word;
}

// The kinds of what introspection reports as not managed (introspect/queries/unmanaged.sql),
// besides the catalog's own kinds.
constexpr std::string_view kUnmanagedKinds[] = {
    "base type",  "language",     "procedure",  "row-level security", "security label",
    "shell type", "subscription", "tablespace", "transform"};

// KindTokens returns every kind token a pattern may name, sorted.
std::vector<std::string> KindTokens() {
  std::vector<std::string> tokens;
  for (const KindFacts& facts : Kinds()) {
    if (!IsTablePart(facts.kind)) {
      tokens.emplace_back(facts.token);
    }
  }
  for (std::string_view word : kUnmanagedKinds) {
    tokens.push_back(TokenOfWord(std::string(word)));
  }
  std::sort(tokens.begin(), tokens.end());
  return tokens;
}

bool Matches(const ExclusionPattern& pattern, const std::string& kind_token,
             const std::vector<std::string>& parts) {
  if (pattern.kind ? *pattern.kind != kind_token
                   : pattern.parts.size() == 1 && kind_token != "schema") {
    return false;  // a bare name is a schema
  }
  if (parts.size() != pattern.parts.size()) {
    return false;
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!Glob(pattern.parts[i], parts[i])) {
      return false;
    }
  }
  return true;
}

// The parts of an object's name that patterns match: the schema's or the extension's name alone,
// "schema.table.name" for what is named in a table, "schema.name" for the rest.
std::vector<std::string> PartsOf(const ObjectKey& key) {
  switch (Facts(key.kind).name_space) {
    case Namespace::kDatabase:
      return {key.name};
    case Namespace::kUserMappings:
      return {key.name, key.sub_name};  // "server.role"
    case Namespace::kDefaultPrivileges:
      return {key.name};  // the role ("" for the one that applies); its schema by the schema's rule
    case Namespace::kTriggers:
    case Namespace::kPolicies:
    case Namespace::kRules:
      return {key.schema, key.name, key.sub_name};
    default:
      return {key.schema, key.name};
  }
}

// Exclusion decides what a scope leaves out.
class Exclusion {
 public:
  explicit Exclusion(const Scope& scope) : scope_(scope) {}

  // Rule returns the rule that excludes an object of kind `token` named `parts` in `schema`, or
  // nothing.
  std::optional<ExcludedObject> Rule(const std::string& token, const std::string& schema,
                                     const std::vector<std::string>& parts) const {
    for (size_t rank = 0; rank < scope_.exclude.size(); ++rank) {
      const ExclusionRule& rule = scope_.exclude[rank];
      if (Matches(rule.pattern, token, parts) ||
          (!schema.empty() && Matches(rule.pattern, "schema", {schema}))) {
        return ExcludedObject{rank, rule.pattern.text, rule.origin, "", "", schema};
      }
    }
    if (!schema.empty() && !scope_.include_schemas.empty() &&
        std::find(scope_.include_schemas.begin(), scope_.include_schemas.end(), schema) ==
            scope_.include_schemas.end()) {
      return ExcludedObject{
          scope_.exclude.size(), "include-schemas", scope_.include_origin, "", "", schema};
    }
    return std::nullopt;
  }

 private:
  const Scope& scope_;
};

// Erase removes the object `key` names from `catalog`.
void Erase(Catalog& catalog, const ObjectKey& key) {
  QualifiedName name{key.schema, key.name};
  switch (key.kind) {
    case ObjectKind::kSchema:
      catalog.schemas.erase(key.name);
      return;
    case ObjectKind::kExtension:
      catalog.extensions.erase(key.name);
      return;
    case ObjectKind::kEnum:
      catalog.enums.erase(name);
      return;
    case ObjectKind::kSequence:
      catalog.sequences.erase(name);
      return;
    case ObjectKind::kTable:
      catalog.tables.erase(name);
      return;
    case ObjectKind::kIndex:
      catalog.indexes.erase(name);
      return;
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView:
      catalog.views.erase(name);
      return;
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate:
      catalog.functions.erase(FunctionName{key.schema, key.name, key.sub_name});
      return;
    case ObjectKind::kTrigger:
      catalog.triggers.erase(TriggerName{name, key.sub_name});
      return;
    case ObjectKind::kDomain:
      catalog.domains.erase(name);
      return;
    case ObjectKind::kComposite:
      catalog.composites.erase(name);
      return;
    case ObjectKind::kRange:
      catalog.ranges.erase(name);
      return;
    case ObjectKind::kPolicy:
      catalog.policies.erase(PolicyName{name, key.sub_name});
      return;
    case ObjectKind::kRule:
      catalog.rules.erase(RuleName{name, key.sub_name});
      return;
    case ObjectKind::kStatistics:
      catalog.statistics.erase(name);
      return;
    case ObjectKind::kCollation:
      catalog.collations.erase(name);
      return;
    case ObjectKind::kDefaultPrivileges:
      catalog.default_privileges.erase(DefaultPrivilegesOf(key));
      return;
    case ObjectKind::kTextSearchDictionary:
      catalog.text_search_dictionaries.erase(name);
      return;
    case ObjectKind::kTextSearchConfiguration:
    case ObjectKind::kTextSearchParser:
    case ObjectKind::kTextSearchTemplate:
      TextSearchObjects(catalog, key.kind).erase(name);
      return;
    case ObjectKind::kEventTrigger:
      catalog.event_triggers.erase(key.name);
      return;
    case ObjectKind::kAccessMethod:
      catalog.access_methods.erase(key.name);
      return;
    case ObjectKind::kOperator:
      catalog.operators.erase(FunctionName{key.schema, key.name, key.sub_name});
      return;
    case ObjectKind::kCast:
      catalog.casts.erase(CastName{key.name, key.sub_name});
      return;
    case ObjectKind::kPublication:
      catalog.publications.erase(key.name);
      return;
    case ObjectKind::kForeignDataWrapper:
      catalog.foreign_data_wrappers.erase(key.name);
      return;
    case ObjectKind::kServer:
      catalog.servers.erase(key.name);
      return;
    case ObjectKind::kUserMapping:
      catalog.user_mappings.erase(UserMappingName{key.name, key.sub_name});
      return;
    case ObjectKind::kConversion:
      catalog.conversions.erase(name);
      return;
    case ObjectKind::kOperatorFamily:
      catalog.operator_families.erase(OperatorClassName{key.schema, key.name, key.sub_name});
      return;
    case ObjectKind::kOperatorClass:
      catalog.operator_classes.erase(OperatorClassName{key.schema, key.name, key.sub_name});
      return;
    case ObjectKind::kColumn:
    case ObjectKind::kConstraint:
      return;  // parts go with their table
  }
}

// The table or view an object belongs to, when it belongs to one: an index's, a trigger's, a
// policy's, a rule's, a statistics object's table, a partition's parent, a sequence's owner.
std::optional<QualifiedName> OwnerRelation(const Catalog& catalog, const ObjectKey& key) {
  QualifiedName name{key.schema, key.name};
  switch (key.kind) {
    case ObjectKind::kIndex:
      return catalog.indexes.at(name).table;
    case ObjectKind::kStatistics:
      return catalog.statistics.at(name).table;
    case ObjectKind::kTrigger:
    case ObjectKind::kPolicy:
    case ObjectKind::kRule:
      return name;
    case ObjectKind::kTable:
      return catalog.tables.at(name).partition_of;
    case ObjectKind::kSequence: {
      const std::optional<ColumnRef>& owner = catalog.sequences.at(name).owned_by;
      return owner ? std::optional<QualifiedName>(owner->table) : std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

ParsedPattern ParseExclusionPattern(const std::string& text) {
  ExclusionPattern pattern;
  pattern.text = text;
  std::string name = text;
  if (size_t colon = text.find(':'); colon != std::string::npos) {
    std::string kind = text.substr(0, colon);
    name = text.substr(colon + 1);
    std::optional<ObjectKind> known = KindOfToken(kind);
    if (known && IsTablePart(*known)) {
      return {std::nullopt,
              "a " + kind + " cannot be excluded without its table; exclude the table"};
    }
    std::vector<std::string> tokens = KindTokens();
    if (!std::binary_search(tokens.begin(), tokens.end(), kind)) {
      std::string kinds;
      for (const std::string& token : tokens) {
        kinds += (kinds.empty() ? "" : ", ") + token;
      }
      return {std::nullopt, "\"" + kind +
                                "\" is not a kind of object; a pattern is "
                                "[kind:]name, the kind one of " +
                                kinds};
    }
    pattern.kind = kind;
  }
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    pattern.parts.push_back(name.substr(start, dot == std::string::npos ? dot : dot - start));
    if (dot == std::string::npos) {
      break;
    }
    start = dot + 1;
  }
  bool empty_part = std::any_of(pattern.parts.begin(), pattern.parts.end(),
                                [](const std::string& part) { return part.empty(); });
  if (empty_part || pattern.parts.size() > 3) {
    return {std::nullopt,
            "\"" + text +
                "\" is not a pattern; write schema, schema.name or "
                "schema.table.name, with * and ? as wildcards, after an optional kind "
                "(table:public.tmp_*)"};
  }
  return {std::move(pattern), ""};
}

std::optional<ExcludedObject> ExcludedBy(const Scope& scope, const std::string& kind,
                                         const std::string& schema, const std::string& name) {
  std::vector<std::string> parts =
      schema.empty() ? std::vector<std::string>{name} : std::vector<std::string>{schema, name};
  return Exclusion(scope).Rule(kind, schema, parts);
}

void ApplyScope(const Scope& scope, Catalog& catalog) {
  if (scope.Empty()) {
    return;
  }
  Exclusion exclusion(scope);
  std::map<ObjectKey, ExcludedObject> excluded;
  ForEachObject(std::as_const(catalog), [&](const ObjectKey& key, const auto& /*object*/) {
    if (IsTablePart(key.kind)) {
      return;
    }
    std::string schema = key.kind == ObjectKind::kSchema ? key.name : key.schema;
    if (auto rule = exclusion.Rule(std::string(Facts(key.kind).token), schema, PartsOf(key))) {
      excluded.emplace(key, std::move(*rule));
    }
  });
  // What belongs to an excluded table or view goes with it; partitions of partitions follow
  // their parents, hence the rounds.
  auto relation_rule = [&](const QualifiedName& relation) -> const ExcludedObject* {
    for (ObjectKind kind : {ObjectKind::kTable, ObjectKind::kView, ObjectKind::kMaterializedView}) {
      auto found = excluded.find({kind, relation.schema, relation.name, ""});
      if (found != excluded.end()) {
        return &found->second;
      }
    }
    return nullptr;
  };
  for (bool more = true; more;) {
    more = false;
    ForEachObject(std::as_const(catalog), [&](const ObjectKey& key, const auto& /*object*/) {
      if (IsTablePart(key.kind) || excluded.count(key) != 0) {
        return;
      }
      if (std::optional<QualifiedName> owner = OwnerRelation(catalog, key)) {
        if (const ExcludedObject* rule = relation_rule(*owner)) {
          excluded.emplace(key, *rule);
          more = true;
        }
      }
    });
  }
  auto gone = [&](const ObjectKey& key) { return excluded.count(ParentKey(key)) != 0; };
  // What an excluded object uses stays, and so does what it is made of: the plan may neither
  // drop it nor retype a column under it. A sequence's use of the column that owns it is no
  // such use (it goes with the column), and a schema that keeps excluded objects is an error of
  // its own (schema-not-empty).
  for (const Dependency& dependency : catalog.dependencies.value) {
    if (gone(dependency.object) && !gone(dependency.referenced) &&
        dependency.object.kind != ObjectKind::kSequence &&
        dependency.referenced.kind != ObjectKind::kSchema) {
      ObjectKind kind = dependency.object.kind;
      bool blocks_retype = kind == ObjectKind::kView || kind == ObjectKind::kMaterializedView ||
                           kind == ObjectKind::kRule || kind == ObjectKind::kPolicy ||
                           kind == ObjectKind::kTrigger || kind == ObjectKind::kFunction;
      catalog.used_by_others.value[dependency.referenced].push_back(
          {std::string(KindName(kind)) + " " + KeyText(dependency.object) + " (excluded)",
           blocks_retype});
    }
  }
  for (auto& [used, users] : catalog.used_by_others.value) {
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
  }
  std::erase_if(catalog.privileges, [&](const auto& entry) { return gone(entry.first); });
  std::erase_if(catalog.dependencies.value, [&](const Dependency& dependency) {
    return gone(dependency.object) || gone(dependency.referenced);
  });
  for (auto& [key, item] : excluded) {
    Erase(catalog, key);
    item.kind = std::string(KindName(key.kind));
    item.identity = KeyText(key);
    item.schema = key.kind == ObjectKind::kSchema ? key.name : key.schema;
    catalog.unmanaged.excluded.push_back(std::move(item));
  }
  std::erase_if(catalog.unmanaged.items, [&](const UnmanagedObject& item) {
    std::optional<ExcludedObject> rule =
        ExcludedBy(scope, TokenOfWord(item.kind), item.schema, item.name);
    if (!rule) {
      return false;
    }
    rule->kind = item.kind;
    rule->identity = item.identity.empty() ? item.Title() : item.identity;
    catalog.unmanaged.excluded.push_back(std::move(*rule));
    return true;
  });
  catalog.unmanaged.Sort();
}

}  // namespace schemac::catalog
