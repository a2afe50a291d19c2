#include <nlohmann/json.hpp>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"

namespace schemac::catalog {
namespace {

using Json = nlohmann::ordered_json;

Json Optional(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json GrantsJson(const std::vector<Grant>& grants) {
  Json out = Json::array();
  for (const Grant& grant : grants) {
    out.push_back(Json{{"grantee", grant.grantee},
                       {"privilege", grant.privilege},
                       {"grantable", grant.grantable}});
  }
  return out;
}

Json OptionsJson(const StorageOptions& options) {
  Json out = Json::object();
  for (const auto& [name, value] : options) {
    out[name] = value;
  }
  return out;
}

Json SequenceOptionsJson(const SequenceOptions& options) {
  return Json{{"type", options.type},           {"increment", options.increment},
              {"min_value", options.min_value}, {"max_value", options.max_value},
              {"start", options.start},         {"cache", options.cache},
              {"cycle", options.cycle}};
}

std::string_view ConstraintTypeName(ConstraintType type) {
  switch (type) {
    case ConstraintType::kPrimaryKey:
      return "primary_key";
    case ConstraintType::kUnique:
      return "unique";
    case ConstraintType::kForeignKey:
      return "foreign_key";
    case ConstraintType::kCheck:
      return "check";
    case ConstraintType::kExclusion:
      return "exclusion";
  }
  return "check";
}

Json ColumnJson(const Column& column) {
  Json identity = nullptr;
  if (column.identity) {
    identity =
        Json{{"kind", column.identity->kind == IdentityKind::kAlways ? "always" : "by_default"},
             {"sequence", Json{{"schema", column.identity->sequence.schema},
                               {"name", column.identity->sequence.name}}},
             {"options", SequenceOptionsJson(column.identity->options)}};
  }
  return Json{{"name", column.name},
              {"type", column.type},
              {"collation", Optional(column.collation)},
              {"not_null", column.not_null},
              {"default", Optional(column.default_expression)},
              {"identity", identity},
              {"generated", Optional(column.generated_expression)},
              {"storage", Optional(column.storage)},
              {"compression", Optional(column.compression)},
              {"statistics", column.statistics ? Json(*column.statistics) : Json(nullptr)},
              {"attribute_options", OptionsJson(column.attribute_options)},
              {"options", OptionsJson(column.options)},
              {"comment", Optional(column.comment)}};
}

Json ColumnSettingsJson(const std::map<std::string, ColumnSettings>& columns) {
  Json out = Json::object();
  for (const auto& [name, settings] : columns) {
    out[name] =
        Json{{"storage", Optional(settings.storage)},
             {"compression", Optional(settings.compression)},
             {"statistics", settings.statistics ? Json(*settings.statistics) : Json(nullptr)},
             {"attribute_options", OptionsJson(settings.attribute_options)}};
  }
  return out;
}

Json ConstraintJson(const Constraint& constraint) {
  Json out = Json{{"name", constraint.name}, {"type", ConstraintTypeName(constraint.type)}};
  switch (constraint.type) {
    case ConstraintType::kPrimaryKey:
    case ConstraintType::kUnique:
      out["columns"] = constraint.columns;
      out["include"] = constraint.include;
      out["nulls_not_distinct"] = constraint.nulls_not_distinct;
      out["index_options"] = OptionsJson(constraint.index_options);
      out["index_comment"] = Optional(constraint.index_comment);
      break;
    case ConstraintType::kCheck:
      out["expression"] = constraint.expression;
      out["no_inherit"] = constraint.no_inherit;
      break;
    case ConstraintType::kExclusion:
      out["columns"] = constraint.columns;
      out["definition"] = constraint.expression;
      out["index_comment"] = Optional(constraint.index_comment);
      break;
    case ConstraintType::kForeignKey:
      out["columns"] = constraint.columns;
      out["referenced_table"] = Json{{"schema", constraint.referenced_table.schema},
                                     {"name", constraint.referenced_table.name}};
      out["referenced_columns"] = constraint.referenced_columns;
      out["match"] = MatchSql(constraint.match);
      out["on_update"] = ActionSql(constraint.on_update);
      out["on_delete"] = ActionSql(constraint.on_delete);
      out["on_delete_columns"] = constraint.on_delete_columns;
      break;
  }
  out["deferrable"] = constraint.deferrable;
  out["initially_deferred"] = constraint.initially_deferred;
  out["validated"] = constraint.validated;
  out["comment"] = Optional(constraint.comment);
  return out;
}

Json IndexJson(const Index& index) {
  Json keys = Json::array();
  for (const IndexKey& key : index.keys) {
    keys.push_back(
        Json{{"column", key.column.empty() ? Json(nullptr) : Json(key.column)},
             {"expression", key.expression.empty() ? Json(nullptr) : Json(key.expression)},
             {"collation", Optional(key.collation)},
             {"opclass", Optional(key.opclass)},
             {"opclass_options", OptionsJson(key.opclass_options)},
             {"descending", key.descending},
             {"nulls_first", key.nulls_first},
             {"statistics", key.statistics ? Json(*key.statistics) : Json(nullptr)}});
  }
  return Json{{"schema", index.name.schema},
              {"name", index.name.name},
              {"table", index.table.name},
              {"unique", index.unique},
              {"method", index.method},
              {"keys", keys},
              {"include", index.include},
              {"nulls_not_distinct", index.nulls_not_distinct},
              {"options", OptionsJson(index.options)},
              {"predicate", Optional(index.predicate)},
              {"comment", Optional(index.comment)}};
}

}  // namespace

std::string PrintJson(const Catalog& catalog) {
  Json out;
  out["format"] = "schemac-catalog";
  out["version"] = kJsonFormatVersion;
  Json schemas = Json::array();
  for (const auto& [name, schema] : catalog.schemas) {
    schemas.push_back(Json{{"name", name}, {"comment", Optional(schema.comment)}});
  }
  out["schemas"] = schemas;
  Json extensions = Json::array();
  for (const auto& [name, extension] : catalog.extensions) {
    extensions.push_back(Json{{"name", name},
                              {"schema", extension.schema},
                              {"version", Optional(extension.version)},
                              {"comment", Optional(extension.comment)}});
  }
  out["extensions"] = extensions;
  Json enums = Json::array();
  for (const auto& [name, type] : catalog.enums) {
    enums.push_back(Json{{"schema", name.schema},
                         {"name", name.name},
                         {"labels", type.labels},
                         {"comment", Optional(type.comment)}});
  }
  out["enums"] = enums;
  Json sequences = Json::array();
  for (const auto& [name, sequence] : catalog.sequences) {
    Json owned_by = nullptr;
    if (sequence.owned_by) {
      owned_by = Json{{"schema", sequence.owned_by->table.schema},
                      {"table", sequence.owned_by->table.name},
                      {"column", sequence.owned_by->column}};
    }
    sequences.push_back(Json{{"schema", name.schema},
                             {"name", name.name},
                             {"options", SequenceOptionsJson(sequence.options)},
                             {"unlogged", sequence.unlogged},
                             {"owned_by", owned_by},
                             {"comment", Optional(sequence.comment)}});
  }
  out["sequences"] = sequences;
  Json tables = Json::array();
  for (const auto& [name, table] : catalog.tables) {
    Json columns = Json::array();
    for (const Column& column : table.columns) {
      columns.push_back(ColumnJson(column));
    }
    Json constraints = Json::array();
    for (const auto& [constraint_name, constraint] : table.constraints) {
      constraints.push_back(ConstraintJson(constraint));
    }
    Json inherits = Json::array();
    for (const QualifiedName& parent : table.inherits) {
      inherits.push_back(parent.Text());
    }
    tables.push_back(Json{
        {"schema", name.schema},
        {"name", name.name},
        {"unlogged", table.unlogged},
        {"options", OptionsJson(table.options)},
        {"row_security", table.row_security},
        {"force_row_security", table.force_row_security},
        {"partition_by", Optional(table.partition_by)},
        {"partition_of", table.partition_of ? Json(table.partition_of->Text()) : Json(nullptr)},
        {"partition_bound", table.partition_of ? Json(table.partition_bound) : Json(nullptr)},
        {"inherits", inherits},
        {"of_type", table.of_type ? Json(table.of_type->Text()) : Json(nullptr)},
        {"cluster_on", Optional(table.cluster_on)},
        {"access_method", table.access_method.empty() ? "heap" : table.access_method},
        {"replica_identity", table.replica_identity == 'n'   ? "nothing"
                             : table.replica_identity == 'f' ? "full"
                             : table.replica_identity == 'i' ? "index"
                                                             : "default"},
        {"replica_index", Optional(table.replica_index)},
        {"foreign", table.foreign ? Json{{"server", table.foreign->server},
                                         {"options", OptionsJson(table.foreign->options)}}
                                  : Json(nullptr)},
        {"columns", columns},
        {"constraints", constraints},
        {"comment", Optional(table.comment)}});
  }
  out["tables"] = tables;
  Json indexes = Json::array();
  for (const auto& [name, index] : catalog.indexes) {
    indexes.push_back(IndexJson(index));
  }
  out["indexes"] = indexes;
  Json views = Json::array();
  for (const auto& [name, view] : catalog.views) {
    Json columns = Json::array();
    for (const ViewColumn& column : view.columns) {
      columns.push_back(Json{{"name", column.name},
                             {"type", column.type.empty() ? Json(nullptr) : Json(column.type)}});
    }
    views.push_back(Json{{"schema", name.schema},
                         {"name", name.name},
                         {"materialized", view.materialized},
                         {"columns", columns},
                         {"query", view.query},
                         {"options", OptionsJson(view.options)},
                         {"cluster_on", Optional(view.cluster_on)},
                         {"access_method", !view.materialized           ? Json(nullptr)
                                           : view.access_method.empty() ? Json("heap")
                                                                        : Json(view.access_method)},
                         {"comment", Optional(view.comment)},
                         {"column_comments", view.column_comments},
                         {"column_defaults", view.column_defaults},
                         {"column_settings", ColumnSettingsJson(view.column_settings)}});
  }
  out["views"] = views;
  Json functions = Json::array();
  for (const auto& [name, function] : catalog.functions) {
    functions.push_back(Json{
        {"schema", name.schema},
        {"name", name.name},
        {"arguments", name.arguments},
        {"kind", function.aggregate   ? "aggregate"
                 : function.procedure ? "procedure"
                                      : "function"},
        {"result", function.procedure ? Json(nullptr) : Json(function.result)},
        {"language", function.language.empty() ? Json(nullptr) : Json(function.language)},
        {"definition", function.definition.empty() ? Json(nullptr) : Json(function.definition)},
        {"comment", Optional(function.comment)}});
  }
  out["functions"] = functions;
  Json triggers = Json::array();
  for (const auto& [name, trigger] : catalog.triggers) {
    triggers.push_back(
        Json{{"schema", name.table.schema},
             {"table", name.table.name},
             {"name", name.name},
             {"enabled", std::string(1, trigger.enabled)},
             {"definition", trigger.definition.empty() ? Json(nullptr) : Json(trigger.definition)},
             {"comment", Optional(trigger.comment)}});
  }
  out["triggers"] = triggers;
  Json rules = Json::array();
  for (const auto& [name, rule] : catalog.rules) {
    rules.push_back(
        Json{{"schema", name.table.schema},
             {"table", name.table.name},
             {"name", name.name},
             {"enabled", std::string(1, rule.enabled)},
             {"definition", rule.definition.empty() ? Json(nullptr) : Json(rule.definition)},
             {"comment", Optional(rule.comment)}});
  }
  out["rules"] = rules;
  Json statistics = Json::array();
  for (const auto& [name, object] : catalog.statistics) {
    statistics.push_back(
        Json{{"schema", name.schema},
             {"name", name.name},
             {"table", object.table.Text()},
             {"definition", object.definition.empty() ? Json(nullptr) : Json(object.definition)},
             {"target", object.target ? Json(*object.target) : Json(nullptr)},
             {"comment", Optional(object.comment)}});
  }
  out["statistics"] = statistics;
  Json collations = Json::array();
  for (const auto& [name, collation] : catalog.collations) {
    collations.push_back(Json{
        {"schema", name.schema},
        {"name", name.name},
        {"definition", collation.definition.empty() ? Json(nullptr) : Json(collation.definition)},
        {"comment", Optional(collation.comment)}});
  }
  out["collations"] = collations;
  Json event_triggers = Json::array();
  for (const auto& [name, trigger] : catalog.event_triggers) {
    event_triggers.push_back(
        Json{{"name", name},
             {"enabled", std::string(1, trigger.enabled)},
             {"definition", trigger.definition.empty() ? Json(nullptr) : Json(trigger.definition)},
             {"comment", Optional(trigger.comment)}});
  }
  out["event_triggers"] = event_triggers;
  Json access_methods = Json::array();
  for (const auto& [name, method] : catalog.access_methods) {
    access_methods.push_back(
        Json{{"name", name},
             {"type", method.type == 'i' ? "index" : "table"},
             {"definition", method.definition.empty() ? Json(nullptr) : Json(method.definition)},
             {"comment", Optional(method.comment)}});
  }
  out["access_methods"] = access_methods;
  Json operators = Json::array();
  for (const auto& [name, op] : catalog.operators) {
    operators.push_back(
        Json{{"schema", name.schema},
             {"name", name.name},
             {"arguments", name.arguments},
             {"definition", op.definition.empty() ? Json(nullptr) : Json(op.definition)},
             {"comment", Optional(op.comment)}});
  }
  out["operators"] = operators;
  Json casts = Json::array();
  for (const auto& [name, cast] : catalog.casts) {
    casts.push_back(
        Json{{"source", name.source},
             {"target", name.target},
             {"definition", cast.definition.empty() ? Json(nullptr) : Json(cast.definition)},
             {"comment", Optional(cast.comment)}});
  }
  out["casts"] = casts;
  Json conversions = Json::array();
  for (const auto& [name, conversion] : catalog.conversions) {
    conversions.push_back(Json{
        {"schema", name.schema},
        {"name", name.name},
        {"definition", conversion.definition.empty() ? Json(nullptr) : Json(conversion.definition)},
        {"comment", Optional(conversion.comment)}});
  }
  out["conversions"] = conversions;
  Json publications = Json::array();
  for (const auto& [name, publication] : catalog.publications) {
    publications.push_back(Json{{"name", name},
                                {"all_tables", publication.all_tables},
                                {"objects", publication.objects},
                                {"options", publication.options},
                                {"comment", Optional(publication.comment)}});
  }
  out["publications"] = publications;
  Json wrappers = Json::array();
  for (const auto& [name, wrapper] : catalog.foreign_data_wrappers) {
    wrappers.push_back(Json{{"name", name},
                            {"functions", wrapper.functions},
                            {"options", OptionsJson(wrapper.options)},
                            {"comment", Optional(wrapper.comment)}});
  }
  out["foreign_data_wrappers"] = wrappers;
  Json servers = Json::array();
  for (const auto& [name, server] : catalog.servers) {
    servers.push_back(Json{{"name", name},
                           {"wrapper", server.wrapper},
                           {"type", Optional(server.type)},
                           {"version", Optional(server.version)},
                           {"options", OptionsJson(server.options)},
                           {"comment", Optional(server.comment)}});
  }
  out["servers"] = servers;
  Json mappings = Json::array();
  for (const auto& [name, mapping] : catalog.user_mappings) {
    mappings.push_back(Json{
        {"server", name.server}, {"user", name.user}, {"options", OptionsJson(mapping.options)}});
  }
  out["user_mappings"] = mappings;
  for (const auto& [field, objects] : {std::pair{"operator_families", &catalog.operator_families},
                                       std::pair{"operator_classes", &catalog.operator_classes}}) {
    Json list = Json::array();
    for (const auto& [name, object] : *objects) {
      // A compiled catalog knows the statements as written only; the server knows the rest.
      Json entry{
          {"schema", name.schema},
          {"name", name.name},
          {"method", name.method},
          {"definition", object.definition.empty() ? Json(nullptr) : Json(object.definition)}};
      if (object.kind == ObjectKind::kOperatorFamily) {
        entry["members"] = object.members;
      }
      entry["comment"] = Optional(object.comment);
      list.push_back(std::move(entry));
    }
    out[field] = list;
  }
  for (const auto& [field, objects] :
       {std::pair{"text_search_dictionaries", &catalog.text_search_dictionaries},
        std::pair{"text_search_configurations", &catalog.text_search_configurations},
        std::pair{"text_search_parsers", &catalog.text_search_parsers},
        std::pair{"text_search_templates", &catalog.text_search_templates}}) {
    Json list = Json::array();
    for (const auto& [name, object] : *objects) {
      // A compiled catalog knows the statements as written only; the server knows the rest.
      list.push_back(
          Json{{"schema", name.schema},
               {"name", name.name},
               {"definition", object.definition.empty() ? Json(nullptr) : Json(object.definition)},
               {"mappings", object.mappings},
               {"comment", Optional(object.comment)}});
    }
    out[field] = list;
  }
  Json policies = Json::array();
  for (const auto& [name, policy] : catalog.policies) {
    // A compiled catalog knows the statement as written only; the server knows the rest.
    bool compiled = !policy.written.empty();
    policies.push_back(Json{{"schema", name.table.schema},
                            {"table", name.table.name},
                            {"name", name.name},
                            {"permissive", compiled ? Json(nullptr) : Json(policy.permissive)},
                            {"command", compiled ? Json(nullptr) : Json(policy.command)},
                            {"roles", policy.roles},
                            {"using", Optional(policy.using_expression)},
                            {"check", Optional(policy.check_expression)},
                            {"statement", compiled ? Json(policy.written.text) : Json(nullptr)},
                            {"comment", Optional(policy.comment)}});
  }
  out["policies"] = policies;
  Json privileges = Json::array();
  for (const auto& [key, entry] : catalog.privileges) {
    privileges.push_back(Json{{"kind", Facts(key.kind).token},
                              {"schema", key.schema},
                              {"name", key.name},
                              {"sub_name", key.sub_name},
                              {"grants", GrantsJson(entry.grants)}});
  }
  out["privileges"] = privileges;
  Json default_privileges = Json::array();
  for (const auto& [name, entry] : catalog.default_privileges) {
    default_privileges.push_back(
        Json{{"role", name.role.empty() ? Json(nullptr) : Json(name.role)},
             {"schema", name.schema.empty() ? Json(nullptr) : Json(name.schema)},
             {"object_type", name.object_type},
             {"grants", GrantsJson(entry.grants)}});
  }
  out["default_privileges"] = default_privileges;
  Json grant_statements = Json::array();
  for (const GrantStatement& statement : catalog.grant_statements) {
    grant_statements.push_back(statement.text);
  }
  out["grant_statements"] = grant_statements;
  Json domains = Json::array();
  for (const auto& [name, domain] : catalog.domains) {
    Json checks = Json::array();
    for (const auto& [check, expression] : domain.checks) {
      checks.push_back(Json{{"name", check},
                            {"expression", expression},
                            {"validated", domain.unvalidated_checks.count(check) == 0}});
    }
    domains.push_back(Json{{"schema", name.schema},
                           {"name", name.name},
                           {"type", domain.type.empty() ? Json(nullptr) : Json(domain.type)},
                           {"collation", Optional(domain.collation)},
                           {"not_null", domain.not_null},
                           {"default", Optional(domain.default_expression)},
                           {"checks", checks},
                           {"check_comments", domain.check_comments},
                           {"comment", Optional(domain.comment)}});
  }
  out["domains"] = domains;
  Json composites = Json::array();
  for (const auto& [name, type] : catalog.composites) {
    Json attributes = Json::array();
    for (const CompositeAttribute& attribute : type.attributes) {
      attributes.push_back(
          Json{{"name", attribute.name},
               {"type", attribute.type.empty() ? Json(nullptr) : Json(attribute.type)},
               {"collation", Optional(attribute.collation)}});
    }
    composites.push_back(Json{{"schema", name.schema},
                              {"name", name.name},
                              {"attributes", attributes},
                              {"comment", Optional(type.comment)},
                              {"attribute_comments", type.attribute_comments}});
  }
  out["composites"] = composites;
  Json ranges = Json::array();
  for (const auto& [name, type] : catalog.ranges) {
    ranges.push_back(Json{
        {"schema", name.schema},
        {"name", name.name},
        {"subtype", type.subtype.empty() ? Json(nullptr) : Json(type.subtype)},
        {"subtype_opclass", Optional(type.subtype_opclass)},
        {"collation", Optional(type.collation)},
        {"canonical", Optional(type.canonical)},
        {"subtype_diff", Optional(type.subtype_diff)},
        {"multirange", Json{{"schema", type.multirange.schema}, {"name", type.multirange.name}}},
        {"comment", Optional(type.comment)}});
  }
  out["ranges"] = ranges;
  return out.dump(2) + "\n";
}

}  // namespace schemac::catalog
