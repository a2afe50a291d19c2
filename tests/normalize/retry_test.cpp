// The scratch load does not depend on the order of the statements: a statement refused because
// an object it names does not exist yet runs again once the others have loaded, and a statement
// whose object never comes is reported, at its own index, with the server's error.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/pg/session.h"

#include "normalize/load.h"
#include "normalize/server_fixture.h"

namespace schemac::testing {
namespace {

using catalog::StatementGroup;
using normalize::LoadStatement;

class LoadRetryTest : public NormalizeServerTest {
 protected:
  // Loads `statements` into a new database `name`; returns the failure, if any.
  std::optional<normalize::LoadFailure> LoadInto(const std::string& name,
                                                 const std::vector<LoadStatement>& statements,
                                                 size_t lanes = 1) {
    std::string error;
    EXPECT_TRUE(server_->CreateDatabase(name, &error)) << error;
    std::string connection = server_->ConnectionString(name);
    std::unique_ptr<pg::Session> session = pg::Session::Open(connection, &error);
    EXPECT_NE(session, nullptr) << error;
    return normalize::Load(*session, connection, statements, lanes, {}, {}, stats_);
  }

  static LoadStatement Statement(std::string sql, StatementGroup group, std::string subject) {
    LoadStatement statement;
    statement.sql = std::move(sql);
    statement.group = group;
    statement.subject = {"public", std::move(subject)};
    return statement;
  }

  normalize::NormalizeStats stats_;
};

TEST_F(LoadRetryTest, StatementsLoadWhateverTheirOrder) {
  // Every statement names an object of a later one: a view on a view on a table, a foreign key
  // to a table created after it, an index on a table created after it.
  std::vector<LoadStatement> statements = {
      Statement("CREATE VIEW top AS SELECT id FROM middle;", StatementGroup::kTables, "top"),
      Statement("CREATE VIEW middle AS SELECT id FROM base;", StatementGroup::kTables, "middle"),
      Statement("CREATE TABLE child (id integer PRIMARY KEY REFERENCES base);",
                StatementGroup::kTables, "child"),
      Statement("CREATE INDEX base_name ON base (name);", StatementGroup::kTables, "base_name"),
      Statement("CREATE TABLE base (id integer PRIMARY KEY, name text);", StatementGroup::kTables,
                "base"),
  };
  std::optional<normalize::LoadFailure> failure = LoadInto("retry_order", statements);
  ASSERT_FALSE(failure.has_value()) << failure->error.primary;
  EXPECT_EQ(stats_.deferred, 4u);
  // The first pass loads the table's dependents and the middle view; the second, the top view.
  EXPECT_EQ(stats_.retry_passes, 2u);
  EXPECT_EQ(stats_.retries, 5u);
  pgserver::PsqlResult check =
      server_->RunPsql("SELECT id FROM top; SELECT 1 FROM child;", "retry_order");
  EXPECT_EQ(check.exit_code, 0) << check.errors;
}

TEST_F(LoadRetryTest, AnObjectThatNeverComesIsReportedAtItsStatement) {
  std::vector<LoadStatement> statements = {
      Statement("CREATE TABLE a (id integer PRIMARY KEY);", StatementGroup::kTables, "a"),
      Statement("CREATE VIEW v AS SELECT id FROM a;", StatementGroup::kTables, "v"),
      Statement("CREATE VIEW w AS SELECT id FROM missing;", StatementGroup::kTables, "w"),
      Statement("CREATE VIEW x AS SELECT id FROM w;", StatementGroup::kTables, "x"),
  };
  std::optional<normalize::LoadFailure> failure = LoadInto("retry_missing", statements);
  ASSERT_TRUE(failure.has_value());
  EXPECT_EQ(failure->statement, 2u);
  EXPECT_EQ(failure->error.sqlstate, "42P01");
  EXPECT_EQ(failure->error.primary, "relation \"missing\" does not exist");
  // One pass over the two views left, which loads neither.
  EXPECT_EQ(stats_.retry_passes, 1u);
}

TEST_F(LoadRetryTest, ARefusalForAnotherReasonIsReportedBeforeWhatWasSetAside) {
  std::vector<LoadStatement> statements = {
      Statement("CREATE VIEW v AS SELECT id FROM later;", StatementGroup::kTables, "v"),
      Statement("CREATE TABLE later (id integer PRIMARY KEY);", StatementGroup::kTables, "later"),
      Statement("CREATE TABLE bad (id integer CHECK (id > 'x'));", StatementGroup::kTables, "bad"),
      Statement("CREATE VIEW never AS SELECT 1 FROM nowhere;", StatementGroup::kTables, "never"),
  };
  std::optional<normalize::LoadFailure> failure = LoadInto("retry_bad", statements);
  ASSERT_TRUE(failure.has_value());
  // The views set aside are not reported: the first would load now, and the other's table may
  // come with the mended statement.
  EXPECT_EQ(failure->statement, 2u);
  EXPECT_EQ(failure->error.sqlstate, "22P02");
  EXPECT_EQ(stats_.retry_passes, 0u);
}

TEST_F(LoadRetryTest, OnlyMissingObjectsAreRetried) {
  pg::ServerError error;
  for (const char* state : {"42P01", "42704", "42883", "42703", "3F000", "42830"}) {
    error.sqlstate = state;
    EXPECT_TRUE(normalize::RefusedForAMissingObject(error)) << state;
  }
  for (const char* state : {"42601", "42P07", "23505", "42804", "22P02", ""}) {
    error.sqlstate = state;
    EXPECT_FALSE(normalize::RefusedForAMissingObject(error)) << state;
  }
}

}  // namespace
}  // namespace schemac::testing
