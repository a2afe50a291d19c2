#include "migrate/migrate_fixture.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <fmt/format.h>

#include "support/roles.h"

namespace schemac::testing {

namespace fs = std::filesystem;

void WriteShopV1(const fs::path& dir) {
  WriteFile(dir / "users.sql",
            "CREATE TABLE users (\n"
            "  id bigint PRIMARY KEY,\n"
            "  email text NOT NULL\n"
            ");\n");
  WriteFile(dir / "orders.sql",
            "CREATE TABLE orders (\n"
            "  id bigint PRIMARY KEY,\n"
            "  user_id bigint NOT NULL REFERENCES users (id),\n"
            "  total numeric(10,2)\n"
            ");\n"
            "\n"
            "CREATE INDEX orders_user_id_idx ON orders (user_id);\n");
}

void WriteShopV2(const fs::path& dir) {
  WriteFile(dir / "users.sql",
            "CREATE TABLE users (\n"
            "  id bigint PRIMARY KEY,\n"
            "  email text NOT NULL,\n"
            "  name text\n"
            ");\n");
  WriteFile(dir / "orders.sql",
            "CREATE TABLE orders (\n"
            "  id bigint PRIMARY KEY,\n"
            "  user_id bigint NOT NULL REFERENCES users (id)\n"
            ");\n");
  WriteFile(dir / "audit.sql",
            "CREATE TABLE audit (\n"
            "  id bigint PRIMARY KEY,\n"
            "  at timestamptz NOT NULL DEFAULT now()\n"
            ");\n");
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

bool HasLine(const std::string& text, const std::string& line) {
  std::vector<std::string> lines = Lines(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

void MigrateTest::SetUpTestSuite() {
  std::string error;
  server_ = pgserver::EphemeralServer::Start({}, &error).release();
  ASSERT_NE(server_, nullptr) << error;
  pgserver::PsqlResult roles = server_->RunPsql(kFixtureRolesSql, "postgres");
  ASSERT_EQ(roles.exit_code, 0) << roles.errors;
}

void MigrateTest::TearDownTestSuite() {
  delete server_;
  server_ = nullptr;
}

void MigrateTest::SetUp() {
  ASSERT_NE(server_, nullptr) << "the suite's server did not start";
  ASSERT_FALSE(dir_.path().empty()) << "cannot make a temporary directory";
}

std::string MigrateTest::Url(const std::string& database) {
  return fmt::format("postgresql:///{}?host={}&port={}&user=postgres", database,
                     server_->socket_dir(), server_->port());
}

std::string MigrateTest::CreateDatabase(const std::string& name) {
  std::string error;
  EXPECT_TRUE(server_->CreateDatabase(name, &error)) << error;
  return server_->ConnectionString(name);
}

std::string MigrateTest::TestDatabase() {
  std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.substr(0, 63);
}

std::string MigrateTest::Query(const std::string& database, const std::string& sql) {
  pgserver::PsqlResult result =
      server_->RunPsql("\\pset tuples_only on\n\\pset format unaligned\n" + sql + "\n", database);
  EXPECT_EQ(result.exit_code, 0) << sql << "\n" << result.errors;
  return result.output;
}

std::string MigrateTest::Tables(const std::string& database) {
  return Query(database,
               "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
               "ORDER BY tablename;");
}

std::string MigrateTest::Columns(const std::string& database, const std::string& table) {
  std::string rows =
      Query(database, fmt::format("SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = "
                                  "'public.{}'::regclass AND attnum > 0 AND NOT attisdropped "
                                  "ORDER BY attnum;",
                                  table));
  std::string out;
  for (const std::string& line : Lines(rows)) {
    out += (out.empty() ? "" : ",") + line;
  }
  return out;
}

std::string MigrateTest::ScratchDatabases() {
  return Query("postgres",
               "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE "
               "'schemac\\_scratch\\_%' ORDER BY datname;");
}

}  // namespace schemac::testing
