// Differs for range types: PostgreSQL cannot alter a range type's subtype, operator class,
// collation or functions, so any of them changing makes a new type; its comment changes in place.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffRanges(const catalog::Catalog& from, const catalog::Catalog& to,
                std::vector<Change>& out) {
  DiffEach(
      from.ranges, to.ranges, out, catalog::RangeKey,
      [&](const catalog::ObjectKey& key, const catalog::RangeType& a, const catalog::RangeType& b) {
        catalog::RangeType same = b;
        same.comment = a.comment;
        if (!(a == same)) {
          out.push_back({ChangeKind::kRecreate, key, {}});
          return;
        }
        out.push_back({ChangeKind::kAlter, key, {Property::kComment}});
      });
}

}  // namespace schemac::diff
