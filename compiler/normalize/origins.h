// The origins of a catalog's objects kept apart from the objects, so that a large compiled
// catalog can be freed while its normalised twin is read back from the scratch database.
#pragma once

#include <map>
#include <string>

#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"

namespace schemac::normalize {

class Origins {
 public:
  explicit Origins(const catalog::Catalog& catalog);
  // ApplyTo sets the origin of every object of `target` that the catalog held under the same
  // kind and name, and the hints of every such column; other objects keep theirs.
  void ApplyTo(catalog::Catalog& target) const;

 private:
  struct TableOrigins {
    base::SourceRange table;
    std::map<std::string, base::SourceRange> columns;
    std::map<std::string, catalog::ColumnHints> column_hints;  // the columns that have any
    std::map<std::string, base::SourceRange> constraints;
  };
  std::map<std::string, base::SourceRange> schemas_;
  std::map<std::string, base::SourceRange> extensions_;
  std::map<catalog::QualifiedName, base::SourceRange> enums_;
  std::map<catalog::QualifiedName, base::SourceRange> sequences_;
  std::map<catalog::QualifiedName, base::SourceRange> indexes_;
  std::map<catalog::QualifiedName, TableOrigins> tables_;
};

}  // namespace schemac::normalize
