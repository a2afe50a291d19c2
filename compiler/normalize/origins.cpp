#include "schemac/normalize/normalize.h"

namespace schemac::normalize {
namespace {

// CopyEach copies the origin of each object of `target` that `source` holds under the same key.
template <typename Map, typename Copy>
void CopyEach(const Map& source, Map& target, Copy copy) {
  for (auto& [key, object] : target) {
    auto found = source.find(key);
    if (found != source.end()) {
      copy(found->second, object);
    }
  }
}

void CopyTable(const catalog::Table& source, catalog::Table& target) {
  target.origin = source.origin;
  for (catalog::Column& column : target.columns) {
    if (const catalog::Column* from = source.FindColumn(column.name)) {
      column.origin = from->origin;
    }
  }
  CopyEach(
      source.constraints, target.constraints,
      [](const catalog::Constraint& from, catalog::Constraint& to) { to.origin = from.origin; });
}

}  // namespace

void CopyOrigins(const catalog::Catalog& source, catalog::Catalog& target) {
  auto copy_origin = [](const auto& from, auto& to) { to.origin = from.origin; };
  CopyEach(source.schemas, target.schemas, copy_origin);
  CopyEach(source.extensions, target.extensions, copy_origin);
  CopyEach(source.enums, target.enums, copy_origin);
  CopyEach(source.sequences, target.sequences, copy_origin);
  CopyEach(source.tables, target.tables, CopyTable);
  CopyEach(source.indexes, target.indexes, copy_origin);
}

}  // namespace schemac::normalize
