// `schemac plan` on a type that table columns are of, changed in a way PostgreSQL refuses while
// they are (a domain's base type, a composite type's attribute type or order, a range type's
// subtype, an enum type created again while a partition key uses it, a domain's check validated
// while columns are arrays of it), or that typed tables are of: a diagnostic at the type's
// declaration that names the columns or tables, and nothing planned.
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class TypeInUsePlanTest : public MigrateTest {};

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(TypeInUsePlanTest, ADomainWithAnotherBaseTypeIsRefusedWhileColumnsUseIt) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE DOMAIN public.code AS text;\n"
        "CREATE TABLE public.items (id integer PRIMARY KEY, code public.code);\n");
  Write("v2/items.sql",
        "CREATE DOMAIN public.code AS varchar(10);\n"
        "CREATE TABLE public.items (id integer PRIMARY KEY, code public.code);\n");
  CommandResult plan = RunAgainst("plan", "v2", db, {});
  EXPECT_EQ(plan.exit_code, 1) << plan.out << plan.err;
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "v2/items.sql:1:1: error: domain public.code gets another base type or "
                       "collation, which means dropping it and creating it again, and columns "
                       "use it (public.items.code)"))
      << plan.err;
  EXPECT_TRUE(Contains(plan.err, "[domain-in-use]")) << plan.err;

  // Without the column, the domain is created again.
  Write("v3/items.sql",
        "CREATE DOMAIN public.code AS varchar(10);\n"
        "CREATE TABLE public.items (id integer PRIMARY KEY);\n");
  CommandResult without = RunAgainst("plan", "v3", db, {});
  EXPECT_EQ(without.exit_code, 2) << without.out << without.err;
  EXPECT_TRUE(Contains(without.out, "create domain again")) << without.out;
}

TEST_F(TypeInUsePlanTest, ADomainCheckIsNotValidatedWhileColumnsAreArraysOfIt) {
  // PostgreSQL validates a new check against the columns of the domain itself, and refuses while
  // a column is an array of it.
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);\n"
        "CREATE TABLE public.series (id integer PRIMARY KEY, points public.positive[]);\n");
  Write("stricter/series.sql",
        "CREATE DOMAIN public.positive AS integer CHECK (VALUE > 1);\n"
        "CREATE TABLE public.series (id integer PRIMARY KEY, points public.positive[]);\n");
  CommandResult stricter = RunAgainst("plan", "stricter", db, {});
  EXPECT_EQ(stricter.exit_code, 1) << stricter.out << stricter.err;
  EXPECT_TRUE(Contains(stricter.err,
                       "stricter/series.sql:1:1: error: domain public.positive gets check "
                       "positive_check, which PostgreSQL checks against the values of the domain "
                       "and refuses to while a column is an array of it (public.series.points)"))
      << stricter.err;
  EXPECT_TRUE(Contains(stricter.err, "[domain-in-use]")) << stricter.err;
  // Added NOT VALID, the check reads nothing.
  Write("not_valid/series.sql",
        "CREATE DOMAIN public.positive AS integer;\n"
        "ALTER DOMAIN public.positive ADD CONSTRAINT positive_check CHECK (VALUE > 1) NOT VALID;\n"
        "CREATE TABLE public.series (id integer PRIMARY KEY, points public.positive[]);\n");
  CommandResult not_valid = RunAgainst("plan", "not_valid", db, {});
  EXPECT_EQ(not_valid.exit_code, 2) << not_valid.out << not_valid.err;
  EXPECT_TRUE(Contains(not_valid.out, "add check positive_check not valid")) << not_valid.out;
}

