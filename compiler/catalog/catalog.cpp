#include "schemac/catalog/catalog.h"

#include <algorithm>
#include <type_traits>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"

namespace schemac::catalog {

std::string QualifiedName::Quoted() const {
  return base::QuoteQualified(schema, name);
}

std::string OperatorClassName::Quoted() const {
  return base::QuoteQualified(schema, name) + " USING " + base::QuoteIdentifier(method);
}

std::string FunctionName::Quoted() const {
  return base::QuoteQualified(schema, name) + "(" + arguments + ")";
}

const Column* Table::FindColumn(std::string_view column) const {
  auto it = std::find_if(columns.begin(), columns.end(),
                         [&](const Column& c) { return c.name == column; });
  return it == columns.end() ? nullptr : &*it;
}

Column* Table::FindColumn(std::string_view column) {
  auto it = std::find_if(columns.begin(), columns.end(),
                         [&](const Column& c) { return c.name == column; });
  return it == columns.end() ? nullptr : &*it;
}

const Constraint* Table::PrimaryKey() const {
  for (const auto& [constraint_name, constraint] : constraints) {
    if (constraint.type == ConstraintType::kPrimaryKey) {
      return &constraint;
    }
  }
  return nullptr;
}

Counts CountObjects(const Catalog& catalog) {
  Counts counts;
  ForEachObject(catalog, [&](const ObjectKey& key, const auto& object) {
    ++counts.objects[key.kind];
    if constexpr (requires { object.comment; }) {
      counts.comments += object.comment ? 1 : 0;
    }
    if constexpr (std::is_same_v<std::decay_t<decltype(object)>, Constraint>) {
      counts.comments += object.index_comment ? 1 : 0;
    }
  });
  return counts;
}

std::map<std::string, Catalog> SplitBySchema(const Catalog& catalog) {
  std::map<std::string, Catalog> parts;
  for (const auto& [name, schema] : catalog.schemas) {
    parts[name].schemas[name] = schema;
  }
  for (const auto& [name, extension] : catalog.extensions) {
    parts[extension.schema].extensions[name] = extension;
  }
  for (const auto& [name, type] : catalog.enums) {
    parts[name.schema].enums[name] = type;
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    parts[name.schema].sequences[name] = sequence;
  }
  for (const auto& [name, table] : catalog.tables) {
    parts[name.schema].tables[name] = table;
  }
  for (const auto& [name, index] : catalog.indexes) {
    parts[name.schema].indexes[name] = index;
  }
  for (const auto& [name, view] : catalog.views) {
    parts[name.schema].views[name] = view;
  }
  for (const auto& [name, function] : catalog.functions) {
    parts[name.schema].functions[name] = function;
  }
  for (const auto& [name, trigger] : catalog.triggers) {
    parts[name.table.schema].triggers[name] = trigger;
  }
  for (const auto& [name, policy] : catalog.policies) {
    parts[name.table.schema].policies[name] = policy;
  }
  for (const auto& [name, rule] : catalog.rules) {
    parts[name.table.schema].rules[name] = rule;
  }
  for (const auto& [name, statistics] : catalog.statistics) {
    parts[name.schema].statistics[name] = statistics;
  }
  for (const auto& [name, collation] : catalog.collations) {
    parts[name.schema].collations[name] = collation;
  }
  for (const auto& [name, dictionary] : catalog.text_search_dictionaries) {
    parts[name.schema].text_search_dictionaries[name] = dictionary;
  }
  for (const auto& [name, configuration] : catalog.text_search_configurations) {
    parts[name.schema].text_search_configurations[name] = configuration;
  }
  for (const auto& [name, parser] : catalog.text_search_parsers) {
    parts[name.schema].text_search_parsers[name] = parser;
  }
  for (const auto& [name, text_search_template] : catalog.text_search_templates) {
    parts[name.schema].text_search_templates[name] = text_search_template;
  }
  for (const auto& [name, domain] : catalog.domains) {
    parts[name.schema].domains[name] = domain;
  }
  for (const auto& [name, op] : catalog.operators) {
    parts[name.schema].operators[name] = op;
  }
  for (const auto& [name, conversion] : catalog.conversions) {
    parts[name.schema].conversions[name] = conversion;
  }
  for (const auto& [name, family] : catalog.operator_families) {
    parts[name.schema].operator_families[name] = family;
  }
  for (const auto& [name, type] : catalog.operator_classes) {
    parts[name.schema].operator_classes[name] = type;
  }
  // Event triggers, access methods, casts, publications and foreign-data objects belong to no
  // schema: they are in the part of no schema ("").
  for (const auto& [name, trigger] : catalog.event_triggers) {
    parts[""].event_triggers[name] = trigger;
  }
  for (const auto& [name, method] : catalog.access_methods) {
    parts[""].access_methods[name] = method;
  }
  for (const auto& [name, cast] : catalog.casts) {
    parts[""].casts[name] = cast;
  }
  for (const auto& [name, publication] : catalog.publications) {
    parts[""].publications[name] = publication;
  }
  for (const auto& [name, wrapper] : catalog.foreign_data_wrappers) {
    parts[""].foreign_data_wrappers[name] = wrapper;
  }
  for (const auto& [name, server] : catalog.servers) {
    parts[""].servers[name] = server;
  }
  for (const auto& [name, mapping] : catalog.user_mappings) {
    parts[""].user_mappings[name] = mapping;
  }
  for (const auto& [name, type] : catalog.composites) {
    parts[name.schema].composites[name] = type;
  }
  for (const auto& [name, type] : catalog.ranges) {
    parts[name.schema].ranges[name] = type;
  }
  for (const auto& [key, privileges] : catalog.privileges) {
    parts[key.schema].privileges[key] = privileges;
  }
  // Those for every schema are in the part of no schema ("").
  for (const auto& [name, defaults] : catalog.default_privileges) {
    parts[name.schema].default_privileges[name] = defaults;
  }
  for (auto& [schema, part] : parts) {
    part.dependencies = catalog.dependencies;  // what orders the views and functions of a part
  }
  return parts;
}

std::map<std::string, Catalog> SplitByTable(const Catalog& catalog) {
  std::map<std::string, Catalog> parts;
  Catalog& rest = parts[""];
  rest.schemas = catalog.schemas;
  rest.extensions = catalog.extensions;
  rest.enums = catalog.enums;
  rest.views = catalog.views;
  rest.functions = catalog.functions;
  rest.domains = catalog.domains;
  rest.composites = catalog.composites;
  rest.ranges = catalog.ranges;
  rest.collations = catalog.collations;
  rest.text_search_dictionaries = catalog.text_search_dictionaries;
  rest.text_search_configurations = catalog.text_search_configurations;
  rest.text_search_parsers = catalog.text_search_parsers;
  rest.text_search_templates = catalog.text_search_templates;
  rest.event_triggers = catalog.event_triggers;
  rest.access_methods = catalog.access_methods;
  rest.operators = catalog.operators;
  rest.conversions = catalog.conversions;
  rest.operator_families = catalog.operator_families;
  rest.operator_classes = catalog.operator_classes;
  rest.casts = catalog.casts;
  rest.publications = catalog.publications;
  rest.foreign_data_wrappers = catalog.foreign_data_wrappers;
  rest.servers = catalog.servers;
  rest.user_mappings = catalog.user_mappings;
  rest.default_privileges = catalog.default_privileges;
  rest.dependencies = catalog.dependencies;
  for (const auto& [name, table] : catalog.tables) {
    parts[name.name].tables[name] = table;
  }
  for (const auto& [name, trigger] : catalog.triggers) {
    bool on_table = catalog.tables.count(name.table) > 0;
    (on_table ? parts[name.table.name] : rest).triggers[name] = trigger;
  }
  for (const auto& [name, policy] : catalog.policies) {
    parts[name.table.name].policies[name] = policy;
  }
  for (const auto& [name, rule] : catalog.rules) {
    bool on_table = catalog.tables.count(name.table) > 0;
    (on_table ? parts[name.table.name] : rest).rules[name] = rule;
  }
  for (const auto& [name, statistics] : catalog.statistics) {
    bool on_table = catalog.tables.count(statistics.table) > 0;
    (on_table ? parts[statistics.table.name] : rest).statistics[name] = statistics;
  }
  for (const auto& [name, index] : catalog.indexes) {
    auto owner = parts.find(index.table.name);
    (owner != parts.end() && catalog.tables.count(index.table) > 0 ? owner->second : rest)
        .indexes[name] = index;
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    bool owned = sequence.owned_by && catalog.tables.count(sequence.owned_by->table) > 0;
    (owned ? parts[sequence.owned_by->table.name] : rest).sequences[name] = sequence;
  }
  // Privileges go with their object: a table's and its columns' with the table, an owned
  // sequence's with its table.
  for (const auto& [key, privileges] : catalog.privileges) {
    QualifiedName name{key.schema, key.name};
    Catalog* part = &rest;
    if ((key.kind == ObjectKind::kTable || key.kind == ObjectKind::kColumn) &&
        catalog.tables.count(name) > 0) {
      part = &parts[key.name];
    } else if (key.kind == ObjectKind::kSequence) {
      auto sequence = catalog.sequences.find(name);
      if (sequence != catalog.sequences.end() && sequence->second.owned_by &&
          catalog.tables.count(sequence->second.owned_by->table) > 0) {
        part = &parts[sequence->second.owned_by->table.name];
      }
    }
    part->privileges[key] = privileges;
  }
  return parts;
}

std::string_view ActionSql(ReferentialAction action) {
  switch (action) {
    case ReferentialAction::kNoAction:
      return "NO ACTION";
    case ReferentialAction::kRestrict:
      return "RESTRICT";
    case ReferentialAction::kCascade:
      return "CASCADE";
    case ReferentialAction::kSetNull:
      return "SET NULL";
    case ReferentialAction::kSetDefault:
      return "SET DEFAULT";
  }
  return "NO ACTION";
}

std::string_view MatchSql(MatchType match) {
  switch (match) {
    case MatchType::kSimple:
      return "SIMPLE";
    case MatchType::kFull:
      return "FULL";
    case MatchType::kPartial:
      return "PARTIAL";
  }
  return "SIMPLE";
}

QualifiedName PartitionRoot(const Catalog& catalog, const QualifiedName& table) {
  QualifiedName root = table;
  // A tree is a few levels deep; the bound only guards against a cycle no server would hold.
  for (size_t depth = 0; depth < catalog.tables.size(); ++depth) {
    auto it = catalog.tables.find(root);
    if (it == catalog.tables.end() || !it->second.partition_of) {
      break;
    }
    root = *it->second.partition_of;
  }
  return root;
}

}  // namespace schemac::catalog
