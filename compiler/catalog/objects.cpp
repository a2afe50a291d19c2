#include "schemac/catalog/objects.h"

#include <array>

namespace schemac::catalog {
namespace {

constexpr std::array<KindFacts, 36> kKinds = {{
    // kind, word, token, rank, parent, namespace, commentable, recreated with dependency,
    // recreated when a column it uses is retyped
    {ObjectKind::kSchema, "schema", "schema", 0, std::nullopt, Namespace::kDatabase, true, false,
     false},
    {ObjectKind::kExtension, "extension", "extension", 1, std::nullopt, Namespace::kDatabase, true,
     false, false},
    {ObjectKind::kEnum, "enum type", "enum", 2, std::nullopt, Namespace::kTypes, true, false,
     false},
    {ObjectKind::kSequence, "sequence", "sequence", 3, std::nullopt, Namespace::kRelations, true,
     false, false},
    {ObjectKind::kTable, "table", "table", 4, std::nullopt, Namespace::kRelations, true, false,
     false},
    {ObjectKind::kColumn, "column", "column", 5, ObjectKind::kTable, Namespace::kTable, true, false,
     false},
    {ObjectKind::kConstraint, "constraint", "constraint", 6, ObjectKind::kTable, Namespace::kTable,
     true, true, false},
    {ObjectKind::kIndex, "index", "index", 7, std::nullopt, Namespace::kRelations, true, true,
     false},
    {ObjectKind::kView, "view", "view", 8, std::nullopt, Namespace::kRelations, true, true, true},
    // A function is recreated with a type it takes or returns; its SQL-standard body keeps it
    // from a column's type change, as a view's query does.
    {ObjectKind::kFunction, "function", "function", 9, std::nullopt, Namespace::kRoutines, true,
     true, true},
    // A trigger is on a table or a view; it goes with its function when that is recreated, and
    // PostgreSQL refuses to change the type of a column its WHEN or UPDATE OF uses.
    {ObjectKind::kTrigger, "trigger", "trigger", 10, std::nullopt, Namespace::kTriggers, true, true,
     true},
    {ObjectKind::kDomain, "domain", "domain", 11, std::nullopt, Namespace::kTypes, true, false,
     false},
    // A materialized view is recreated as a view is; its rows go with it and are computed again.
    {ObjectKind::kMaterializedView, "materialized view", "materialized_view", 12, std::nullopt,
     Namespace::kRelations, true, true, true},
    // A composite type's name is taken among the relations as well (its pg_class row). It is
    // recreated with a type of its attributes that is (an enum type).
    {ObjectKind::kComposite, "composite type", "composite", 13, std::nullopt, Namespace::kTypes,
     true, true, false},
    // A range type stands for its multirange type too. It is recreated with its subtype or a
    // function of its that is.
    {ObjectKind::kRange, "range type", "range", 14, std::nullopt, Namespace::kTypes, true, true,
     false},
    // An aggregate is recreated with the functions and types it is made of.
    {ObjectKind::kAggregate, "aggregate", "aggregate", 15, std::nullopt, Namespace::kRoutines, true,
     true, false},
    // A policy is on a table; it goes with a function its expressions call when that is recreated,
    // and PostgreSQL refuses to change the type of a column they use.
    {ObjectKind::kPolicy, "policy", "policy", 16, std::nullopt, Namespace::kPolicies, true, true,
     true},
    // A rule is on a table or a view; it goes with what its action uses when that is recreated,
    // and PostgreSQL refuses to change the type of a column it reads.
    {ObjectKind::kRule, "rule", "rule", 17, std::nullopt, Namespace::kRules, true, true, true},
    // A statistics object is on columns or expressions of a table; it goes with a type its
    // expressions use when that is recreated, and is rebuilt by the server when a column's type
    // changes.
    {ObjectKind::kStatistics, "statistics object", "statistics", 18, std::nullopt,
     Namespace::kStatistics, true, true, false},
    // A collation is used by columns, indexes and types, which PostgreSQL keeps from dropping it.
    {ObjectKind::kCollation, "collation", "collation", 19, std::nullopt, Namespace::kCollations,
     true, false, false},
    // Default privileges are not an object of their own in PostgreSQL (a pg_default_acl row),
    // but are declared, compared and changed as one.
    {ObjectKind::kDefaultPrivileges, "default privileges", "default_privileges", 20, std::nullopt,
     Namespace::kDefaultPrivileges, false, false, false},
    // A text search dictionary is used by configurations, which PostgreSQL keeps from dropping it;
    // it goes with its template when that is recreated.
    {ObjectKind::kTextSearchDictionary, "text search dictionary", "text_search_dictionary", 21,
     std::nullopt, Namespace::kTextSearchDictionaries, true, true, false},
    // A text search configuration goes with a dictionary it maps to when that is recreated; the
    // expressions that name it (to_tsvector('s.n', ...)) are kept from dropping it.
    {ObjectKind::kTextSearchConfiguration, "text search configuration", "text_search_configuration",
     22, std::nullopt, Namespace::kTextSearchConfigurations, true, true, false},
    // An event trigger fires on DDL; it goes with its function when that is recreated.
    {ObjectKind::kEventTrigger, "event trigger", "event_trigger", 23, std::nullopt,
     Namespace::kDatabase, true, true, false},
    // An operator goes with its function or a type of its arguments when that is recreated.
    {ObjectKind::kOperator, "operator", "operator", 24, std::nullopt, Namespace::kOperators, true,
     true, false},
    // A cast goes with its function or one of its types when that is recreated.
    {ObjectKind::kCast, "cast", "cast", 25, std::nullopt, Namespace::kCasts, true, true, false},
    // A publication names tables, which leave it when they are dropped: it goes with one that is
    // recreated, to name it again.
    {ObjectKind::kPublication, "publication", "publication", 26, std::nullopt, Namespace::kDatabase,
     true, true, false},
    // A foreign-data wrapper goes with its handler or validator function when that is recreated.
    {ObjectKind::kForeignDataWrapper, "foreign-data wrapper", "foreign_data_wrapper", 27,
     std::nullopt, Namespace::kDatabase, true, true, false},
    // A server goes with its wrapper when that is recreated.
    {ObjectKind::kServer, "server", "server", 28, std::nullopt, Namespace::kDatabase, true, true,
     false},
    // A user mapping goes with its server when that is recreated.
    {ObjectKind::kUserMapping, "user mapping", "user_mapping", 29, std::nullopt,
     Namespace::kUserMappings, false, true, false},
    // An operator family goes with a function or operator of its members when that is recreated;
    // its classes go with it.
    {ObjectKind::kOperatorFamily, "operator family", "operator_family", 30, std::nullopt,
     Namespace::kOperatorFamilies, true, true, false},
    // An operator class goes with its family, its types and the functions and operators it is
    // made of when they are recreated; the indexes, constraints and range types that use it go
    // with it.
    {ObjectKind::kOperatorClass, "operator class", "operator_class", 31, std::nullopt,
     Namespace::kOperatorClasses, true, true, false},
    // A text search parser or template is made of functions, and goes with one that is
    // recreated; configurations use parsers, dictionaries templates.
    {ObjectKind::kTextSearchParser, "text search parser", "text_search_parser", 32, std::nullopt,
     Namespace::kTextSearchParsers, true, true, false},
    {ObjectKind::kTextSearchTemplate, "text search template", "text_search_template", 33,
     std::nullopt, Namespace::kTextSearchTemplates, true, true, false},
    // A conversion goes with its function when that is recreated.
    {ObjectKind::kConversion, "conversion", "conversion", 34, std::nullopt, Namespace::kConversions,
     true, true, false},
    // An access method goes with its handler function when that is recreated; the tables,
    // materialized views, indexes and operator classes that use it keep it from being dropped.
    {ObjectKind::kAccessMethod, "access method", "access_method", 35, std::nullopt,
     Namespace::kDatabase, true, true, false},
}};

}  // namespace

std::span<const KindFacts> Kinds() {
  return kKinds;
}

const KindFacts& Facts(ObjectKind kind) {
  for (const KindFacts& facts : kKinds) {
    if (facts.kind == kind) {
      return facts;
    }
  }
  return kKinds[0];  // unreachable: every kind is in the table (tested)
}

bool NamedWithArguments(ObjectKind kind) {
  Namespace name_space = Facts(kind).name_space;
  return name_space == Namespace::kRoutines || name_space == Namespace::kOperators;
}

bool UsesMethod(ObjectKind kind) {
  Namespace name_space = Facts(kind).name_space;
  return name_space == Namespace::kOperatorFamilies || name_space == Namespace::kOperatorClasses;
}

std::optional<ObjectKind> KindOfToken(std::string_view token) {
  for (const KindFacts& facts : kKinds) {
    if (facts.token == token) {
      return facts.kind;
    }
  }
  return std::nullopt;
}

std::string_view KindName(ObjectKind kind) {
  return Facts(kind).word;
}

ObjectKey SchemaKey(const std::string& schema) {
  return {ObjectKind::kSchema, schema, schema, ""};
}
ObjectKey ExtensionKey(const Extension& extension) {
  return {ObjectKind::kExtension, extension.schema, extension.name, ""};
}
ObjectKey EnumKey(const QualifiedName& name) {
  return {ObjectKind::kEnum, name.schema, name.name, ""};
}
ObjectKey SequenceKey(const QualifiedName& name) {
  return {ObjectKind::kSequence, name.schema, name.name, ""};
}
ObjectKey TableKey(const QualifiedName& table) {
  return {ObjectKind::kTable, table.schema, table.name, ""};
}
ObjectKey ColumnKey(const QualifiedName& table, const std::string& column) {
  return {ObjectKind::kColumn, table.schema, table.name, column};
}
ObjectKey ConstraintKey(const QualifiedName& table, const std::string& constraint) {
  return {ObjectKind::kConstraint, table.schema, table.name, constraint};
}
ObjectKey IndexKeyOf(const QualifiedName& index) {
  return {ObjectKind::kIndex, index.schema, index.name, ""};
}

ObjectKey ViewKey(const QualifiedName& view) {
  return {ObjectKind::kView, view.schema, view.name, ""};
}

ObjectKey MaterializedViewKey(const QualifiedName& view) {
  return {ObjectKind::kMaterializedView, view.schema, view.name, ""};
}

ObjectKey KeyOf(const View& view) {
  return view.materialized ? MaterializedViewKey(view.name) : ViewKey(view.name);
}

ObjectKey FunctionKey(const FunctionName& function) {
  return {ObjectKind::kFunction, function.schema, function.name, function.arguments};
}

ObjectKey AggregateKey(const FunctionName& aggregate) {
  return {ObjectKind::kAggregate, aggregate.schema, aggregate.name, aggregate.arguments};
}

ObjectKey KeyOf(const Function& function) {
  return function.aggregate ? AggregateKey(function.name) : FunctionKey(function.name);
}

ObjectKey TriggerKey(const TriggerName& trigger) {
  return {ObjectKind::kTrigger, trigger.table.schema, trigger.table.name, trigger.name};
}

ObjectKey DomainKey(const QualifiedName& domain) {
  return {ObjectKind::kDomain, domain.schema, domain.name, ""};
}

ObjectKey CompositeKey(const QualifiedName& type) {
  return {ObjectKind::kComposite, type.schema, type.name, ""};
}

ObjectKey RangeKey(const QualifiedName& type) {
  return {ObjectKind::kRange, type.schema, type.name, ""};
}

ObjectKey PolicyKey(const PolicyName& policy) {
  return {ObjectKind::kPolicy, policy.table.schema, policy.table.name, policy.name};
}

ObjectKey StatisticsKey(const QualifiedName& statistics) {
  return {ObjectKind::kStatistics, statistics.schema, statistics.name, ""};
}

ObjectKey CollationKey(const QualifiedName& collation) {
  return {ObjectKind::kCollation, collation.schema, collation.name, ""};
}
ObjectKey TextSearchDictionaryKey(const QualifiedName& dictionary) {
  return {ObjectKind::kTextSearchDictionary, dictionary.schema, dictionary.name, ""};
}
ObjectKey TextSearchConfigurationKey(const QualifiedName& configuration) {
  return {ObjectKind::kTextSearchConfiguration, configuration.schema, configuration.name, ""};
}
ObjectKey KeyOf(const TextSearch& object) {
  return {object.kind, object.name.schema, object.name.name, ""};
}
ObjectKey EventTriggerKey(const std::string& name) {
  return {ObjectKind::kEventTrigger, "", name, ""};
}
ObjectKey AccessMethodKey(const std::string& name) {
  return {ObjectKind::kAccessMethod, "", name, ""};
}
ObjectKey OperatorKey(const FunctionName& name) {
  return {ObjectKind::kOperator, name.schema, name.name, name.arguments};
}
ObjectKey CastKey(const CastName& name) {
  return {ObjectKind::kCast, "", name.source, name.target};
}
ObjectKey PublicationKey(const std::string& name) {
  return {ObjectKind::kPublication, "", name, ""};
}
ObjectKey ForeignDataWrapperKey(const std::string& name) {
  return {ObjectKind::kForeignDataWrapper, "", name, ""};
}
ObjectKey ServerKey(const std::string& name) {
  return {ObjectKind::kServer, "", name, ""};
}
ObjectKey UserMappingKey(const UserMappingName& name) {
  return {ObjectKind::kUserMapping, "", name.server, name.user};
}

ObjectKey ConversionKey(const QualifiedName& conversion) {
  return {ObjectKind::kConversion, conversion.schema, conversion.name, ""};
}

ObjectKey OperatorFamilyKey(const OperatorClassName& name) {
  return {ObjectKind::kOperatorFamily, name.schema, name.name, name.method};
}

ObjectKey OperatorClassKey(const OperatorClassName& name) {
  return {ObjectKind::kOperatorClass, name.schema, name.name, name.method};
}

ObjectKey KeyOf(const OperatorClass& object) {
  return object.kind == ObjectKind::kOperatorFamily ? OperatorFamilyKey(object.name)
                                                    : OperatorClassKey(object.name);
}

ObjectKey RuleKey(const RuleName& rule) {
  return {ObjectKind::kRule, rule.table.schema, rule.table.name, rule.name};
}

ObjectKey DefaultPrivilegesKey(const DefaultPrivilegesName& name) {
  return {ObjectKind::kDefaultPrivileges, name.schema, name.role, name.object_type};
}

DefaultPrivilegesName DefaultPrivilegesOf(const ObjectKey& key) {
  return {key.name, key.schema, key.sub_name};
}

std::string KeyText(const ObjectKey& key) {
  const KindFacts& facts = Facts(key.kind);
  if (facts.name_space == Namespace::kDefaultPrivileges) {
    std::string text = "on " + key.sub_name;
    if (!key.name.empty()) {
      text += " for role " + key.name;
    }
    return key.schema.empty() ? text : text + " in schema " + key.schema;
  }
  if (NamedWithArguments(key.kind)) {
    return FunctionName{key.schema, key.name, key.sub_name}.Text();
  }
  if (facts.name_space == Namespace::kCasts) {
    return CastName{key.name, key.sub_name}.Text();
  }
  if (facts.name_space == Namespace::kUserMappings) {
    return UserMappingName{key.name, key.sub_name}.Text();
  }
  if (UsesMethod(key.kind)) {
    return OperatorClassName{key.schema, key.name, key.sub_name}.Text();
  }
  std::string text = facts.name_space == Namespace::kDatabase
                         ? key.name
                         : QualifiedName{key.schema, key.name}.Text();
  return key.sub_name.empty() ? text : text + "." + key.sub_name;
}

ObjectKey ParentKey(const ObjectKey& key) {
  std::optional<ObjectKind> parent = Facts(key.kind).parent;
  if (!parent && (NamedWithArguments(key.kind) ||
                  Facts(key.kind).name_space == Namespace::kDefaultPrivileges ||
                  Facts(key.kind).name_space == Namespace::kCasts ||
                  Facts(key.kind).name_space == Namespace::kUserMappings || UsesMethod(key.kind))) {
    return key;  // its arguments, what it applies to or its method are part of its name
  }
  return {parent.value_or(key.kind), key.schema, key.name, ""};
}

}  // namespace schemac::catalog
