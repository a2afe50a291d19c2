// One place for what schemac knows about each kind of object: its facts (the words that name it,
// its rank among kinds, its parent, the namespace its name lives in), the keys that identify its
// objects, and a visitor over every object of a catalog. Code that needs to go over "every
// object" or to tell kinds apart asks here instead of listing the kinds itself.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// Namespace is where an object's name must be unique.
enum class Namespace {
  // schemas, extensions, event triggers, publications, foreign-data wrappers, servers, access
  // methods (each kind its own)
  kDatabase,
  kRelations,     // tables, sequences, indexes (and the indexes of keys) of one schema
  kTypes,         // types of one schema (enum types; a table's row type also takes its name)
  kTable,         // columns and constraints of one table
  kRoutines,      // functions and procedures of one schema, told apart by their argument types
  kTriggers,      // triggers of one table or view
  kPolicies,      // policies of one table
  kRules,         // rules of one table or view
  kStatistics,    // statistics objects of one schema
  kCollations,    // collations of one schema
  kOperators,     // operators of one schema, told apart by their argument types
  kCasts,         // casts of the database, by source and target type
  kUserMappings,  // user mappings of the database, by server and role
  kTextSearchDictionaries,    // text search dictionaries of one schema
  kTextSearchConfigurations,  // text search configurations of one schema
  kConversions,               // conversions of one schema
  kTextSearchParsers,         // text search parsers of one schema
  kTextSearchTemplates,       // text search templates of one schema
  kOperatorFamilies,          // operator families of one schema and index access method
  kOperatorClasses,           // operator classes of one schema and index access method
  // default privileges, by role, schema (or none) and the kind of object they apply to
  kDefaultPrivileges,
};

// KindFacts are the facts about one kind.
struct KindFacts {
  ObjectKind kind;
  std::string_view word;   // for people: "enum type"
  std::string_view token;  // one lower-case word for machines (JSON): "enum"
  // Where the kind comes in listings of kinds (lower first); plans are ordered by the
  // dependency graph, not by it.
  int rank;
  std::optional<ObjectKind> parent;  // the kind a part belongs to (a column's table)
  Namespace name_space;
  bool commentable;
  // Whether an object of the kind that stays must be dropped and created again around a change
  // of what it depends on: when that is dropped or created again (an index on an enum that is
  // recreated, a view on a view that is recreated), and, with `recreated_when_column_retyped`,
  // when a column it uses changes type (PostgreSQL converts indexes and constraints itself, but
  // refuses to change a column a view uses).
  bool recreated_with_dependency;
  bool recreated_when_column_retyped;
};

// Kinds returns the facts of every kind, in rank order; Facts those of one kind.
std::span<const KindFacts> Kinds();
const KindFacts& Facts(ObjectKind kind);
// NamedWithArguments says whether objects of `kind` are told apart by their argument types as
// well as their name (functions, aggregates, operators): a key's sub-name holds them.
bool NamedWithArguments(ObjectKind kind);
// UsesMethod says whether objects of `kind` are told apart by an index access method as well as
// their name (operator families and classes): a key's sub-name holds it.
bool UsesMethod(ObjectKind kind);
// KindOfToken returns the kind whose token is `token`, if there is one.
std::optional<ObjectKind> KindOfToken(std::string_view token);

