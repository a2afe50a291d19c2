// The pieces of normalisation that need no server: positions in statements, batches, names.
#include <memory>
#include <set>

#include <gtest/gtest.h>

#include "normalize/connection.h"
#include "normalize/load.h"

namespace schemac::testing {
namespace {

TEST(NormalizeLineOfPositionTest, CountsCharactersNotBytes) {
  struct {
    std::string sql;
    size_t position;
    std::optional<uint32_t> line;
  } tests[] = {
      {"CREATE TABLE t (a integer);", 1, 1},
      {"CREATE TABLE t (\n    a integer DEFAULT nosuchfn(1)\n);", 33, 2},
      {"CREATE TABLE t (\n    a integer\n);", 17, 1},  // the line break ends line 1
      {"CREATE TABLE t (\n    a integer\n);", 18, 2},
      // "é" is two bytes and one character: position 21 is the "x" of line 2.
      {"COMMENT ON x IS 'é'\nx", 21, 2},
      {"short", 6, std::nullopt},
      {"short", 0, std::nullopt},
  };
  for (const auto& test : tests) {
    EXPECT_EQ(normalize::LineOfPosition(test.sql, test.position), test.line)
        << test.sql << " @" << test.position;
  }
}

std::vector<normalize::LoadStatement> StatementsOfSizes(const std::vector<size_t>& sizes) {
  std::vector<normalize::LoadStatement> statements;
  for (size_t size : sizes) {
    normalize::LoadStatement statement;
    statement.sql = std::string(size - 1, 'x') + ";";
    statements.push_back(std::move(statement));
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
    // Batches follow the order given, here the statements backwards.
    std::vector<size_t> order(statements.size());
    for (size_t i = 0; i < order.size(); ++i) {
      order[i] = order.size() - 1 - i;
    }
    auto size_at = [&](size_t position) { return statements[order[position]].sql.size() + 1; };
    std::vector<normalize::Batch> batches =
        normalize::MakeBatches(statements, order, test.max_bytes, test.max_statements);
    size_t next = 0;
    size_t total = 0;
    for (const normalize::Batch& batch : batches) {
      EXPECT_EQ(batch.begin, next);
      ASSERT_GT(batch.end, batch.begin);
      size_t bytes = 0;
      for (size_t i = batch.begin; i < batch.end; ++i) {
        bytes += size_at(i);
      }
      // Within the bounds, unless one statement alone is larger; and no room left for the next.
      EXPECT_TRUE(bytes <= test.max_bytes || batch.end == batch.begin + 1) << bytes;
      EXPECT_LE(batch.end - batch.begin, test.max_statements);
      if (batch.end < order.size()) {
        EXPECT_TRUE(bytes + size_at(batch.end) > test.max_bytes ||
                    batch.end - batch.begin == test.max_statements)
            << bytes;
      }
      total += bytes;
      next = batch.end;
    }
    EXPECT_EQ(next, order.size());
    size_t want_total = 0;
    for (size_t size : test.sizes) {
      want_total += size + 1;
    }
    EXPECT_EQ(total, want_total);
  }
}

normalize::LoadStatement OfSubject(const std::string& table) {
  normalize::LoadStatement statement;
  statement.sql = "-- " + table + ";";
  statement.subject = {"s", table};
  return statement;
}

TEST(NormalizeLanesTest, DealsSubjectsInTurnAndKeepsEachSubjectOnOneLane) {
  std::vector<normalize::LoadStatement> statements;
  for (const char* table : {"x", "a", "b", "a", "c", "d", "b", "e", "a", "x"}) {
    statements.push_back(OfSubject(table));
  }
  // Statements 1 to 8 (not the first and last "x"): subjects a, b, c, d, e in turn on 2 lanes.
  std::vector<std::vector<size_t>> two = normalize::DealLanes(statements, 1, 9, 2);
  EXPECT_EQ(two, (std::vector<std::vector<size_t>>{{1, 3, 4, 7, 8}, {2, 5, 6}}));
  std::vector<std::vector<size_t>> three = normalize::DealLanes(statements, 1, 9, 3);
  EXPECT_EQ(three, (std::vector<std::vector<size_t>>{{1, 3, 5, 8}, {2, 6, 7}, {4}}));
  // More lanes than subjects leaves lanes empty; one lane (or none asked) takes everything.
  std::vector<std::vector<size_t>> many = normalize::DealLanes(statements, 0, 10, 8);
  EXPECT_EQ(many.size(), 8u);
  EXPECT_EQ(many[0], (std::vector<size_t>{0, 9}));
  EXPECT_TRUE(many[7].empty());
  for (size_t lanes : {0, 1}) {
    std::vector<std::vector<size_t>> one = normalize::DealLanes(statements, 0, 10, lanes);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0], (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
  }
}

TEST(NormalizeLanesTest, OnlySequencesTablesAndIndexesLoadConcurrently) {
  using catalog::StatementGroup;
  for (StatementGroup group : {StatementGroup::kSchemas, StatementGroup::kExtensions,
                               StatementGroup::kTypes, StatementGroup::kLaterConstraints,
                               StatementGroup::kSequenceOwnership, StatementGroup::kComments}) {
    EXPECT_FALSE(normalize::LoadsConcurrently(group)) << catalog::GroupTitle(group);
  }
  for (StatementGroup group :
       {StatementGroup::kSequences, StatementGroup::kTables, StatementGroup::kIndexes}) {
    EXPECT_TRUE(normalize::LoadsConcurrently(group)) << catalog::GroupTitle(group);
  }
  EXPECT_GE(normalize::DefaultLanes(), 1u);
  EXPECT_LE(normalize::DefaultLanes(), normalize::kMaxLanes);
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

}  // namespace
}  // namespace schemac::testing
