// What the tests of `schemac plan`, `diff` and `apply` share: one temporary PostgreSQL server per
// test suite, a database per test, a working directory per test, and two versions of a small
// schema to migrate between.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

#include "support/run.h"

namespace schemac::testing {

// WriteShopV1 writes the first version of the schema under `dir`: tables users and orders (with
// a foreign key and a column total) and an index on orders. Planned on an empty database:
// 3 objects to create, in 3 steps.
void WriteShopV1(const std::filesystem::path& dir);

// WriteShopV2 writes the second version under `dir`: users gains column name (line 4 of
// users.sql), orders loses column total and its index, and table audit is new. From V1:
// 1 to create, 2 to alter, 1 to drop.
void WriteShopV2(const std::filesystem::path& dir);

// Lines splits text into lines, without their line ends.
std::vector<std::string> Lines(const std::string& text);
// HasLine says whether `text` has a line equal to `line`.
bool HasLine(const std::string& text, const std::string& line);
bool Contains(const std::string& text, const std::string& part);

class MigrateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  void SetUp() override;

  static pgserver::EphemeralServer& Server() { return *server_; }
  // DevDb is the suite's server as given to --dev-db: the database postgres, as superuser.
  static std::string DevDb() { return server_->ConnectionString("postgres"); }
  // Url is a postgresql:// URI for `database` on the suite's server.
  static std::string Url(const std::string& database);

  // CreateDatabase makes an empty database on the suite's server and returns its connection
  // string (key=value).
  static std::string CreateDatabase(const std::string& name);
  // TestDatabase is the name of the running test's own database, in lower case.
  static std::string TestDatabase();
  // Db creates the running test's own database and returns its connection string.
  static std::string Db() { return CreateDatabase(TestDatabase()); }

  // Query runs `sql` on `database` and returns its rows, one per line, fields separated by `|`.
  // A psql failure fails the test.
  static std::string Query(const std::string& database, const std::string& sql);
  // Tables lists the tables of schema public in `database`, one per line, sorted.
  static std::string Tables(const std::string& database);
  // Columns lists the columns of public.`table` in `database` in order, separated by commas.
  static std::string Columns(const std::string& database, const std::string& table);
  // ScratchDatabases lists the databases named like schemac's scratch databases.
  static std::string ScratchDatabases();

  // Run runs schemac in the test's working directory.
  CommandResult Run(const std::vector<std::string>& args) const {
    return RunSchemac(args, dir_.path());
  }
  // RunAgainst runs `schemac <command> --schema <schema> --db <db> --dev-db <the suite's server>`
  // followed by `extra` (command: "plan" or "apply").
  CommandResult RunAgainst(const std::string& command, const std::string& schema,
                           const std::string& db, const std::vector<std::string>& extra) const {
    std::vector<std::string> args = {command, "--schema", schema, "--db", db, "--dev-db", DevDb()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Run(args);
  }
  const std::filesystem::path& Dir() const { return dir_.path(); }
  void Write(const std::string& relative, const std::string& text) const {
    WriteFile(dir_.path() / relative, text);
  }

 private:
  TempDir dir_;
  inline static pgserver::EphemeralServer* server_ = nullptr;
};

}  // namespace schemac::testing
