// The canonical order of a catalog's statements, without a server: the catalog's dependencies
// are written out here, as introspection would read them from pg_depend.
#include "schemac/plan/canonical.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/statements.h"

#include "support/compile.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;

constexpr const char* kSchema = R"sql(
CREATE TABLE t (id integer PRIMARY KEY, n integer DEFAULT next_n());
CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql RETURN (SELECT max(k) FROM u);
CREATE TABLE u (k integer);
CREATE INDEX t_n ON t (n);
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON TABLE t IS 'numbered';
)sql";

const ObjectKey kNextN = catalog::FunctionKey({"public", "next_n", ""});
const ObjectKey kTableT = catalog::TableKey({"public", "t"});

// The first words of each statement, up to the name of what it creates ("CREATE TABLE public.t").
std::vector<std::string> Heads(const std::vector<catalog::CreateStatement>& statements) {
  std::vector<std::string> heads;
  for (const catalog::CreateStatement& statement : statements) {
    std::string sql = statement.sql;
    size_t end = sql.find_first_of("(\n");
    heads.push_back(sql.substr(0, end == std::string::npos ? sql.size() : end));
  }
  return heads;
}

TEST(CanonicalOrderTest, WithoutDependenciesFromAServerTheGroupsGiveTheOrder) {
  catalog::Catalog catalog = CompileText(kSchema);
  std::vector<catalog::CreateStatement> given = catalog::CreateStatements(catalog);
  EXPECT_EQ(Heads(plan::InCreationOrder(catalog, given)), Heads(given));
}

TEST(CanonicalOrderTest, EachStatementFollowsWhatItDependsOn) {
  catalog::Catalog catalog = CompileText(kSchema);
  // The default of t.n calls next_n(), whose body reads u.k.
  catalog.dependencies.value = {
      {catalog::ColumnKey({"public", "t"}, "n"), kNextN},
      {kNextN, catalog::ColumnKey({"public", "u"}, "k")},
      {catalog::ViewKey({"public", "v"}), catalog::ColumnKey({"public", "t"}, "id")},
  };
  std::vector<std::string> heads =
      Heads(plan::InCreationOrder(catalog, catalog::CreateStatements(catalog)));
  EXPECT_EQ(heads, (std::vector<std::string>{
                       "CREATE TABLE public.u ",
                       "CREATE FUNCTION next_n",
                       "CREATE TABLE public.t ",
                       "CREATE INDEX t_n ON public.t USING btree ",
                       "CREATE VIEW public.v AS",
                       "COMMENT ON TABLE public.t IS 'numbered';",
                   }));
}

TEST(CanonicalOrderTest, ACycleIsBrokenAtItsFirstStatementOnceNothingElseCanGo) {
  catalog::Catalog catalog = CompileText(kSchema);
  // The default of t.n calls next_n(), whose body reads t; v reads t.
  catalog.dependencies.value = {
      {catalog::ColumnKey({"public", "t"}, "n"), kNextN},
      {kNextN, kTableT},
      {catalog::ViewKey({"public", "v"}), catalog::ColumnKey({"public", "t"}, "id")},
  };
  std::vector<catalog::CreateStatement> given = catalog::CreateStatements(catalog);
  ASSERT_EQ(Heads(given), (std::vector<std::string>{
                              "CREATE TABLE public.t ",
                              "CREATE TABLE public.u ",
                              "CREATE INDEX t_n ON public.t USING btree ",
                              "CREATE FUNCTION next_n",
                              "CREATE VIEW public.v AS",
                              "COMMENT ON TABLE public.t IS 'numbered';",
                          }));
  // next_n() and t wait for each other: u goes first, then t, the first of the two as given,
  // and what waits for them after them.
  EXPECT_EQ(Heads(plan::InCreationOrder(catalog, given)),
            (std::vector<std::string>{
                "CREATE TABLE public.u ",
                "CREATE TABLE public.t ",
                "CREATE INDEX t_n ON public.t USING btree ",
                "CREATE FUNCTION next_n",
                "CREATE VIEW public.v AS",
                "COMMENT ON TABLE public.t IS 'numbered';",
            }));
}

// The index a table or a materialized view is clustered on is marked once, after the index.
TEST(CanonicalTest, ClusteringComesOnceAfterTheIndex) {
  catalog::Catalog catalog = CompileText(R"sql(
CREATE TABLE e (id integer PRIMARY KEY, at date);
CREATE INDEX e_at ON e (at);
ALTER TABLE e CLUSTER ON e_at;
CREATE MATERIALIZED VIEW m AS SELECT at FROM e;
CREATE INDEX m_at ON m (at);
ALTER TABLE m CLUSTER ON m_at;
)sql");
  std::vector<std::string> clustering;
  std::vector<std::string> heads = Heads(catalog::CreateStatements(catalog));
  for (size_t i = 0; i < heads.size(); ++i) {
    if (heads[i].find("CLUSTER ON") != std::string::npos) {
      clustering.push_back(heads[i]);
      EXPECT_NE(
          std::find(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(i),
                    heads[i].ends_with("e_at;") ? "CREATE INDEX e_at ON public.e USING btree "
                                                : "CREATE INDEX m_at ON public.m USING btree "),
          heads.begin() + static_cast<std::ptrdiff_t>(i))
          << heads[i];
    }
  }
  EXPECT_EQ(clustering, (std::vector<std::string>{"ALTER TABLE public.e CLUSTER ON e_at;",
                                                  "ALTER TABLE public.m CLUSTER ON m_at;"}));
}

}  // namespace
}  // namespace schemac::testing