// The keys of objects, as every phase writes them.
ObjectKey SchemaKey(const std::string& schema);
ObjectKey ExtensionKey(const Extension& extension);
ObjectKey EnumKey(const QualifiedName& name);
ObjectKey SequenceKey(const QualifiedName& name);
ObjectKey TableKey(const QualifiedName& table);
ObjectKey ColumnKey(const QualifiedName& table, const std::string& column);
ObjectKey ConstraintKey(const QualifiedName& table, const std::string& constraint);
ObjectKey IndexKeyOf(const QualifiedName& index);
ObjectKey ViewKey(const QualifiedName& view);
ObjectKey MaterializedViewKey(const QualifiedName& view);
// KeyOf a view is its ViewKey, or its MaterializedViewKey when it is materialized.
ObjectKey KeyOf(const View& view);
ObjectKey FunctionKey(const FunctionName& function);
ObjectKey AggregateKey(const FunctionName& aggregate);
// KeyOf a function or procedure is its FunctionKey, of an aggregate its AggregateKey.
ObjectKey KeyOf(const Function& function);
ObjectKey TriggerKey(const TriggerName& trigger);
ObjectKey DomainKey(const QualifiedName& domain);
ObjectKey CompositeKey(const QualifiedName& type);
ObjectKey RangeKey(const QualifiedName& type);
ObjectKey PolicyKey(const PolicyName& policy);
ObjectKey RuleKey(const RuleName& rule);
ObjectKey StatisticsKey(const QualifiedName& statistics);
ObjectKey CollationKey(const QualifiedName& collation);
ObjectKey TextSearchDictionaryKey(const QualifiedName& dictionary);
ObjectKey TextSearchConfigurationKey(const QualifiedName& configuration);
// KeyOf a text search object is its dictionary's, configuration's, parser's or template's key.
ObjectKey KeyOf(const TextSearch& object);
// TextSearchObjects returns the map of `catalog` (const or not) that holds the text search
// objects of `kind` (kTextSearchDictionary, kTextSearchConfiguration, kTextSearchParser or
// kTextSearchTemplate).
template <typename CatalogT>
auto& TextSearchObjects(CatalogT& catalog, ObjectKind kind) {
  switch (kind) {
    case ObjectKind::kTextSearchDictionary:
      return catalog.text_search_dictionaries;
    case ObjectKind::kTextSearchParser:
      return catalog.text_search_parsers;
    case ObjectKind::kTextSearchTemplate:
      return catalog.text_search_templates;
    default:
      return catalog.text_search_configurations;
  }
}
ObjectKey EventTriggerKey(const std::string& name);
ObjectKey AccessMethodKey(const std::string& name);
ObjectKey OperatorKey(const FunctionName& name);
// The key of a cast: no schema, its source type as name, its target type as sub-name.
ObjectKey CastKey(const CastName& name);
ObjectKey PublicationKey(const std::string& name);
ObjectKey ForeignDataWrapperKey(const std::string& name);
ObjectKey ServerKey(const std::string& name);
// The key of a user mapping: no schema, its server as name, its role as sub-name.
ObjectKey UserMappingKey(const UserMappingName& name);
ObjectKey ConversionKey(const QualifiedName& conversion);
// The key of an operator family or class: its schema, its name, its index access method as
// sub-name.
ObjectKey OperatorFamilyKey(const OperatorClassName& name);
ObjectKey OperatorClassKey(const OperatorClassName& name);
ObjectKey KeyOf(const OperatorClass& object);
// The key of default privileges: the schema they hold in ("" for every schema), the role ("" for
// the role that applies) as name, the kind of object they apply to as sub-name.
ObjectKey DefaultPrivilegesKey(const DefaultPrivilegesName& name);
DefaultPrivilegesName DefaultPrivilegesOf(const ObjectKey& key);
// ParentKey returns the key of what a part belongs to (a column's or a constraint's table), and
// the key itself, without its sub-name, for every other kind.
ObjectKey ParentKey(const ObjectKey& key);

// KeyText returns the name of the object `key` names, unquoted, for messages: the name alone
// for what lives in the database (a schema, an extension), "schema.name" otherwise, and
// ".sub_name" after it for a part ("app.users.email"), "(arguments)" for a function; for
// default privileges, what they apply to ("on tables for role app in schema sales").
std::string KeyText(const ObjectKey& key);

