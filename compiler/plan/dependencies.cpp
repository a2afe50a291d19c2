#include "dependencies.h"

#include <algorithm>
#include <map>
#include <optional>

#include "schemac/base/quote.h"

namespace schemac::plan {
namespace {

bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

// Reads one identifier at `text[*pos]`, quoted ("a""b") or not, and advances past it.
std::optional<std::string> ReadIdentifier(std::string_view text, size_t* pos) {
  size_t i = *pos;
  std::string out;
  if (i < text.size() && text[i] == '"') {
    for (++i; i < text.size(); ++i) {
      if (text[i] == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          out += '"';
          ++i;
        } else {
          *pos = i + 1;
          return out;
        }
      } else {
        out += text[i];
      }
    }
    return std::nullopt;
  }
  while (i < text.size() && IsIdentifierChar(text[i])) {
    out += text[i++];
  }
  if (out.empty()) {
    return std::nullopt;
  }
  *pos = i;
  return out;
}

// ParseQualified reads `schema.name` (each part quoted or not) that makes up all of `text`.
std::optional<catalog::QualifiedName> ParseQualified(std::string_view text) {
  size_t pos = 0;
  auto schema = ReadIdentifier(text, &pos);
  if (!schema || pos >= text.size() || text[pos] != '.') {
    return std::nullopt;
  }
  ++pos;
  auto name = ReadIdentifier(text, &pos);
  if (!name || pos != text.size()) {
    return std::nullopt;
  }
  return catalog::QualifiedName{*schema, *name};
}

}  // namespace

ObjectKey OwnedByKey(const catalog::QualifiedName& sequence) {
  return {ObjectKind::kSequence, sequence.schema, sequence.name, std::string(kOwnedBy)};
}

std::vector<catalog::QualifiedName> SequencesInExpression(std::string_view expression) {
  std::vector<catalog::QualifiedName> out;
  constexpr std::string_view kCall = "nextval('";
  for (size_t at = expression.find(kCall); at != std::string_view::npos;
       at = expression.find(kCall, at + 1)) {
    size_t start = at + kCall.size();
    // As the server prints it, nextval('s.n'::regclass); as the compiler keeps it, nextval('s.n').
    size_t end = expression.find('\'', start);
    if (end == std::string_view::npos) {
      break;
    }
    // The literal doubles its quotes; sequence names with a quote are rare enough to skip.
    if (auto name = ParseQualified(expression.substr(start, end - start))) {
      out.push_back(*name);
    }
  }
  return out;
}

const catalog::EnumType* EnumOfType(const catalog::Catalog& catalog, const std::string& type) {
  std::string_view base = type;
  while (base.size() > 2 && base.substr(base.size() - 2) == "[]") {
    base.remove_suffix(2);
  }
  auto name = ParseQualified(base);
  if (!name) {
    return nullptr;
  }
  auto it = catalog.enums.find(*name);
  return it == catalog.enums.end() ? nullptr : &it->second;
}

std::string ReferencedKey(const catalog::Catalog& catalog, const catalog::Constraint& foreign_key) {
  auto table = catalog.tables.find(foreign_key.referenced_table);
  if (table == catalog.tables.end()) {
    return "";
  }
  std::vector<std::string> wanted = foreign_key.referenced_columns;
  std::sort(wanted.begin(), wanted.end());
  for (const auto& [name, constraint] : table->second.constraints) {
    if (constraint.type != catalog::ConstraintType::kPrimaryKey &&
        constraint.type != catalog::ConstraintType::kUnique) {
      continue;
    }
    std::vector<std::string> columns = constraint.columns;
    std::sort(columns.begin(), columns.end());
    if (columns == wanted) {
      return name;
    }
  }
  return "";
}

