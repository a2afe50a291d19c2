// Applying renames to a catalog, as the server holds it after ALTER ... RENAME: the object under
// its new name, every reference to it by name, and the expressions that print it. Texts the
// server prints from a query tree (a view's query, a rule's actions, a policy's expressions, a
// function's definition) keep what they printed: there the server keeps the old name as an alias,
// so only a new definition makes them what the files say.
#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"
#include "renames.h"

namespace schemac::plan {
namespace {

using catalog::Catalog;
using catalog::ObjectKey;
using catalog::ObjectKind;
using catalog::QualifiedName;

template <typename Map, typename Key, typename Change>
void Rekey(Map& map, const Key& old_key, Change&& change) {
  auto node = map.extract(old_key);
  if (node.empty()) {
    return;
  }
  change(node.key(), node.mapped());
  map.insert(std::move(node));
}

// Rekeys every object of `map` (by TriggerName) on relation `old_table`.
template <typename Map>
void RekeyOnRelation(Map& map, const QualifiedName& old_table, const QualifiedName& new_table) {
  std::vector<typename Map::key_type> on;
  for (const auto& [name, object] : map) {
    if (name.table == old_table) {
      on.push_back(name);
    }
  }
  for (const auto& name : on) {
    Rekey(map, name, [&](auto& key, auto& object) { key.table = object.name.table = new_table; });
  }
}

// The definition of a function renamed in place: its header names it anew. (A body the server
// parsed goes on printing the old names of the tables it reads, but the header is the name.)
std::string RenamedHeader(const std::string& definition, const QualifiedName& old_name,
                          const std::string& new_name) {
  size_t line = definition.find('\n');
  for (std::string_view word : {"FUNCTION ", "PROCEDURE ", "AGGREGATE "}) {
    std::string head =
        std::string(word) + base::QuoteQualified(old_name.schema, old_name.name) + "(";
    size_t at = definition.find(head);
    if (at != std::string::npos && at < line) {
      return definition.substr(0, at) + std::string(word) +
             base::QuoteQualified(old_name.schema, new_name) + "(" +
             definition.substr(at + head.size());
    }
  }
  return definition;
}

// Applies `change` to every key the catalog holds outside its objects (privileges, dependencies).
template <typename Change>
void ForEachKey(Catalog& catalog, Change&& change) {
  std::map<ObjectKey, catalog::Privileges> privileges;
  for (auto& [key, value] : catalog.privileges) {
    ObjectKey changed = key;
    change(changed);
    privileges.emplace(std::move(changed), std::move(value));
  }
  catalog.privileges = std::move(privileges);
  for (catalog::Dependency& dependency : catalog.dependencies.value) {
    change(dependency.object);
    change(dependency.referenced);
  }
  std::sort(catalog.dependencies.value.begin(), catalog.dependencies.value.end());
}

// Applies `rewrite` to every text of `catalog` that the server prints from names (not from a
// query tree), and keys the functions again by their rewritten argument types.
template <typename Rewrite>
void RewriteTexts(Catalog& catalog, Rewrite&& rewrite) {
  auto optional = [&](std::optional<std::string>& text) {
    if (text) {
      text = rewrite(*text);
    }
  };
  for (auto& [name, table] : catalog.tables) {
    for (catalog::Column& column : table.columns) {
      column.type = rewrite(column.type);
      optional(column.collation);
      optional(column.default_expression);
      optional(column.generated_expression);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      constraint.expression = rewrite(constraint.expression);
      optional(constraint.reread_expression.value);
    }
    optional(table.partition_by);
  }
  for (auto& [name, index] : catalog.indexes) {
    for (catalog::IndexKey& key : index.keys) {
      key.expression = rewrite(key.expression);
      optional(key.collation);
      optional(key.opclass);
    }
    optional(index.predicate);
  }
  for (auto& [name, view] : catalog.views) {
    for (catalog::ViewColumn& column : view.columns) {
      column.type = rewrite(column.type);
    }
    for (auto& [column, expression] : view.column_defaults) {
      expression = rewrite(expression);
    }
  }
  for (auto& [name, trigger] : catalog.triggers) {
    trigger.definition = rewrite(trigger.definition);
  }
  for (auto& [name, statistics] : catalog.statistics) {
    statistics.definition = rewrite(statistics.definition);
  }
  for (auto* objects : {&catalog.text_search_dictionaries, &catalog.text_search_configurations,
                        &catalog.text_search_parsers, &catalog.text_search_templates}) {
    for (auto& [name, object] : *objects) {
      object.definition = rewrite(object.definition);
      for (auto& [token, dictionaries] : object.mappings) {
        dictionaries = rewrite(dictionaries);
      }
    }
  }
  for (auto& [name, collation] : catalog.collations) {
    collation.definition = rewrite(collation.definition);
  }
  for (auto& [name, conversion] : catalog.conversions) {
    conversion.definition = rewrite(conversion.definition);
  }
  for (auto* objects : {&catalog.operator_families, &catalog.operator_classes}) {
    for (auto& [name, object] : *objects) {
      object.definition = rewrite(object.definition);
      std::map<std::string, std::string> members;
      for (const auto& [key, member] : object.members) {
        members[rewrite(key)] = rewrite(member);
      }
      object.members = std::move(members);
    }
  }
  for (auto& [name, domain] : catalog.domains) {
    domain.type = rewrite(domain.type);
    optional(domain.collation);
    optional(domain.default_expression);
    for (auto& [check_name, check] : domain.checks) {
      check = rewrite(check);
    }
  }
  for (auto& [name, type] : catalog.composites) {
    for (catalog::CompositeAttribute& attribute : type.attributes) {
      attribute.type = rewrite(attribute.type);
      optional(attribute.collation);
    }
  }
  for (auto& [name, type] : catalog.ranges) {
    type.subtype = rewrite(type.subtype);
    optional(type.collation);
    optional(type.subtype_opclass);
    optional(type.canonical);
    optional(type.subtype_diff);
  }
  std::map<catalog::FunctionName, catalog::Function> functions;
  for (auto& [name, function] : catalog.functions) {
    function.name.arguments = rewrite(function.name.arguments);
    function.result = rewrite(function.result);
    // A body the server keeps as text stays as it is; one it parsed prints the old names of
    // tables as aliases, so only its replacement makes it the desired one.
    if (!function.body_tracked) {
      function.definition = rewrite(function.definition);
    }
    functions.emplace(function.name, std::move(function));
  }
  catalog.functions = std::move(functions);
  std::map<catalog::FunctionName, catalog::Operator> operators;
  for (auto& [name, op] : catalog.operators) {
    op.name.arguments = rewrite(op.name.arguments);
    op.definition = rewrite(op.definition);
    operators.emplace(op.name, std::move(op));
  }
  catalog.operators = std::move(operators);
  std::map<catalog::CastName, catalog::Cast> casts;
  for (auto& [name, cast] : catalog.casts) {
    cast.name = {rewrite(cast.name.source), rewrite(cast.name.target)};
    cast.definition = rewrite(cast.definition);
    casts.emplace(cast.name, std::move(cast));
  }
  catalog.casts = std::move(casts);
  for (auto& [name, trigger] : catalog.event_triggers) {
    trigger.definition = rewrite(trigger.definition);
  }
  for (auto& [name, method] : catalog.access_methods) {
    method.definition = rewrite(method.definition);
  }
  ForEachKey(catalog, [&](ObjectKey& key) {
    if (key.kind == ObjectKind::kFunction || key.kind == ObjectKind::kAggregate ||
        key.kind == ObjectKind::kOperator) {
      key.sub_name = rewrite(key.sub_name);
    }
    if (key.kind == ObjectKind::kCast) {
      key.name = rewrite(key.name);
      key.sub_name = rewrite(key.sub_name);
    }
  });
}

// The tables whose columns are `table`'s: itself and its partitions and the tables that inherit
// from it, theirs, and so on.
std::vector<QualifiedName> PartitionTree(const Catalog& catalog, const QualifiedName& table) {
  std::vector<QualifiedName> out = {table};
  for (size_t i = 0; i < out.size(); ++i) {
    for (const auto& [name, candidate] : catalog.tables) {
      bool child = candidate.partition_of == out[i] ||
                   std::find(candidate.inherits.begin(), candidate.inherits.end(), out[i]) !=
                       candidate.inherits.end();
      if (child && std::find(out.begin(), out.end(), name) == out.end()) {
        out.push_back(name);
      }
    }
  }
  return out;
}

void ReplaceName(std::vector<std::string>& names, const std::string& old_name,
                 const std::string& new_name) {
  std::replace(names.begin(), names.end(), old_name, new_name);
}

void RenameColumn(Catalog& catalog, const QualifiedName& table, const std::string& old_name,
                  const std::string& new_name) {
  auto column = [&](const std::string& text) { return RewriteColumn(text, old_name, new_name); };
  auto optional = [&](std::optional<std::string>& text) {
    if (text) {
      text = column(*text);
    }
  };
  std::vector<QualifiedName> tree = PartitionTree(catalog, table);
  for (const QualifiedName& name : tree) {
    catalog::Table& target = catalog.tables.at(name);
    if (catalog::Column* renamed = target.FindColumn(old_name)) {
      renamed->name = new_name;
    }
    for (catalog::Column& other : target.columns) {
      optional(other.default_expression);
      optional(other.generated_expression);
    }
    for (auto& [constraint_name, constraint] : target.constraints) {
      ReplaceName(constraint.columns, old_name, new_name);
      ReplaceName(constraint.include, old_name, new_name);
      ReplaceName(constraint.on_delete_columns, old_name, new_name);
      if (constraint.type == catalog::ConstraintType::kCheck ||
          constraint.type == catalog::ConstraintType::kExclusion) {
        constraint.expression = column(constraint.expression);
        optional(constraint.reread_expression.value);
      }
    }
    optional(target.partition_by);
  }
  for (auto& [name, other] : catalog.tables) {
    for (auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.type == catalog::ConstraintType::kForeignKey &&
          std::find(tree.begin(), tree.end(), constraint.referenced_table) != tree.end()) {
        ReplaceName(constraint.referenced_columns, old_name, new_name);
      }
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    if (std::find(tree.begin(), tree.end(), index.table) == tree.end()) {
      continue;
    }
    for (catalog::IndexKey& key : index.keys) {
      if (key.column == old_name) {
        key.column = new_name;
      }
      key.expression = column(key.expression);
    }
    ReplaceName(index.include, old_name, new_name);
    optional(index.predicate);
  }
  for (auto& [name, statistics] : catalog.statistics) {
    if (statistics.table == table) {
      statistics.definition = column(statistics.definition);
    }
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == table &&
        sequence.owned_by->column == old_name) {
      sequence.owned_by->column = new_name;
    }
  }
  ForEachKey(catalog, [&](ObjectKey& key) {
    if (key.kind == ObjectKind::kColumn && key.sub_name == old_name &&
        std::find(tree.begin(), tree.end(), QualifiedName{key.schema, key.name}) != tree.end()) {
      key.sub_name = new_name;
    }
  });
}

void RenameRelation(Catalog& catalog, const ObjectKey& from, const std::string& new_name) {
  QualifiedName old_name{from.schema, from.name};
  QualifiedName renamed{from.schema, new_name};
  if (from.kind == ObjectKind::kTable) {
    Rekey(catalog.tables, old_name, [&](auto& key, auto& table) { key = table.name = renamed; });
    for (auto& [name, table] : catalog.tables) {
      if (table.partition_of == old_name) {
        table.partition_of = renamed;
      }
      std::replace(table.inherits.begin(), table.inherits.end(), old_name, renamed);
      for (auto& [constraint_name, constraint] : table.constraints) {
        if (constraint.type == catalog::ConstraintType::kForeignKey &&
            constraint.referenced_table == old_name) {
          constraint.referenced_table = renamed;
        }
      }
    }
    for (auto& [name, sequence] : catalog.sequences) {
      if (sequence.owned_by && sequence.owned_by->table == old_name) {
        sequence.owned_by->table = renamed;
      }
    }
    RekeyOnRelation(catalog.policies, old_name, renamed);
  } else {
    Rekey(catalog.views, old_name, [&](auto& key, auto& view) { key = view.name = renamed; });
  }
  for (auto& [name, index] : catalog.indexes) {
    if (index.table == old_name) {
      index.table = renamed;
    }
  }
  for (auto& [name, statistics] : catalog.statistics) {
    if (statistics.table == old_name) {
      statistics.table = renamed;
    }
  }
  RekeyOnRelation(catalog.triggers, old_name, renamed);
  RekeyOnRelation(catalog.rules, old_name, renamed);
  ForEachKey(catalog, [&](ObjectKey& key) {
    bool part = key.kind == ObjectKind::kColumn || key.kind == ObjectKind::kConstraint ||
                key.kind == ObjectKind::kTrigger || key.kind == ObjectKind::kPolicy ||
                key.kind == ObjectKind::kRule;
    if ((part || key.kind == from.kind) && key.schema == from.schema && key.name == from.name) {
      key.name = new_name;
    }
  });
}

// Moves every object of `map` (keyed by QualifiedName or FunctionName) from schema `old_schema` to
// `new_schema`.
template <typename Map>
void MoveSchema(Map& map, const std::string& old_schema, const std::string& new_schema) {
  Map moved;
  for (auto& [name, object] : map) {
    auto key = name;
    if (key.schema == old_schema) {
      key.schema = object.name.schema = new_schema;
    }
    moved.emplace(std::move(key), std::move(object));
  }
  map = std::move(moved);
}

// Moves every object of `map` keyed by the relation it is on (TriggerName) likewise.
template <typename Map>
void MoveSchemaOnRelation(Map& map, const std::string& old_schema, const std::string& new_schema) {
  Map moved;
  for (auto& [name, object] : map) {
    auto key = name;
    if (key.table.schema == old_schema) {
      key.table.schema = object.name.table.schema = new_schema;
    }
    moved.emplace(std::move(key), std::move(object));
  }
  map = std::move(moved);
}

void RenameSchema(Catalog& catalog, const std::string& old_schema, const std::string& new_schema) {
  Rekey(catalog.schemas, old_schema,
        [&](auto& key, auto& schema) { key = schema.name = new_schema; });
  auto move = [&](QualifiedName& name) {
    if (name.schema == old_schema) {
      name.schema = new_schema;
    }
  };
  MoveSchema(catalog.enums, old_schema, new_schema);
  MoveSchema(catalog.sequences, old_schema, new_schema);
  MoveSchema(catalog.tables, old_schema, new_schema);
  MoveSchema(catalog.indexes, old_schema, new_schema);
  MoveSchema(catalog.views, old_schema, new_schema);
  MoveSchema(catalog.domains, old_schema, new_schema);
  MoveSchema(catalog.composites, old_schema, new_schema);
  MoveSchema(catalog.ranges, old_schema, new_schema);
  MoveSchema(catalog.statistics, old_schema, new_schema);
  MoveSchema(catalog.collations, old_schema, new_schema);
  MoveSchema(catalog.conversions, old_schema, new_schema);
  MoveSchema(catalog.text_search_dictionaries, old_schema, new_schema);
  MoveSchema(catalog.text_search_configurations, old_schema, new_schema);
  MoveSchema(catalog.text_search_parsers, old_schema, new_schema);
  MoveSchema(catalog.text_search_templates, old_schema, new_schema);
  MoveSchemaOnRelation(catalog.triggers, old_schema, new_schema);
  MoveSchemaOnRelation(catalog.policies, old_schema, new_schema);
  MoveSchemaOnRelation(catalog.rules, old_schema, new_schema);
  MoveSchema(catalog.functions, old_schema, new_schema);
  MoveSchema(catalog.operators, old_schema, new_schema);
  MoveSchema(catalog.operator_families, old_schema, new_schema);
  MoveSchema(catalog.operator_classes, old_schema, new_schema);
  for (auto& [name, extension] : catalog.extensions) {
    if (extension.schema == old_schema) {
      extension.schema = new_schema;
    }
  }
  for (auto& [name, table] : catalog.tables) {
    if (table.partition_of) {
      move(*table.partition_of);
    }
    for (QualifiedName& parent : table.inherits) {
      move(parent);
    }
    for (catalog::Column& column : table.columns) {
      if (column.identity) {
        move(column.identity->sequence);
      }
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      move(constraint.referenced_table);
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    move(index.table);
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by) {
      move(sequence.owned_by->table);
    }
  }
  for (auto& [name, statistics] : catalog.statistics) {
    move(statistics.table);
  }
  for (auto& [name, type] : catalog.ranges) {
    move(type.multirange);
  }
  std::map<catalog::DefaultPrivilegesName, catalog::DefaultPrivileges> defaults;
  for (auto& [name, entry] : catalog.default_privileges) {
    if (entry.name.schema == old_schema) {
      entry.name.schema = new_schema;
    }
    defaults.emplace(entry.name, std::move(entry));
  }
  catalog.default_privileges = std::move(defaults);
  ForEachKey(catalog, [&](ObjectKey& key) {
    if (key.schema == old_schema) {
      key.schema = new_schema;
      if (key.kind == ObjectKind::kSchema) {
        key.name = new_schema;
      }
    }
  });
  RewriteTexts(catalog, [&](const std::string& text) {
    return RewriteSchema(text, old_schema, new_schema);
  });
}

// Renames one object of `catalog` from `from` to `to`.
void Apply(Catalog& catalog, const ObjectKey& from, const ObjectKey& to) {
  QualifiedName old_name{from.schema, from.name};
  QualifiedName renamed{to.schema, to.name};
  auto same_key = [&](ObjectKey& key) {
    if (key == from) {
      key = to;
    }
  };
  bool qualified_rewrite = true;
  switch (from.kind) {
    case ObjectKind::kTable:
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView:
      RenameRelation(catalog, from, to.name);
      break;
    case ObjectKind::kColumn:
      RenameColumn(catalog, old_name, from.sub_name, to.sub_name);
      qualified_rewrite = false;
      break;
    case ObjectKind::kConstraint: {
      catalog::Table& table = catalog.tables.at(old_name);
      Rekey(table.constraints, from.sub_name,
            [&](auto& key, auto& constraint) { key = constraint.name = to.sub_name; });
      if (table.cluster_on == from.sub_name) {
        table.cluster_on = to.sub_name;  // the key's index is renamed with it
      }
      if (table.replica_index == from.sub_name) {
        table.replica_index = to.sub_name;
      }
      ForEachKey(catalog, same_key);
      qualified_rewrite = false;
      break;
    }
    case ObjectKind::kIndex:
      Rekey(catalog.indexes, old_name, [&](auto& key, auto& index) { key = index.name = renamed; });
      for (auto& [name, table] : catalog.tables) {
        if (name.schema == old_name.schema && table.cluster_on == old_name.name) {
          table.cluster_on = renamed.name;
        }
        if (name.schema == old_name.schema && table.replica_index == old_name.name) {
          table.replica_index = renamed.name;
        }
      }
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kSequence:
      Rekey(catalog.sequences, old_name,
            [&](auto& key, auto& sequence) { key = sequence.name = renamed; });
      for (auto& [name, table] : catalog.tables) {
        for (catalog::Column& column : table.columns) {
          if (column.identity && column.identity->sequence == old_name) {
            column.identity->sequence = renamed;
          }
        }
      }
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate:
      Rekey(catalog.functions, catalog::FunctionName{from.schema, from.name, from.sub_name},
            [&](auto& key, auto& function) {
              key.name = function.name.name = to.name;
              function.definition = RenamedHeader(function.definition, old_name, to.name);
            });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kEnum:
      if (!from.sub_name.empty()) {
        std::vector<std::string>& labels = catalog.enums.at(old_name).labels;
        std::replace(labels.begin(), labels.end(), from.sub_name, to.sub_name);
        RewriteTexts(catalog, [&](const std::string& text) {
          return RewriteLabel(text, from.schema, from.name, from.sub_name, to.sub_name);
        });
        qualified_rewrite = false;
        break;
      }
      Rekey(catalog.enums, old_name, [&](auto& key, auto& type) { key = type.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kDomain:
      if (!from.sub_name.empty()) {
        catalog::Domain& domain = catalog.domains.at(old_name);
        Rekey(domain.checks, from.sub_name, [&](auto& key, auto& /*check*/) { key = to.sub_name; });
        Rekey(domain.check_comments, from.sub_name,
              [&](auto& key, auto& /*comment*/) { key = to.sub_name; });
        if (domain.unvalidated_checks.erase(from.sub_name) != 0) {
          domain.unvalidated_checks.insert(to.sub_name);
        }
        qualified_rewrite = false;
        break;
      }
      Rekey(catalog.domains, old_name, [&](auto& key, auto& type) { key = type.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kComposite:
      Rekey(catalog.composites, old_name,
            [&](auto& key, auto& type) { key = type.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kRange:
      Rekey(catalog.ranges, old_name, [&](auto& key, auto& type) { key = type.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kStatistics:
      Rekey(catalog.statistics, old_name,
            [&](auto& key, auto& statistics) { key = statistics.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kCollation:
      Rekey(catalog.collations, old_name,
            [&](auto& key, auto& collation) { key = collation.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kConversion:
      Rekey(catalog.conversions, old_name,
            [&](auto& key, auto& conversion) { key = conversion.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kEventTrigger:
      Rekey(catalog.event_triggers, from.name, [&](auto& key, auto& trigger) {
        key = trigger.name = to.name;
        trigger.definition = RewriteDefinedName(trigger.definition, "trigger", from.name, to.name);
      });
      ForEachKey(catalog, same_key);
      qualified_rewrite = false;
      break;
    case ObjectKind::kTextSearchDictionary:
    case ObjectKind::kTextSearchConfiguration:
    case ObjectKind::kTextSearchParser:
    case ObjectKind::kTextSearchTemplate:
      Rekey(catalog::TextSearchObjects(catalog, from.kind), old_name,
            [&](auto& key, auto& object) { key = object.name = renamed; });
      ForEachKey(catalog, same_key);
      break;
    case ObjectKind::kTrigger:
      Rekey(catalog.triggers, catalog::TriggerName{old_name, from.sub_name},
            [&](auto& key, auto& trigger) {
              key.name = trigger.name.name = to.sub_name;
              trigger.definition =
                  RewriteDefinedName(trigger.definition, "trigger", from.sub_name, to.sub_name);
            });
      ForEachKey(catalog, same_key);
      qualified_rewrite = false;
      break;
    case ObjectKind::kPolicy:
      Rekey(catalog.policies, catalog::PolicyName{old_name, from.sub_name},
            [&](auto& key, auto& policy) { key.name = policy.name.name = to.sub_name; });
      ForEachKey(catalog, same_key);
      qualified_rewrite = false;
      break;
    case ObjectKind::kRule:
      Rekey(catalog.rules, catalog::RuleName{old_name, from.sub_name}, [&](auto& key, auto& rule) {
        key.name = rule.name.name = to.sub_name;
        rule.definition = RewriteDefinedName(rule.definition, "rule", from.sub_name, to.sub_name);
      });
      ForEachKey(catalog, same_key);
      qualified_rewrite = false;
      break;
    case ObjectKind::kSchema:
      RenameSchema(catalog, from.name, to.name);
      qualified_rewrite = false;
      break;
    case ObjectKind::kExtension:
    case ObjectKind::kOperator:      // PostgreSQL cannot rename one
    case ObjectKind::kAccessMethod:  // nor one of these
    case ObjectKind::kCast:          // named by its types alone
    case ObjectKind::kPublication:   // not renamed (the annotation is refused)
    case ObjectKind::kForeignDataWrapper:
    case ObjectKind::kServer:
    case ObjectKind::kUserMapping:     // named by its server and role
    case ObjectKind::kOperatorFamily:  // not renamed (the annotation is refused)
    case ObjectKind::kOperatorClass:
    case ObjectKind::kDefaultPrivileges:  // no renames (FindRenames never asks)
      qualified_rewrite = false;
      break;
  }
  if (qualified_rewrite) {
    RewriteTexts(catalog, [&](const std::string& text) {
      return RewriteQualified(text, from.schema, from.name, to.name);
    });
  }
}

// The statement that renames `from` to `to` in `catalog` (as it is before the rename), and the
// lock it takes on a table.
std::pair<std::string, TableLock> RenameSql(const Catalog& catalog, const ObjectKey& from,
                                            const ObjectKey& to) {
  QualifiedName old_name{from.schema, from.name};
  std::string quoted = old_name.Quoted();
  std::string new_name = base::QuoteIdentifier(to.name);
  std::string new_part = base::QuoteIdentifier(to.sub_name);
  std::string old_part = base::QuoteIdentifier(from.sub_name);
  switch (from.kind) {
    case ObjectKind::kTable:
      return {fmt::format("ALTER TABLE {} RENAME TO {};", quoted, new_name),
              TableLock::kAccessExclusive};
    case ObjectKind::kColumn:
      return {fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {};", quoted, old_part, new_part),
              TableLock::kAccessExclusive};
    case ObjectKind::kConstraint:
      return {fmt::format("ALTER TABLE {} RENAME CONSTRAINT {} TO {};", quoted, old_part, new_part),
              TableLock::kAccessExclusive};
    case ObjectKind::kIndex:
      return {fmt::format("ALTER INDEX {} RENAME TO {};", quoted, new_name),
              TableLock::kShareUpdateExclusive};
    case ObjectKind::kSequence:
      return {fmt::format("ALTER SEQUENCE {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kView:
      return {fmt::format("ALTER VIEW {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kMaterializedView:
      return {fmt::format("ALTER MATERIALIZED VIEW {} RENAME TO {};", quoted, new_name),
              TableLock::kAccessExclusive};
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate: {
      auto function =
          catalog.functions.find(catalog::FunctionName{from.schema, from.name, from.sub_name});
      std::string_view word = from.kind == ObjectKind::kAggregate ? "AGGREGATE"
                              : function != catalog.functions.end() && function->second.procedure
                                  ? "PROCEDURE"
                                  : "FUNCTION";
      std::string arguments =
          from.kind == ObjectKind::kAggregate && from.sub_name.empty() ? "*" : from.sub_name;
      return {fmt::format("ALTER {} {}({}) RENAME TO {};", word, quoted, arguments, new_name),
              TableLock::kNone};
    }
    case ObjectKind::kEnum:
      if (!from.sub_name.empty()) {
        return {fmt::format("ALTER TYPE {} RENAME VALUE {} TO {};", quoted,
                            base::QuoteLiteral(from.sub_name), base::QuoteLiteral(to.sub_name)),
                TableLock::kNone};
      }
      return {fmt::format("ALTER TYPE {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kComposite:
    case ObjectKind::kRange:
      return {fmt::format("ALTER TYPE {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kDomain:
      if (!from.sub_name.empty()) {
        return {
            fmt::format("ALTER DOMAIN {} RENAME CONSTRAINT {} TO {};", quoted, old_part, new_part),
            TableLock::kNone};
      }
      return {fmt::format("ALTER DOMAIN {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kStatistics:
      return {fmt::format("ALTER STATISTICS {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kCollation:
      return {fmt::format("ALTER COLLATION {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kConversion:
      return {fmt::format("ALTER CONVERSION {} RENAME TO {};", quoted, new_name), TableLock::kNone};
    case ObjectKind::kEventTrigger:
      return {fmt::format("ALTER EVENT TRIGGER {} RENAME TO {};", base::QuoteIdentifier(from.name),
                          new_name),
              TableLock::kNone};
    case ObjectKind::kTextSearchDictionary:
    case ObjectKind::kTextSearchConfiguration:
    case ObjectKind::kTextSearchParser:
    case ObjectKind::kTextSearchTemplate:
      return {fmt::format("ALTER {} RENAME TO {};", catalog::TextSearchTarget(from.kind, old_name),
                          new_name),
              TableLock::kNone};
    case ObjectKind::kTrigger:
      return {fmt::format("ALTER TRIGGER {} ON {} RENAME TO {};", old_part, quoted, new_part),
              catalog.tables.contains(old_name) ? TableLock::kAccessExclusive : TableLock::kNone};
    case ObjectKind::kPolicy:
      return {fmt::format("ALTER POLICY {} ON {} RENAME TO {};", old_part, quoted, new_part),
              TableLock::kAccessExclusive};
    case ObjectKind::kRule:
      return {fmt::format("ALTER RULE {} ON {} RENAME TO {};", old_part, quoted, new_part),
              catalog.tables.contains(old_name) ? TableLock::kAccessExclusive : TableLock::kNone};
    case ObjectKind::kSchema:
      return {
          fmt::format("ALTER SCHEMA {} RENAME TO {};", base::QuoteIdentifier(from.name), new_name),
          TableLock::kNone};
    case ObjectKind::kExtension:
    case ObjectKind::kOperator:
    case ObjectKind::kAccessMethod:
    case ObjectKind::kCast:
    case ObjectKind::kPublication:
    case ObjectKind::kForeignDataWrapper:
    case ObjectKind::kServer:
    case ObjectKind::kUserMapping:
    case ObjectKind::kOperatorFamily:
    case ObjectKind::kOperatorClass:
    case ObjectKind::kDefaultPrivileges:
      break;
  }
  return {"", TableLock::kNone};
}

Step RenameStep(const Catalog& catalog, const ObjectKey& from, const ObjectKey& to,
                const base::SourceRange& origin) {
  Step step;
  step.target = to;
  step.object = catalog::ParentKey(to);
  if (to.kind == ObjectKind::kEnum || to.kind == ObjectKind::kDomain) {
    step.target = step.object;  // the type, for a label or a check too
  }
  if (to.kind == ObjectKind::kTrigger || to.kind == ObjectKind::kPolicy ||
      to.kind == ObjectKind::kRule) {
    step.object = to;
  }
  step.action = Action::kAlter;
  bool part = !from.sub_name.empty() && from.kind != ObjectKind::kFunction &&
              from.kind != ObjectKind::kAggregate;
  const std::string& old_name = part ? from.sub_name : from.name;
  const std::string& new_name = part ? to.sub_name : to.name;
  step.description = fmt::format("rename {} \"{}\" to \"{}\"",
                                 !part                              ? catalog::KindName(from.kind)
                                 : from.kind == ObjectKind::kEnum   ? "value"
                                 : from.kind == ObjectKind::kDomain ? "check"
                                                                    : catalog::KindName(from.kind),
                                 old_name, new_name);
  auto [sql, lock] = RenameSql(catalog, from, to);
  step.statements.push_back(std::move(sql));
  TakeLock(step, lock,
           fmt::format("renaming takes an ACCESS EXCLUSIVE lock on {}",
                       QualifiedName{from.schema, from.name}.Quoted()));
  step.origin = origin;
  return step;
}

}  // namespace

Catalog RenameObjects(Catalog catalog, const std::vector<Rename>& renames, bool reverse,
                      std::vector<Step>* steps) {
  for (size_t i = 0; i < renames.size(); ++i) {
    const Rename& rename = renames[reverse ? renames.size() - 1 - i : i];
    const ObjectKey& from = reverse ? rename.to : rename.from;
    const ObjectKey& to = reverse ? rename.from : rename.to;
    if (steps != nullptr) {
      steps->push_back(RenameStep(catalog, from, to, rename.origin));
    }
    Apply(catalog, from, to);
  }
  return catalog;
}

}  // namespace schemac::plan
