// UnexplainedDifferences: a difference between two objects that no change of the diff explains
// is found, at the object itself and not at what it belongs to; and the diff explains every
// difference of the seeded random schema pairs, which mutate every kind of object.
#include <gtest/gtest.h>

#include "schemac/diff/diff.h"

#include "support/compile.h"
#include "support/random_schema.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;

constexpr const char* kFrom =
    "CREATE TABLE public.users (id integer PRIMARY KEY, name text, email text);\n"
    "CREATE INDEX users_name ON public.users (name);\n";

TEST(UnexplainedDifferencesTest, ADifferenceWithoutAChangeIsFoundAtItsObject) {
  catalog::Catalog from = CompileText(kFrom);
  catalog::Catalog to = from;
  to.tables.at({"public", "users"}).FindColumn("email")->default_expression = "'x'::text";
  to.indexes.at({"public", "users_name"}).comment = "by name";
  EXPECT_EQ(diff::UnexplainedDifferences(from, to, diff::ChangeSet{}),
            (std::vector<ObjectKey>{{ObjectKind::kColumn, "public", "users", "email"},
                                    {ObjectKind::kIndex, "public", "users_name", ""}}));
  EXPECT_EQ(diff::UnexplainedDifferences(from, to, diff::Diff(from, to)), std::vector<ObjectKey>{});
}

// A table that declares a check it also inherits keeps it as its own (PostgreSQL refuses to drop
// it) when the files let it only inherit it: no change, nor when the parent's check changes.
TEST(DiffTest, AnInheritedCheckTheTableAlsoDeclaresIsNotDropped) {
  catalog::Catalog from = CompileText(
      "CREATE TABLE p (a int, CONSTRAINT p_a_check CHECK (a > 0), CONSTRAINT p_b CHECK (a < 9));\n"
      "CREATE TABLE c (a int, CONSTRAINT p_a_check CHECK (a > 0), CONSTRAINT own CHECK (a < 5)) "
      "INHERITS (p);\n");
  catalog::Catalog to = CompileText(
      "CREATE TABLE p (a int, CONSTRAINT p_a_check CHECK (a > 0), CONSTRAINT p_b CHECK (a < 9));\n"
      "CREATE TABLE c () INHERITS (p);\n");
  diff::ChangeSet changes = diff::Diff(from, to);
  ASSERT_EQ(changes.changes.size(), 1u);
  EXPECT_EQ(changes.changes[0].key, (ObjectKey{ObjectKind::kConstraint, "public", "c", "own"}));
  EXPECT_EQ(changes.changes[0].kind, diff::ChangeKind::kDrop);
}

TEST(UnexplainedDifferencesTest, AChangeOfWhatAPartBelongsToExplainsThePart) {
  catalog::Catalog from = CompileText(kFrom);
  catalog::Catalog to = from;
  to.tables.at({"public", "users"}).FindColumn("name")->type = "character varying(40)";
  diff::ChangeSet recreated;
  recreated.changes.push_back(
      {diff::ChangeKind::kRecreate, {ObjectKind::kTable, "public", "users", ""}, {}});
  EXPECT_EQ(diff::UnexplainedDifferences(from, to, recreated), std::vector<ObjectKey>{});
}

TEST(UnexplainedDifferencesTest, WhatIsNeverComparedIsNoDifference) {
  catalog::Catalog from = CompileText(kFrom);
  catalog::Catalog to = from;
  catalog::Table& users = to.tables.at({"public", "users"});
  users.owner.role = "someone_else";
  std::swap(users.columns[1], users.columns[2]);  // column order is not compared
  EXPECT_EQ(diff::UnexplainedDifferences(from, to, diff::ChangeSet{}), std::vector<ObjectKey>{});
}

TEST(UnexplainedDifferencesTest, TheDiffExplainsEveryDifferenceOfTheRandomPairs) {
  for (uint64_t seed = 1; seed <= 200; ++seed) {
    RandomSchemaPair pair = GenerateRandomPair(seed);
    catalog::Catalog from = CompileText(pair.from_sql);
    catalog::Catalog to = CompileText(pair.to_sql);
    for (const auto& [a, b] : {std::pair{&from, &to}, std::pair{&to, &from}}) {
      EXPECT_EQ(diff::UnexplainedDifferences(*a, *b, diff::Diff(*a, *b)), std::vector<ObjectKey>{})
          << Describe(seed, pair);
    }
  }
}

}  // namespace
}  // namespace schemac::testing
