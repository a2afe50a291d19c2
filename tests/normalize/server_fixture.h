// One temporary PostgreSQL server per test suite, for the tests that normalise through it.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

namespace schemac::testing {

class NormalizeServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    server_ = pgserver::EphemeralServer::Start({}, &error).release();
    ASSERT_NE(server_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  // Connection is the server connection Normalize is given: database postgres, as superuser.
  static std::string Connection() { return server_->ConnectionString("postgres"); }

  // Query runs `sql` with psql on database postgres and returns its rows, one per line.
  static std::string Query(const std::string& sql) {
    pgserver::PsqlResult result =
        server_->RunPsql("\\pset tuples_only on\n\\pset format unaligned\n" + sql + "\n");
    EXPECT_EQ(result.exit_code, 0) << result.errors;
    return result.output;
  }

  // ScratchDatabases lists the databases named like scratch databases, one per line.
  static std::string ScratchDatabases() {
    return Query(
        "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE 'schemac\\_scratch\\_%' "
        "ORDER BY datname;");
  }

  inline static pgserver::EphemeralServer* server_ = nullptr;
};

}  // namespace schemac::testing
