// The catalog queries, kept as compiler/introspect/queries/<name>.sql and compiled into the
// library. Introspect runs each of them exactly once, whatever the size of the schema.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "schemac/introspect/introspect.h"

namespace schemac::introspect {

// QuerySetting is a planner setting a query runs with, from a "-- set: name = value" line of
// its file: the estimates of some joins over whole catalogs are far off right after a bulk load
// (a restored database, a freshly loaded scratch database, before autovacuum analyses the
// catalogs), and the nested loops chosen from them took minutes on 5,000 tables, where hash
// joins take a fraction of a second. Queries that look objects up by key keep the defaults.
struct QuerySetting {
  std::string_view name;
  std::string_view value;
};

struct CatalogQuery {
  std::string_view name;  // the file name without .sql
  std::string_view sql;
  std::span<const QuerySetting> settings;
};

// In the order Introspect runs them: each kind before the kinds that refer to it.
extern const std::array<CatalogQuery, kCatalogQueryCount> kCatalogQueries;

}  // namespace schemac::introspect
