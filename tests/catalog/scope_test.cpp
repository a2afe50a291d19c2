// The scope of a project (schemac/catalog/scope.h): which patterns parse, what each excludes,
// what goes with an excluded object, and how the excluded objects are counted by rule.
#include "schemac/catalog/scope.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"

#include "support/compile.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKind;

constexpr const char* kSchema = R"sql(
CREATE SCHEMA app;
CREATE SCHEMA audit;
CREATE EXTENSION citext;
CREATE TABLE app.users (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.tmp_users (id serial PRIMARY KEY, name text);
CREATE INDEX tmp_users_name ON app.tmp_users (name);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.debug_log(integer) RETURNS integer LANGUAGE sql RETURN 1;
CREATE FUNCTION app.debug_log(text) RETURNS integer LANGUAGE sql RETURN 1;
CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TRIGGER tmp_touch BEFORE UPDATE ON app.tmp_users FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE POLICY mine ON app.tmp_users USING (true);
CREATE STATISTICS app.tmp_stats ON id, name FROM app.tmp_users;
CREATE TABLE audit.log (at timestamptz, what text) PARTITION BY RANGE (at);
CREATE TABLE app.log_2026 PARTITION OF audit.log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE VIEW audit.recent AS SELECT what FROM audit.log;
)sql";

catalog::Scope ScopeOf(const std::vector<std::string>& patterns,
                       const std::vector<std::string>& include_schemas = {}) {
  catalog::Scope scope;
  for (const std::string& text : patterns) {
    catalog::ParsedPattern parsed = catalog::ParseExclusionPattern(text);
    EXPECT_TRUE(parsed.pattern) << text << ": " << parsed.error;
    if (parsed.pattern) {
      scope.exclude.push_back({*parsed.pattern, "--exclude"});
    }
  }
  scope.include_schemas = include_schemas;
  scope.include_origin = "--include-schema";
  return scope;
}

// Excluded returns "rule: kind identity" per excluded object, in the catalog's order.
std::vector<std::string> Excluded(const catalog::Catalog& catalog) {
  std::vector<std::string> out;
  for (const catalog::ExcludedObject& item : catalog.unmanaged.excluded) {
    out.push_back(item.rule + ": " + item.kind + " " + item.identity);
  }
  return out;
}

std::set<std::string> Keys(const catalog::Catalog& catalog) {
  std::set<std::string> out;
  catalog::ForEachObject(catalog, [&](const catalog::ObjectKey& key, const auto& /*object*/) {
    if (key.kind != ObjectKind::kColumn && key.kind != ObjectKind::kConstraint) {
      out.insert(std::string(catalog::KindName(key.kind)) + " " + catalog::KeyText(key));
    }
  });
  return out;
}

TEST(ExclusionPatternTest, ParsesKindsAndNamesAndSaysWhyOthersAreNotPatterns) {
  for (const char* good :
       {"audit", "schema:audit", "public.tmp_*", "table:public.t?p", "trigger:app.users.audit_*",
        "function:util.*", "extension:citext", "materialized_view:*.mv_*", "base_type:*.*",
        "text_search_parser:a.*", "*"}) {
    catalog::ParsedPattern parsed = catalog::ParseExclusionPattern(good);
    EXPECT_TRUE(parsed.pattern) << good << ": " << parsed.error;
    EXPECT_EQ(parsed.error, "") << good;
  }
  catalog::ParsedPattern typed = catalog::ParseExclusionPattern("trigger:app.users.audit_*");
  ASSERT_TRUE(typed.pattern);
  EXPECT_EQ(typed.pattern->kind, "trigger");
  EXPECT_EQ(typed.pattern->parts, (std::vector<std::string>{"app", "users", "audit_*"}));

  catalog::ParsedPattern unknown = catalog::ParseExclusionPattern("tabel:public.t");
  EXPECT_FALSE(unknown.pattern);
  EXPECT_TRUE(unknown.error.starts_with("\"tabel\" is not a kind of object")) << unknown.error;
  EXPECT_NE(unknown.error.find("materialized_view"), std::string::npos) << unknown.error;
  EXPECT_NE(unknown.error.find("base_type"), std::string::npos) << unknown.error;
  EXPECT_EQ(catalog::ParseExclusionPattern("column:public.t").error,
            "a column cannot be excluded without its table; exclude the table");
  for (const char* bad : {"", "a.b.c.d", "public.", ".t", "a..b", "table:"}) {
    catalog::ParsedPattern parsed = catalog::ParseExclusionPattern(bad);
    EXPECT_FALSE(parsed.pattern) << bad;
    EXPECT_NE(parsed.error.find("is not a pattern"), std::string::npos) << bad << parsed.error;
  }
}

