// The in-memory schema model behind GenerateRandomPair (random_schema.h): the random source, the
// objects, the helpers that build consistent random objects, and the entry points of generation,
// mutation and rendering. Internal to the generator.
//
// The model keeps itself valid for PostgreSQL: a foreign key references a primary key or unique
// constraint of its target on exactly those columns, with columns of the same types; every name
// of a relation or type is unique in the whole model and never reused once dropped, so a name
// always means one object; explicit constraint and index names (`pk_3`, `idx_7`, ...) never
// clash with the names PostgreSQL chooses for unnamed ones.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace schemac::testing::random_schema {

// Rng draws bounded values from std::mt19937_64 with its own rejection sampling, so that a seed
// gives the same values with every standard library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  // Below returns a value in [0, bound); bound must be positive.
  uint64_t Below(uint64_t bound);
  // Between returns a value in [low, high].
  int Between(int low, int high);
  // Chance is true `percent` times in a hundred.
  bool Chance(int percent);
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

 private:
  std::mt19937_64 engine_;
};

struct Name {
  std::string schema;
  std::string name;
  bool operator==(const Name&) const = default;
  // Quoted returns schema.name quoted for SQL; Text returns it unquoted, for messages.
  std::string Quoted() const;
  std::string Text() const { return schema + "." + name; }
};

enum class Kind {
  kSmallint,
  kInteger,
  kBigint,
  kNumeric,
  kText,
  kVarchar,
  kBoolean,
  kDate,
  kTimestamptz,
  kJsonb,
  kUuid,
  kEnum,
  kTextArray,
  kIntegerArray,
};

// TypeClass groups types whose expressions stay valid when a column changes between them.
enum class TypeClass { kIntegral, kNumeric, kString, kOther };

struct Type {
  Kind kind = Kind::kInteger;
  int length = 0;     // kVarchar
  int precision = 0;  // kNumeric
  int scale = 0;      // kNumeric
  Name enum_type;     // kEnum
  bool operator==(const Type&) const = default;
};

// Default is a column default as written after DEFAULT, with what it depends on.
struct Default {
  std::string sql;
  std::optional<Name> sequence;  // nextval() of this standalone sequence
  std::string label;             // the enum label it is, or empty
  bool operator==(const Default&) const = default;
};

enum class Identity { kNone, kAlways, kByDefault };

struct Column {
  std::string name;
  Type type;
  int spelling = 0;  // which of the equivalent spellings of the type to write
  bool serial = false;
  Identity identity = Identity::kNone;
  std::string identity_options;  // e.g. "START WITH 10 INCREMENT BY 5", or empty
  bool not_null = false;
  std::optional<Default> default_value;
  std::optional<std::string> comment;
  std::optional<int> statistics;  // SET STATISTICS, which survives a change of type
};

enum class ConstraintKind { kPrimaryKey, kUnique, kCheck, kForeignKey };

struct Constraint {
  ConstraintKind kind = ConstraintKind::kCheck;
  std::string name;  // empty: PostgreSQL chooses it
  // Key columns, the referencing columns of a foreign key, or the columns a check uses.
  std::vector<std::string> columns;
  std::string expression;  // kCheck, with quoted column names
  // kForeignKey: the referenced table and key columns, and the clauses after REFERENCES.
  Name target;
  std::vector<std::string> target_columns;
  bool implicit_target = false;  // written without the column list (the target's primary key)
  std::string clauses;           // " MATCH FULL ON DELETE CASCADE DEFERRABLE", ...
  bool in_column = false;        // written in the definition of its single column
  bool in_alter = false;         // written as ALTER TABLE ... ADD after the tables
  std::optional<std::string> comment;
};

struct IndexKey {
  std::string column;
  bool lower = false;  // lower(column)
  bool descending = false;
};

struct Index {
  std::string name;  // empty: PostgreSQL chooses it
  bool unique = false;
  std::vector<IndexKey> keys;
  std::string predicate;  // WHERE ..., or empty
  std::vector<std::string> predicate_columns;
  std::optional<std::string> comment;
};

// TableGrant is a privilege granted on a table, or on one of its columns, to a role the test
// fixtures create (app_user, auditor).
struct TableGrant {
  std::string privilege;
  std::string column;  // empty: on the table
  std::string role;
  bool operator==(const TableGrant&) const = default;
};

struct Table {
  Name name;
  std::vector<Column> columns;
  std::vector<Constraint> constraints;
  std::vector<Index> indexes;
  std::optional<std::string> comment;
  std::vector<TableGrant> grants;
};

