// Generation of the random schema model: tables, keys, foreign keys, enums and sequences, the
// base schema of a seed, and the pair of schemas GenerateRandomPair returns.
#include "support/random_schema.h"

#include <algorithm>
#include <limits>

#include "support/random_schema_model.h"

namespace schemac::testing {
namespace random_schema {
namespace {

const std::vector<std::string> kTableNames = {
    "customers", "orders", "order_items", "products",     "invoices", "payments", "accounts",
    "events",    "tags",   "shipments",   "addresses",    "carts",    "reviews",  "suppliers",
    "order",     "user",   "Line Items",  "OrderHistory", "group"};
const std::vector<std::string> kEnumNames = {"status", "priority", "currency", "color",
                                             "Mood",   "level",    "kind"};
const std::vector<std::string> kLabels = {"new",      "active", "paused",     "done",
                                          "archived", "low",    "medium",     "high",
                                          "red",      "it's",   "Mixed Case", "with space"};
const std::vector<std::string> kSequenceNames = {"ticket_numbers", "global_ids", "invoice_no",
                                                 "Batch Counter", "serials"};

Column KeyColumn(const std::string& name, Kind kind) {
  Column column;
  column.name = name;
  column.type.kind = kind;
  if (kind == Kind::kVarchar) {
    column.type.length = 20;
  }
  return column;
}

}  // namespace

std::string Join(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) {
    text += (text.empty() ? "" : ", ") + name;
  }
  return text;
}

Name NewTableName(Model& model, Rng& rng) {
  std::string schema = AnySchema(model, rng);
  return {schema, NewObjectName(model, rng, kTableNames)};
}

Column RandomColumn(const Model& model, const Table& table, Rng& rng) {
  Column column;
  column.name = NewColumnName(table, rng);
  column.type = RandomType(model, rng);
  column.spelling = static_cast<int>(rng.Below(3));
  column.not_null = rng.Chance(30);
  if (rng.Chance(35)) {
    column.default_value = RandomDefault(model, column, rng);
  }
  if (rng.Chance(12)) {
    column.comment = RandomComment(rng);
  }
  return column;
}

Table RandomTable(Model& model, Rng& rng, const Name& name) {
  Table table;
  table.name = name;
  std::vector<std::string> key;
  int style = rng.Between(0, 9);
  if (style <= 2) {
    Column id = KeyColumn("id", rng.Chance(50) ? Kind::kInteger : Kind::kBigint);
    id.identity = rng.Chance(50) ? Identity::kAlways : Identity::kByDefault;
    if (rng.Chance(30)) {
      id.identity_options = rng.Pick(std::vector<std::string>{
          "START WITH 100", "START WITH 10 INCREMENT BY 10", "INCREMENT BY 5 CACHE 20"});
    }
    id.not_null = true;
    table.columns.push_back(id);
  } else if (style <= 4) {
    Column id = KeyColumn("id", rng.Pick(std::vector<Kind>{Kind::kSmallint, Kind::kInteger,
                                                           Kind::kInteger, Kind::kBigint}));
    id.serial = true;
    id.not_null = true;
    table.columns.push_back(id);
  } else if (style == 5) {
    Column id = KeyColumn("id", Kind::kUuid);
    id.default_value = Default{"gen_random_uuid()", std::nullopt, ""};
    table.columns.push_back(id);
  } else if (style == 6) {
    table.columns.push_back(KeyColumn("id", rng.Chance(50) ? Kind::kInteger : Kind::kBigint));
  } else if (style == 7) {
    table.columns.push_back(KeyColumn("code", rng.Chance(50) ? Kind::kText : Kind::kVarchar));
    table.columns.push_back(KeyColumn("version", Kind::kInteger));
  } else if (style == 8) {
    table.columns.push_back(KeyColumn(rng.Chance(50) ? "slug" : "Key", Kind::kText));
  }
  for (const Column& column : table.columns) {
    key.push_back(column.name);
  }
  for (int i = rng.Between(style == 9 ? 2 : 1, 5); i > 0; --i) {
    table.columns.push_back(RandomColumn(model, table, rng));
  }
  if (!key.empty()) {
    Constraint primary;
    primary.kind = ConstraintKind::kPrimaryKey;
    primary.columns = key;
    if (rng.Chance(50)) {
      primary.name = NewExplicitName(model, "pk");
      if (rng.Chance(15)) {
        primary.comment = RandomComment(rng);
      }
    }
    primary.in_column = key.size() == 1 && rng.Chance(40);
    primary.in_alter = !primary.in_column && rng.Chance(15);
    table.constraints.push_back(primary);
  }
  for (int percent : {30, 10}) {
    if (rng.Chance(percent)) {
      AddRandomKey(model, table, rng, ConstraintKind::kUnique);
    }
  }
  for (int i = rng.Pick(std::vector<int>{0, 0, 1, 1, 2}); i > 0; --i) {
    if (std::optional<Constraint> check = RandomCheck(model, table, rng)) {
      table.constraints.push_back(*check);
    }
  }
  for (int i = rng.Pick(std::vector<int>{0, 0, 1, 1, 2}); i > 0; --i) {
    if (std::optional<Index> index = RandomIndex(model, table, rng)) {
      table.indexes.push_back(*index);
    }
  }
  if (rng.Chance(30)) {
    table.comment = RandomComment(rng);
  }
  return table;
}

bool AddRandomKey(Model& model, Table& table, Rng& rng, ConstraintKind kind) {
  if (kind == ConstraintKind::kPrimaryKey && PrimaryKey(table) != nullptr) {
    return false;
  }
  std::vector<std::string> candidates;
  for (const Column& column : table.columns) {
    if (IsKeyType(column.type)) {
      candidates.push_back(column.name);
    }
  }
  if (candidates.empty()) {
    return false;
  }
  std::vector<std::string> columns = {rng.Pick(candidates)};
  if (candidates.size() >= 2 && rng.Chance(30)) {
    std::string second = rng.Pick(candidates);
    if (second != columns[0]) {
      columns.push_back(second);
    }
  }
  if (HasKeyOn(table, columns)) {
    return false;
  }
  Constraint key;
  key.kind = kind;
  key.columns = columns;
  if (rng.Chance(50)) {
    key.name = NewExplicitName(model, kind == ConstraintKind::kPrimaryKey ? "pk" : "uq");
    if (rng.Chance(15)) {
      key.comment = RandomComment(rng);
    }
  }
  key.in_column = columns.size() == 1 && rng.Chance(30);
  key.in_alter = !key.in_column && rng.Chance(10);
  table.constraints.push_back(key);
  return true;
}

bool AddForeignKey(Model& model, size_t from, size_t to, Rng& rng, std::string* description) {
  std::vector<Constraint> keys;
  for (const Constraint& constraint : model.tables[to].constraints) {
    if (constraint.kind == ConstraintKind::kPrimaryKey ||
        constraint.kind == ConstraintKind::kUnique) {
      keys.push_back(constraint);
    }
  }
  if (keys.empty()) {
    return false;
  }
  const Constraint key = rng.Pick(keys);
  const Name target = model.tables[to].name;
  std::vector<Type> types;
  for (const std::string& name : key.columns) {
    types.push_back(FindColumn(model.tables[to], name)->type);
  }
  Table& source = model.tables[from];
  std::vector<std::string> columns;
  std::vector<Column> added;
  for (size_t i = 0; i < types.size(); ++i) {
    std::vector<std::string> reusable;
    for (const Column& column : source.columns) {
      if (column.type == types[i] && !column.serial && column.identity == Identity::kNone &&
          !Contains(columns, column.name) && (from != to || !Contains(key.columns, column.name))) {
        reusable.push_back(column.name);
      }
    }
    if (!reusable.empty() && rng.Chance(30)) {
      columns.push_back(rng.Pick(reusable));
      continue;
    }
    Column column;
    Table with_added = source;
    with_added.columns.insert(with_added.columns.end(), added.begin(), added.end());
    column.name = NewColumnName(with_added, rng, target.name + "_" + key.columns[i]);
    column.type = types[i];
    column.spelling = static_cast<int>(rng.Below(3));
    column.not_null = rng.Chance(40);
    columns.push_back(column.name);
    added.push_back(column);
  }
  for (const Constraint& constraint : source.constraints) {
    if (constraint.kind == ConstraintKind::kForeignKey && constraint.target == target &&
        constraint.columns == columns) {
      return false;
    }
  }
  source.columns.insert(source.columns.end(), added.begin(), added.end());
  Constraint foreign;
  foreign.kind = ConstraintKind::kForeignKey;
  foreign.columns = columns;
  foreign.target = target;
  foreign.target_columns = key.columns;
  foreign.implicit_target = key.kind == ConstraintKind::kPrimaryKey && rng.Chance(25);
  if (columns.size() > 1 && rng.Chance(20)) {
    foreign.clauses += " MATCH FULL";
  }
  foreign.clauses += rng.Pick(std::vector<std::string>{
      "", "", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT",
      " ON DELETE NO ACTION", " ON DELETE SET DEFAULT"});
  foreign.clauses +=
      rng.Pick(std::vector<std::string>{"", "", "", " ON UPDATE CASCADE", " ON UPDATE RESTRICT"});
  if (rng.Chance(10)) {
    foreign.clauses += rng.Chance(50) ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
  }
  if (rng.Chance(50)) {
    foreign.name = NewExplicitName(model, "fk");
    if (rng.Chance(15)) {
      foreign.comment = RandomComment(rng);
    }
  }
  foreign.in_column = columns.size() == 1 && rng.Chance(30);
  foreign.in_alter = rng.Chance(20);
  source.constraints.push_back(foreign);
  *description = "add foreign key " + ConstraintText(source, foreign) + " (" + Join(columns) +
                 ") -> " + target.Text() + " (" + Join(key.columns) + ")";
  for (const Column& column : added) {
    *description += ", with column " + column.name + " " + TypeText(column.type);
  }
  return true;
}

std::vector<std::string> RemoveForeignKeysTo(Model& model, const Name& target,
                                             const std::vector<std::string>& columns,
                                             bool exact_key) {
  std::vector<std::string> removed;
  for (Table& table : model.tables) {
    auto matches = [&](const Constraint& constraint) {
      if (constraint.kind != ConstraintKind::kForeignKey || !(constraint.target == target)) {
        return false;
      }
      if (columns.empty()) {
        return true;
      }
      if (exact_key) {
        return SameColumnSet(constraint.target_columns, columns);
      }
      return std::any_of(columns.begin(), columns.end(), [&constraint](const std::string& name) {
        return Contains(constraint.target_columns, name);
      });
    };
    for (const Constraint& constraint : table.constraints) {
      if (matches(constraint)) {
        removed.push_back("foreign key " + ConstraintText(table, constraint));
      }
    }
    std::erase_if(table.constraints, matches);
  }
  return removed;
}

Enum RandomEnum(Model& model, Rng& rng) {
  Enum enum_type;
  enum_type.name = {AnySchema(model, rng), NewObjectName(model, rng, kEnumNames)};
  for (int count = rng.Between(2, 5); static_cast<int>(enum_type.labels.size()) < count;) {
    std::string label = rng.Pick(kLabels);
    if (!Contains(enum_type.labels, label)) {
      enum_type.labels.push_back(label);
    }
  }
  if (rng.Chance(25)) {
    enum_type.comment = RandomComment(rng);
  }
  return enum_type;
}

Sequence RandomSequence(Model& model, Rng& rng) {
  Sequence sequence;
  sequence.name = {AnySchema(model, rng), NewObjectName(model, rng, kSequenceNames)};
  sequence.as_type = rng.Pick(std::vector<std::string>{"", "integer", "bigint"});
  sequence.increment = rng.Pick(std::vector<int64_t>{1, 1, 2, 5, 10});
  if (rng.Chance(30)) {
    sequence.min_value = rng.Pick(std::vector<int64_t>{1, 10});
  }
  if (rng.Chance(30)) {
    sequence.max_value = rng.Pick(std::vector<int64_t>{100000, 2147483647});
  }
  if (rng.Chance(50)) {
    sequence.start = rng.Pick(std::vector<int64_t>{1, 100, 1000});
  }
  if (rng.Chance(30)) {
    sequence.cache = rng.Pick(std::vector<int64_t>{1, 10, 20});
  }
  sequence.cycle = rng.Chance(15);
  if (!ValidSequence(sequence)) {
    sequence.start.reset();
  }
  if (rng.Chance(20)) {
    sequence.comment = RandomComment(rng);
  }
  return sequence;
}

bool ValidSequence(const Sequence& sequence) {
  int64_t type_max = sequence.as_type == "integer" ? std::numeric_limits<int32_t>::max()
                                                   : std::numeric_limits<int64_t>::max();
  int64_t min = sequence.min_value.value_or(1);
  int64_t max = sequence.max_value.value_or(type_max);
  int64_t start = sequence.start.value_or(min);
  return sequence.increment > 0 && max <= type_max && min < max && min <= start && start <= max;
}

std::string ConstraintText(const Table& table, const Constraint& constraint) {
  if (!constraint.name.empty()) {
    return table.name.Text() + "." + constraint.name;
  }
  const char* kinds[] = {"primary key", "unique", "check", "foreign key"};
  return table.name.Text() + " unnamed " + kinds[static_cast<int>(constraint.kind)] + " (" +
         Join(constraint.columns) + ")";
}

Model GenerateBase(Rng& rng) {
  Model model;
  for (int i = rng.Between(1, 3); i > 0; --i) {
    Schema schema{RandomSchemaName(model, rng), std::nullopt};
    if (rng.Chance(30)) {
      schema.comment = RandomComment(rng);
    }
    model.schemas.push_back(schema);
  }
  for (int i = rng.Between(0, 2); i > 0; --i) {
    model.enums.push_back(RandomEnum(model, rng));
  }
  for (int i = rng.Between(0, 2); i > 0; --i) {
    model.sequences.push_back(RandomSequence(model, rng));
  }
  for (int i = rng.Between(2, 7); i > 0; --i) {
    Name name = NewTableName(model, rng);
    model.tables.push_back(RandomTable(model, rng, name));
  }
  std::string ignored;
  size_t count = model.tables.size();
  for (size_t from = 0; from < count; ++from) {
    for (int percent : {45, 15}) {
      if (rng.Chance(percent)) {
        AddForeignKey(model, from, rng.Below(count), rng, &ignored);
      }
    }
  }
  if (rng.Chance(20)) {
    size_t a = rng.Below(count);
    size_t b = (a + 1 + rng.Below(count - 1)) % count;
    AddForeignKey(model, a, b, rng, &ignored);
    AddForeignKey(model, b, a, rng, &ignored);
  }
  return model;
}

void AddRandomViews(Model& model, Rng& rng) {
  for (int i = rng.Between(0, 3); i > 0; --i) {
    if (std::optional<View> view = RandomView(model, rng)) {
      model.views.push_back(std::move(*view));
    }
  }
}

}  // namespace random_schema

