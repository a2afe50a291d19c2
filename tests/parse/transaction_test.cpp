// BEGIN ... COMMIT in a schema file: accepted and declaring nothing; SET LOCAL between them lasts
// to COMMIT, as when psql runs the file.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parsed.h"

namespace schemac::parse {
namespace {

using Path = std::vector<std::string>;

TEST(TransactionTest, SetLocalLastsToCommit) {
  auto parsed = Parse(
      "BEGIN;\n"
      "SET LOCAL search_path = app;\n"
      "CREATE TABLE t (id int);\n"
      "COMMIT;\n"
      "CREATE TABLE u (id int);\n"
      "START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE;\n"
      "SET search_path = billing;\n"
      "SET LOCAL search_path = app;\n"
      "CREATE TABLE v (id int);\n"
      "END WORK;\n"
      "CREATE TABLE w (id int);\n"
      "SET LOCAL search_path = app;\n"
      "CREATE TABLE x (id int);\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  std::vector<Path> paths;
  for (const ast::Statement& statement : parsed->file.statements) {
    if (std::holds_alternative<ast::CreateTable>(statement.body)) {
      paths.push_back(*statement.search_path);
    }
  }
  EXPECT_EQ(paths,
            (std::vector<Path>{{"app"}, {"$user", "public"}, {"app"}, {"billing"}, {"billing"}}));
}

TEST(TransactionTest, AnUnknownWordIsASyntaxError) {
  auto parsed = Parse("BEGIN TRANSACTION READ SOMETIMES;\nCOMMIT AND CHAIN;\nROLLBACK;\n");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 2U);
  EXPECT_EQ(parsed->sink.diagnostics()[0].code, "syntax-error");
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.column, 24U);
  // ROLLBACK would undo what the statements before it declare.
  EXPECT_EQ(parsed->sink.diagnostics()[1].code, "unsupported-statement");
}

}  // namespace
}  // namespace schemac::parse
