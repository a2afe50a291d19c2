// Differs for views: a view is replaced in place when its new columns begin with its old ones
// (CREATE OR REPLACE VIEW keeps the columns and may add some after them), and dropped and
// created again otherwise. A materialized view has no CREATE OR REPLACE: a new query recreates
// it. A view that becomes materialized, or the reverse, is dropped and created as the other kind.
// Column defaults, a materialized view's access method, column settings, options and comments
// change in place.
#include <algorithm>

#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffViews(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out) {
  ForEachPair(from.views, to.views, [&](const auto& /*name*/, const auto* a, const auto* b) {
    if (a == nullptr || b == nullptr || a->materialized != b->materialized) {
      if (a != nullptr) {
        out.push_back({ChangeKind::kDrop, catalog::KeyOf(*a), {}});
      }
      if (b != nullptr) {
        out.push_back({ChangeKind::kCreate, catalog::KeyOf(*b), {}});
      }
      return;
    }
    if (*a == *b) {
      return;
    }
    catalog::ObjectKey key = catalog::KeyOf(*b);
    bool keeps_columns = a->columns.size() <= b->columns.size() &&
                         std::equal(a->columns.begin(), a->columns.end(), b->columns.begin());
    bool same_query = a->query == b->query && a->columns == b->columns;
    if (!keeps_columns || (a->materialized && !same_query)) {
      out.push_back({ChangeKind::kRecreate, key, {}});
      return;
    }
    Change change{ChangeKind::kAlter, key, {}};
    if (!same_query) {
      change.properties.push_back(Property::kQuery);
    }
    if (a->access_method != b->access_method) {
      change.properties.push_back(Property::kAccessMethod);
    }
    if (a->options != b->options) {
      change.properties.push_back(Property::kStorageOptions);
    }
    if (a->column_defaults != b->column_defaults) {
      change.properties.push_back(Property::kDefault);
    }
    if (a->column_settings != b->column_settings) {
      change.properties.push_back(Property::kColumnSettings);
    }
    if (a->cluster_on != b->cluster_on) {
      change.properties.push_back(Property::kClusterOn);
    }
    if (a->comment != b->comment || a->column_comments != b->column_comments) {
      change.properties.push_back(Property::kComment);
    }
    out.push_back(std::move(change));
  });
}

}  // namespace schemac::diff
