// The canonical DDL of a catalog, ordered as a plan from an empty catalog orders its steps: every
// statement after those that create what it depends on, by the planner's dependency graph (the
// catalog's shape and, for a catalog read from a server, the server's pg_depend rows).
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"
#include "schemac/catalog/statements.h"

namespace schemac::plan {

// InCreationOrder returns `statements` (catalog::CreateStatements of `catalog`) each after the
// statements that create the objects it depends on, its own ones (CreateStatement::creates) and
// those it acts on; statements that are free to go in any order keep the order they were given
// in (by group, then by name). Statements in a cycle, which no order can load (a table whose
// default calls a function that reads it), go when nothing else can, the first of them as given
// first.
std::vector<catalog::CreateStatement> InCreationOrder(
    const catalog::Catalog& catalog, std::vector<catalog::CreateStatement> statements);

// CanonicalSql is catalog::PrintSql of the catalog's statements in creation order: what `print`
// and `dump` write.
std::string CanonicalSql(const catalog::Catalog& catalog);

}  // namespace schemac::plan