TEST_F(TypeInUsePlanTest, AnEnumOfAPartitionKeyIsNotCreatedAgain) {
  // PostgreSQL refuses to convert a partition key's column, which creating the type again does.
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TYPE public.mood AS ENUM ('calm', 'angry');\n"
        "CREATE TABLE public.notes (id integer, feeling public.mood NOT NULL)\n"
        "  PARTITION BY LIST (feeling);\n"
        "CREATE TABLE public.notes_calm PARTITION OF public.notes FOR VALUES IN ('calm');\n");
  const std::string table =
      "CREATE TABLE public.notes (id integer, feeling public.mood NOT NULL)\n"
      "  PARTITION BY LIST (feeling);\n"
      "CREATE TABLE public.notes_calm PARTITION OF public.notes FOR VALUES IN ('calm');\n";
  // A new value that a new partition's bound uses in the same migration.
  Write("used/notes.sql", "CREATE TYPE public.mood AS ENUM ('calm', 'angry', 'glad');\n" + table +
                              "CREATE TABLE public.notes_glad PARTITION OF public.notes FOR "
                              "VALUES IN ('glad');\n");
  CommandResult used = RunAgainst("plan", "used", db, {});
  EXPECT_EQ(used.exit_code, 1) << used.out << used.err;
  EXPECT_TRUE(Contains(used.err,
                       "used/notes.sql:1:1: error: enum type public.mood would be created again "
                       "so that this migration can use its new values, which converts column "
                       "public.notes.feeling, part of a partition key"))
      << used.err;
  EXPECT_TRUE(Contains(used.err, "add the new values in a migration of their own first"))
      << used.err;
  // A value removed.
  Write("removed/notes.sql", "CREATE TYPE public.mood AS ENUM ('calm');\n" + table);
  CommandResult removed = RunAgainst("plan", "removed", db, {});
  EXPECT_EQ(removed.exit_code, 1) << removed.out << removed.err;
  EXPECT_TRUE(Contains(removed.err, "created again without 'angry'")) << removed.err;
  EXPECT_TRUE(Contains(removed.err, "[enum-in-partition-key]")) << removed.err;
  // A new value alone is added in place; down could not take it away.
  Write("added/notes.sql", "CREATE TYPE public.mood AS ENUM ('calm', 'angry', 'glad');\n" + table);
  CommandResult added = RunAgainst("plan", "added", db, {});
  EXPECT_EQ(added.exit_code, 2) << added.out << added.err;
  EXPECT_TRUE(Contains(added.out, "irreversible-down: down cannot remove the values")) << added.out;
}

TEST_F(TypeInUsePlanTest, ACompositeAttributeRetypedOrReorderedIsRefusedWhileColumnsUseIt) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TYPE public.size AS (w integer, h integer);\n"
        "CREATE TABLE public.boxes (id integer PRIMARY KEY, outer_size public.size);\n");
  Write("retyped/boxes.sql",
        "CREATE TYPE public.size AS (w bigint, h integer);\n"
        "CREATE TABLE public.boxes (id integer PRIMARY KEY, outer_size public.size);\n");
  CommandResult retyped = RunAgainst("plan", "retyped", db, {});
  EXPECT_EQ(retyped.exit_code, 1) << retyped.out << retyped.err;
  EXPECT_EQ(retyped.out, "");
  EXPECT_TRUE(Contains(retyped.err,
                       "retyped/boxes.sql:1:1: error: composite type public.size changes the "
                       "type of w, which PostgreSQL refuses while columns are of the type "
                       "(public.boxes.outer_size)"))
      << retyped.err;
  EXPECT_TRUE(Contains(retyped.err, "[composite-in-use]")) << retyped.err;

  Write("reordered/boxes.sql",
        "CREATE TYPE public.size AS (h integer, w integer);\n"
        "CREATE TABLE public.boxes (id integer PRIMARY KEY, outer_size public.size);\n");
  CommandResult reordered = RunAgainst("plan", "reordered", db, {});
  EXPECT_EQ(reordered.exit_code, 1) << reordered.out << reordered.err;
  EXPECT_TRUE(Contains(reordered.err, "gets its attributes in another order or renamed"))
      << reordered.err;
  // Once, where the files declare the type: the down migration would repeat it from the live
  // side, where it has no place in the files.
  EXPECT_EQ(reordered.err.find("[composite-in-use]"), reordered.err.rfind("[composite-in-use]"))
      << reordered.err;

  // An attribute added after the others is no problem: ALTER TYPE ... ADD ATTRIBUTE.
  Write("added/boxes.sql",
        "CREATE TYPE public.size AS (w integer, h integer, d integer);\n"
        "CREATE TABLE public.boxes (id integer PRIMARY KEY, outer_size public.size);\n");
  CommandResult added = RunAgainst("plan", "added", db, {});
  EXPECT_EQ(added.exit_code, 2) << added.out << added.err;
  EXPECT_TRUE(Contains(added.out, "add attribute d")) << added.out;
}

