#include "rows.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"

namespace schemac::introspect {
namespace {

using catalog::ObjectKey;

std::string Text(const pqxx::row& row, const char* column) {
  const pqxx::field field = row[column];
  return field.is_null() ? std::string() : std::string(field.c_str());
}

std::optional<std::string> Optional(const pqxx::row& row, const char* column) {
  const pqxx::field field = row[column];
  if (field.is_null()) {
    return std::nullopt;
  }
  return std::string(field.c_str());
}

bool Bool(const pqxx::row& row, const char* column) {
  const pqxx::field field = row[column];
  return !field.is_null() && field.as<bool>();
}

int64_t Int(const pqxx::row& row, const char* column) {
  return row[column].as<int64_t>();
}

std::vector<std::string> Array(const pqxx::row& row, const char* column) {
  const pqxx::field field = row[column];
  return field.is_null() ? std::vector<std::string>() : ParseTextArray(field.c_str());
}

// Zipped pairs the elements of two text-array columns, `keys` with `values`, into a map.
std::map<std::string, std::string> Zipped(const pqxx::row& row, const char* keys,
                                          const char* values) {
  std::vector<std::string> names = Array(row, keys);
  std::vector<std::string> texts = Array(row, values);
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < names.size() && i < texts.size(); ++i) {
    out[names[i]] = texts[i];
  }
  return out;
}

// reloptions are "name=value" strings.
catalog::StorageOptions Options(const pqxx::row& row, const char* column) {
  catalog::StorageOptions options;
  for (const std::string& option : Array(row, column)) {
    size_t equals = option.find('=');
    if (equals == std::string::npos) {
      options[option] = "";
    } else {
      options[option.substr(0, equals)] = option.substr(equals + 1);
    }
  }
  return options;
}

catalog::QualifiedName Name(const pqxx::row& row, const char* schema, const char* name) {
  return {Text(row, schema), Text(row, name)};
}

catalog::ReferentialAction Action(const std::string& code) {
  switch (code.empty() ? 'a' : code[0]) {
    case 'r':
      return catalog::ReferentialAction::kRestrict;
    case 'c':
      return catalog::ReferentialAction::kCascade;
    case 'n':
      return catalog::ReferentialAction::kSetNull;
    case 'd':
      return catalog::ReferentialAction::kSetDefault;
    default:
      return catalog::ReferentialAction::kNoAction;
  }
}

catalog::MatchType Match(const std::string& code) {
  switch (code.empty() ? 's' : code[0]) {
    case 'f':
      return catalog::MatchType::kFull;
    case 'p':
      return catalog::MatchType::kPartial;
    default:
      return catalog::MatchType::kSimple;
  }
}

catalog::ConstraintType ConstraintType(const std::string& code) {
  switch (code.empty() ? 'c' : code[0]) {
    case 'p':
      return catalog::ConstraintType::kPrimaryKey;
    case 'u':
      return catalog::ConstraintType::kUnique;
    case 'f':
      return catalog::ConstraintType::kForeignKey;
    case 'x':
      return catalog::ConstraintType::kExclusion;
    default:
      return catalog::ConstraintType::kCheck;
  }
}

catalog::SequenceOptions SequenceOptions(const pqxx::row& row, const std::string& prefix) {
  catalog::SequenceOptions options;
  options.type = Text(row, (prefix + "type").c_str());
  options.increment = Int(row, (prefix + "increment").c_str());
  options.min_value = Int(row, (prefix + "min_value").c_str());
  options.max_value = Int(row, (prefix + "max_value").c_str());
  options.start = Int(row, (prefix + "start").c_str());
  options.cache = Int(row, (prefix + "cache").c_str());
  options.cycle = Bool(row, (prefix + "cycle").c_str());
  return options;
}

bool StripSuffix(std::string_view& text, std::string_view suffix) {
  if (text.ends_with(suffix)) {
    text.remove_suffix(suffix.size());
    return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ParseTextArray(std::string_view text) {
  std::vector<std::string> elements;
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') {
    return elements;
  }
  text = text.substr(1, text.size() - 2);
  size_t i = 0;
  while (i < text.size()) {
    std::string element;
    if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
          ++i;
        }
        element += text[i];
      }
      ++i;  // the closing quote
    } else {
      size_t end = text.find(',', i);
      if (end == std::string_view::npos) {
        end = text.size();
      }
      element = std::string(text.substr(i, end - i));
      i = end;
      if (element == "NULL") {
        element.clear();
      }
    }
    elements.push_back(std::move(element));
    ++i;  // the comma
  }
  return elements;
}

