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

  CommandResult split = RunSchemac(
      {"dump", "--db", server->ConnectionString("shop"), "-o", "split", "--split"}, dir.path());
  ASSERT_EQ(split.exit_code, 0) << split.err;
  EXPECT_TRUE(fs::exists(dir.path() / "split" / "sales" / "_schema.sql"));
  EXPECT_TRUE(fs::exists(dir.path() / "split" / "sales" / "orders.sql"));

  CommandResult from_files = RunSchemac({"print", example.string()}, dir.path());
  ASSERT_EQ(from_files.exit_code, 0) << from_files.err;
  for (const char* output : {"dumped", "split"}) {
    CommandResult check = RunSchemac({"check", output}, dir.path());
    EXPECT_EQ(check.exit_code, 0) << output << "\n" << check.err;
    CommandResult from_dump = RunSchemac({"print", output}, dir.path());
    EXPECT_EQ(from_dump.out, from_files.out) << output;
  }
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
