// The roles the test schemas name (the sample project's and the round-trip cases' policies).
// Roles are not part of a schema, so the test fixtures make them on their servers, as an
// administrator does on every server a schema is applied to.
#pragma once

namespace schemac::testing {

inline constexpr const char* kFixtureRolesSql =
    "CREATE ROLE app_user NOLOGIN;\n"
    "CREATE ROLE auditor NOLOGIN;\n";

}  // namespace schemac::testing
