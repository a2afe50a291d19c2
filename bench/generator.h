// The state shared by the v1 generator (generate.cpp) and the v2 changes (mutate.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model.h"

namespace schemac::bench {

// How payload columns may be indexed or constrained.
enum class Use { kPlain, kText, kCode, kNumber, kFlag, kTime, kSoftDelete, kJson, kArray, kSearch };

// A payload column: its name, type and the variations the generator and the v2 changes use.
struct ColumnKind {
  const char* name;
  const char* type;
  const char* widened;        // a compatible wider type (a v2 type change), or ""
  int not_null_percent;       // how often it is NOT NULL
  const char* default_value;  // or ""
  const char* other_default;  // the default a v2 change sets, or ""
  const char* check;          // CHECK expression with {c} for the column, or ""
  Use use;
};

// The payload column kinds; Column::kind indexes it.
const std::vector<ColumnKind>& ColumnKinds();

// The label an enum type gets next (from the pool its labels come from), or "" when none is left.
std::string NextEnumLabel(const Enum& type);

// Business entities: the first word of table, enum and sequence names.
extern const char* const kEntities[];
extern const size_t kEntityCount;

class Generator {
 public:
  Generator(int tables, uint64_t seed) : target_tables_(tables), random_(seed) {}

  // BuildV1 generates the first version (generate.cpp).
  Model BuildV1();
  // ApplyChanges turns a copy of v1 into v2 (mutate.cpp).
  ChangeSummary ApplyChanges(Model& model);

 private:
  enum class Shape { kEntity, kLink, kLine, kLookup };

  // Names: every relation, type and constraint name of a schema, so that explicit names never
  // clash with each other nor with the ones PostgreSQL chooses.
  bool Claim(const std::string& schema, const std::string& name);
  std::string ClaimUnique(const std::string& schema, const std::string& base,
                          const std::string& suffix);
  // The name PostgreSQL gives an unnamed constraint or index when it is free, else a claimed
  // explicit name; *automatic tells which.
  std::string ClaimDefault(const Table& table, const std::vector<std::string>& columns,
                           const std::string& suffix, bool* automatic);

  // generate.cpp
  void AddSchemas(Model& model);
  void AddTypes(Model& model, size_t schema_index);
  size_t AddTable(Model& model, size_t schema_index, int file);
  std::string NewTableName(const std::string& schema, Shape shape);
  void AddKey(Table& table, Shape shape);
  bool AddLinkColumns(Model& model, Table& table, size_t schema_index);
  void AddLineColumns(Model& model, Table& table, size_t schema_index);
  void AddForeignKeyColumn(Model& model, Table& table, size_t target_index, bool not_null,
                           const std::string& on_delete);
  void AddCompositeReference(Model& model, Table& table);
  void AddPayload(Model& model, Table& table, size_t schema_index, int count);
  void AddIndexes(Table& table);
  void AddComments(Table& table);
  // AddViews adds a view on every tenth table, and on every third of those views another one.
  void AddViews(Model& model);
  // AddRoutines gives every twentieth table a column whose default and check call functions of
  // its schema, and every tenth table a trigger.
  void AddRoutines(Model& model);
  std::string ColumnName(const Table& table, const std::string& wanted) const;
  size_t PickTarget(size_t schema_index);

  // mutate.cpp
  bool AddColumn(Table& table);
  bool DropColumn(Table& table);
  bool ChangeType(Table& table);
  bool ChangeDefault(Table& table);
  bool AddIndex(Table& table);
  bool DropIndex(Table& table);
  bool AddCheck(Table& table);
  bool DropForeignKey(Table& table);
  bool ChangeComment(Table& table);

  int target_tables_;
  Random random_;
  std::map<std::string, std::set<std::string>> names_;  // schema -> names in use
  // Tables a foreign key may reference (single-column key), per schema, as indexes into
  // Model::tables; and tables with a two-column key (order lines).
  std::vector<std::vector<size_t>> referenceable_;
  std::vector<size_t> line_tables_;
  // Per schema: its enums and its standalone sequences not yet used by a column.
  std::vector<std::vector<size_t>> enums_;
  std::vector<std::vector<size_t>> free_sequences_;
};

}  // namespace schemac::bench
