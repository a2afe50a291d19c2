#include "schemac/diff/diff.h"

#include <algorithm>

#include "diff_internal.h"

namespace schemac::diff {

bool Has(const Change& change, Property property) {
  return std::find(change.properties.begin(), change.properties.end(), property) !=
         change.properties.end();
}

ChangeSet Diff(const catalog::Catalog& from, const catalog::Catalog& to) {
  ChangeSet set;
  DiffSchemas(from, to, set.changes);
  DiffExtensions(from, to, set.changes);
  DiffEnums(from, to, set.changes);
  DiffSequences(from, to, set.changes);
  DiffTables(from, to, set.changes);
  DiffIndexes(from, to, set.changes);
  std::sort(set.changes.begin(), set.changes.end(),
            [](const Change& a, const Change& b) { return a.key < b.key; });
  return set;
}

}  // namespace schemac::diff