DependencyIndex::DependencyIndex(const catalog::Catalog& catalog) {
  // What the catalog's shape says: every object depends on its schema, a part on its table,
  // a key, an index or a foreign key on the columns it lists, a sequence's ownership on the
  // sequence and the column.
  for (const auto& [name, extension] : catalog.extensions) {
    Add(catalog::ExtensionKey(extension), SchemaKey(extension.schema));
  }
  for (const auto& [name, type] : catalog.enums) {
    Add(EnumKey(name), SchemaKey(name.schema));
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    Add(SequenceKey(name), SchemaKey(name.schema));
    if (sequence.owned_by) {
      Add(OwnedByKey(name), SequenceKey(name));
      Add(OwnedByKey(name), ColumnKey(sequence.owned_by->table, sequence.owned_by->column));
    }
  }
  for (const auto& [name, table] : catalog.tables) {
    AddTable(catalog, table);
  }
  for (const auto& [name, index] : catalog.indexes) {
    ObjectKey key = IndexKeyOf(name);
    if (auto view = catalog.views.find(index.table); view != catalog.views.end()) {
      Add(key, catalog::KeyOf(view->second));  // a materialized view's index
      continue;
    }
    Add(key, TableKey(index.table));
    for (const catalog::IndexKey& part : index.keys) {
      if (!part.column.empty()) {
        Add(key, ColumnKey(index.table, part.column));
      }
    }
    for (const std::string& column : index.include) {
      Add(key, ColumnKey(index.table, column));
    }
  }
  for (const auto& [name, trigger] : catalog.triggers) {
    Add(catalog::TriggerKey(name), catalog.tables.count(name.table) != 0
                                       ? TableKey(name.table)
                                       : catalog::ViewKey(name.table));
  }
  for (const auto& [name, collation] : catalog.collations) {
    Add(catalog::CollationKey(name), SchemaKey(name.schema));
  }
  for (const auto& [name, statistics] : catalog.statistics) {
    Add(catalog::StatisticsKey(name), catalog.tables.count(statistics.table) != 0
                                          ? TableKey(statistics.table)
                                          : catalog::MaterializedViewKey(statistics.table));
  }
  for (const auto& [name, rule] : catalog.rules) {
    Add(catalog::RuleKey(name), catalog.tables.count(name.table) != 0
                                    ? TableKey(name.table)
                                    : catalog::ViewKey(name.table));
  }
  // What the server recorded: what expressions call, read and cast to, and the types columns
  // are of.
  for (const catalog::Dependency& dependency : catalog.dependencies.value) {
    Add(dependency.object, dependency.referenced);
  }
  // An expression that calls the function of a cast may have been written as the cast (an
  // assignment or implicit one prints as its argument alone), which the server does not record:
  // what uses the function of a cast uses the cast, to be read again.
  std::multimap<ObjectKey, ObjectKey> casts_of;
  for (const catalog::Dependency& dependency : catalog.dependencies.value) {
    if (dependency.object.kind == ObjectKind::kCast &&
        dependency.referenced.kind == ObjectKind::kFunction) {
      casts_of.emplace(dependency.referenced, dependency.object);
    }
  }
  for (const catalog::Dependency& dependency : catalog.dependencies.value) {
    auto [first, last] = casts_of.equal_range(dependency.referenced);
    for (auto it = first; it != last; ++it) {
      if (dependency.object.kind != ObjectKind::kCast) {
        Add(dependency.object, it->second);
      }
    }
  }
  graph_.Finish();
}

