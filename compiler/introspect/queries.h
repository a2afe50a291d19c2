// The catalog queries, kept as compiler/introspect/queries/<name>.sql and compiled into the
// library. Introspect runs each of them exactly once, whatever the size of the schema.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "schemac/introspect/introspect.h"

namespace schemac::introspect {

struct CatalogQuery {
  std::string_view name;  // the file name without .sql
  std::string_view sql;
};

// In the order Introspect runs them: each kind before the kinds that refer to it.
extern const std::array<CatalogQuery, kCatalogQueryCount> kCatalogQueries;

}  // namespace schemac::introspect
