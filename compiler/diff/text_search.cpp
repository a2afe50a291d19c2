// Differs for text search dictionaries, configurations, parsers and templates. PostgreSQL cannot
// change a dictionary's template, a configuration's parser or the functions of a parser or a
// template, so one whose definition changes is dropped and created again; a configuration's
// mappings and any comment change in place.
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
  for (catalog::ObjectKind kind :
       {catalog::ObjectKind::kTextSearchParser, catalog::ObjectKind::kTextSearchTemplate}) {
    DiffEach(
        catalog::TextSearchObjects(from, kind), catalog::TextSearchObjects(to, kind), out,
        [&](const catalog::QualifiedName& name) {
          return catalog::ObjectKey{kind, name.schema, name.name, ""};
        },
        changed);
  }
}

}  // namespace schemac::diff
