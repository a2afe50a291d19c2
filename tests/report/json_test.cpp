#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "schemac/catalog/objects.h"
#include "schemac/report/report.h"

#include "sample.h"

namespace schemac::report {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> Keys(const Json& object) {
  std::vector<std::string> out;
  for (const auto& item : object.items()) {
    out.push_back(item.key());
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ReportJsonTest, DocumentHasTheVersionSixShape) {
  std::string text = RenderJson(testing::Sample());
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.substr(0, 29), "{\n  \"format\": \"schemac-plan\",");

  Json json = Json::parse(text);
  EXPECT_EQ(Keys(json), (Strings{"format", "version", "summary", "hazards", "unmanaged", "excluded",
                                 "changes", "up", "down"}));
  EXPECT_EQ(json["format"], "schemac-plan");
  EXPECT_EQ(json["version"], kPlanJsonVersion);
  EXPECT_EQ(json["version"], 9);
  EXPECT_EQ(json["summary"], Json::parse(R"({"create": 2, "alter": 1, "drop": 1})"));
  EXPECT_EQ(json["hazards"],
            Json::parse(R"(["deletes-data", "index-build", "irreversible-down"])"));

  const Json& changes = json["changes"];
  ASSERT_EQ(changes.size(), 4u);
  for (const Json& change : changes) {
    EXPECT_EQ(Keys(change), (Strings{"object", "action", "origin", "steps"}));
    EXPECT_EQ(Keys(change["object"]), (Strings{"kind", "schema", "name"}));
    for (const Json& step : change["steps"]) {
      EXPECT_EQ(Keys(step),
                (Strings{"target", "action", "description", "origin", "hazards", "sql"}));
      EXPECT_EQ(Keys(step["target"]), (Strings{"kind", "schema", "name", "sub_name"}));
    }
  }

  // Objects come in key order: tables before indexes, names sorted.
  const Json& orders = changes[0];
  EXPECT_EQ(orders["object"],
            Json::parse(R"({"kind": "table", "schema": "public", "name": "Orders"})"));
  EXPECT_EQ(orders["action"], "alter");
  EXPECT_TRUE(orders["origin"].is_null());
  ASSERT_EQ(orders["steps"].size(), 2u);
  const Json& drop_column = orders["steps"][0];
  EXPECT_EQ(drop_column["target"], Json::parse(R"({"kind": "column", "schema": "public",
                                                   "name": "Orders", "sub_name": "email"})"));
  EXPECT_EQ(drop_column["action"], "drop");
  EXPECT_EQ(drop_column["description"], "drop column \"email\"");
  EXPECT_TRUE(drop_column["origin"].is_null());
  EXPECT_EQ(
      drop_column["hazards"],
      Json::parse(R"([{"code": "deletes-data", "reason": "drops column \"email\" and its data"},
                            {"code": "irreversible-down",
                             "reason": "the down script adds \"email\" back empty"}])"));
  EXPECT_EQ(drop_column["sql"],
            Json::parse(R"(["ALTER TABLE public.\"Orders\" DROP COLUMN email;"])"));
  EXPECT_EQ(orders["steps"][1]["origin"],
            Json::parse(R"({"file": "schema/orders.sql", "line": 4, "column": 1})"));

  const Json& users = changes[1];
  EXPECT_EQ(users["object"]["name"], "users");
  EXPECT_EQ(users["action"], "create");
  EXPECT_EQ(users["origin"],
            Json::parse(R"({"file": "schema/users.sql", "line": 2, "column": 1})"));
  EXPECT_EQ(changes[2]["object"]["kind"], "index");
  EXPECT_EQ(changes[2]["action"], "drop");
  EXPECT_EQ(changes[3]["object"]["name"], "users_email_idx");

  ASSERT_EQ(json["up"].size(), 5u);
  EXPECT_EQ(json["up"][0], "DROP INDEX public.old_idx;");
  EXPECT_EQ(json["up"][4],
            "ALTER TABLE public.\"Orders\" ALTER COLUMN status SET DEFAULT 'new'::text;");
  ASSERT_EQ(json["down"].size(), 5u);
  EXPECT_EQ(json["down"][0], "ALTER TABLE public.\"Orders\" ALTER COLUMN status DROP DEFAULT;");
  EXPECT_EQ(json["down"][4], "CREATE INDEX old_idx ON public.users USING btree (id);");
}

TEST(ReportJsonTest, EmptyMigration) {
  EXPECT_EQ(RenderJson(plan::Migration{}),
            "{\n"
            "  \"format\": \"schemac-plan\",\n"
            "  \"version\": 9,\n"
            "  \"summary\": {\n"
            "    \"create\": 0,\n"
            "    \"alter\": 0,\n"
            "    \"drop\": 0\n"
            "  },\n"
            "  \"hazards\": [],\n"
            "  \"unmanaged\": {\n"
            "    \"count\": {\n"
            "      \"objects\": 0,\n"
            "      \"properties\": 0\n"
            "    },\n"
            "    \"objects\": [],\n"
            "    \"properties\": []\n"
            "  },\n"
            "  \"excluded\": {\n"
            "    \"count\": 0,\n"
            "    \"rules\": [],\n"
            "    \"objects\": []\n"
            "  },\n"
            "  \"changes\": [],\n"
            "  \"up\": [],\n"
            "  \"down\": []\n"
            "}\n");
}