void DependencyIndex::AddTable(const catalog::Catalog& catalog, const catalog::Table& table) {
  const catalog::QualifiedName& name = table.name;
  Add(TableKey(name), SchemaKey(name.schema));
  if (table.partition_of) {
    // A partition's columns are its parent's.
    Add(TableKey(name), TableKey(*table.partition_of));
    auto parent = catalog.tables.find(*table.partition_of);
    for (const catalog::Column& column : table.columns) {
      if (parent != catalog.tables.end() && parent->second.FindColumn(column.name) != nullptr) {
        Add(ColumnKey(name, column.name), ColumnKey(*table.partition_of, column.name));
      }
    }
  }
  // A table's columns that it has from its parents (INHERITS) are theirs.
  for (const catalog::QualifiedName& parent_name : table.inherits) {
    Add(TableKey(name), TableKey(parent_name));
    auto parent = catalog.tables.find(parent_name);
    for (const catalog::Column& column : table.columns) {
      if (parent != catalog.tables.end() && parent->second.FindColumn(column.name) != nullptr) {
        Add(ColumnKey(name, column.name), ColumnKey(parent_name, column.name));
      }
    }
  }
  for (const catalog::Column& column : table.columns) {
    Add(ColumnKey(name, column.name), TableKey(name));
  }
  for (const auto& [constraint_name, constraint] : table.constraints) {
    ObjectKey key = ConstraintKey(name, constraint_name);
    Add(key, TableKey(name));
    for (const auto* list : {&constraint.columns, &constraint.include}) {
      for (const std::string& column : *list) {
        Add(key, ColumnKey(name, column));
      }
    }
    if (constraint.type == catalog::ConstraintType::kForeignKey) {
      const catalog::QualifiedName& target = constraint.referenced_table;
      Add(key, TableKey(target));
      for (const std::string& column : constraint.referenced_columns) {
        Add(key, ColumnKey(target, column));
      }
      std::string referenced = ReferencedKey(catalog, constraint);
      if (!referenced.empty()) {
        Add(key, ConstraintKey(target, referenced));
      } else {
        // A unique index: the foreign key depends on every unique index of the referenced table.
        for (const auto& [index_name, index] : catalog.indexes) {
          if (index.unique && index.table == target) {
            Add(key, IndexKeyOf(index_name));
          }
        }
      }
    }
  }
}

void DependencyIndex::Add(const ObjectKey& from, const ObjectKey& to) {
  if (from != to) {
    graph_.AddEdge(from, to);
  }
}

std::vector<ObjectKey> DependencyIndex::DependenciesOf(const ObjectKey& key) const {
  return graph_.Out(key);
}

std::vector<ObjectKey> DependencyIndex::DependentsOf(const ObjectKey& key) const {
  return graph_.In(key);
}

bool DependencyIndex::UsesItsTable(const ObjectKey& part) const {
  const ObjectKey table = ParentKey(part);
  std::set<ObjectKey> seen;
  std::vector<ObjectKey> work;
  for (const ObjectKey& used : DependenciesOf(part)) {
    if ((used.kind == ObjectKind::kFunction || used.kind == ObjectKind::kAggregate) &&
        seen.insert(used).second) {
      work.push_back(used);
    }
  }
  while (!work.empty()) {
    ObjectKey key = work.back();
    work.pop_back();
    if (ParentKey(key) == table) {
      return true;
    }
    for (const ObjectKey& next : DependenciesOf(key)) {
      // Schemas and extensions lead nowhere back.
      if (next.kind != ObjectKind::kSchema && next.kind != ObjectKind::kExtension &&
          seen.insert(next).second) {
        work.push_back(next);
      }
    }
  }
  return false;
}

std::set<ObjectKey> DependencyIndex::PartsUsingTheirTable(const catalog::Catalog& catalog) const {
  std::set<ObjectKey> parts;
  if (catalog.dependencies.value.empty()) {
    return parts;  // a compiled catalog: what functions use is known once the server has them
  }
  for (const auto& [name, table] : catalog.tables) {
    for (const catalog::Column& column : table.columns) {
      ObjectKey key = ColumnKey(name, column.name);
      if (column.default_expression && UsesItsTable(key)) {
        parts.insert(key);
      }
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      ObjectKey key = ConstraintKey(name, constraint_name);
      if (constraint.type == catalog::ConstraintType::kCheck && UsesItsTable(key)) {
        parts.insert(key);
      }
    }
  }
  return parts;
}

}  // namespace schemac::plan
