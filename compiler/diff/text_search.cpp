// Differs for text search dictionaries and configurations. PostgreSQL cannot change a
// dictionary's template or a configuration's parser, so one whose definition changes is dropped
// and created again; a configuration's mappings and any comment change in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffTextSearch(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  auto changed = [&](const catalog::ObjectKey& key, const catalog::TextSearch& a,
                     const catalog::TextSearch& b) {
    if (a.definition != b.definition) {
      out.push_back({ChangeKind::kRecreate, key, {}});
      return;
    }
    Change change{ChangeKind::kAlter, key, {}};
    if (a.mappings != b.mappings) {
      change.properties.push_back(Property::kDefinition);
    }
    if (a.comment != b.comment) {
      change.properties.push_back(Property::kComment);
    }
    out.push_back(std::move(change));
  };
  DiffEach(from.text_search_dictionaries, to.text_search_dictionaries, out,
           catalog::TextSearchDictionaryKey, changed);
  DiffEach(from.text_search_configurations, to.text_search_configurations, out,
           catalog::TextSearchConfigurationKey, changed);
}

}  // namespace schemac::diff