RandomSchemaPair GenerateRandomPair(uint64_t seed) {
  random_schema::Rng rng(seed);
  // Views draw from a stream of their own, so that the other draws of each seed stay what they
  // were before the generator made views.
  random_schema::Rng view_rng(seed * 0x9E3779B97F4A7C15ULL + 1);
  // Functions and triggers likewise, from a third stream.
  random_schema::Rng routine_rng(seed * 0x9E3779B97F4A7C15ULL + 2);
  // Grants likewise, from a fourth.
  random_schema::Rng grant_rng(seed * 0x9E3779B97F4A7C15ULL + 3);
  // Columns' statistics targets, from a fifth.
  random_schema::Rng statistics_rng(seed * 0x9E3779B97F4A7C15ULL + 4);
  random_schema::Model from = random_schema::GenerateBase(rng);
  random_schema::AddRandomViews(from, view_rng);
  random_schema::AddRandomRoutines(from, routine_rng);
  random_schema::AddRandomGrants(from, grant_rng);
  random_schema::AddRandomStatistics(from, statistics_rng);
  random_schema::Model to = from;
  RandomSchemaPair pair;
  size_t wanted = static_cast<size_t>(rng.Between(1, 6));
  for (int attempt = 0; pair.mutations.size() < wanted && attempt < 500; ++attempt) {
    std::string description;
    if (random_schema::Mutate(to, rng, &description)) {
      pair.mutations.push_back(description);
    }
  }
  size_t views = static_cast<size_t>(view_rng.Between(0, 6 - static_cast<int>(wanted)));
  for (int attempt = 0; views > 0 && attempt < 50; ++attempt) {
    std::string description;
    if (random_schema::MutateViews(to, view_rng, &description)) {
      pair.mutations.push_back(description);
      --views;
    }
  }
  size_t routines =
      static_cast<size_t>(routine_rng.Between(0, 6 - static_cast<int>(pair.mutations.size())));
  for (int attempt = 0; routines > 0 && attempt < 50; ++attempt) {
    std::string description;
    if (random_schema::MutateRoutines(to, routine_rng, &description)) {
      pair.mutations.push_back(description);
      --routines;
    }
  }
  const int room = std::min(2, 6 - static_cast<int>(pair.mutations.size()));
  for (int grants = grant_rng.Between(0, std::max(room, 0)), attempt = 0;
       grants > 0 && attempt < 20; ++attempt) {
    std::string description;
    if (random_schema::MutateGrants(to, grant_rng, &description)) {
      pair.mutations.push_back(description);
      --grants;
    }
  }
  if (pair.mutations.size() < 6 && statistics_rng.Chance(30)) {
    std::string description;
    if (random_schema::MutateStatistics(to, statistics_rng, &description)) {
      pair.mutations.push_back(description);
    }
  }
  pair.from_sql = random_schema::Render(from);
  pair.to_sql = random_schema::Render(to);
  return pair;
}

std::string Describe(uint64_t seed, const RandomSchemaPair& pair) {
  std::string text = "seed " + std::to_string(seed) + ", mutations:\n";
  for (const std::string& mutation : pair.mutations) {
    text += "  " + mutation + "\n";
  }
  return text + "-- from:\n" + pair.from_sql + "-- to:\n" + pair.to_sql;
}

}  // namespace schemac::testing
