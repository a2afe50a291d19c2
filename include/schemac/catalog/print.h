// Canonical renderings of a catalog: deterministic whatever the order its objects were declared
// in, so that equal catalogs print byte-identically.
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// PrintSql renders the catalog as DDL that loads into an empty PostgreSQL database (one whose
// public schema exists) and compiles back to an equal catalog. Objects come in dependency order:
// schemas, extensions, types, sequences, tables with their keys and checks, indexes, foreign
// keys, sequence ownership, comments; each group sorted by name.
std::string PrintSql(const Catalog& catalog);

// SearchPathSql returns `SET search_path = ...;` for `path` (an empty path as '').
std::string SearchPathSql(const std::vector<std::string>& path);

// kJsonFormatVersion is the version of PrintJson's shape (documented in docs/cli.md).
inline constexpr int kJsonFormatVersion = 4;

// PrintJson renders the catalog as a JSON document of shape version kJsonFormatVersion.
std::string PrintJson(const Catalog& catalog);

}  // namespace schemac::catalog