TEST(ScopeTest, AnEmptyScopeChangesNothing) {
  catalog::Catalog catalog = CompileText(kSchema);
  catalog::Catalog before = catalog;
  catalog::ApplyScope(catalog::Scope{}, catalog);
  EXPECT_EQ(Keys(catalog), Keys(before));
  EXPECT_TRUE(catalog.unmanaged.excluded.empty());
}

TEST(ScopeTest, AnExcludedTableTakesItsIndexesTriggersPoliciesStatisticsAndSequences) {
  catalog::Catalog catalog = CompileText(kSchema);
  catalog.privileges[catalog::TableKey({"app", "tmp_users"})] = {};
  catalog.privileges[catalog::ColumnKey({"app", "tmp_users"}, "name")] = {};
  catalog.privileges[catalog::TableKey({"app", "users"})] = {};
  catalog::ApplyScope(ScopeOf({"table:app.tmp_*"}), catalog);
  std::set<std::string> keys = Keys(catalog);
  for (const char* gone : {"table app.tmp_users", "index app.tmp_users_name",
                           "trigger app.tmp_users.tmp_touch", "policy app.tmp_users.mine",
                           "statistics object app.tmp_stats", "sequence app.tmp_users_id_seq"}) {
    EXPECT_EQ(keys.count(gone), 0u) << gone;
  }
  for (const char* kept :
       {"table app.users", "trigger app.users.users_touch", "function app.touch()", "schema app"}) {
    EXPECT_EQ(keys.count(kept), 1u) << kept;
  }
  EXPECT_EQ(catalog.privileges.size(), 1u);
  EXPECT_EQ(catalog.privileges.begin()->first, catalog::TableKey({"app", "users"}));
  std::vector<std::string> excluded = Excluded(catalog);
  EXPECT_EQ(excluded, (std::vector<std::string>{
                          "table:app.tmp_*: index app.tmp_users_name",
                          "table:app.tmp_*: policy app.tmp_users.mine",
                          "table:app.tmp_*: sequence app.tmp_users_id_seq",
                          "table:app.tmp_*: statistics object app.tmp_stats",
                          "table:app.tmp_*: table app.tmp_users",
                          "table:app.tmp_*: trigger app.tmp_users.tmp_touch",
                      }))
      << ::testing::PrintToString(excluded);
}

TEST(ScopeTest, ASchemaTakesEverythingInItAndPartitionsFollowTheirParent) {
  catalog::Catalog catalog = CompileText(kSchema);
  catalog::ApplyScope(ScopeOf({"audit"}), catalog);
  std::set<std::string> keys = Keys(catalog);
  EXPECT_EQ(keys.count("schema audit"), 0u);
  EXPECT_EQ(keys.count("table audit.log"), 0u);
  EXPECT_EQ(keys.count("view audit.recent"), 0u);
  // The partition is in schema app, but it goes with its parent.
  EXPECT_EQ(keys.count("table app.log_2026"), 0u);
  EXPECT_EQ(keys.count("table app.users"), 1u);
  EXPECT_EQ(Excluded(catalog),
            (std::vector<std::string>{"audit: schema audit", "audit: table app.log_2026",
                                      "audit: table audit.log", "audit: view audit.recent"}));
  // A pattern of one part names a schema, never an object of that name elsewhere.
  catalog::Catalog other = CompileText(kSchema);
  catalog::ApplyScope(ScopeOf({"users"}), other);
  EXPECT_TRUE(other.unmanaged.excluded.empty());
}

TEST(ScopeTest, OnlyTheIncludedSchemasStayAndTheFirstMatchingRuleIsTheReason) {
  catalog::Catalog catalog = CompileText(kSchema);
  catalog::ApplyScope(ScopeOf({"function:app.debug_*", "app.debug_log", "app.?sers"}, {"app"}),
                      catalog);
  std::set<std::string> keys = Keys(catalog);
  EXPECT_EQ(keys.count("function app.debug_log(integer)"), 0u);
  EXPECT_EQ(keys.count("function app.debug_log(text)"), 0u);
  EXPECT_EQ(keys.count("schema public"), 0u);
  EXPECT_EQ(keys.count("extension citext"), 0u);  // it is in schema public
  EXPECT_EQ(keys.count("schema app"), 1u);
  EXPECT_EQ(keys.count("table app.tmp_users"), 1u);
  std::vector<std::string> excluded = Excluded(catalog);
  // Rules in the order given; the included schemas last.
  ASSERT_GE(excluded.size(), 5u) << ::testing::PrintToString(excluded);
  EXPECT_EQ(excluded[0], "function:app.debug_*: function app.debug_log(integer)");
  EXPECT_EQ(excluded[1], "function:app.debug_*: function app.debug_log(text)");
  EXPECT_EQ(excluded[2], "app.?sers: table app.users");
  // Each rule's objects by kind, then name.
  EXPECT_EQ(excluded[3], "app.?sers: trigger app.users.users_touch");
  EXPECT_EQ(excluded[4], "include-schemas: extension citext");
  EXPECT_EQ(excluded.back(), "include-schemas: view audit.recent");
  EXPECT_NE(std::find(excluded.begin(), excluded.end(), "include-schemas: schema public"),
            excluded.end());
  EXPECT_EQ(catalog.unmanaged.excluded.back().origin, "--include-schema");
}

