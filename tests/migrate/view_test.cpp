// `schemac plan` on views that the plan drops, to create them again or for good: their rules and
// privileges, which schemac manages, are made again after them, or dropped before them.
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class ViewPlanTest : public MigrateTest {};

constexpr const char* kPeople =
    "CREATE TABLE public.people (id integer PRIMARY KEY, age %s);\n"
    "CREATE VIEW public.adults AS SELECT id, age FROM public.people WHERE age >= 18;\n";

std::string People(const std::string& age_type) {
  std::string text = kPeople;
  return text.replace(text.find("%s"), 2, age_type);
}

TEST_F(ViewPlanTest, RulesAndGrantsOfARecreatedViewAreMadeAgain) {
  std::string db = Db();
  const std::string extras =
      "GRANT SELECT ON public.adults TO PUBLIC;\n"
      "CREATE RULE adults_insert AS ON INSERT TO public.adults DO INSTEAD NOTHING;\n";
  Query(TestDatabase(), People("integer") + extras);
  Write("same/people.sql", People("integer") + extras);
  CommandResult same = RunAgainst("plan", "same", db, {});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(same.err, "");

  // The type change recreates the view: its rule and its grant are made again after it.
  Write("wider/people.sql", People("bigint") + extras);
  CommandResult wider = RunAgainst("plan", "wider", db, {});
  EXPECT_EQ(wider.exit_code, 2) << wider.out << wider.err;
  EXPECT_EQ(wider.err, "");
  size_t view = wider.out.find("CREATE VIEW public.adults");
  size_t rule = wider.out.find("CREATE RULE adults_insert AS");
  size_t grant = wider.out.find("GRANT SELECT ON TABLE public.adults TO PUBLIC;");
  ASSERT_NE(view, std::string::npos) << wider.out;
  EXPECT_NE(wider.out.find("DROP RULE adults_insert ON public.adults;"), std::string::npos)
      << wider.out;
  EXPECT_GT(rule, view) << wider.out;
  EXPECT_GT(grant, view) << wider.out;
  CommandResult applied = RunAgainst("apply", "wider", db, {"--allow-hazards"});
  EXPECT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  // Dropped for good: the rule goes first.
  Write("gone/people.sql", "CREATE TABLE public.people (id integer PRIMARY KEY, age bigint);\n");
  CommandResult gone = RunAgainst("plan", "gone", db, {});
  EXPECT_EQ(gone.exit_code, 2) << gone.out << gone.err;
  EXPECT_LT(gone.out.find("DROP RULE adults_insert ON public.adults;"),
            gone.out.find("DROP VIEW public.adults;"))
      << gone.out;
}

}  // namespace
}  // namespace schemac::testing
