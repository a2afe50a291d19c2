// ServerTest: one temporary PostgreSQL server for a whole test suite, started before its first
// test and removed after its last. Parameterised suites derive from it and from
// ::testing::WithParamInterface<T>.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

#include "support/roles.h"

namespace schemac::testing {

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    server_ = pgserver::EphemeralServer::Start({}, &error).release();
    ASSERT_NE(server_, nullptr) << error;
    pgserver::PsqlResult roles = server_->RunPsql(kFixtureRolesSql, "postgres");
    ASSERT_EQ(roles.exit_code, 0) << roles.errors;
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_, nullptr) << "the suite's server did not start"; }

  inline static pgserver::EphemeralServer* server_ = nullptr;
};

}  // namespace schemac::testing