std::string ViewQuery(std::string_view definition) {
  size_t begin = definition.find_first_not_of(" \n");
  size_t end = definition.find_last_not_of(" \n;");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
    return "";
  }
  return std::string(definition.substr(begin, end - begin + 1));
}

std::string CheckExpression(std::string_view definition) {
  // pg_get_constraintdef() appends NO INHERIT right after the parenthesis and NOT VALID last.
  StripSuffix(definition, " NOT VALID");
  StripSuffix(definition, " NO INHERIT");
  constexpr std::string_view kPrefix = "CHECK (";
  if (definition.starts_with(kPrefix) && definition.ends_with(")")) {
    definition.remove_prefix(kPrefix.size());
    definition.remove_suffix(1);
  }
  return std::string(definition);
}

void AddSchemas(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Schema schema;
    schema.name = Text(row, "name");
    schema.comment = Optional(row, "comment");
    // initdb gives schema public this comment; a schema file that never comments on public
    // means the same schema.
    if (schema.name == "public" && schema.comment == "standard public schema") {
      schema.comment.reset();
    }
    schema.owner.role = Optional(row, "owner");
    catalog.schemas[schema.name] = std::move(schema);
  }
}

void AddExtensions(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Extension extension;
    extension.name = Text(row, "name");
    extension.schema = Text(row, "schema");
    extension.version = Optional(row, "version");
    extension.comment = Optional(row, "comment");
    extension.installed_version.value = Text(row, "installed_version");
    extension.update_targets.value = Array(row, "update_targets");
    catalog.extensions[extension.name] = std::move(extension);
  }
}

void AddEnums(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::EnumType type;
    type.name = Name(row, "schema", "name");
    type.labels = Array(row, "labels");
    type.comment = Optional(row, "comment");
    type.owner.role = Optional(row, "owner");
    catalog.enums[type.name] = std::move(type);
  }
}

void AddSequences(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Sequence sequence;
    sequence.name = Name(row, "schema", "name");
    sequence.options = SequenceOptions(row, "");
    sequence.unlogged = Bool(row, "unlogged");
    if (!row["owned_by_table"].is_null()) {
      sequence.owned_by = catalog::ColumnRef{Name(row, "owned_by_schema", "owned_by_table"),
                                             Text(row, "owned_by_column")};
    }
    sequence.comment = Optional(row, "comment");
    sequence.owner.role = Optional(row, "owner");
    catalog.sequences[sequence.name] = std::move(sequence);
  }
}

void AddTables(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Table table;
    table.name = Name(row, "schema", "name");
    table.unlogged = Bool(row, "unlogged");
    table.options = Options(row, "options");
    table.row_security = Bool(row, "row_security");
    table.force_row_security = Bool(row, "force_row_security");
    table.cluster_on = Optional(row, "cluster_on");
    table.access_method = Optional(row, "access_method").value_or("");
    table.replica_identity = Text(row, "replica_identity").at(0);
    if (table.replica_identity == 'i') {
      table.replica_index = Optional(row, "replica_index");
    }
    table.partition_by = Optional(row, "partition_by");
    if (std::optional<std::string> parent = Optional(row, "parent_name")) {
      table.partition_of = Name(row, "parent_schema", "parent_name");
      table.partition_bound = Text(row, "partition_bound");
      table.inherited_constraints.value = Array(row, "inherited_constraints");
      table.inherited_indexes.value = Array(row, "inherited_indexes");
    }
    std::vector<std::string> parent_schemas = Array(row, "parent_schemas");
    std::vector<std::string> parent_names = Array(row, "parent_names");
    for (size_t i = 0; i < parent_schemas.size() && i < parent_names.size(); ++i) {
      table.inherits.push_back({parent_schemas[i], parent_names[i]});
    }
    if (!row["of_type_name"].is_null()) {
      table.of_type = Name(row, "of_type_schema", "of_type_name");
    }
    if (std::optional<std::string> server = Optional(row, "server")) {
      table.foreign = catalog::ForeignTable{*server, Options(row, "foreign_options")};
    }
    table.comment = Optional(row, "comment");
    table.owner.role = Optional(row, "owner");
    catalog.tables[table.name] = std::move(table);
  }
}

