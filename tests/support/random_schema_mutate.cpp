// Mutations of tables and columns: add and drop tables and columns, change column types among
// conversions PostgreSQL can make, nullability, defaults and identity. Mutate draws one mutation
// among these and the object mutations (random_schema_mutate_objects.cpp).
#include <algorithm>

#include "support/random_schema_model.h"

namespace schemac::testing::random_schema {
namespace {

std::string ColumnText(const Table& table, const Column& column) {
  return table.name.Text() + "." + column.name;
}

bool InPrimaryKey(const Table& table, const std::string& column) {
  const Constraint* key = PrimaryKey(table);
  return key != nullptr && Contains(key->columns, column);
}

// Plain: neither serial nor identity, so nullability and default are the column's own.
bool Plain(const Column& column) {
  return !column.serial && column.identity == Identity::kNone;
}

bool AddTable(Model& model, Rng& rng, std::string* description) {
  Name name = NewTableName(model, rng);
  model.tables.push_back(RandomTable(model, rng, name));
  *description = "add table " + name.Text();
  size_t added = model.tables.size() - 1;
  std::string foreign_key;
  if (rng.Chance(50) &&
      AddForeignKey(model, added, rng.Below(model.tables.size()), rng, &foreign_key)) {
    *description += ", " + foreign_key;
  }
  if (added > 0 && rng.Chance(20) &&
      AddForeignKey(model, rng.Below(added), added, rng, &foreign_key)) {
    *description += ", " + foreign_key;
  }
  return true;
}

bool DropTable(Model& model, Rng& rng, std::string* description) {
  if (model.tables.size() < 2) {
    return false;
  }
  size_t index = rng.Below(model.tables.size());
  Name name = model.tables[index].name;
  std::vector<std::string> removed = RemoveForeignKeysTo(model, name, {}, false);
  model.tables.erase(model.tables.begin() + static_cast<std::ptrdiff_t>(index));
  *description = "drop table " + name.Text();
  if (!removed.empty()) {
    *description += ", with " + Join(removed);
  }
  return true;
}

bool AddColumn(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  Column column = RandomColumn(model, table, rng);
  if (rng.Chance(15)) {
    column.type = Type{};
    column.type.kind = rng.Pick(std::vector<Kind>{Kind::kSmallint, Kind::kInteger, Kind::kBigint});
    column.default_value.reset();
    column.not_null = true;
    if (rng.Chance(50)) {
      column.serial = true;
    } else {
      column.identity = rng.Chance(50) ? Identity::kAlways : Identity::kByDefault;
    }
  }
  table.columns.push_back(column);
  *description = "add column " + ColumnText(table, column) + " " + TypeText(column.type);
  if (column.serial) {
    *description += " (serial)";
  } else if (column.identity != Identity::kNone) {
    *description += " (identity)";
  }
  return true;
}

bool DropColumn(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(
      model, rng, [](const Table& table, const Column&) { return table.columns.size() >= 2; });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  const std::string column = table.columns[ref->column].name;
  std::vector<std::string> removed;
  std::vector<Constraint> keys;
  for (const Constraint& constraint : table.constraints) {
    if (!Contains(constraint.columns, column)) {
      continue;
    }
    removed.push_back("constraint " + ConstraintText(table, constraint));
    if (constraint.kind == ConstraintKind::kPrimaryKey) {
      // PostgreSQL keeps the other columns of a dropped primary key NOT NULL.
      for (const std::string& name : constraint.columns) {
        FindColumn(table, name)->not_null = true;
      }
    }
    if (constraint.kind == ConstraintKind::kPrimaryKey ||
        constraint.kind == ConstraintKind::kUnique) {
      keys.push_back(constraint);
    }
  }
  std::erase_if(table.constraints, [&column](const Constraint& constraint) {
    return Contains(constraint.columns, column);
  });
  auto uses_column = [&column](const Index& index) {
    return Contains(index.predicate_columns, column) ||
           std::any_of(index.keys.begin(), index.keys.end(),
                       [&column](const IndexKey& key) { return key.column == column; });
  };
  for (const Index& index : table.indexes) {
    if (uses_column(index)) {
      removed.push_back("index " + (index.name.empty() ? "(unnamed)" : index.name));
    }
  }
  std::erase_if(table.indexes, uses_column);
  std::erase_if(table.grants,
                [&column](const TableGrant& grant) { return grant.column == column; });
  *description = "drop column " + table.name.Text() + "." + column;
  table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(ref->column));
  const Name name = table.name;
  for (const Constraint& key : keys) {
    for (const std::string& text : RemoveForeignKeysTo(model, name, key.columns, true)) {
      removed.push_back(text);
    }
  }
  if (!removed.empty()) {
    *description += ", with " + Join(removed);
  }
  return true;
}

// Conversions lists the types a column may change to: PostgreSQL converts each without USING,
// expressions on the column stay valid when it is used in one (`typed`), and an identity stays
// an integer.
std::vector<Type> Conversions(const Column& column, bool typed) {
  auto of = [](Kind kind, int length = 0) {
    Type type;
    type.kind = kind;
    type.length = length;
    return type;
  };
  std::vector<Type> types;
  switch (column.type.kind) {
    case Kind::kSmallint:
      types = {of(Kind::kInteger), of(Kind::kBigint)};
      break;
    case Kind::kInteger:
      types = {of(Kind::kBigint)};
      if (!typed && column.identity == Identity::kNone) {
        types.push_back(of(Kind::kText));
      }
      break;
    case Kind::kBigint:
      types = {of(Kind::kInteger)};
      break;
    case Kind::kNumeric:
      for (auto [precision, scale] :
           std::vector<std::pair<int, int>>{{10, 2}, {12, 4}, {16, 2}, {8, 0}}) {
        Type type = of(Kind::kNumeric);
        type.precision = precision;
        type.scale = scale;
        if (!(type == column.type)) {
          types.push_back(type);
        }
      }
      break;
    case Kind::kVarchar:
      for (int length : {8, 20, 40, 100, 255}) {
        if (length != column.type.length) {
          types.push_back(of(Kind::kVarchar, length));
        }
      }
      types.push_back(of(Kind::kText));
      break;
    case Kind::kText:
      types = {of(Kind::kVarchar, 40), of(Kind::kVarchar, 255)};
      break;
    default:
      break;
  }
  return types;
}

bool ChangeColumnType(Model& model, Rng& rng, std::string* description) {
  auto convertible = [&model](const Table& table, const Column& column) {
    return !column.serial && !InForeignKey(model, table, column.name) &&
           !Conversions(column, InExpression(table, column.name)).empty();
  };
  std::optional<ColumnRef> ref = PickColumn(model, rng, convertible);
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  Type type = rng.Pick(Conversions(column, InExpression(table, column.name)));
  *description = "change type of " + ColumnText(table, column) + " from " + TypeText(column.type) +
                 " to " + TypeText(type);
  bool same_class = ClassOf(type) == ClassOf(column.type);
  column.type = type;
  if (column.default_value && !same_class) {
    column.default_value.reset();
    if (rng.Chance(50)) {
      column.default_value = RandomDefault(model, column, rng);
    }
    *description +=
        column.default_value ? ", default " + column.default_value->sql : ", without its default";
  }
  return true;
}

bool SetNotNull(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(model, rng, [](const Table& table, const Column& c) {
    return Plain(c) && !c.not_null && !InPrimaryKey(table, c.name);
  });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  table.columns[ref->column].not_null = true;
  *description = "set not null on " + ColumnText(table, table.columns[ref->column]);
  return true;
}

bool DropNotNull(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(model, rng, [](const Table& table, const Column& c) {
    return Plain(c) && c.not_null && !InPrimaryKey(table, c.name);
  });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  table.columns[ref->column].not_null = false;
  *description = "drop not null on " + ColumnText(table, table.columns[ref->column]);
  return true;
}

bool SetDefault(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(
      model, rng, [](const Table&, const Column& c) { return Plain(c) && !c.default_value; });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  column.default_value = RandomDefault(model, column, rng);
  if (!column.default_value) {
    return false;
  }
  *description = "set default of " + ColumnText(table, column) + " to " + column.default_value->sql;
  return true;
}

// WithoutCasts drops the casts that do not change a default's value, so that a changed default
// is a different value rather than another spelling of the same one.
std::string WithoutCasts(std::string sql) {
  for (const char* cast : {"::regclass", "::text[]", "::jsonb"}) {
    for (size_t at = sql.find(cast); at != std::string::npos; at = sql.find(cast)) {
      sql.erase(at, std::string(cast).size());
    }
  }
  return sql;
}

bool ChangeDefault(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(
      model, rng, [](const Table&, const Column& c) { return Plain(c) && c.default_value; });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  for (int attempt = 0; attempt < 8; ++attempt) {
    std::optional<Default> changed = RandomDefault(model, column, rng);
    if (changed && WithoutCasts(changed->sql) != WithoutCasts(column.default_value->sql)) {
      *description = "change default of " + ColumnText(table, column) + " from " +
                     column.default_value->sql + " to " + changed->sql;
      column.default_value = changed;
      return true;
    }
  }
  return false;
}

bool DropDefault(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(
      model, rng, [](const Table&, const Column& c) { return Plain(c) && c.default_value; });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  *description = "drop default " + column.default_value->sql + " of " + ColumnText(table, column);
  column.default_value.reset();
  return true;
}

bool AddIdentity(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref =
      PickColumn(model, rng, [&model](const Table& table, const Column& c) {
        return Plain(c) && !c.default_value && ClassOf(c.type) == TypeClass::kIntegral &&
               !InForeignKey(model, table, c.name);
      });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  column.identity = rng.Chance(50) ? Identity::kAlways : Identity::kByDefault;
  column.not_null = true;
  *description = "add identity " +
                 std::string(column.identity == Identity::kAlways ? "always" : "by default") +
                 " to " + ColumnText(table, column);
  return true;
}

bool DropIdentity(Model& model, Rng& rng, std::string* description) {
  std::optional<ColumnRef> ref = PickColumn(
      model, rng, [](const Table&, const Column& c) { return c.identity != Identity::kNone; });
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  Column& column = table.columns[ref->column];
  column.identity = Identity::kNone;
  column.identity_options.clear();
  column.not_null = true;  // as PostgreSQL leaves it
  *description = "drop identity of " + ColumnText(table, column);
  return true;
}

}  // namespace

const std::vector<Mutation>& TableMutations() {
  // A mutation listed twice is drawn twice as often.
  static const std::vector<Mutation> mutations = {
      AddTable,   DropTable,        AddColumn,        AddColumn,   DropColumn,
      DropColumn, ChangeColumnType, ChangeColumnType, SetNotNull,  DropNotNull,
      SetDefault, ChangeDefault,    DropDefault,      AddIdentity, DropIdentity,
  };
  return mutations;
}

bool Mutate(Model& model, Rng& rng, std::string* description) {
  static const std::vector<Mutation> all = [] {
    std::vector<Mutation> mutations = TableMutations();
    const std::vector<Mutation>& objects = ObjectMutations();
    mutations.insert(mutations.end(), objects.begin(), objects.end());
    return mutations;
  }();
  bool applied = rng.Pick(all)(model, rng, description);
  PruneViews(model);  // the views, functions and triggers follow the tables
  PruneRoutines(model);
  return applied;
}

bool MutateViews(Model& model, Rng& rng, std::string* description) {
  return rng.Pick(ViewMutations())(model, rng, description);
}

}  // namespace schemac::testing::random_schema
