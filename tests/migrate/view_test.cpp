// `schemac plan` on views that the plan drops, to create them again or for good: what the
// database holds on them and schemac does not manage (rules) is named, since it goes with the
// view; their privileges, which schemac manages, are granted again.
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

TEST_F(ViewPlanTest, WhatIsNotManagedOnARecreatedViewIsNamed) {
  std::string db = Db();
  const std::string grant = "GRANT SELECT ON public.adults TO PUBLIC;\n";
  Query(TestDatabase(),
        People("integer") + grant +
            "CREATE RULE adults_insert AS ON INSERT TO public.adults DO INSTEAD NOTHING;\n");
  Write("same/people.sql", People("integer") + grant);
  CommandResult same = RunAgainst("plan", "same", db, {});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(same.err.find("unmanaged-lost"), std::string::npos) << same.err;

  // The type change recreates the view: its rule goes with it, its grant is made again.
  Write("wider/people.sql", People("bigint") + grant);
  CommandResult wider = RunAgainst("plan", "wider", db, {});
  EXPECT_EQ(wider.exit_code, 2) << wider.out << wider.err;
  EXPECT_NE(wider.err.find("warning: the plan drops view public.adults to create it again, and "
                           "with it what schemac does not manage on it: "
                           "rule adults_insert on public.adults; create them again after the "
                           "migration [unmanaged-lost]"),
            std::string::npos)
      << wider.err;
  EXPECT_EQ(wider.err.find("privileges"), std::string::npos) << wider.err;
  EXPECT_NE(wider.out.find("GRANT SELECT ON TABLE public.adults TO PUBLIC;"), std::string::npos)
      << wider.out;
  EXPECT_NE(wider.err.find("[unmanaged-lost]"), std::string::npos) << wider.err;

  // Dropped for good: the same.
  Write("gone/people.sql", "CREATE TABLE public.people (id integer PRIMARY KEY, age integer);\n");
  CommandResult gone = RunAgainst("plan", "gone", db, {});
  EXPECT_EQ(gone.exit_code, 2) << gone.out << gone.err;
  EXPECT_NE(gone.err.find("warning: the plan drops view public.adults, and with it"),
            std::string::npos)
      << gone.err;
}

}  // namespace
}  // namespace schemac::testing
