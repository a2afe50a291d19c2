// Canonical renderings of a catalog: deterministic whatever the order its objects were declared
// in, so that equal catalogs print byte-identically.
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"
#include "schemac/catalog/statements.h"

namespace schemac::catalog {

// PrintSql renders `statements`, CreateStatements(catalog) in the order they are to run
// (plan::CanonicalSql orders them by the dependency graph), as DDL that loads into an empty
// PostgreSQL database (one whose public schema exists) and compiles back to an equal catalog:
// a title line above each run of statements of one group, a SET search_path where a statement
// needs another one.
std::string PrintSql(const Catalog& catalog, const std::vector<CreateStatement>& statements);

// SearchPathSql returns `SET search_path = ...;` for `path` (an empty path as '').
std::string SearchPathSql(const std::vector<std::string>& path);

// kJsonFormatVersion is the version of PrintJson's shape (documented in docs/cli.md).
inline constexpr int kJsonFormatVersion = 16;

// PrintJson renders the catalog as a JSON document of shape version kJsonFormatVersion.
std::string PrintJson(const Catalog& catalog);

}  // namespace schemac::catalog