TEST(ReportJsonTest, UnmanagedHasCountsAndObjectsApartFromProperties) {
  Json json = Json::parse(RenderJson(testing::Sample(), testing::SampleUnmanaged()));
  const Json& unmanaged = json["unmanaged"];
  EXPECT_EQ(Keys(unmanaged), (Strings{"count", "objects", "properties"}));
  EXPECT_EQ(unmanaged["count"], Json::parse(R"({"objects": 3, "properties": 1})"));
  ASSERT_EQ(unmanaged["objects"].size(), 3u);
  EXPECT_EQ(unmanaged["objects"][0],
            Json::parse(R"({"kind": "view", "schema": "public", "name": "active_users",
                            "identity": "public.active_users", "detail": null})"));
  EXPECT_EQ(Keys(unmanaged["objects"][1]),
            (Strings{"kind", "schema", "name", "identity", "detail"}));
  EXPECT_EQ(unmanaged["objects"][1]["detail"], "depends on function public.next_code()");
  EXPECT_EQ(unmanaged["objects"][2]["name"], "t`\nx");
  EXPECT_EQ(unmanaged["properties"],
            Json::parse(R"([{"kind": "privileges", "schema": "public", "name": "users",
                             "identity": "on table public.users", "detail": "granted to app"}])"));
  // The rest of the document does not change.
  Json without = Json::parse(RenderJson(testing::Sample()));
  json.erase("unmanaged");
  without.erase("unmanaged");
  EXPECT_EQ(json, without);
}

TEST(ReportJsonTest, InvalidUtf8DoesNotThrow) {
  plan::Migration migration;
  catalog::ObjectKey key = testing::Key(catalog::ObjectKind::kTable, "bad\xff");
  migration.up.steps.push_back(
      testing::MakeStep(key, key, plan::Action::kCreate, "create table", {"SELECT 1;"}));
  Json json = Json::parse(RenderJson(migration));
  EXPECT_EQ(json["changes"][0]["object"]["name"], "bad\xef\xbf\xbd");
}

// A function is named by its argument types too, which tell its overloads apart.
TEST(ReportJsonTest, FunctionObjectsHaveTheirArguments) {
  plan::Migration migration;
  plan::Step step;
  step.object = catalog::FunctionKey({"public", "area", "integer, integer"});
  step.target = step.object;
  step.action = plan::Action::kDrop;
  step.description = "drop function";
  step.statements = {"DROP FUNCTION public.area(integer, integer);"};
  migration.up.steps.push_back(step);
  Json json = Json::parse(RenderJson(migration));
  EXPECT_EQ(json["changes"][0]["object"],
            Json::parse(R"({"kind": "function", "schema": "public", "name": "area",
                            "arguments": "integer, integer"})"));
  EXPECT_EQ(json["changes"][0]["steps"][0]["target"]["sub_name"], "integer, integer");
}

// A user mapping is named by its server and its role.
TEST(ReportJsonTest, UserMappingObjectsHaveTheirUser) {
  plan::Migration migration;
  plan::Step step;
  step.object = catalog::UserMappingKey({"archive", "app_user"});
  step.target = step.object;
  step.action = plan::Action::kDrop;
  step.description = "drop user mapping";
  step.statements = {"DROP USER MAPPING FOR app_user SERVER archive;"};
  migration.up.steps.push_back(step);
  Json json = Json::parse(RenderJson(migration));
  EXPECT_EQ(json["changes"][0]["object"],
            Json::parse(R"({"kind": "user_mapping", "schema": "", "name": "archive",
                            "user": "app_user"})"));
}

TEST(ReportJsonTest, OperatorClassObjectsHaveTheirMethod) {
  plan::Migration migration;
  plan::Step step;
  step.object = catalog::OperatorClassKey({"app", "reverse_ops", "btree"});
  step.target = step.object;
  step.action = plan::Action::kDrop;
  step.description = "drop operator class";
  step.statements = {"DROP OPERATOR CLASS app.reverse_ops USING btree;"};
  migration.up.steps.push_back(step);
  Json json = Json::parse(RenderJson(migration));
  EXPECT_EQ(json["changes"][0]["object"],
            Json::parse(R"({"kind": "operator_class", "schema": "app", "name": "reverse_ops",
                            "method": "btree"})"));
}

}  // namespace
}  // namespace schemac::report

namespace schemac::report {
namespace {

TEST(ReportJsonTest, ExcludedHasTheCountTheRulesAndTheObjects) {
  catalog::Unmanaged unmanaged;
  unmanaged.excluded = {
      {0, "public.tmp_*", "--exclude", "table", "public.tmp_a", "public"},
      {1, "include-schemas", "schemac.toml:3:19", "schema", "audit", "audit"},
  };
  Json excluded = Json::parse(RenderJson(plan::Migration{}, unmanaged))["excluded"];
  EXPECT_EQ(excluded, Json::parse(R"({
    "count": 2,
    "rules": [{"rule": "public.tmp_*", "origin": "--exclude", "count": 1},
              {"rule": "include-schemas", "origin": "schemac.toml:3:19", "count": 1}],
    "objects": [{"kind": "table", "identity": "public.tmp_a", "rule": "public.tmp_*",
                 "origin": "--exclude"},
                {"kind": "schema", "identity": "audit", "rule": "include-schemas",
                 "origin": "schemac.toml:3:19"}]})"));
}

}  // namespace
}  // namespace schemac::report
