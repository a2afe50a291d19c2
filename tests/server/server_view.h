// The server's own view of a schema, read with catalog queries written for the tests, and the
// same view computed from a compiled catalog, so that the two can be compared line by line.
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"
#include "schemac/pgserver/server.h"

namespace schemac::testing {

// ServerView returns one line per table, column, constraint, index, sequence, identity column
// and enum type of `database`, sorted; objects of extensions and system schemas are left out.
// Returns an empty vector and sets *error when the queries fail.
std::vector<std::string> ServerView(const pgserver::EphemeralServer& server,
                                    const std::string& database, std::string* error);

// CatalogView returns the lines ServerView would return for a database holding `catalog`.
std::vector<std::string> CatalogView(const catalog::Catalog& catalog);

}  // namespace schemac::testing