// View is a view selecting some columns of a table or of an earlier view of the model, in that
// order, with an optional filter on one of them.
struct View {
  Name name;
  Name base;
  std::vector<std::string> columns;
  std::string filter;  // a column of the base for "WHERE column IS NOT NULL", or empty
  std::optional<std::string> comment;
};

// Routine is something that reads one column of a table: an SQL function whose SQL-standard body
// counts it (the server tracks what such a body uses), a plpgsql trigger function with a trigger
// on the table that fires on updates of that column, or a row-level security policy of the table
// whose USING expression reads the column (named `function.name`; the table's row-level security
// is switched on with it).
struct Routine {
  Name function;
  Name table;
  std::string column;
  bool trigger = false;
  bool policy = false;
  std::optional<std::string> comment;
};

struct Enum {
  Name name;
  std::vector<std::string> labels;
  std::optional<std::string> comment;
};

struct Sequence {
  Name name;
  std::string as_type;  // "", "integer" or "bigint"
  std::optional<int64_t> start;
  int64_t increment = 1;
  std::optional<int64_t> min_value;
  std::optional<int64_t> max_value;
  std::optional<int64_t> cache;
  bool cycle = false;
  std::optional<std::string> comment;
};

struct Schema {
  std::string name;
  std::optional<std::string> comment;
};

struct Model {
  std::vector<Schema> schemas;  // besides public, which always exists
  std::vector<Enum> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<View> views;  // each after the view it reads, if it reads one
  std::vector<Routine> routines;
  int next_id = 1;                   // for explicit constraint and index names
  std::set<std::string> used_names;  // relation and type names ever used, in any schema
};

// Names.
std::string RandomSchemaName(const Model& model, Rng& rng);
// NewObjectName returns a fresh name for a table, sequence or type, and marks it used.
std::string NewObjectName(Model& model, Rng& rng, const std::vector<std::string>& pool);
std::string NewColumnName(const Table& table, Rng& rng, const std::string& wanted = "");
// NewExplicitName returns `prefix`_<n> with a number never used before.
std::string NewExplicitName(Model& model, const std::string& prefix);
// AnySchema returns public or one of the model's schemas.
std::string AnySchema(const Model& model, Rng& rng);
std::string RandomComment(Rng& rng);

// Types, defaults and expressions.
TypeClass ClassOf(const Type& type);
std::string TypeText(const Type& type);  // for messages
Type RandomType(const Model& model, Rng& rng);
bool IsKeyType(const Type& type);  // fit for keys that foreign keys reference
std::optional<Default> RandomDefault(const Model& model, const Column& column, Rng& rng);
// RandomCheck returns a check on one or two columns of `table`, or nullopt when none fits.
std::optional<Constraint> RandomCheck(Model& model, const Table& table, Rng& rng);
std::optional<Index> RandomIndex(Model& model, const Table& table, Rng& rng);
// SetRandomPredicate gives `index` a WHERE clause on a random column of `table`.
void SetRandomPredicate(const Table& table, Rng& rng, Index& index);

// Lookups.
Column* FindColumn(Table& table, const std::string& name);
const Column* FindColumn(const Table& table, const std::string& name);
const Constraint* PrimaryKey(const Table& table);
bool SameColumnSet(std::vector<std::string> a, std::vector<std::string> b);
// HasKeyOn: a primary key or unique constraint of `table` is on exactly `columns`.
bool HasKeyOn(const Table& table, const std::vector<std::string>& columns);
bool Contains(const std::vector<std::string>& names, const std::string& name);
// InForeignKey: the column references or is referenced by a foreign key.
bool InForeignKey(const Model& model, const Table& table, const std::string& column);
// InExpression: a check, an index expression or an index predicate uses the column.
bool InExpression(const Table& table, const std::string& column);

// Building blocks shared by generation and mutation.
// RandomTable returns a table named `name` without foreign keys.
Table RandomTable(Model& model, Rng& rng, const Name& name);
Column RandomColumn(const Model& model, const Table& table, Rng& rng);
// AddRandomKey adds a primary key or unique constraint on existing columns; false when none
// fits.
bool AddRandomKey(Model& model, Table& table, Rng& rng, ConstraintKind kind);
// AddForeignKey adds to tables[from] a foreign key to a key of tables[to], on existing columns
// of the key's types or on new ones; false when the target has no key.
bool AddForeignKey(Model& model, size_t from, size_t to, Rng& rng, std::string* description);
// RemoveForeignKeysTo drops the foreign keys referencing `target`: all of them when `columns` is
// empty, else those whose referenced columns are `columns` (`exact_key`) or include one of them.
// Returns their descriptions.
std::vector<std::string> RemoveForeignKeysTo(Model& model, const Name& target,
                                             const std::vector<std::string>& columns,
                                             bool exact_key);
