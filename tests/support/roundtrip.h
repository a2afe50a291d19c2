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

// RunRoundTrip runs the round trip in databases named after `name` (which must be a valid unquoted
// identifier) on `server`, and drops them afterwards.
RoundTripResult RunRoundTrip(const pgserver::EphemeralServer& server, const std::string& name,
                             const std::string& from_sql, const std::string& to_sql);

}  // namespace schemac::testing