void AddColumns(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    auto table = catalog.tables.find(Name(row, "schema", "table_name"));
    if (table == catalog.tables.end()) {
      continue;
    }
    catalog::Column column;
    column.name = Text(row, "name");
    column.type = Text(row, "type");
    column.collation = Optional(row, "collation");
    column.not_null = Bool(row, "not_null");
    column.from_parents.value = Bool(row, "from_parents");
    column.default_expression = Optional(row, "default_expression");
    column.generated_expression = Optional(row, "generated_expression");
    column.volatile_default.value = Bool(row, "volatile_default");
    std::string identity = Text(row, "identity");
    if (!identity.empty() && !row["sequence_name"].is_null()) {
      catalog::Identity generator;
      generator.kind =
          identity == "a" ? catalog::IdentityKind::kAlways : catalog::IdentityKind::kByDefault;
      generator.sequence = Name(row, "sequence_schema", "sequence_name");
      generator.options = SequenceOptions(row, "sequence_");
      column.identity = std::move(generator);
    }
    column.storage = Optional(row, "storage");
    column.type_storage.value = Optional(row, "type_storage").value_or("");
    column.compression = Optional(row, "compression");
    column.attribute_options = Options(row, "attribute_options");
    if (std::optional<std::string> statistics = Optional(row, "statistics")) {
      column.statistics = std::stoi(*statistics);
    }
    column.options = Options(row, "options");
    column.comment = Optional(row, "comment");
    table->second.columns.push_back(std::move(column));
  }
}

void AddConstraints(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    auto table = catalog.tables.find(Name(row, "schema", "table_name"));
    if (table == catalog.tables.end()) {
      continue;
    }
    catalog::Constraint constraint;
    constraint.name = Text(row, "name");
    constraint.type = ConstraintType(Text(row, "type"));
    constraint.deferrable = Bool(row, "deferrable");
    constraint.initially_deferred = Bool(row, "initially_deferred");
    constraint.validated = Bool(row, "validated");
    constraint.comment = Optional(row, "comment");
    switch (constraint.type) {
      case catalog::ConstraintType::kPrimaryKey:
      case catalog::ConstraintType::kUnique:
        constraint.columns = Array(row, "columns");
        constraint.include = Array(row, "include");
        constraint.nulls_not_distinct = Bool(row, "nulls_not_distinct");
        constraint.index_options = Options(row, "index_options");
        constraint.index_comment = Optional(row, "index_comment");
        break;
      case catalog::ConstraintType::kForeignKey:
        constraint.columns = Array(row, "columns");
        constraint.referenced_table = Name(row, "referenced_schema", "referenced_table");
        constraint.referenced_columns = Array(row, "referenced_columns");
        constraint.match = Match(Text(row, "match"));
        constraint.on_update = Action(Text(row, "on_update"));
        constraint.on_delete = Action(Text(row, "on_delete"));
        constraint.on_delete_columns = Array(row, "on_delete_columns");
        break;
      case catalog::ConstraintType::kCheck:
        constraint.expression = CheckExpression(Text(row, "definition"));
        constraint.no_inherit = Bool(row, "no_inherit");
        break;
      case catalog::ConstraintType::kExclusion:
        // The definition holds everything, deferrability included.
        constraint.columns = Array(row, "columns");
        constraint.expression = Text(row, "definition");
        constraint.index_comment = Optional(row, "index_comment");
        constraint.deferrable = false;
        constraint.initially_deferred = false;
        break;
    }
    table->second.constraints[constraint.name] = std::move(constraint);
  }
}

void AddIndexes(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Index index;
    index.name = Name(row, "schema", "name");
    index.table = Name(row, "schema", "table_name");
    index.unique = Bool(row, "is_unique");
    index.method = Text(row, "method");
    index.include = Array(row, "include");
    index.nulls_not_distinct = Bool(row, "nulls_not_distinct");
    index.options = Options(row, "options");
    index.predicate = Optional(row, "predicate");
    index.comment = Optional(row, "comment");
    catalog.indexes[index.name] = std::move(index);
  }
}