TEST(ScopeTest, UnmanagedItemsNamedByTheScopeAreExcludedInsteadOfReported) {
  catalog::Catalog catalog = CompileText(kSchema);
  auto item = [](std::string kind, std::string schema, std::string name, std::string identity) {
    catalog::UnmanagedObject object;
    object.kind = std::move(kind);
    object.schema = std::move(schema);
    object.name = std::move(name);
    object.identity = std::move(identity);
    return object;
  };
  catalog.unmanaged.items = {
      item("operator", "audit", "===", "audit.===(integer,integer)"),
      item("base type", "app", "remote_users", "app.remote_users"),
      item("base type", "app", "remote_orders", "app.remote_orders"),
      item("transform", "", "", "FOR hstore LANGUAGE plperl"),
  };
  catalog::ApplyScope(ScopeOf({"audit", "base_type:app.remote_u*"}), catalog);
  ASSERT_EQ(catalog.unmanaged.items.size(), 2u);
  EXPECT_EQ(catalog.unmanaged.items[0].kind, "transform");
  EXPECT_EQ(catalog.unmanaged.items[1].name, "remote_orders");
  std::vector<std::string> excluded = Excluded(catalog);
  EXPECT_NE(
      std::find(excluded.begin(), excluded.end(), "audit: operator audit.===(integer,integer)"),
      excluded.end())
      << ::testing::PrintToString(excluded);
  EXPECT_EQ(excluded.back(), "base_type:app.remote_u*: base type app.remote_users");
}

TEST(ScopeTest, TriggersPoliciesAndRulesAreNamedWithTheirTable) {
  catalog::Catalog catalog = CompileText(kSchema);
  catalog::ApplyScope(ScopeOf({"trigger:app.*.users_*"}), catalog);
  std::set<std::string> keys = Keys(catalog);
  EXPECT_EQ(keys.count("trigger app.users.users_touch"), 0u);
  EXPECT_EQ(keys.count("trigger app.tmp_users.tmp_touch"), 1u);
  EXPECT_EQ(keys.count("table app.users"), 1u);
  EXPECT_EQ(Excluded(catalog),
            (std::vector<std::string>{"trigger:app.*.users_*: trigger app.users.users_touch"}));
}

// Default privileges are named by role (empty for the role that applies); those in a schema go
// with it.
TEST(ScopeTest, DefaultPrivilegesAreNamedByRoleAndGoWithTheirSchema) {
  auto with_defaults = [] {
    catalog::Catalog catalog = CompileText(kSchema);
    for (const catalog::DefaultPrivilegesName& name :
         {catalog::DefaultPrivilegesName{"", "", "tables"},
          catalog::DefaultPrivilegesName{"app_owner", "", "functions"},
          catalog::DefaultPrivilegesName{"", "audit", "tables"}}) {
      catalog.default_privileges[name] = {name, {{"auditor", "SELECT", false}}, {}};
    }
    return catalog;
  };
  catalog::Catalog by_role = with_defaults();
  catalog::ApplyScope(ScopeOf({"default_privileges:app_owner"}), by_role);
  EXPECT_EQ(Excluded(by_role), (std::vector<std::string>{
                                   "default_privileges:app_owner: default privileges on functions "
                                   "for role app_owner"}));
  EXPECT_EQ(by_role.default_privileges.size(), 2u);

  catalog::Catalog every = with_defaults();
  catalog::ApplyScope(ScopeOf({"default_privileges:*"}), every);
  EXPECT_TRUE(every.default_privileges.empty());
  EXPECT_EQ(every.unmanaged.excluded.size(), 3u);

  catalog::Catalog in_schema = with_defaults();
  catalog::ApplyScope(ScopeOf({"audit"}), in_schema);
  EXPECT_EQ(in_schema.default_privileges.size(), 2u);
  EXPECT_EQ(in_schema.default_privileges.count({"", "audit", "tables"}), 0u);
}

}  // namespace
}  // namespace schemac::testing
