// Unique keys, table checks, indexes and comments of a generated table.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "generator.h"

namespace schemac::bench {
namespace {

std::string Words(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string Capitalized(std::string text) {
  if (!text.empty()) {
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

Column* FindColumn(Table& table, std::string_view name) {
  for (Column& column : table.columns) {
    if (column.name == name) {
      return &column;
    }
  }
  return nullptr;
}

Column* FindKind(Table& table, std::string_view kind) {
  for (Column& column : table.columns) {
    if (column.kind >= 0 && ColumnKinds()[static_cast<size_t>(column.kind)].name == kind) {
      return &column;
    }
  }
  return nullptr;
}

}  // namespace

void Generator::AddIndexes(Table& table) {
  const std::string& schema = table.schema;
  auto add_index = [&](const std::string& base, const std::string& keys, Column& column) {
    Index index;
    index.name = ClaimUnique(schema, table.name + "_" + base, "idx");
    index.keys = keys;
    column.used = true;
    table.indexes.push_back(index);
    return &table.indexes.back();
  };
  // Foreign keys get an index most of the time (a primary key's first column has one already).
  std::string first_reference;
  for (const ForeignKey& fk : table.foreign_keys) {
    const bool leads_key = !table.primary_key.empty() && fk.columns[0] == table.primary_key[0];
    if (fk.columns.size() == 1 && first_reference.empty() && !leads_key) {
      first_reference = fk.columns[0];
    }
    if (leads_key || !random_.Percent(70)) {
      continue;
    }
    Index index;
    if (fk.columns.size() == 1) {
      bool automatic = false;
      const std::string name = ClaimDefault(table, fk.columns, "idx", &automatic);
      index.name = automatic && random_.Percent(60) ? "" : name;
      index.keys = fk.columns[0];
    } else {
      index.name = ClaimUnique(schema, table.name + "_" + fk.columns[0] + "_line", "idx");
      index.keys = fk.columns[0] + ", " + fk.columns[1];
    }
    table.indexes.push_back(index);
  }
  Column* from = FindKind(table, "valid_from");
  Column* to = FindKind(table, "valid_to");
  if (from != nullptr && to != nullptr && random_.Percent(60)) {
    table.checks.push_back({ClaimUnique(schema, table.name + "_period", "check"),
                            "valid_to IS NULL OR valid_from <= valid_to", ""});
    from->used = to->used = true;
  }
  Column* amount = FindKind(table, "amount");
  Column* price = FindKind(table, "unit_price");
  Column* quantity = FindKind(table, "quantity");
  if (amount != nullptr && price != nullptr && quantity != nullptr && random_.Percent(40)) {
    table.checks.push_back({ClaimUnique(schema, table.name + "_total", "check"),
                            "amount <= unit_price * quantity", ""});
    amount->used = price->used = quantity->used = true;
  }
  Column* created = FindKind(table, "created_at");
  Column* name_column = FindKind(table, "name");
  const size_t column_count = table.columns.size();
  for (size_t i = 0; i < column_count; ++i) {
    Column& column = table.columns[i];
    if (column.kind < 0) {
      // An enum column: often filtered together with the creation time.
      if (column.type.find('.') != std::string::npos && created != nullptr && random_.Percent(20)) {
        add_index(column.name + "_created", column.name + ", created_at", column);
        created->used = true;
      }
      continue;
    }
    const ColumnKind& kind = ColumnKinds()[static_cast<size_t>(column.kind)];
    const std::string& name = column.name;
    switch (kind.use) {
      case Use::kCode:
        if (!first_reference.empty() && name == "code" && random_.Percent(30)) {
          UniqueKey key;
          key.columns = {first_reference, name};
          bool automatic = false;
          const std::string key_name = ClaimDefault(table, key.columns, "key", &automatic);
          key.name = automatic && random_.Percent(50) ? "" : key_name;
          table.uniques.push_back(key);
          column.used = true;
        } else if (random_.Percent(50)) {
          bool automatic = false;
          const std::string key_name = ClaimDefault(table, {name}, "key", &automatic);
          if (automatic && random_.Percent(70)) {
            column.unique = true;
          } else {
            table.uniques.push_back({key_name, {name}});
          }
          column.used = true;
        } else if (name == "code" && random_.Percent(40)) {
          Index* index = add_index(name + "_unique", name, column);
          index->unique = true;
          if (name_column != nullptr) {
            index->include = name_column->name;
            name_column->used = true;
          }
        } else if (random_.Percent(8)) {
          add_index(name + "_hash", name, column)->method = "hash";
        }
        break;
      case Use::kText:
        if (random_.Percent(25)) {
          add_index("lower_" + name, "lower(" + name + ")", column)->unique =
              name == "email" && random_.Percent(30);
        }
        break;
      case Use::kTime:
        if (name == "created_at" && !first_reference.empty() && random_.Percent(30)) {
          add_index(first_reference + "_created", first_reference + ", created_at DESC", column);
          FindColumn(table, first_reference)->used = true;
        } else if (random_.Percent(20)) {
          add_index(name, name + " DESC", column);
        } else if (name == "created_at" && random_.Percent(5)) {
          add_index(name + "_brin", name, column)->method = "brin";
        }
        break;
      case Use::kSoftDelete:
        if (random_.Percent(50)) {
          const std::string keys = !first_reference.empty()    ? first_reference
                                   : table.primary_key.empty() ? std::string("deleted_at")
                                                               : table.primary_key[0];
          add_index("live", keys, column)->predicate = "deleted_at IS NULL";
          FindColumn(table, keys)->used = true;
        }
        break;
      case Use::kFlag:
        if (random_.Percent(25) && name_column != nullptr) {
          add_index(name == "is_active" ? "active" : "current", name_column->name, column)
              ->predicate = name == "is_active" ? "is_active" : "NOT is_archived";
          name_column->used = true;
        }
        break;
      case Use::kJson:
        if (random_.Percent(25)) {
          add_index(name, name + " jsonb_path_ops", column)->method = "gin";
        } else if (random_.Percent(15)) {
          add_index(name + "_kind", "(" + name + " ->> 'kind')", column);
        }
        break;
      case Use::kArray:
      case Use::kSearch:
        if (random_.Percent(kind.use == Use::kSearch ? 60 : 30)) {
          add_index(name, name, column)->method = "gin";
        }
        break;
      case Use::kNumber:
        if (name == "amount" && random_.Percent(10)) {
          add_index(name, name + " DESC NULLS LAST", column);
        }
        break;
      case Use::kPlain:
        break;
    }
  }
  for (Index& index : table.indexes) {
    if (!index.name.empty() && random_.Percent(10)) {
      index.comment = fmt::format("Speeds up lookups by {}.", index.keys);
    }
  }
  for (Check& check : table.checks) {
    if (random_.Percent(25)) {
      check.comment = "Rejects inconsistent rows; the application checks this too.";
    }
  }
}

void Generator::AddComments(Table& table) {
  if (random_.Percent(65)) {
    table.comment =
        fmt::format("{} of the {} schema.", Capitalized(Words(table.name)), table.schema);
    if (random_.Percent(20)) {
      table.comment += " Rows are appended, never updated.";
    }
    if (random_.Percent(10)) {
      table.comment +=
          fmt::format(" Don't edit by hand: it's kept by the {} service.", table.schema);
    }
  }
  const std::string owner = table.name.substr(0, table.name.find('_'));
  for (Column& column : table.columns) {
    if (random_.Percent(12)) {
      column.comment = fmt::format("The {}'s {}.", owner, Words(column.name));
    }
  }
}

}  // namespace schemac::bench