void AddIndexKeys(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    auto index = catalog.indexes.find(Name(row, "schema", "index_name"));
    if (index == catalog.indexes.end()) {
      continue;
    }
    catalog::IndexKey key;
    key.column = Text(row, "column_name");
    key.expression = Text(row, "expression");
    key.collation = Optional(row, "collation");
    key.opclass = Optional(row, "opclass");
    key.opclass_options = Options(row, "opclass_options");
    key.descending = Bool(row, "descending");
    key.nulls_first = Bool(row, "nulls_first");
    if (std::optional<std::string> statistics = Optional(row, "statistics")) {
      key.statistics = std::stoi(*statistics);
    }
    index->second.keys.push_back(std::move(key));
  }
}

namespace {

// A materialized view's column settings, from the arrays of views.sql (NULL elements come as
// empty strings); only the columns that have one.
void AddColumnSettings(const pqxx::row& row, catalog::View& view) {
  std::vector<std::string> storage = Array(row, "column_storage");
  std::vector<std::string> type_storage = Array(row, "column_type_storage");
  std::vector<std::string> compression = Array(row, "column_compression");
  std::vector<std::string> statistics = Array(row, "column_statistics");
  std::vector<std::string> options = Array(row, "column_attribute_options");
  auto given = [](const std::vector<std::string>& values, size_t i) {
    return i < values.size() && !values[i].empty() ? std::optional<std::string>(values[i])
                                                   : std::nullopt;
  };
  for (size_t i = 0; i < view.columns.size(); ++i) {
    catalog::ColumnSettings settings;
    settings.storage = given(storage, i);
    settings.compression = given(compression, i);
    if (std::optional<std::string> target = given(statistics, i)) {
      settings.statistics = std::stoi(*target);
    }
    if (std::optional<std::string> joined = given(options, i)) {
      for (size_t start = 0; start <= joined->size();) {
        size_t comma = std::min(joined->find(',', start), joined->size());
        std::string option = joined->substr(start, comma - start);
        size_t equals = option.find('=');
        settings.attribute_options[option.substr(0, equals)] =
            equals == std::string::npos ? "" : option.substr(equals + 1);
        start = comma + 1;
      }
    }
    settings.type_storage.value = given(type_storage, i).value_or("");
    if (!settings.Empty()) {
      view.column_settings[view.columns[i].name] = std::move(settings);
    }
  }
}

}  // namespace

void AddViews(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::View view;
    view.name = Name(row, "schema", "name");
    view.materialized = Bool(row, "materialized");
    view.with_data.value = Bool(row, "populated");
    std::vector<std::string> names = Array(row, "column_names");
    std::vector<std::string> types = Array(row, "column_types");
    // NULL (no comment) comes as an empty string, as does '', which PostgreSQL never stores.
    std::vector<std::string> comments = Array(row, "column_comments");
    for (size_t i = 0; i < names.size() && i < types.size(); ++i) {
      if (i < comments.size() && !comments[i].empty()) {
        view.column_comments[names[i]] = std::move(comments[i]);
      }
      view.columns.push_back({std::move(names[i]), std::move(types[i])});
    }
    AddColumnSettings(row, view);
    view.column_defaults = Zipped(row, "default_columns", "column_defaults");
    view.query = ViewQuery(Text(row, "query"));
    view.options = Options(row, "options");
    view.cluster_on = Optional(row, "cluster_on");
    view.access_method = Optional(row, "access_method").value_or("");
    view.comment = Optional(row, "comment");
    view.owner.role = Optional(row, "owner");
    catalog.views[view.name] = std::move(view);
  }
}

void AddDomains(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Domain domain;
    domain.name = Name(row, "schema", "name");
    domain.type = Text(row, "type");
    domain.collation = Optional(row, "collation");
    domain.not_null = Bool(row, "not_null");
    domain.default_expression = Optional(row, "default_value");
    std::vector<std::string> names = Array(row, "check_names");
    std::vector<std::string> definitions = Array(row, "check_definitions");
    for (size_t i = 0; i < names.size() && i < definitions.size(); ++i) {
      domain.checks[names[i]] = CheckExpression(definitions[i]);
    }
    domain.check_comments = Zipped(row, "commented_checks", "check_comments");
    for (std::string& check : Array(row, "unvalidated_checks")) {
      domain.unvalidated_checks.insert(std::move(check));
    }
    domain.comment = Optional(row, "comment");
    domain.owner.role = Optional(row, "owner");
    catalog.domains[domain.name] = std::move(domain);
  }
}

