#include "origins.h"

#include "schemac/normalize/normalize.h"

namespace schemac::normalize {
namespace {

template <typename Map, typename Ranges>
void Collect(const Map& objects, Ranges& out) {
  for (const auto& [key, object] : objects) {
    out.emplace(key, object.origin.range);
  }
}

template <typename Map, typename Ranges>
void Apply(const Ranges& ranges, Map& objects) {
  for (auto& [key, object] : objects) {
    auto found = ranges.find(key);
    if (found != ranges.end()) {
      object.origin.range = found->second;
    }
  }
}

}  // namespace

Origins::Origins(const catalog::Catalog& catalog) {
  Collect(catalog.schemas, schemas_);
  Collect(catalog.extensions, extensions_);
  Collect(catalog.enums, enums_);
  Collect(catalog.sequences, sequences_);
  Collect(catalog.indexes, indexes_);
  for (const auto& [name, table] : catalog.tables) {
    TableOrigins& origins = tables_[name];
    origins.table = table.origin.range;
    for (const catalog::Column& column : table.columns) {
      origins.columns.emplace(column.name, column.origin.range);
      if (column.hints.using_expression || column.hints.down_using_expression) {
        origins.column_hints.emplace(column.name, column.hints);
      }
    }
    Collect(table.constraints, origins.constraints);
  }
}

void Origins::ApplyTo(catalog::Catalog& target) const {
  Apply(schemas_, target.schemas);
  Apply(extensions_, target.extensions);
  Apply(enums_, target.enums);
  Apply(sequences_, target.sequences);
  Apply(indexes_, target.indexes);
  for (auto& [name, table] : target.tables) {
    auto found = tables_.find(name);
    if (found == tables_.end()) {
      continue;
    }
    table.origin.range = found->second.table;
    for (catalog::Column& column : table.columns) {
      auto range = found->second.columns.find(column.name);
      if (range != found->second.columns.end()) {
        column.origin.range = range->second;
      }
      auto hints = found->second.column_hints.find(column.name);
      if (hints != found->second.column_hints.end()) {
        column.hints = hints->second;
      }
    }
    Apply(found->second.constraints, table.constraints);
  }
}

void CopyOrigins(const catalog::Catalog& source, catalog::Catalog& target) {
  Origins(source).ApplyTo(target);
}

}  // namespace schemac::normalize
