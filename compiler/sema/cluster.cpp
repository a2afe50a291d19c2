// ALTER TABLE ... CLUSTER ON index and SET WITHOUT CLUSTER: the index CLUSTER orders a table or
// materialized view by, which must be one of its indexes or the index of one of its keys; so must
// the index of REPLICA IDENTITY USING INDEX.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::ClusterOn(const catalog::QualifiedName& relation,
                         const std::map<std::string, catalog::Constraint>& constraints,
                         std::optional<std::string>& cluster_on,
                         const std::optional<ast::Identifier>& index) {
  if (!index) {
    cluster_on.reset();
    return;
  }
  if (FindTableIndex(relation, constraints, *index, "to cluster on")) {
    cluster_on = index->name;
  }
}

bool Compiler::FindTableIndex(const catalog::QualifiedName& relation,
                              const std::map<std::string, catalog::Constraint>& constraints,
                              const ast::Identifier& index, std::string_view what) {
  auto declared = catalog_.indexes.find({relation.schema, index.name});
  bool found = declared != catalog_.indexes.end() && declared->second.table == relation;
  if (auto key = constraints.find(index.name); key != constraints.end()) {
    found = found || key->second.type == catalog::ConstraintType::kPrimaryKey ||
            key->second.type == catalog::ConstraintType::kUnique ||
            key->second.type == catalog::ConstraintType::kExclusion;
  }
  if (!found) {
    std::vector<std::string> candidates;
    for (const auto& [name, other] : catalog_.indexes) {
      if (other.table == relation) {
        candidates.push_back(name.name);
      }
    }
    for (const auto& [name, constraint] : constraints) {
      if (constraint.type != catalog::ConstraintType::kCheck &&
          constraint.type != catalog::ConstraintType::kForeignKey) {
        candidates.push_back(name);
      }
    }
    ReportUnknown(
        "unknown-index", index.range,
        fmt::format("table \"{}\" has no index \"{}\" {}", relation.Text(), index.name, what),
        index.name, candidates);
    return false;
  }
  return true;
}

void Compiler::SetIndexStatistics(const ast::AlterIndex& statement) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.index, NameUse::kRelation);
  if (!name) {
    return;
  }
  auto index = catalog_.indexes.find(*name);
  if (index == catalog_.indexes.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.indexes);
    ReportUnknown("unknown-index", statement.index.range,
                  fmt::format("index \"{}\" does not exist", name->Text()), name->Text(),
                  candidates);
    return;
  }
  std::vector<catalog::IndexKey>& keys = index->second.keys;
  size_t column = static_cast<size_t>(statement.column);
  if (column > keys.size()) {
    sink_.Error("unknown-column", statement.column_range,
                fmt::format("index \"{}\" has {} key column{}, not {}", name->Text(), keys.size(),
                            keys.size() == 1 ? "" : "s", column));
    return;
  }
  catalog::IndexKey& key = keys[column - 1];
  if (key.expression.empty()) {
    sink_.Error("invalid-statistics", statement.column_range,
                fmt::format("column {} of index \"{}\" is table column \"{}\", not an "
                            "expression; set the statistics target on the table's column",
                            column, name->Text(), key.column));
    return;
  }
  key.statistics =
      statement.statistics < 0 ? std::nullopt : std::optional<int>(statement.statistics);
}

}  // namespace schemac::sema