void AddComposites(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::CompositeType type;
    type.name = Name(row, "schema", "name");
    std::vector<std::string> names = Array(row, "attribute_names");
    std::vector<std::string> types = Array(row, "attribute_types");
    // The default collation and NULL (no comment) come as empty strings.
    std::vector<std::string> collations = Array(row, "attribute_collations");
    std::vector<std::string> comments = Array(row, "attribute_comments");
    for (size_t i = 0; i < names.size() && i < types.size(); ++i) {
      catalog::CompositeAttribute attribute{names[i], std::move(types[i]), std::nullopt};
      if (i < collations.size() && !collations[i].empty()) {
        attribute.collation = std::move(collations[i]);
      }
      if (i < comments.size() && !comments[i].empty()) {
        type.attribute_comments[names[i]] = std::move(comments[i]);
      }
      type.attributes.push_back(std::move(attribute));
    }
    type.comment = Optional(row, "comment");
    type.owner.role = Optional(row, "owner");
    catalog.composites[type.name] = std::move(type);
  }
}

void AddRanges(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::RangeType type;
    type.name = Name(row, "schema", "name");
    type.subtype = Text(row, "subtype");
    type.subtype_opclass = Optional(row, "subtype_opclass");
    type.collation = Optional(row, "collation");
    type.canonical = Optional(row, "canonical");
    type.subtype_diff = Optional(row, "subtype_diff");
    type.multirange = Name(row, "multirange_schema", "multirange_name");
    type.comment = Optional(row, "comment");
    type.owner.role = Optional(row, "owner");
    catalog.ranges[type.name] = std::move(type);
  }
}

void AddFunctions(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Function function;
    function.name = {Text(row, "schema"), Text(row, "name"), Text(row, "arguments")};
    function.procedure = Bool(row, "procedure");
    function.window = Bool(row, "window");
    function.definition = Text(row, "definition");
    while (!function.definition.empty() && function.definition.back() == '\n') {
      function.definition.pop_back();
    }
    function.result = Text(row, "result");
    function.argument_names = Array(row, "argument_names");
    function.argument_modes = Text(row, "argument_modes");
    function.defaults = static_cast<int>(Int(row, "defaults"));
    function.language = Text(row, "language");
    function.body_tracked = Bool(row, "body_tracked");
    function.comment = Optional(row, "comment");
    function.owner.role = Optional(row, "owner");
    catalog.functions[function.name] = std::move(function);
  }
}

void AddAggregates(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Function aggregate;
    aggregate.name = {Text(row, "schema"), Text(row, "name"), Text(row, "arguments")};
    aggregate.aggregate = true;
    aggregate.aggregate_kind = Text(row, "aggregate_kind").at(0);
    aggregate.direct_arguments = static_cast<int>(Int(row, "direct_arguments"));
    aggregate.definition = Text(row, "definition");
    aggregate.result = Text(row, "result");
    aggregate.argument_names = Array(row, "argument_names");
    aggregate.argument_modes = Text(row, "argument_modes");
    aggregate.body_tracked = true;  // it has no body: what it is made of is recorded
    aggregate.comment = Optional(row, "comment");
    aggregate.owner.role = Optional(row, "owner");
    catalog.functions[aggregate.name] = std::move(aggregate);
  }
}

void AddTriggers(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Trigger trigger;
    trigger.name = {Name(row, "schema", "table_name"), Text(row, "name")};
    trigger.definition = Text(row, "definition");
    std::string enabled = Text(row, "enabled");
    trigger.enabled = enabled.empty() ? 'O' : enabled[0];
    trigger.comment = Optional(row, "comment");
    catalog.triggers[trigger.name] = std::move(trigger);
  }
}

void AddRules(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Rule rule;
    rule.name = {Name(row, "schema", "table_name"), Text(row, "name")};
    rule.definition = Text(row, "definition");
    std::string enabled = Text(row, "enabled");
    rule.enabled = enabled.empty() ? 'O' : enabled[0];
    rule.comment = Optional(row, "comment");
    catalog.rules[rule.name] = std::move(rule);
  }
}

void AddPublications(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::Publication publication;
    publication.name = Text(row, "name");
    publication.all_tables = Bool(row, "all_tables");
    publication.objects = Optional(row, "objects").value_or("");
    publication.options = Text(row, "options");
    publication.comment = Optional(row, "comment");
    publication.owner.role = Optional(row, "owner");
    catalog.publications[publication.name] = std::move(publication);
  }
}

