// Differs for views: a view is replaced in place when its new columns begin with its old ones
// (CREATE OR REPLACE VIEW keeps the columns and may add some after them), and dropped and
// created again otherwise.
#include <algorithm>

#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffViews(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out) {
  DiffEach(from.views, to.views, out, catalog::ViewKey,
           [&](const catalog::ObjectKey& key, const catalog::View& a, const catalog::View& b) {
             bool keeps_columns = a.columns.size() <= b.columns.size() &&
                                  std::equal(a.columns.begin(), a.columns.end(), b.columns.begin());
             if (!keeps_columns) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.query != b.query || a.columns != b.columns) {
               change.properties.push_back(Property::kQuery);
             }
             if (a.options != b.options) {
               change.properties.push_back(Property::kStorageOptions);
             }
             if (a.comment != b.comment || a.column_comments != b.column_comments) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
