// The migration round trip on a real server: load `from`, plan to `to`, apply the up script,
// check that the database now equals `to` and that a second plan is empty, apply the down script
// and check that the database equals `from` again.
#pragma once

#include <string>

#include "schemac/pgserver/server.h"
#include "schemac/plan/plan.h"

namespace schemac::testing {

struct RoundTripResult {
  // Empty when every check passed; otherwise what failed first, with the evidence.
  std::string failure;
  plan::Migration migration;
};

// RoundTripData is SQL run on the migrated database around the migration, each script empty when
// there is none: `seed` after `from` is loaded (rows for the migration to carry), `after_up`
// once the up migration is applied and `after_down` once the down migration is; both must
// succeed (inserting rows that use defaults and identities proves that they go on from where the
// data is).
struct RoundTripData {
  std::string seed;
  std::string after_up;
  std::string after_down;
};

// RunRoundTrip runs the round trip in databases named after `name` (which must be a valid unquoted
// identifier) on `server`, and drops them afterwards.
RoundTripResult RunRoundTrip(const pgserver::EphemeralServer& server, const std::string& name,
                             const std::string& from_sql, const std::string& to_sql,
                             const RoundTripData& data = {});

}  // namespace schemac::testing