void AddForeignData(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    std::string kind = Text(row, "kind");
    std::string name = Text(row, "name");
    if (kind == "foreign_data_wrapper") {
      catalog::ForeignDataWrapper& wrapper = catalog.foreign_data_wrappers[name];
      wrapper.name = name;
      wrapper.functions = Text(row, "functions");
      wrapper.options = Options(row, "options");
      wrapper.comment = Optional(row, "comment");
      wrapper.owner.role = Optional(row, "owner");
    } else if (kind == "server") {
      catalog::ForeignServer& server = catalog.servers[name];
      server.name = name;
      server.wrapper = Text(row, "parent");
      server.type = Optional(row, "type");
      server.version = Optional(row, "version");
      server.options = Options(row, "options");
      server.comment = Optional(row, "comment");
      server.owner.role = Optional(row, "owner");
    } else {
      catalog::UserMappingName mapping_name{Text(row, "parent"), name};
      catalog::UserMapping& mapping = catalog.user_mappings[mapping_name];
      mapping.name = mapping_name;
      mapping.options = Options(row, "options");
    }
  }
}

void AddCasts(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::Cast cast;
    cast.name = {Text(row, "source"), Text(row, "target")};
    cast.definition = Text(row, "definition");
    cast.comment = Optional(row, "comment");
    catalog.casts[cast.name] = std::move(cast);
  }
}

void AddOperators(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::Operator op;
    op.name = {Text(row, "schema"), Text(row, "name"), Text(row, "arguments")};
    op.definition = Text(row, "definition");
    op.comment = Optional(row, "comment");
    op.owner.role = Optional(row, "owner");
    catalog.operators[op.name] = std::move(op);
  }
}

void AddEventTriggers(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::EventTrigger trigger;
    trigger.name = Text(row, "name");
    trigger.definition = Text(row, "definition");
    std::string enabled = Text(row, "enabled");
    trigger.enabled = enabled.empty() ? 'O' : enabled[0];
    trigger.comment = Optional(row, "comment");
    trigger.owner.role = Optional(row, "owner");
    catalog.event_triggers[trigger.name] = std::move(trigger);
  }
}

void AddAccessMethods(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::AccessMethod method;
    method.name = Text(row, "name");
    method.type = Text(row, "type") == "i" ? 'i' : 't';
    method.definition = Text(row, "definition");
    method.comment = Optional(row, "comment");
    catalog.access_methods[method.name] = std::move(method);
  }
}

void AddTextSearch(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::TextSearch object;
    object.kind = catalog::KindOfToken(Text(row, "kind"))
                      .value_or(catalog::ObjectKind::kTextSearchConfiguration);
    object.name = Name(row, "schema", "name");
    object.definition = Text(row, "definition");
    object.mappings = Zipped(row, "tokens", "token_dictionaries");
    object.comment = Optional(row, "comment");
    object.owner.role = Optional(row, "owner");
    catalog::TextSearchObjects(catalog, object.kind)[object.name] = std::move(object);
  }
}

void AddOperatorClasses(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const auto& row : rows) {
    catalog::OperatorClass object;
    bool family = Text(row, "kind") == "operator_family";
    object.kind =
        family ? catalog::ObjectKind::kOperatorFamily : catalog::ObjectKind::kOperatorClass;
    object.name = {Text(row, "schema"), Text(row, "name"), Text(row, "method")};
    object.definition = Text(row, "definition");
    object.members = Zipped(row, "member_keys", "members");
    object.comment = Optional(row, "comment");
    object.owner.role = Optional(row, "owner");
    (family ? catalog.operator_families : catalog.operator_classes)[object.name] =
        std::move(object);
  }
}

void AddConversions(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Conversion conversion;
    conversion.name = Name(row, "schema", "name");
    conversion.definition = Text(row, "definition");
    conversion.comment = Optional(row, "comment");
    conversion.owner.role = Optional(row, "owner");
    catalog.conversions[conversion.name] = std::move(conversion);
  }
}

void AddCollations(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Collation collation;
    collation.name = Name(row, "schema", "name");
    collation.definition = Text(row, "definition");
    collation.comment = Optional(row, "comment");
    collation.owner.role = Optional(row, "owner");
    catalog.collations[collation.name] = std::move(collation);
  }
}

