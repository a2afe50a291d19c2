// `schemac dump` writes a live database as schema files that compile to the same catalog as the
// files the database was built from.
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

TEST(DumpTest, DumpOfTheExampleCompilesToTheSameCatalog) {
  std::string error;
  auto server = pgserver::EphemeralServer::Start({}, &error);
  ASSERT_NE(server, nullptr) << error;
  ASSERT_TRUE(server->CreateDatabase("shop", &error)) << error;
  fs::path example = SourceDir() / "schemas" / "shop";
  pgserver::PsqlResult load = server->RunPsql(ConcatenatedSources(example), "shop");
  ASSERT_EQ(load.exit_code, 0) << load.errors;

  TempDir dir;
  CommandResult dump =
      RunSchemac({"dump", "--db", server->ConnectionString("shop"), "-o", "dumped"}, dir.path());
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_TRUE(fs::exists(dir.path() / "dumped" / "sales.sql"));
  EXPECT_TRUE(fs::exists(dir.path() / "dumped" / "public.sql"));

  CommandResult check = RunSchemac({"check", "dumped"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  CommandResult from_dump = RunSchemac({"print", "dumped"}, dir.path());
  CommandResult from_files = RunSchemac({"print", example.string()}, dir.path());
  ASSERT_EQ(from_files.exit_code, 0) << from_files.err;
  EXPECT_EQ(from_dump.out, from_files.out);
}

TEST(DumpTest, UnreachableDatabaseIsAnError) {
  TempDir dir;
  CommandResult dump =
      RunSchemac({"dump", "--db", "host=" + dir.path().string() + " dbname=none"}, dir.path());
  EXPECT_EQ(dump.exit_code, 1);
  EXPECT_NE(dump.err.find("[connection-failed]"), std::string::npos) << dump.err;
}

}  // namespace
}  // namespace schemac::testing
