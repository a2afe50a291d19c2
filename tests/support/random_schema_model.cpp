// The random source, names, types, defaults, checks and indexes of the random schema model.
#include "support/random_schema_model.h"

#include <algorithm>

#include "schemac/base/quote.h"

namespace schemac::testing::random_schema {
namespace {

const std::vector<std::string> kSchemaNames = {"sales",  "billing",   "inventory", "audit",
                                               "Report", "user data", "order"};
const std::vector<std::string> kColumnNames = {
    "name",       "email",     "status", "amount",       "price",      "quantity",
    "created_at", "note",      "code",   "title",        "score",      "rank",
    "Label",      "order",     "user",   "Display Name", "isActive",   "payload",
    "ref",        "starts_on", "tags",   "external_id",  "updated_at", "weight"};
const std::vector<std::string> kComments = {
    "Main table",   "it's quoted",      "Amounts in cents",  "Deprecated",
    "Ünïcödé text", "See the handbook", "One row per event", "Kept for audits"};

// Replace returns `pattern` with every "{}" replaced by `value`.
std::string Replace(std::string pattern, const std::string& value) {
  for (size_t at = pattern.find("{}"); at != std::string::npos; at = pattern.find("{}", at)) {
    pattern.replace(at, 2, value);
    at += value.size();
  }
  return pattern;
}

}  // namespace

uint64_t Rng::Below(uint64_t bound) {
  // Draws below `threshold` are redrawn, so that the accepted draws are a whole number of runs
  // of `bound` values and every remainder is equally likely.
  const uint64_t threshold = (0 - bound) % bound;
  uint64_t value = engine_();
  while (value < threshold) {
    value = engine_();
  }
  return value % bound;
}

int Rng::Between(int low, int high) {
  return low + static_cast<int>(Below(static_cast<uint64_t>(high - low) + 1));
}

bool Rng::Chance(int percent) {
  return static_cast<int>(Below(100)) < percent;
}

std::string Name::Quoted() const {
  return base::QuoteQualified(schema, name);
}

std::string RandomSchemaName(const Model& model, Rng& rng) {
  std::string base = rng.Pick(kSchemaNames);
  std::string name = base;
  auto taken = [&model](const std::string& candidate) {
    return std::any_of(model.schemas.begin(), model.schemas.end(),
                       [&candidate](const Schema& schema) { return schema.name == candidate; });
  };
  for (int suffix = 2; taken(name); ++suffix) {
    name = base + "_" + std::to_string(suffix);
  }
  return name;
}

std::string NewObjectName(Model& model, Rng& rng, const std::vector<std::string>& pool) {
  std::string base = rng.Pick(pool);
  for (int attempt = 0; attempt < 4 && model.used_names.count(base) > 0; ++attempt) {
    base = rng.Pick(pool);
  }
  std::string name = base;
  for (int suffix = 2; model.used_names.count(name) > 0; ++suffix) {
    name = base + "_" + std::to_string(suffix);
  }
  model.used_names.insert(name);
  return name;
}

std::string NewColumnName(const Table& table, Rng& rng, const std::string& wanted) {
  std::string base = wanted.empty() ? rng.Pick(kColumnNames) : wanted;
  std::string name = base;
  for (int suffix = 2; FindColumn(table, name) != nullptr; ++suffix) {
    name = base + "_" + std::to_string(suffix);
  }
  return name;
}

std::string NewExplicitName(Model& model, const std::string& prefix) {
  return prefix + "_" + std::to_string(model.next_id++);
}

std::string AnySchema(const Model& model, Rng& rng) {
  size_t index = rng.Below(model.schemas.size() + 1);
  return index == 0 ? "public" : model.schemas[index - 1].name;
}

std::string RandomComment(Rng& rng) {
  return rng.Pick(kComments);
}

TypeClass ClassOf(const Type& type) {
  switch (type.kind) {
    case Kind::kSmallint:
    case Kind::kInteger:
    case Kind::kBigint:
      return TypeClass::kIntegral;
    case Kind::kNumeric:
      return TypeClass::kNumeric;
    case Kind::kText:
    case Kind::kVarchar:
      return TypeClass::kString;
    default:
      return TypeClass::kOther;
  }
}

std::string TypeText(const Type& type) {
  switch (type.kind) {
    case Kind::kSmallint:
      return "smallint";
    case Kind::kInteger:
      return "integer";
    case Kind::kBigint:
      return "bigint";
    case Kind::kNumeric:
      return "numeric(" + std::to_string(type.precision) + "," + std::to_string(type.scale) + ")";
    case Kind::kText:
      return "text";
    case Kind::kVarchar:
      return "varchar(" + std::to_string(type.length) + ")";
    case Kind::kBoolean:
      return "boolean";
    case Kind::kDate:
      return "date";
    case Kind::kTimestamptz:
      return "timestamptz";
    case Kind::kJsonb:
      return "jsonb";
    case Kind::kUuid:
      return "uuid";
    case Kind::kEnum:
      return type.enum_type.Text();
    case Kind::kTextArray:
      return "text[]";
    case Kind::kIntegerArray:
      return "integer[]";
  }
  return "";
}

Type RandomType(const Model& model, Rng& rng) {
  struct Weighted {
    Kind kind;
    int weight;
  };
  std::vector<Weighted> kinds = {
      {Kind::kSmallint, 5},    {Kind::kInteger, 14}, {Kind::kBigint, 8},  {Kind::kNumeric, 8},
      {Kind::kText, 12},       {Kind::kVarchar, 10}, {Kind::kBoolean, 6}, {Kind::kDate, 5},
      {Kind::kTimestamptz, 8}, {Kind::kJsonb, 4},    {Kind::kUuid, 5},    {Kind::kTextArray, 4},
      {Kind::kIntegerArray, 3}};
  if (!model.enums.empty()) {
    kinds.push_back({Kind::kEnum, 8});
  }
  int total = 0;
  for (const Weighted& weighted : kinds) {
    total += weighted.weight;
  }
  int draw = static_cast<int>(rng.Below(static_cast<uint64_t>(total)));
  Type type;
  for (const Weighted& weighted : kinds) {
    if (draw < weighted.weight) {
      type.kind = weighted.kind;
      break;
    }
    draw -= weighted.weight;
  }
  if (type.kind == Kind::kVarchar) {
    type.length = rng.Pick(std::vector<int>{8, 20, 40, 100, 255});
  } else if (type.kind == Kind::kNumeric) {
    type.precision = rng.Pick(std::vector<int>{8, 10, 12, 16});
    type.scale = rng.Pick(std::vector<int>{0, 2, 4});
  } else if (type.kind == Kind::kEnum) {
    type.enum_type = rng.Pick(model.enums).name;
  }
  return type;
}

bool IsKeyType(const Type& type) {
  return ClassOf(type) != TypeClass::kOther || type.kind == Kind::kUuid ||
         type.kind == Kind::kDate || type.kind == Kind::kEnum;
}

std::optional<Default> RandomDefault(const Model& model, const Column& column, Rng& rng) {
  using Texts = std::vector<std::string>;
  const Type& type = column.type;
  switch (type.kind) {
    case Kind::kSmallint:
      return Default{rng.Pick(Texts{"0", "1", "42", "-1"}), std::nullopt, ""};
    case Kind::kInteger:
    case Kind::kBigint:
      if (!model.sequences.empty() && rng.Chance(30)) {
        const Name& sequence = rng.Pick(model.sequences).name;
        std::string argument = base::QuoteLiteral(sequence.Quoted());
        std::string cast = rng.Chance(50) ? "::regclass" : "";
        return Default{"nextval(" + argument + cast + ")", sequence, ""};
      }
      return Default{rng.Pick(Texts{"0", "1", "42", "-1"}), std::nullopt, ""};
    case Kind::kNumeric:
      return Default{rng.Pick(Texts{"0", "1.50", "100"}), std::nullopt, ""};
    case Kind::kText:
    case Kind::kVarchar:
      return Default{rng.Pick(Texts{"''", "'none'", "'n/a'", "'it''s'"}), std::nullopt, ""};
    case Kind::kBoolean:
      return Default{rng.Pick(Texts{"true", "false"}), std::nullopt, ""};
    case Kind::kDate:
      return Default{rng.Pick(Texts{"CURRENT_DATE", "'2024-01-01'"}), std::nullopt, ""};
    case Kind::kTimestamptz:
      return Default{rng.Pick(Texts{"now()", "CURRENT_TIMESTAMP", "'2024-01-01 00:00:00+00'"}),
                     std::nullopt, ""};
    case Kind::kJsonb:
      return Default{rng.Pick(Texts{"'{}'", "'[]'::jsonb", "'{\"a\": 1}'"}), std::nullopt, ""};
    case Kind::kUuid:
      return Default{"gen_random_uuid()", std::nullopt, ""};
    case Kind::kEnum:
      for (const Enum& enum_type : model.enums) {
        if (enum_type.name == type.enum_type) {
          std::string label = rng.Pick(enum_type.labels);
          return Default{base::QuoteLiteral(label), std::nullopt, label};
        }
      }
      return std::nullopt;
    case Kind::kTextArray:
      return Default{rng.Pick(Texts{"'{}'", "ARRAY['a']", "'{a,b}'", "'{}'::text[]"}), std::nullopt,
                     ""};
    case Kind::kIntegerArray:
      return Default{rng.Pick(Texts{"'{}'", "ARRAY[1]", "'{1,2}'"}), std::nullopt, ""};
  }
  return std::nullopt;
}

std::optional<Constraint> RandomCheck(Model& model, const Table& table, Rng& rng) {
  using Texts = std::vector<std::string>;
  Constraint check;
  check.kind = ConstraintKind::kCheck;
  if (table.columns.size() >= 2 && rng.Chance(30)) {
    size_t first = rng.Below(table.columns.size());
    size_t second = (first + 1 + rng.Below(table.columns.size() - 1)) % table.columns.size();
    const Column& a = table.columns[first];
    const Column& b = table.columns[second];
    std::string qa = base::QuoteIdentifier(a.name);
    std::string qb = base::QuoteIdentifier(b.name);
    bool numbers =
        (ClassOf(a.type) == TypeClass::kIntegral || ClassOf(a.type) == TypeClass::kNumeric) &&
        (ClassOf(b.type) == TypeClass::kIntegral || ClassOf(b.type) == TypeClass::kNumeric);
    bool same_time = a.type.kind == b.type.kind &&
                     (a.type.kind == Kind::kDate || a.type.kind == Kind::kTimestamptz);
    check.expression =
        numbers || same_time ? qa + " <= " + qb : qa + " IS NOT NULL OR " + qb + " IS NOT NULL";
    check.columns = {a.name, b.name};
  } else {
    const Column& column = rng.Pick(table.columns);
    Texts patterns;
    switch (column.type.kind) {
      case Kind::kSmallint:
      case Kind::kInteger:
      case Kind::kBigint:
        patterns = {"{} >= 0", "{} > 0", "{} BETWEEN 0 AND 1000", "{} <> 13"};
        break;
      case Kind::kNumeric:
        patterns = {"{} >= 0", "{} < 1000000"};
        break;
      case Kind::kText:
      case Kind::kVarchar:
        patterns = {"length({}) > 0", "{} <> ''", "{} ~ '^[A-Za-z]'", "{} IN ('a', 'b', 'c')"};
        break;
      case Kind::kDate:
        patterns = {"{} >= '2000-01-01'"};
        break;
      case Kind::kTimestamptz:
        patterns = {"{} > '2000-01-01 00:00:00+00'"};
        break;
      case Kind::kBoolean:
        patterns = {"{} IS NOT NULL"};
        break;
      case Kind::kJsonb:
        patterns = {"jsonb_typeof({}) = 'object'"};
        break;
      default:
        return std::nullopt;
    }
    check.expression = Replace(rng.Pick(patterns), base::QuoteIdentifier(column.name));
    check.columns = {column.name};
    check.in_column = rng.Chance(30);
  }
  if (rng.Chance(50)) {
    check.name = NewExplicitName(model, "ck");
    if (rng.Chance(20)) {
      check.comment = RandomComment(rng);
    }
  }
  check.in_alter = !check.in_column && rng.Chance(10);
  return check;
}

void SetRandomPredicate(const Table& table, Rng& rng, Index& index) {
  const Column& column = rng.Pick(table.columns);
  std::string quoted = base::QuoteIdentifier(column.name);
  TypeClass type_class = ClassOf(column.type);
  if (type_class == TypeClass::kIntegral || type_class == TypeClass::kNumeric) {
    index.predicate = quoted + " > 0";
  } else if (type_class == TypeClass::kString && rng.Chance(50)) {
    index.predicate = quoted + " <> ''";
  } else if (column.type.kind == Kind::kBoolean) {
    index.predicate = rng.Chance(50) ? quoted : "NOT " + quoted;
  } else {
    index.predicate = quoted + " IS NOT NULL";
  }
  index.predicate_columns = {column.name};
}

std::optional<Index> RandomIndex(Model& model, const Table& table, Rng& rng) {
  Index index;
  std::vector<size_t> order(table.columns.size());
  for (size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  size_t keys = std::min<size_t>(order.size(), static_cast<size_t>(rng.Between(1, 3)));
  for (size_t i = 0; i < keys; ++i) {
    std::swap(order[i], order[i + rng.Below(order.size() - i)]);
    const Column& column = table.columns[order[i]];
    IndexKey key{column.name, false, false};
    key.lower = ClassOf(column.type) == TypeClass::kString && rng.Chance(30);
    key.descending = rng.Chance(25);
    index.keys.push_back(key);
  }
  if (rng.Chance(25)) {
    SetRandomPredicate(table, rng, index);
  }
  index.unique = rng.Chance(15);
  if (rng.Chance(60)) {
    index.name = NewExplicitName(model, "idx");
    if (rng.Chance(20)) {
      index.comment = RandomComment(rng);
    }
  }
  return index;
}

Column* FindColumn(Table& table, const std::string& name) {
  for (Column& column : table.columns) {
    if (column.name == name) {
      return &column;
    }
  }
  return nullptr;
}

const Column* FindColumn(const Table& table, const std::string& name) {
  for (const Column& column : table.columns) {
    if (column.name == name) {
      return &column;
    }
  }
  return nullptr;
}

const Constraint* PrimaryKey(const Table& table) {
  for (const Constraint& constraint : table.constraints) {
    if (constraint.kind == ConstraintKind::kPrimaryKey) {
      return &constraint;
    }
  }
  return nullptr;
}

bool SameColumnSet(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

bool HasKeyOn(const Table& table, const std::vector<std::string>& columns) {
  return std::any_of(
      table.constraints.begin(), table.constraints.end(), [&columns](const Constraint& key) {
        return (key.kind == ConstraintKind::kPrimaryKey || key.kind == ConstraintKind::kUnique) &&
               SameColumnSet(key.columns, columns);
      });
}

bool Contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool InForeignKey(const Model& model, const Table& table, const std::string& column) {
  for (const Table& other : model.tables) {
    for (const Constraint& constraint : other.constraints) {
      if (constraint.kind != ConstraintKind::kForeignKey) {
        continue;
      }
      if ((&other == &table && Contains(constraint.columns, column)) ||
          (constraint.target == table.name && Contains(constraint.target_columns, column))) {
        return true;
      }
    }
  }
  return false;
}

bool InExpression(const Table& table, const std::string& column) {
  for (const Constraint& constraint : table.constraints) {
    if (constraint.kind == ConstraintKind::kCheck && Contains(constraint.columns, column)) {
      return true;
    }
  }
  for (const Index& index : table.indexes) {
    if (Contains(index.predicate_columns, column)) {
      return true;
    }
    for (const IndexKey& key : index.keys) {
      if (key.lower && key.column == column) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace schemac::testing::random_schema