void AddStatistics(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Statistics statistics;
    statistics.name = Name(row, "schema", "name");
    statistics.table = Name(row, "table_schema", "table_name");
    statistics.definition = Text(row, "definition");
    if (!row["target"].is_null()) {
      statistics.target = row["target"].as<int>();
    }
    statistics.comment = Optional(row, "comment");
    statistics.owner.role = Optional(row, "owner");
    catalog.statistics[statistics.name] = std::move(statistics);
  }
}

void AddPolicies(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::Policy policy;
    policy.name = {Name(row, "schema", "table_name"), Text(row, "name")};
    policy.permissive = Bool(row, "permissive");
    policy.command = Text(row, "command");
    policy.roles = Array(row, "roles");
    policy.using_expression = Optional(row, "using_expression");
    policy.check_expression = Optional(row, "check_expression");
    policy.comment = Optional(row, "comment");
    catalog.policies[policy.name] = std::move(policy);
  }
}

void AddPrivileges(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    std::optional<catalog::ObjectKind> kind = catalog::KindOfToken(Text(row, "kind"));
    if (!kind) {
      continue;
    }
    ObjectKey key{*kind, Text(row, "schema"), Text(row, "name"), Text(row, "sub_name")};
    std::vector<catalog::Grant>& grants = catalog.privileges[key].grants;
    if (!row["grantee"].is_null()) {
      grants.push_back({Text(row, "grantee"), Text(row, "privilege"), Bool(row, "grantable")});
    }
  }
  for (auto it = catalog.privileges.begin(); it != catalog.privileges.end();) {
    std::vector<catalog::Grant>& grants = it->second.grants;
    std::sort(grants.begin(), grants.end());
    grants.erase(std::unique(grants.begin(), grants.end()), grants.end());
    if (grants == catalog::DefaultGrants(it->first)) {
      it = catalog.privileges.erase(it);
    } else {
      ++it;
    }
  }
}

void AddDefaultPrivileges(const pqxx::result& rows, catalog::Catalog& catalog) {
  static const std::map<std::string, std::string> kTypes = {
      {"r", "tables"}, {"S", "sequences"}, {"f", "functions"}, {"T", "types"}, {"n", "schemas"}};
  for (const pqxx::row& row : rows) {
    if (Text(row, "object_type").empty()) {
      catalog.role.value = Text(row, "role");
      continue;
    }
    auto type = kTypes.find(Text(row, "object_type"));
    if (type == kTypes.end()) {
      continue;  // a kind PostgreSQL 15 does not have
    }
    catalog::DefaultPrivilegesName name{Text(row, "role"), Text(row, "schema"), type->second};
    catalog::DefaultPrivileges& entry = catalog.default_privileges[name];
    entry.name = name;
    if (!row["grantee"].is_null()) {
      entry.grants.push_back(
          {Text(row, "grantee"), Text(row, "privilege"), Bool(row, "grantable")});
    }
  }
  // An entry that gives other roles what they would have anyway is not kept: it only changes the
  // role's own privileges, which are not compared.
  for (auto it = catalog.default_privileges.begin(); it != catalog.default_privileges.end();) {
    std::vector<catalog::Grant>& grants = it->second.grants;
    std::sort(grants.begin(), grants.end());
    grants.erase(std::unique(grants.begin(), grants.end()), grants.end());
    bool plain = it->first.schema.empty() ? grants == catalog::KindDefaults(it->first.object_type)
                                          : grants.empty();
    it = plain ? catalog.default_privileges.erase(it) : std::next(it);
  }
}

void KeepPrivilegesOfObjects(catalog::Catalog& catalog) {
  std::erase_if(catalog.privileges,
                [&](const auto& entry) { return !catalog::HoldsObjectOf(catalog, entry.first); });
  std::erase_if(catalog.default_privileges, [&](const auto& entry) {
    return !entry.first.schema.empty() && catalog.schemas.count(entry.first.schema) == 0;
  });
}