// ForEachObject calls `visit(key, object)` for every object of `catalog` (const or not), the
// object typed as what it is (Schema, Extension, EnumType, Sequence, Table, Column, Constraint,
// Index, View (materialized or not), Function (or aggregate), Trigger, Domain, CompositeType,
// RangeType, Policy, Rule, Statistics, Collation, DefaultPrivileges, TextSearch, EventTrigger,
// AccessMethod, Operator, Cast, Publication, ForeignDataWrapper, ForeignServer, UserMapping):
// kinds in rank order, each table followed by its columns in declaration order and its constraints
// by name.
template <typename CatalogT, typename Visit>
void ForEachObject(CatalogT& catalog, Visit&& visit) {
  for (auto& [name, schema] : catalog.schemas) {
    visit(SchemaKey(name), schema);
  }
  for (auto& [name, extension] : catalog.extensions) {
    visit(ExtensionKey(extension), extension);
  }
  for (auto& [name, type] : catalog.enums) {
    visit(EnumKey(name), type);
  }
  for (auto& [name, sequence] : catalog.sequences) {
    visit(SequenceKey(name), sequence);
  }
  for (auto& [name, table] : catalog.tables) {
    visit(TableKey(name), table);
    for (auto& column : table.columns) {
      visit(ColumnKey(name, column.name), column);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      visit(ConstraintKey(name, constraint_name), constraint);
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    visit(IndexKeyOf(name), index);
  }
  for (auto& [name, view] : catalog.views) {
    visit(KeyOf(view), view);
  }
  for (auto& [name, function] : catalog.functions) {
    visit(KeyOf(function), function);
  }
  for (auto& [name, trigger] : catalog.triggers) {
    visit(TriggerKey(name), trigger);
  }
  for (auto& [name, domain] : catalog.domains) {
    visit(DomainKey(name), domain);
  }
  for (auto& [name, type] : catalog.composites) {
    visit(CompositeKey(name), type);
  }
  for (auto& [name, type] : catalog.ranges) {
    visit(RangeKey(name), type);
  }
  for (auto& [name, policy] : catalog.policies) {
    visit(PolicyKey(name), policy);
  }
  for (auto& [name, rule] : catalog.rules) {
    visit(RuleKey(name), rule);
  }
  for (auto& [name, statistics] : catalog.statistics) {
    visit(StatisticsKey(name), statistics);
  }
  for (auto& [name, collation] : catalog.collations) {
    visit(CollationKey(name), collation);
  }
  for (auto& [name, defaults] : catalog.default_privileges) {
    visit(DefaultPrivilegesKey(name), defaults);
  }
  for (auto& [name, dictionary] : catalog.text_search_dictionaries) {
    visit(TextSearchDictionaryKey(name), dictionary);
  }
  for (auto& [name, configuration] : catalog.text_search_configurations) {
    visit(TextSearchConfigurationKey(name), configuration);
  }
  for (auto* objects : {&catalog.text_search_parsers, &catalog.text_search_templates}) {
    for (auto& [name, object] : *objects) {
      visit(KeyOf(object), object);
    }
  }
  for (auto& [name, trigger] : catalog.event_triggers) {
    visit(EventTriggerKey(name), trigger);
  }
  for (auto& [name, method] : catalog.access_methods) {
    visit(AccessMethodKey(name), method);
  }
  for (auto& [name, op] : catalog.operators) {
    visit(OperatorKey(name), op);
  }
  for (auto& [name, cast] : catalog.casts) {
    visit(CastKey(name), cast);
  }
  for (auto& [name, publication] : catalog.publications) {
    visit(PublicationKey(name), publication);
  }
  for (auto& [name, wrapper] : catalog.foreign_data_wrappers) {
    visit(ForeignDataWrapperKey(name), wrapper);
  }
  for (auto& [name, server] : catalog.servers) {
    visit(ServerKey(name), server);
  }
  for (auto& [name, mapping] : catalog.user_mappings) {
    visit(UserMappingKey(name), mapping);
  }
  for (auto& [name, conversion] : catalog.conversions) {
    visit(ConversionKey(name), conversion);
  }
  for (auto& [name, family] : catalog.operator_families) {
    visit(OperatorFamilyKey(name), family);
  }
  for (auto& [name, type] : catalog.operator_classes) {
    visit(OperatorClassKey(name), type);
  }
}

// VisitObject calls `visit(object)` with the object of `catalog` that `key` names, typed as in
// ForEachObject, and says whether there was one.
template <typename CatalogT, typename Visit>
bool VisitObject(CatalogT& catalog, const ObjectKey& key, Visit&& visit) {
  auto in = [&](auto& map, const auto& name) {
    auto it = map.find(name);
    if (it == map.end()) {
      return false;
    }
    visit(it->second);
    return true;
  };
  QualifiedName name{key.schema, key.name};
  switch (key.kind) {
    case ObjectKind::kSchema:
      return in(catalog.schemas, key.name);
    case ObjectKind::kExtension: {
      auto it = catalog.extensions.find(key.name);
      if (it == catalog.extensions.end() || it->second.schema != key.schema) {
        return false;
      }
      visit(it->second);
      return true;
    }
    case ObjectKind::kEnum:
      return in(catalog.enums, name);
    case ObjectKind::kSequence:
      return in(catalog.sequences, name);
    case ObjectKind::kTable:
      return in(catalog.tables, name);
    case ObjectKind::kIndex:
      return in(catalog.indexes, name);
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView: {
      auto it = catalog.views.find(name);
      if (it == catalog.views.end() ||
          it->second.materialized != (key.kind == ObjectKind::kMaterializedView)) {
        return false;
      }
      visit(it->second);
      return true;
    }
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate: {
      auto it = catalog.functions.find(FunctionName{key.schema, key.name, key.sub_name});
      if (it == catalog.functions.end() ||
          it->second.aggregate != (key.kind == ObjectKind::kAggregate)) {
        return false;
      }
      visit(it->second);
      return true;
    }
    case ObjectKind::kTrigger:
      return in(catalog.triggers, TriggerName{name, key.sub_name});
    case ObjectKind::kDomain:
      return in(catalog.domains, name);
    case ObjectKind::kComposite:
      return in(catalog.composites, name);
    case ObjectKind::kRange:
      return in(catalog.ranges, name);
    case ObjectKind::kPolicy:
      return in(catalog.policies, PolicyName{name, key.sub_name});
    case ObjectKind::kRule:
      return in(catalog.rules, RuleName{name, key.sub_name});
    case ObjectKind::kStatistics:
      return in(catalog.statistics, name);
    case ObjectKind::kCollation:
      return in(catalog.collations, name);
    case ObjectKind::kDefaultPrivileges:
      return in(catalog.default_privileges, DefaultPrivilegesOf(key));
    case ObjectKind::kTextSearchDictionary:
      return in(catalog.text_search_dictionaries, name);
    case ObjectKind::kTextSearchConfiguration:
      return in(catalog.text_search_configurations, name);
    case ObjectKind::kTextSearchParser:
      return in(catalog.text_search_parsers, name);
    case ObjectKind::kTextSearchTemplate:
      return in(catalog.text_search_templates, name);
    case ObjectKind::kEventTrigger:
      return in(catalog.event_triggers, key.name);
    case ObjectKind::kAccessMethod:
      return in(catalog.access_methods, key.name);
    case ObjectKind::kOperator:
      return in(catalog.operators, FunctionName{key.schema, key.name, key.sub_name});
    case ObjectKind::kCast:
      return in(catalog.casts, CastName{key.name, key.sub_name});
    case ObjectKind::kPublication:
      return in(catalog.publications, key.name);
    case ObjectKind::kForeignDataWrapper:
      return in(catalog.foreign_data_wrappers, key.name);
    case ObjectKind::kServer:
      return in(catalog.servers, key.name);
    case ObjectKind::kUserMapping:
      return in(catalog.user_mappings, UserMappingName{key.name, key.sub_name});
    case ObjectKind::kConversion:
      return in(catalog.conversions, name);
    case ObjectKind::kOperatorFamily:
      return in(catalog.operator_families, OperatorClassName{key.schema, key.name, key.sub_name});
    case ObjectKind::kOperatorClass:
      return in(catalog.operator_classes, OperatorClassName{key.schema, key.name, key.sub_name});
    case ObjectKind::kColumn: {
      auto table = catalog.tables.find(name);
      if (table == catalog.tables.end()) {
        return false;
      }
      for (auto& column : table->second.columns) {
        if (column.name == key.sub_name) {
          visit(column);
          return true;
        }
      }
      return false;
    }
    case ObjectKind::kConstraint: {
      auto table = catalog.tables.find(name);
      return table != catalog.tables.end() && in(table->second.constraints, key.sub_name);
    }
  }
  return false;
}

// Contains says whether `catalog` holds the object `key` names.
template <typename CatalogT>
bool Contains(CatalogT& catalog, const ObjectKey& key) {
  return VisitObject(catalog, key, [](const auto& /*object*/) {});
}

}  // namespace schemac::catalog
