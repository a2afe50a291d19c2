#include <algorithm>

#include "builder.h"

namespace schemac::plan {

const catalog::Table* FindTable(const catalog::Catalog& catalog, const ObjectKey& key) {
  auto it = catalog.tables.find({key.schema, key.name});
  return it == catalog.tables.end() ? nullptr : &it->second;
}

const catalog::Column* FindColumn(const catalog::Catalog& catalog, const ObjectKey& key) {
  const catalog::Table* table = FindTable(catalog, key);
  return table == nullptr ? nullptr : table->FindColumn(key.sub_name);
}

const catalog::Constraint* FindConstraint(const catalog::Catalog& catalog, const ObjectKey& key) {
  const catalog::Table* table = FindTable(catalog, key);
  if (table == nullptr) {
    return nullptr;
  }
  auto it = table->constraints.find(key.sub_name);
  return it == table->constraints.end() ? nullptr : &it->second;
}

void AddHazard(Step& step, Hazard hazard, std::string reason) {
  for (const HazardNote& note : step.hazards) {
    if (note.hazard == hazard) {
      return;
    }
  }
  step.hazards.push_back({hazard, std::move(reason)});
  std::sort(step.hazards.begin(), step.hazards.end(),
            [](const HazardNote& a, const HazardNote& b) { return a.hazard < b.hazard; });
}

void AddNeeds(const DependencyIndex& index, const ObjectKey& key, std::vector<ObjectKey>& needs) {
  std::vector<ObjectKey> dependencies = index.DependenciesOf(key);
  needs.insert(needs.end(), dependencies.begin(), dependencies.end());
}

}  // namespace schemac::plan
