// The origins of a catalog's objects kept apart from the objects, so that a large compiled
// catalog can be freed while its normalised twin is read back from the scratch database.
#pragma once

#include <map>

#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"

namespace schemac::normalize {

class Origins {
 public:
  explicit Origins(const catalog::Catalog& catalog);
  // ApplyTo sets the origin of every object of `target` that the catalog held under the same
  // key (an extension: the same name, wherever the server installed it), and the hints of every
  // such column; other objects keep theirs.
  void ApplyTo(catalog::Catalog& target) const;

 private:
  std::map<catalog::ObjectKey, base::SourceRange> ranges_;
  std::map<catalog::ObjectKey, catalog::ColumnHints> column_hints_;  // the columns that have any
};

}  // namespace schemac::normalize