void AddUnmanaged(const pqxx::result& rows, catalog::Catalog& catalog) {
  for (const pqxx::row& row : rows) {
    catalog::QualifiedName name = Name(row, "schema", "name");
    std::string leave_out = Text(row, "leave_out");
    if (leave_out == "table" || leave_out == "view") {
      std::erase_if(catalog.triggers, [&](const auto& entry) { return entry.first.table == name; });
      std::erase_if(catalog.rules, [&](const auto& entry) { return entry.first.table == name; });
      std::erase_if(catalog.statistics,
                    [&](const auto& entry) { return entry.second.table == name; });
    }
    if (leave_out == "table") {
      catalog.tables.erase(name);
      std::erase_if(catalog.policies, [&](const auto& entry) { return entry.first.table == name; });
      std::erase_if(catalog.indexes, [&](const auto& entry) { return entry.second.table == name; });
    } else if (leave_out == "sequence") {
      catalog.sequences.erase(name);
    } else if (leave_out == "index") {
      catalog.indexes.erase(name);
    } else if (leave_out == "view") {
      catalog.views.erase(name);
      std::erase_if(catalog.indexes, [&](const auto& entry) { return entry.second.table == name; });
    } else if (leave_out == "domain") {
      catalog.domains.erase(name);
    } else if (leave_out == "composite") {
      catalog.composites.erase(name);
    } else if (leave_out == "range") {
      catalog.ranges.erase(name);
    } else if (leave_out == "function") {
      catalog.functions.erase({name.schema, name.name, Text(row, "parent")});
    } else if (leave_out == "constraint") {
      auto table = catalog.tables.find({name.schema, Text(row, "parent")});
      if (table != catalog.tables.end()) {
        table->second.constraints.erase(name.name);
      }
    }
    if (!Bool(row, "listed")) {
      continue;
    }
    catalog::UnmanagedObject item;
    item.kind = Text(row, "kind");
    item.schema = std::move(name.schema);
    item.name = std::move(name.name);
    item.identity = Text(row, "identity");
    item.detail = Text(row, "detail");
    item.property = Bool(row, "property");
    item.takes_relation_name = Bool(row, "relation_name");
    item.takes_type_name = Bool(row, "type_name");
    catalog.unmanaged.items.push_back(std::move(item));
  }
  catalog.unmanaged.Sort();
}

void AddDependencies(const pqxx::result& rows, catalog::Catalog& catalog) {
  auto key = [&](const pqxx::row& row, const std::string& prefix) -> std::optional<ObjectKey> {
    std::optional<catalog::ObjectKind> kind =
        catalog::KindOfToken(Text(row, (prefix + "kind").c_str()));
    if (!kind) {
      return std::nullopt;  // a kind schemac does not manage
    }
    ObjectKey out{*kind, Text(row, (prefix + "schema").c_str()),
                  Text(row, (prefix + "name").c_str()), Text(row, (prefix + "sub_name").c_str())};
    if (!catalog::Contains(catalog, out)) {
      return std::nullopt;  // left out of the catalog (unmanaged, or of a system schema)
    }
    return out;
  };
  std::vector<catalog::Dependency>& out = catalog.dependencies.value;
  // What is not managed, by schema and name (the unmanaged query came first).
  std::map<std::pair<std::string, std::string>, const catalog::UnmanagedObject*> unmanaged;
  for (const catalog::UnmanagedObject& item : catalog.unmanaged.items) {
    if (!item.property) {
      unmanaged.emplace(std::make_pair(item.schema, item.name), &item);
    }
  }
  std::map<ObjectKey, std::vector<catalog::OtherUser>>& used_by = catalog.used_by_others.value;
  for (const pqxx::row& row : rows) {
    std::optional<ObjectKey> object = key(row, "");
    std::optional<ObjectKey> referenced = key(row, "referenced_");
    if (object && referenced) {
      out.push_back({std::move(*object), std::move(*referenced)});
    } else if (referenced) {
      // What is not managed (a table on an access method of its own, ...) uses it.
      auto user = unmanaged.find({Text(row, "schema"), Text(row, "name")});
      if (user != unmanaged.end()) {
        const std::string& kind = user->second->kind;
        bool blocks_retype = kind == "view" || kind == "materialized view" || kind == "rule" ||
                             kind == "policy" || kind == "trigger" || kind == "function" ||
                             kind == "procedure";
        used_by[*referenced].push_back(
            {kind + " " + user->second->identity + " (not managed by schemac)", blocks_retype});
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  for (auto& [used, users] : used_by) {
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
  }
}

}  // namespace schemac::introspect
