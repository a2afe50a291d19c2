// The generated benchmark schema as data: the generator builds it, the v2 changes edit it and the
// writer turns it into a schema directory of plain PostgreSQL DDL.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace schemac::bench {

// Deterministic random numbers. std::mt19937_64 produces the same sequence everywhere, but the
// standard distributions may differ between library implementations, so bounded integers come
// from our own rejection sampling.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}

  // A uniform integer in [low, high]; low <= high.
  int64_t Between(int64_t low, int64_t high) {
    const uint64_t range = static_cast<uint64_t>(high - low) + 1;
    if (range == 0) {  // the whole 64-bit range
      return static_cast<int64_t>(engine_());
    }
    const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t draw = engine_();
    while (draw >= limit) {
      draw = engine_();
    }
    return low + static_cast<int64_t>(draw % range);
  }
  // True with the given probability in percent.
  bool Percent(int percent) { return Between(0, 99) < percent; }
  // A uniform index into a container of `size` elements; size > 0.
  size_t Index(size_t size) {
    return static_cast<size_t>(Between(0, static_cast<int64_t>(size) - 1));
  }

 private:
  std::mt19937_64 engine_;
};

struct Column {
  std::string name;
  std::string type;  // as written: "bigint", "varchar(80)", "serial", "sales.order_status"
  bool not_null = false;
  std::string default_value;     // an expression, or empty
  std::string identity;          // "ALWAYS" or "BY DEFAULT" for identity columns, else empty
  std::string identity_options;  // "START WITH 1000 CACHE 20", or empty
  std::string check;             // an inline CHECK expression, or empty
  std::string check_name;        // empty: the name PostgreSQL chooses
  bool unique = false;           // inline UNIQUE
  std::string comment;
  int kind = -1;         // index into the payload column kinds (generate.cpp), -1 for key columns
  bool used = false;     // part of a key, index, check, foreign key or sequence: kept as is in v2
  bool in_view = false;  // a view reads it: v2 may change its type, but keeps it
};

struct ForeignKey {
  std::string name;  // empty: the name PostgreSQL chooses
  std::vector<std::string> columns;
  std::string target_schema;
  std::string target_table;
  std::vector<std::string> target_columns;
  std::string on_delete;  // "CASCADE", "SET NULL", "RESTRICT" or empty
  bool deferrable = false;
  bool on_column = false;  // written inline on its (single) column
  bool as_alter = false;   // written as ALTER TABLE ... ADD CONSTRAINT after the table
};

struct Check {
  std::string name;  // always explicit
  std::string expression;
  std::string comment;
};

struct UniqueKey {
  std::string name;  // empty: the name PostgreSQL chooses
  std::vector<std::string> columns;
};

struct Index {
  std::string name;  // empty: the name PostgreSQL chooses (single plain column only)
  bool unique = false;
  std::string method;     // "gin", "brin", "hash", or empty for btree
  std::string keys;       // the text inside the parentheses
  std::string include;    // INCLUDE column list, or empty
  std::string predicate;  // WHERE expression, or empty
  std::string comment;
};

struct Table {
  std::string schema;
  std::string name;
  int file = 0;  // which tables file of its schema holds it
  std::vector<Column> columns;
  std::vector<std::string> primary_key;
  bool primary_key_inline = false;  // PRIMARY KEY on the single key column
  std::string primary_key_name;     // empty: table_pkey, chosen by PostgreSQL
  std::vector<UniqueKey> uniques;
  std::vector<Check> checks;
  std::vector<ForeignKey> foreign_keys;
  std::vector<Index> indexes;
  std::string comment;
  std::string key_type;  // the type a referencing column gets, empty: not referenceable
  int referenced_by = 0;
  bool owns_sequence = false;  // a standalone sequence is OWNED BY one of its columns
  bool has_view = false;       // a view reads it: v2 keeps the table
  bool has_trigger = false;    // a trigger on updates, calling its schema's touch_row()
};

// View is a view on a table, or on another view, of its schema, selecting some of its columns.
struct View {
  std::string schema;
  std::string name;
  std::string base;  // a table or an earlier view of the same schema
  std::vector<std::string> columns;
  std::string filter;  // a WHERE expression, or empty
  std::string comment;
};

struct Enum {
  std::string schema;
  std::string name;
  std::vector<std::string> labels;
  std::string comment;
};

struct Sequence {
  std::string schema;
  std::string name;
  std::string type;
  int64_t start = 1;
  int64_t increment = 1;
  int64_t cache = 1;
  std::string owner_table;  // OWNED BY, in the same schema; empty for none
  std::string owner_column;
  std::string comment;
};

struct Schema {
  std::string name;
  std::string comment;
  int files = 0;  // tables files: tables_001.sql ...
};

struct Model {
  std::vector<Schema> schemas;
  std::vector<Enum> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;  // dropped tables are erased
  std::vector<View> views;    // each after the view it reads
};

// What the v2 changes did, for the report.
struct ChangeSummary {
  int tables_touched = 0;
  int columns_added = 0;
  int columns_dropped = 0;
  int types_changed = 0;
  int defaults_changed = 0;
  int indexes_added = 0;
  int indexes_dropped = 0;
  int checks_added = 0;
  int foreign_keys_dropped = 0;
  int comments_changed = 0;
  int tables_added = 0;
  int tables_dropped = 0;
  int enum_values_added = 0;

  std::string Describe() const;
};

struct GeneratedSchemas {
  Model v1;
  Model v2;
  ChangeSummary changes;
};

// Generate builds v1 with `tables` tables and v2 from it; the same arguments give the same
// schemas on every platform.
GeneratedSchemas Generate(int tables, uint64_t seed);

// WriteSchemaDirectory writes `model` as a schema directory: 00_schemas.sql, then per schema
// <schema>/00_types.sql (enums and sequences), <schema>/tables_NNN.sql (about 100 tables each)
// and <schema>/views.sql. Returns false with *error on an I/O error.
bool WriteSchemaDirectory(const Model& model, const std::string& directory, std::string* error);

}  // namespace schemac::bench
