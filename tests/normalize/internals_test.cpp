// The pieces of normalisation that need no server: server messages, batches, connection strings.
#include <memory>
#include <set>

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include "normalize/connection.h"
#include "normalize/load.h"
#include "normalize/server_error.h"

namespace schemac::testing {
namespace {

using normalize::ParseServerError;
using normalize::ServerError;

TEST(NormalizeServerErrorTest, SplitsLibpqText) {
  struct {
    std::string text;
    std::string primary;
    std::string detail;
    std::string hint;
    std::optional<uint32_t> line;
  } tests[] = {
      {"ERROR:  relation \"x\" does not exist\n", "relation \"x\" does not exist", "", "", {}},
      {"ERROR:  function nosuchfn(integer) does not exist\n"
       "LINE 3:     a integer DEFAULT nosuchfn(1)\n"
       "                              ^\n"
       "HINT:  No function matches the given name and argument types.\n",
       "function nosuchfn(integer) does not exist", "",
       "No function matches the given name and argument types.", 3},
      {"ERROR:  could not create unique index \"u\"\nDETAIL:  Key (a)=(1) is duplicated.\n"
       "second detail line\nCONTEXT:  somewhere\nmore context\n",
       "could not create unique index \"u\"",
       "Key (a)=(1) is duplicated.\nsecond detail line",
       "",
       {}},
      {"FEHLER:  Relation »x« existiert nicht\n", "Relation »x« existiert nicht", "", "", {}},
      {"LINE 12: not the first line\n", "LINE 12: not the first line", "", "", {}},
      {"", "", "", "", {}},
  };
  for (const auto& test : tests) {
    ServerError error = ParseServerError(test.text);
    EXPECT_EQ(error.primary, test.primary) << test.text;
    EXPECT_EQ(error.detail, test.detail) << test.text;
    EXPECT_EQ(error.hint, test.hint) << test.text;
    EXPECT_EQ(error.line, test.line) << test.text;
  }
}

std::vector<normalize::LoadStatement> StatementsOfSizes(const std::vector<size_t>& sizes) {
  std::vector<normalize::LoadStatement> statements;
  for (size_t size : sizes) {
    statements.push_back({std::string(size - 1, 'x') + ";", {}, {}});
  }
  return statements;
}

TEST(NormalizeBatchesTest, CutsIntoConsecutiveBatchesOfBoundedSize) {
  struct {
    std::vector<size_t> sizes;
    size_t max_bytes;
    size_t max_statements;
  } tests[] = {
      {{}, 100, 10},
      {{10}, 100, 10},
      {{10, 20, 30, 40, 50, 60}, 100, 10},
      {{300, 10, 10, 300, 10}, 100, 10},
      {std::vector<size_t>(1000, 49), 1000, 1000},
      {std::vector<size_t>(1000, 2), 1000, 7},
  };
  for (const auto& test : tests) {
    std::vector<normalize::LoadStatement> statements = StatementsOfSizes(test.sizes);
    std::vector<normalize::Batch> batches =
        normalize::MakeBatches(statements, test.max_bytes, test.max_statements);
    size_t next = 0;
    size_t total = 0;
    for (const normalize::Batch& batch : batches) {
      EXPECT_EQ(batch.begin, next);
      ASSERT_GT(batch.end, batch.begin);
      size_t bytes = 0;
      for (size_t i = batch.begin; i < batch.end; ++i) {
        bytes += statements[i].sql.size() + 1;
      }
      // Within the bounds, unless one statement alone is larger; and no room left for the next.
      EXPECT_TRUE(bytes <= test.max_bytes || batch.end == batch.begin + 1) << bytes;
      EXPECT_LE(batch.end - batch.begin, test.max_statements);
      if (batch.end < statements.size()) {
        EXPECT_TRUE(bytes + statements[batch.end].sql.size() + 1 > test.max_bytes ||
                    batch.end - batch.begin == test.max_statements)
            << bytes;
      }
      total += bytes;
      next = batch.end;
    }
    EXPECT_EQ(next, statements.size());
    size_t want_total = 0;
    for (size_t size : test.sizes) {
      want_total += size + 1;
    }
    EXPECT_EQ(total, want_total);
  }
}

TEST(NormalizeScratchNameTest, NamesAreUniqueIdentifiers) {
  std::set<std::string> names;
  for (int i = 0; i < 100; ++i) {
    std::string name = normalize::ScratchDatabaseName();
    EXPECT_TRUE(name.starts_with("schemac_scratch_")) << name;
    EXPECT_LE(name.size(), 63u) << name;
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_"), std::string::npos)
        << name;
    names.insert(name);
  }
  EXPECT_EQ(names.size(), 100u);
}

// ParsedOptions reads a connection string back with libpq.
std::map<std::string, std::string> ParsedOptions(const std::string& connection) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
      PQconninfoParse(connection.c_str(), &error), &PQconninfoFree);
  PQfreemem(error);
  std::map<std::string, std::string> out;
  for (const PQconninfoOption* option = options.get(); option != nullptr && option->keyword;
       ++option) {
    if (option->val != nullptr) {
      out[option->keyword] = option->val;
    }
  }
  return out;
}

TEST(NormalizeConnectionStringTest, ReplacesTheDatabaseAndKeepsTheRest) {
  const std::string tricky = "pa ss'wo\\rd";
  for (const std::string connection :
       {"host=/tmp/sock port=5433 user=app dbname=prod password='pa ss\\'wo\\\\rd'",
        "postgresql://app:pa%20ss'wo%5Crd@/prod?host=/tmp/sock&port=5433",
        "postgresql://app:pa%20ss'wo%5Crd@/?host=/tmp/sock&port=5433"}) {
    std::string error;
    std::optional<std::string> scratch =
        normalize::WithDatabase(connection, "schemac_scratch_1", &error);
    ASSERT_TRUE(scratch) << connection << ": " << error;
    std::map<std::string, std::string> want = ParsedOptions(connection);
    ASSERT_EQ(want["password"], tricky) << connection;
    want["dbname"] = "schemac_scratch_1";
    EXPECT_EQ(ParsedOptions(*scratch), want) << *scratch;
  }
}

TEST(NormalizeConnectionStringTest, ReportsWhatLibpqCannotParse) {
  for (const std::string connection :
       {"this is not a connection string", "nosuchoption=1", "postgresql://[::1/db"}) {
    std::string error;
    EXPECT_FALSE(normalize::WithDatabase(connection, "x", &error)) << connection;
    EXPECT_FALSE(error.empty()) << connection;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
}

TEST(NormalizeConnectionStringTest, QuotesValues) {
  EXPECT_EQ(normalize::QuoteConnectionValue(""), "''");
  EXPECT_EQ(ParsedOptions("password=" + normalize::QuoteConnectionValue("a'b\\c d"))["password"],
            "a'b\\c d");
}

}  // namespace
}  // namespace schemac::testing
