// Tables of the generated schemas: keys, foreign keys, payload columns, constraints, indexes and
// comments.
#include <algorithm>
#include <iterator>
#include <numeric>

#include <fmt/format.h>

#include "generator.h"

namespace schemac::bench {
namespace {

const char* const kEntityKinds[] = {
    "records",   "details",  "events",    "notes",    "history",  "settings",
    "snapshots", "metrics",  "logs",      "profiles", "versions", "attachments",
    "aliases",   "limits",   "schedules", "ratings",  "flags",    "requests",
    "approvals", "contacts", "addresses", "audits"};
const char* const kLinkKinds[] = {"links", "members", "assignments", "mappings"};
const char* const kLineKinds[] = {"lines", "items", "entries", "splits"};
const char* const kLookupKinds[] = {"types", "categories", "channels", "reasons", "grades"};

std::string FirstWord(const std::string& name) {
  return name.substr(0, name.find('_'));
}

std::string Replace(std::string text, const std::string& column) {
  for (size_t at = text.find("{c}"); at != std::string::npos; at = text.find("{c}", at)) {
    text.replace(at, 3, column);
    at += column.size();
  }
  return text;
}

bool HasColumn(const Table& table, const std::string& name) {
  return std::any_of(table.columns.begin(), table.columns.end(),
                     [&name](const Column& column) { return column.name == name; });
}

}  // namespace

std::string Generator::ColumnName(const Table& table, const std::string& wanted) const {
  std::string name = wanted;
  for (int number = 2; HasColumn(table, name); ++number) {
    name = fmt::format("{}_{}", wanted, number);
  }
  return name;
}

std::string Generator::NewTableName(const std::string& schema, Shape shape) {
  const char* const* kinds = kEntityKinds;
  size_t count = std::size(kEntityKinds);
  if (shape == Shape::kLink) {
    kinds = kLinkKinds;
    count = std::size(kLinkKinds);
  } else if (shape == Shape::kLine) {
    kinds = kLineKinds;
    count = std::size(kLineKinds);
  } else if (shape == Shape::kLookup) {
    kinds = kLookupKinds;
    count = std::size(kLookupKinds);
  }
  std::string base;
  for (int attempt = 0; attempt < 20; ++attempt) {
    base = std::string(kEntities[random_.Index(kEntityCount)]) + "_" + kinds[random_.Index(count)];
    if (Claim(schema, base)) {
      return base;
    }
  }
  for (int number = 2;; ++number) {
    std::string name = fmt::format("{}_{}", base, number);
    if (Claim(schema, name)) {
      return name;
    }
  }
}

size_t Generator::PickTarget(size_t schema_index) {
  const std::vector<size_t>& own = referenceable_[schema_index];
  if (!own.empty() && random_.Percent(80)) {
    return own[random_.Index(own.size())];
  }
  std::vector<size_t> schemas;
  for (size_t s = 0; s <= schema_index; ++s) {
    if (!referenceable_[s].empty()) {
      schemas.push_back(s);
    }
  }
  const std::vector<size_t>& chosen = referenceable_[schemas[random_.Index(schemas.size())]];
  return chosen[random_.Index(chosen.size())];
}

void Generator::AddKey(Table& table, Shape shape) {
  if (shape == Shape::kLookup) {
    Column code;
    code.name = "code";
    code.type = "varchar(16)";
    code.used = true;
    table.columns.push_back(code);
    table.primary_key = {"code"};
    table.key_type = "varchar(16)";
    return;
  }
  Column id;
  id.name = "id";
  id.used = true;
  const int64_t r = random_.Between(0, 99);
  if (r >= 85 || !Claim(table.schema, table.name + "_id_seq")) {
    id.type = "uuid";
    id.default_value = "gen_random_uuid()";
  } else if (r < 45) {
    id.type = "bigint";
    id.identity = "ALWAYS";
  } else if (r < 55) {
    id.type = "bigint";
    id.identity = "BY DEFAULT";
    id.identity_options = fmt::format("START WITH {} CACHE 20", random_.Between(1, 9) * 1000);
  } else if (r < 60) {
    id.type = "integer";
    id.identity = "ALWAYS";
  } else if (r < 75) {
    id.type = "serial";
  } else {
    id.type = "bigserial";
  }
  table.key_type = id.type == "serial" ? "integer" : id.type == "bigserial" ? "bigint" : id.type;
  table.columns.push_back(id);
  table.primary_key = {"id"};
}

void Generator::AddForeignKeyColumn(Model& model, Table& table, size_t target_index, bool not_null,
                                    const std::string& on_delete) {
  Table& target = model.tables[target_index];
  const std::string& key = target.primary_key[0];
  Column column;
  column.name = ColumnName(table, FirstWord(target.name) + "_" + key);
  column.type = target.key_type;
  column.not_null = not_null;
  column.used = true;
  table.columns.push_back(column);
  ForeignKey fk;
  fk.columns = {column.name};
  fk.target_schema = target.schema;
  fk.target_table = target.name;
  if (random_.Percent(80)) {
    fk.target_columns = {key};
  }
  fk.on_delete = on_delete == "SET NULL" && not_null ? "" : on_delete;
  fk.deferrable = random_.Percent(3);
  bool automatic = false;
  const std::string name = ClaimDefault(table, fk.columns, "fkey", &automatic);
  const int64_t r = random_.Between(0, 99);
  fk.as_alter = r < 10;
  fk.on_column = r >= 10 && r < 75;
  fk.name = fk.as_alter || !automatic || random_.Percent(30) ? name : "";
  table.foreign_keys.push_back(fk);
  ++target.referenced_by;
}

bool Generator::AddLinkColumns(Model& model, Table& table, size_t schema_index) {
  const size_t first = PickTarget(schema_index);
  size_t second = first;
  for (int attempt = 0; attempt < 5 && second == first; ++attempt) {
    second = PickTarget(schema_index);
  }
  if (second == first) {
    return false;
  }
  AddForeignKeyColumn(model, table, first, true, "CASCADE");
  AddForeignKeyColumn(model, table, second, true, "CASCADE");
  table.primary_key = {table.columns[0].name, table.columns[1].name};
  return true;
}

void Generator::AddLineColumns(Model& model, Table& table, size_t schema_index) {
  AddForeignKeyColumn(model, table, PickTarget(schema_index), true, "CASCADE");
  Column line;
  line.name = "line_no";
  line.type = "smallint";
  line.not_null = true;
  line.check = "line_no > 0";
  line.used = true;
  bool automatic = false;
  const std::string name = ClaimDefault(table, {"line_no"}, "check", &automatic);
  line.check_name = automatic ? "" : name;
  table.columns.push_back(line);
  table.primary_key = {table.columns[0].name, "line_no"};
}

void Generator::AddCompositeReference(Model& model, Table& table) {
  Table& line = model.tables[line_tables_[random_.Index(line_tables_.size())]];
  ForeignKey fk;
  for (const std::string& key : line.primary_key) {
    Column column;
    column.name = ColumnName(table, FirstWord(line.name) + "_" + key);
    for (const Column& target_column : line.columns) {
      if (target_column.name == key) {
        column.type = target_column.type;
      }
    }
    column.used = true;
    table.columns.push_back(column);
    fk.columns.push_back(column.name);
  }
  fk.target_schema = line.schema;
  fk.target_table = line.name;
  fk.target_columns = line.primary_key;
  fk.on_delete = random_.Percent(50) ? "CASCADE" : "";
  bool automatic = false;
  const std::string name = ClaimDefault(table, fk.columns, "fkey", &automatic);
  fk.name = automatic && random_.Percent(60) ? "" : name;
  table.foreign_keys.push_back(fk);
  ++line.referenced_by;
}

void Generator::AddPayload(Model& model, Table& table, size_t schema_index, int count) {
  const std::vector<ColumnKind>& kinds = ColumnKinds();
  std::vector<size_t> order(kinds.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const size_t chosen = std::min(order.size(), static_cast<size_t>(count));
  for (size_t i = 0; i < chosen; ++i) {
    std::swap(order[i], order[static_cast<size_t>(random_.Between(
                            static_cast<int64_t>(i), static_cast<int64_t>(order.size()) - 1))]);
  }
  std::sort(order.begin(), order.begin() + static_cast<long>(chosen));
  for (size_t i = 0; i < chosen; ++i) {
    const ColumnKind& kind = kinds[order[i]];
    if (HasColumn(table, kind.name)) {
      continue;
    }
    Column column;
    column.name = kind.name;
    column.type = kind.type;
    column.kind = static_cast<int>(order[i]);
    column.not_null = kind.not_null_percent >= 100 || random_.Percent(kind.not_null_percent);
    if (*kind.default_value != '\0' && (column.not_null || random_.Percent(50))) {
      column.default_value = kind.default_value;
    }
    if (*kind.check != '\0' && random_.Percent(30)) {
      column.check = Replace(kind.check, column.name);
      column.used = true;
      const std::string check = kind.check;
      bool automatic = false;
      const std::string name =
          check.find("BETWEEN") == std::string::npos
              ? ClaimDefault(table, {column.name}, "check", &automatic)
              : ClaimUnique(table.schema, table.name + "_" + column.name, "range");
      column.check_name = automatic && random_.Percent(70) ? "" : name;
    }
    table.columns.push_back(column);
  }
  const std::vector<size_t>& own_enums = enums_[schema_index];
  if (!own_enums.empty() && random_.Percent(45)) {
    const std::vector<size_t>& pool =
        enums_[0].empty() || random_.Percent(85) ? own_enums : enums_[0];
    const Enum& type = model.enums[pool[random_.Index(pool.size())]];
    Column column;
    column.name = ColumnName(table, type.name.substr(type.name.rfind('_') + 1));
    column.type = type.schema + "." + type.name;
    column.not_null = random_.Percent(70);
    if (column.not_null || random_.Percent(50)) {
      column.default_value = "'" + type.labels[0] + "'";
    }
    table.columns.push_back(column);
  }
  std::vector<size_t>& sequences = free_sequences_[schema_index];
  if (!sequences.empty() && random_.Percent(6)) {
    Sequence& sequence = model.sequences[sequences.back()];
    sequences.pop_back();
    Column column;
    column.name = ColumnName(table, FirstWord(sequence.name) + "_number");
    column.type = sequence.type;
    column.not_null = true;
    column.default_value = fmt::format("nextval('{}.{}')", sequence.schema, sequence.name);
    column.used = true;
    if (random_.Percent(50)) {
      bool automatic = false;
      const std::string key = ClaimDefault(table, {column.name}, "key", &automatic);
      if (automatic) {
        column.unique = true;
      } else {
        table.uniques.push_back({key, {column.name}});
      }
    }
    if (random_.Percent(60)) {
      sequence.owner_table = table.name;
      sequence.owner_column = column.name;
      table.owns_sequence = true;
    }
    table.columns.push_back(column);
  }
}

size_t Generator::AddTable(Model& model, size_t schema_index, int file) {
  size_t targets = 0;
  for (size_t s = 0; s <= schema_index; ++s) {
    targets += referenceable_[s].size();
  }
  Shape shape = Shape::kEntity;
  const int64_t r = random_.Between(0, 99);
  if (r < 10 && targets >= 2) {
    shape = Shape::kLink;
  } else if (r < 20 && targets >= 1) {
    shape = Shape::kLine;
  } else if (r < 28) {
    shape = Shape::kLookup;
  }
  Table table;
  table.schema = model.schemas[schema_index].name;
  table.name = NewTableName(table.schema, shape);
  table.file = file;
  int64_t payload = 0;
  if (shape == Shape::kLink && !AddLinkColumns(model, table, schema_index)) {
    shape = Shape::kEntity;  // two distinct targets were not found
  }
  if (shape == Shape::kEntity) {
    AddKey(table, shape);
    const int64_t f = random_.Between(0, 99);
    const int references = targets == 0 ? 0 : f < 25 ? 0 : f < 60 ? 1 : f < 85 ? 2 : 3;
    const char* const actions[] = {"", "",        "",         "",         "",
                                   "", "CASCADE", "SET NULL", "SET NULL", "RESTRICT"};
    for (int i = 0; i < references; ++i) {
      AddForeignKeyColumn(model, table, PickTarget(schema_index), random_.Percent(60),
                          actions[random_.Index(std::size(actions))]);
    }
    if (random_.Percent(5)) {  // a tree: parent_id references the table itself
      Column parent;
      parent.name = ColumnName(table, "parent_id");
      parent.type = table.key_type;
      parent.used = true;
      table.columns.push_back(parent);
      ForeignKey fk;
      fk.columns = {parent.name};
      fk.target_schema = table.schema;
      fk.target_table = table.name;
      fk.target_columns = {"id"};
      fk.on_delete = "CASCADE";
      bool automatic = false;
      const std::string name = ClaimDefault(table, fk.columns, "fkey", &automatic);
      fk.name = automatic ? "" : name;
      fk.on_column = true;
      table.foreign_keys.push_back(fk);
      ++table.referenced_by;
    }
    if (!line_tables_.empty() && random_.Percent(8)) {
      AddCompositeReference(model, table);
    }
    payload = random_.Between(3, 12);
  } else if (shape == Shape::kLookup) {
    AddKey(table, shape);
    payload = random_.Between(1, 3);
  } else if (shape == Shape::kLink) {
    payload = random_.Between(0, 2);
  } else {
    AddLineColumns(model, table, schema_index);
    payload = random_.Between(2, 6);
  }
  bool automatic = false;
  const std::string primary_key = ClaimDefault(table, {}, "pkey", &automatic);
  table.primary_key_inline = table.primary_key.size() == 1 && random_.Percent(80);
  table.primary_key_name = automatic && random_.Percent(70) ? "" : primary_key;
  AddPayload(model, table, schema_index, static_cast<int>(payload));
  AddIndexes(table);
  AddComments(table);
  const size_t index = model.tables.size();
  if (!table.key_type.empty()) {
    referenceable_[schema_index].push_back(index);
  }
  if (shape == Shape::kLine) {
    line_tables_.push_back(index);
  }
  model.tables.push_back(std::move(table));
  return index;
}

}  // namespace schemac::bench
