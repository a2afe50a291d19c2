// SameConstraint: a check whose text differs from another's only as the server prints the other
// again (Constraint::reread_expression), or that files wrote as the other's text
// (Constraint::written_expression), is the same check, both ways, and the diff plans nothing for
// it; any other difference is still one.
#include <gtest/gtest.h>

#include "schemac/diff/diff.h"

#include "support/compile.h"

namespace schemac::testing {
namespace {

constexpr const char* kFirst = "((status)::text = ANY ((ARRAY['a'::character varying])::text[]))";
constexpr const char* kAgain = "((status)::text = ANY (ARRAY[('a'::character varying)::text]))";

catalog::Catalog WithCheck(const std::string& expression, const std::string& reread = "") {
  catalog::Catalog catalog =
      CompileText("CREATE TABLE t (status varchar(8) CONSTRAINT t_status CHECK (status <> ''));");
  catalog::Constraint& check = catalog.tables.begin()->second.constraints.at("t_status");
  check.expression = expression;
  if (!reread.empty()) {
    check.reread_expression.value = reread;
  }
  return catalog;
}

const catalog::Constraint& Check(const catalog::Catalog& catalog) {
  return catalog.tables.begin()->second.constraints.at("t_status");
}

TEST(SameConstraintTest, ACheckAsTheServerPrintsItAgainIsTheSameCheck) {
  catalog::Catalog desired = WithCheck(kFirst, kAgain);
  catalog::Catalog live = WithCheck(kAgain);
  EXPECT_TRUE(diff::SameConstraint(Check(live), Check(desired)));
  EXPECT_TRUE(diff::SameConstraint(Check(desired), Check(live)));
  EXPECT_TRUE(diff::Diff(live, desired).empty());
  EXPECT_TRUE(diff::Diff(desired, live).empty());
  EXPECT_TRUE(diff::UnexplainedDifferences(live, desired, diff::Diff(live, desired)).empty());
}

TEST(SameConstraintTest, WithoutTheReadBackTextTheTwoFormsDiffer) {
  catalog::Catalog desired = WithCheck(kFirst);
  catalog::Catalog live = WithCheck(kAgain);
  EXPECT_FALSE(diff::SameConstraint(Check(live), Check(desired)));
  EXPECT_EQ(diff::Diff(live, desired).changes.size(), 1u);
}

// Files written from a database's check (a dump) hold its printed text, which the scratch
// database reads as the other form: the text as written is what the database prints.
TEST(SameConstraintTest, ACheckWrittenAsTheDatabasePrintsItIsTheSameCheck) {
  catalog::Catalog live = WithCheck(kFirst);
  catalog::Catalog desired = WithCheck(kAgain);
  catalog::Constraint& check = desired.tables.begin()->second.constraints.at("t_status");
  check.written_expression.value = kFirst;
  EXPECT_TRUE(diff::SameConstraint(Check(live), Check(desired)));
  EXPECT_TRUE(diff::SameConstraint(Check(desired), Check(live)));
  EXPECT_TRUE(diff::Diff(live, desired).empty());
  check.written_expression.value = "status IN ('a')";
  EXPECT_FALSE(diff::SameConstraint(Check(live), Check(desired)));
}

TEST(SameConstraintTest, AnotherDifferenceIsStillADifference) {
  catalog::Catalog desired = WithCheck(kFirst, kAgain);
  catalog::Catalog live = WithCheck(kAgain);
  live.tables.begin()->second.constraints.at("t_status").no_inherit = true;
  EXPECT_FALSE(diff::SameConstraint(Check(live), Check(desired)));
  EXPECT_EQ(diff::Diff(live, desired).changes.size(), 1u);
  catalog::Catalog other = WithCheck("((status)::text <> 'b'::text)");
  EXPECT_FALSE(diff::SameConstraint(Check(other), Check(desired)));
}

}  // namespace
}  // namespace schemac::testing
