// ALTER TABLE ... CLUSTER ON index and SET WITHOUT CLUSTER: the index CLUSTER orders a table or
// materialized view by, which must be one of its indexes or the index of one of its keys.
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
  auto declared = catalog_.indexes.find({relation.schema, index->name});
  bool found = declared != catalog_.indexes.end() && declared->second.table == relation;
  if (auto key = constraints.find(index->name); key != constraints.end()) {
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
        "unknown-index", index->range,
        fmt::format("table \"{}\" has no index \"{}\" to cluster on", relation.Text(), index->name),
        index->name, candidates);
    return;
  }
  cluster_on = index->name;
}

}  // namespace schemac::sema
