// Differences between a compiled catalog and the server's view of the same schema that come from
// outside the code under test, shared by the tests that compare the two.
#pragma once

#include <string>

#include "schemac/catalog/catalog.h"
#include "schemac/pgserver/server.h"

namespace schemac::testing {

// AcceptKnownDifferences copies into `compiled` the server's value of each known difference of
// the schema case `test_case` (column defaults the server stores in another form than the
// canonical expression), after checking with gtest assertions that the difference is still there.
// Call it inside ASSERT_NO_FATAL_FAILURE.
void AcceptKnownDifferences(const std::string& test_case, catalog::Catalog& compiled,
                            const catalog::Catalog& from_server);

// AdoptServerDefinitions copies into `compiled` what only the server knows of the objects whose
// bodies are its business (views, functions, triggers, domains, exclusion constraints): their
// definitions as it prints them. The compiled catalog holds them as written, so the rest of the
// two catalogs can be compared; the definitions themselves are compared between two servers'
// catalogs elsewhere (the round trips).
void AdoptServerDefinitions(catalog::Catalog& compiled, const catalog::Catalog& from_server);

// ForgetDefaultExtensionComments drops from `compiled` the extension comments that are the
// extension's own default: CREATE EXTENSION sets that comment, so the server cannot tell it from
// one set by COMMENT ON, and introspection reports no comment. The defaults are read with psql
// from database `database` of `server`.
void ForgetDefaultExtensionComments(const pgserver::EphemeralServer& server,
                                    const std::string& database, catalog::Catalog& compiled,
                                    const catalog::Catalog& from_server);

}  // namespace schemac::testing