TEST_F(TypeInUsePlanTest, ARangeTypeThatChangesIsRefusedWhileColumnsUseIt) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TYPE public.span AS RANGE (subtype = integer);\n"
        "CREATE TABLE public.plans (id integer PRIMARY KEY, gaps public.span_multirange);\n");
  Write("v2/plans.sql",
        "CREATE TYPE public.span AS RANGE (subtype = bigint);\n"
        "CREATE TABLE public.plans (id integer PRIMARY KEY, gaps public.span_multirange);\n");
  CommandResult plan = RunAgainst("plan", "v2", db, {});
  EXPECT_EQ(plan.exit_code, 1) << plan.out << plan.err;
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "v2/plans.sql:1:1: error: range type public.span changes, which means "
                       "dropping it and creating it again, and columns are of it or of its "
                       "multirange type (public.plans.gaps)"))
      << plan.err;
  EXPECT_TRUE(Contains(plan.err, "[range-in-use]")) << plan.err;
}

// A typed table follows its type's ALTER TYPE ... CASCADE, which has no USING and cannot reorder
// attributes: a retype without an assignment cast and a new order are refused, naming the table;
// a widened attribute is planned.
TEST_F(TypeInUsePlanTest, ATypedTablesTypeIsRefusedWhatCascadeCannotDo) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TYPE public.entry AS (id integer, code text);\n"
        "CREATE TABLE public.entries OF public.entry;\n");
  Write("converted/entries.sql",
        "CREATE TYPE public.entry AS (id integer, code integer);\n"
        "CREATE TABLE public.entries OF public.entry;\n");
  CommandResult converted = RunAgainst("plan", "converted", db, {});
  EXPECT_EQ(converted.exit_code, 1) << converted.out << converted.err;
  EXPECT_EQ(converted.out, "");
  EXPECT_TRUE(Contains(converted.err,
                       "converted/entries.sql:1:1: error: attribute \"code\" of composite type "
                       "public.entry changes from text to integer, which ALTER TYPE ... CASCADE "
                       "applies to typed table column public.entries.code with an assignment "
                       "cast alone, and there is none"))
      << converted.err;
  EXPECT_TRUE(Contains(converted.err, "[needs-conversion]")) << converted.err;

  Write("reordered/entries.sql",
        "CREATE TYPE public.entry AS (code text, id integer);\n"
        "CREATE TABLE public.entries OF public.entry;\n");
  CommandResult reordered = RunAgainst("plan", "reordered", db, {});
  EXPECT_EQ(reordered.exit_code, 1) << reordered.out << reordered.err;
  EXPECT_TRUE(Contains(reordered.err,
                       "reordered/entries.sql:1:1: error: composite type public.entry gets its "
                       "attributes in another order or renamed, which means dropping it and "
                       "creating it again, which PostgreSQL refuses while typed tables are of it "
                       "(public.entries)"))
      << reordered.err;
  EXPECT_TRUE(Contains(reordered.err, "[composite-in-use]")) << reordered.err;

  Write("widened/entries.sql",
        "CREATE TYPE public.entry AS (id bigint, code text);\n"
        "CREATE TABLE public.entries OF public.entry;\n");
  CommandResult widened = RunAgainst("plan", "widened", db, {});
  EXPECT_EQ(widened.exit_code, 2) << widened.out << widened.err;
  EXPECT_TRUE(Contains(widened.out, "alter attribute id: type integer -> bigint")) << widened.out;
}

}  // namespace
}  // namespace schemac::testing