Enum RandomEnum(Model& model, Rng& rng);
Sequence RandomSequence(Model& model, Rng& rng);
// ValidSequence: PostgreSQL accepts the options (start within the bounds, min below max).
bool ValidSequence(const Sequence& sequence);
// ConstraintText names a constraint for messages: "sales.orders.pk_3", or "sales.orders unnamed
// unique (a, b)".
std::string ConstraintText(const Table& table, const Constraint& constraint);

// NewTableName returns a fresh table name in a random schema.
Name NewTableName(Model& model, Rng& rng);

// Mutations: each applies one kind of change to a random object it fits, describes it and
// returns true, or returns false when nothing fits.
using Mutation = bool (*)(Model& model, Rng& rng, std::string* description);
// Tables, columns, types, nullability, defaults and identity (random_schema_mutate.cpp).
const std::vector<Mutation>& TableMutations();
// Keys, checks, foreign keys, indexes, enums, sequences, comments
// (random_schema_mutate_objects.cpp).
const std::vector<Mutation>& ObjectMutations();
// Views: added, dropped, given columns or a filter, commented (random_schema_views.cpp).
const std::vector<Mutation>& ViewMutations();
// RandomView returns a view on a random table or view of the model; nullopt when there is none.
std::optional<View> RandomView(Model& model, Rng& rng);
// PruneViews makes the views follow the tables after a change: a view loses the columns its base
// lost, and a view whose base is gone, or that keeps no column, is dropped (with the views on it).
void PruneViews(Model& model);
// ViewsSql renders the views, with their comments, in order.
std::string ViewsSql(const Model& model);
// Functions and triggers: added, dropped, moved to another column, commented
// (random_schema_routines.cpp).
const std::vector<Mutation>& RoutineMutations();
// PruneRoutines drops the routines whose table or column is gone.
void PruneRoutines(Model& model);
// RoutinesSql renders the functions, their triggers and their comments.
std::string RoutinesSql(const Model& model);
struct ColumnRef {
  size_t table;
  size_t column;
};
// PickColumn returns a random column of the model for which `fits(table, column)` holds.
template <typename Fits>
std::optional<ColumnRef> PickColumn(const Model& model, Rng& rng, Fits fits) {
  std::vector<ColumnRef> candidates;
  for (size_t t = 0; t < model.tables.size(); ++t) {
    for (size_t c = 0; c < model.tables[t].columns.size(); ++c) {
      if (fits(model.tables[t], model.tables[t].columns[c])) {
        candidates.push_back({t, c});
      }
    }
  }
  if (candidates.empty()) {
    return std::nullopt;
  }
  return rng.Pick(candidates);
}
std::string Join(const std::vector<std::string>& names);

// The entry points.
Model GenerateBase(Rng& rng);
// AddRandomViews adds up to three views on the tables and views of `model`.
void AddRandomViews(Model& model, Rng& rng);
// Mutate applies one random change to `model` (not to its views, which follow the tables); false
// when the change drawn does not apply.
bool Mutate(Model& model, Rng& rng, std::string* description);
// MutateViews applies one random change to the views of `model`; false when none applies.
bool MutateViews(Model& model, Rng& rng, std::string* description);
// AddRandomRoutines adds up to three functions (some with a trigger) on columns of `model`.
void AddRandomRoutines(Model& model, Rng& rng);
// MutateRoutines applies one random change to the functions and triggers of `model`.
bool MutateRoutines(Model& model, Rng& rng, std::string* description);
// AddRandomGrants grants privileges on some tables of `model` (or on their columns) to the
// roles the test fixtures create; MutateGrants grants or revokes one.
void AddRandomGrants(Model& model, Rng& rng);
bool MutateGrants(Model& model, Rng& rng, std::string* description);
// AddRandomStatistics gives some columns of `model` a statistics target; MutateStatistics sets,
// changes or resets one.
void AddRandomStatistics(Model& model, Rng& rng);
bool MutateStatistics(Model& model, Rng& rng, std::string* description);
std::string Render(const Model& model);

}  // namespace schemac::testing::random_schema
