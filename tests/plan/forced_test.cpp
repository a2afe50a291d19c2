// The planner's rules for what a change forces to be recreated, without a server: the catalog's
// dependencies are written out here, as introspection would read them from pg_depend.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"

#include "builder.h"
#include "support/compile.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;
using diff::Change;
using diff::ChangeKind;
using diff::Property;

constexpr const char* kSchema = R"sql(
CREATE TYPE mood AS ENUM ('calm', 'cross');
CREATE TABLE people (id integer PRIMARY KEY, name text, lower text, mood mood, best_friend_mood mood,
                     nick text);
CREATE TABLE moods (mood mood PRIMARY KEY);
ALTER TABLE people ADD CONSTRAINT people_mood_fkey FOREIGN KEY (mood) REFERENCES moods;
CREATE INDEX people_name_lower ON people (lower(name));
CREATE INDEX people_cross ON people (id) WHERE mood = 'cross';
CREATE VIEW names AS SELECT id, name FROM people;
CREATE VIEW short_names AS SELECT id FROM names WHERE length(name) < 5;
CREATE VIEW calm AS SELECT id FROM people WHERE mood = 'calm';
CREATE MATERIALIZED VIEW nicks AS SELECT nick, count(*) AS n FROM people GROUP BY nick;
CREATE INDEX nicks_n ON nicks (n);
CREATE TYPE pair AS (a integer, b text);
CREATE FUNCTION first_of(p pair) RETURNS integer LANGUAGE sql RETURN p.a;
)sql";

ObjectKey Column(const std::string& column) {
  return catalog::ColumnKey({"public", "people"}, column);
}
ObjectKey View(const std::string& view) {
  return catalog::ViewKey(catalog::QualifiedName{"public", view});
}
ObjectKey Index(const std::string& index) {
  return catalog::IndexKeyOf({"public", index});
}
const ObjectKey kEnum = catalog::EnumKey({"public", "mood"});
const ObjectKey kNicks = catalog::MaterializedViewKey({"public", "nicks"});
const ObjectKey kPair = catalog::CompositeKey({"public", "pair"});
const ObjectKey kFirstOf = catalog::FunctionKey({"public", "first_of", "public.pair"});
const ObjectKey kForeignKey = catalog::ConstraintKey({"public", "people"}, "people_mood_fkey");

// The catalog with its dependencies as the server records them: by what each expression reads,
// never by the names it resembles (the index on lower(name) does not use column lower).
catalog::Catalog WithDependencies() {
  catalog::Catalog catalog = CompileText(kSchema);
  ObjectKey moods_mood = catalog::ColumnKey({"public", "moods"}, "mood");
  catalog.dependencies.value = {
      {Column("mood"), kEnum},
      {Column("best_friend_mood"), kEnum},
      {moods_mood, kEnum},
      {Index("people_name_lower"), Column("name")},
      {Index("people_cross"), Column("id")},
      {Index("people_cross"), Column("mood")},
      {Index("people_cross"), kEnum},
      {View("names"), Column("id")},
      {View("names"), Column("name")},
      {View("short_names"), View("names")},
      {View("calm"), Column("id")},
      {View("calm"), Column("mood")},
      {View("calm"), kEnum},
      {kNicks, Column("nick")},
      {Index("nicks_n"), kNicks},
      {kFirstOf, kPair},
  };
  return catalog;
}

struct Case {
  std::string name;
  std::vector<Change> changes;
  // Dependencies the desired catalog no longer has (a view's new query reads less).
  std::vector<catalog::Dependency> released;
  // The changes after widening, as "<kind> <key>" lines ("recreate view public.names").
  std::vector<std::string> expected;
};

std::string Line(const Change& change) {
  const char* kind = change.kind == ChangeKind::kCreate  ? "create"
                     : change.kind == ChangeKind::kDrop  ? "drop"
                     : change.kind == ChangeKind::kAlter ? "alter"
                                                         : "recreate";
  return fmt::format("{} {} {}", kind, catalog::KindName(change.key.kind),
                     catalog::KeyText(change.key));
}

TEST(ForcedRecreatesTest, EachKindFollowsItsRule) {
  catalog::Catalog catalog = WithDependencies();
  plan::DependencyIndex dependencies(catalog);
  const std::vector<Case> cases = {
      {"a column type change recreates the views on it, and the views on those, but not the "
       "indexes, which PostgreSQL rebuilds",
       {{ChangeKind::kAlter, Column("name"), {Property::kType}}},
       {},
       {"alter column public.people.name", "recreate view public.names",
        "recreate view public.short_names"}},
      {"a column named like a function is used by nothing that calls the function",
       {{ChangeKind::kDrop, Column("lower"), {}}},
       {},
       {"drop column public.people.lower"}},
      {"a recreated enum recreates the index and the view that name it, the views on its "
       "converted columns, and the foreign key between two converted columns",
       {{ChangeKind::kRecreate, kEnum, {}}},
       {},
       {"recreate enum type public.mood", "recreate index public.people_cross",
        "recreate view public.calm", "recreate constraint public.people.people_mood_fkey"}},
      {"a recreated view recreates the views on it",
       {{ChangeKind::kRecreate, View("names"), {}}},
       {},
       {"recreate view public.names", "recreate view public.short_names"}},
      {"a view whose new query no longer reads a dropped column is replaced, not recreated",
       {{ChangeKind::kDrop, Column("name"), {}},
        {ChangeKind::kAlter, View("names"), {Property::kQuery}}},
       {{View("names"), Column("name")}},
       {"drop column public.people.name", "alter view public.names",
        "recreate index public.people_name_lower"}},
      {"a view whose comment alone changes is recreated when a column it reads is dropped",
       {{ChangeKind::kDrop, Column("id"), {}},
        {ChangeKind::kAlter, View("calm"), {Property::kComment}}},
       {},
       {"drop column public.people.id", "recreate view public.calm",
        "recreate constraint public.people.people_pkey", "recreate index public.people_cross",
        "recreate view public.names", "recreate view public.short_names"}},
      {"a column type change recreates the materialized view on it, with its index",
       {{ChangeKind::kAlter, Column("nick"), {Property::kType}}},
       {},
       {"alter column public.people.nick", "recreate materialized view public.nicks",
        "recreate index public.nicks_n"}},
      {"a recreated composite type recreates the function that takes it",
       {{ChangeKind::kRecreate, kPair, {}}},
       {},
       {"recreate composite type public.pair", "recreate function public.first_of(public.pair)"}},
      {"a composite type altered in place forces nothing",
       {{ChangeKind::kAlter, kPair, {Property::kAttributes}}},
       {},
       {"alter composite type public.pair"}},
      {"a dependent that the plan drops is not recreated",
       {{ChangeKind::kRecreate, View("names"), {}}, {ChangeKind::kDrop, View("short_names"), {}}},
       {},
       {"recreate view public.names", "drop view public.short_names"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Change> changes = c.changes;
    catalog::Catalog to = catalog;
    for (const Change& change : c.changes) {
      if (change.kind == ChangeKind::kDrop && change.key.kind == catalog::ObjectKind::kView) {
        to.views.erase({change.key.schema, change.key.name});
      }
    }
    std::erase_if(to.dependencies.value, [&](const catalog::Dependency& dependency) {
      return std::find(c.released.begin(), c.released.end(), dependency) != c.released.end();
    });
    plan::AddForcedRecreates(catalog, to, dependencies, plan::DependencyIndex(to), changes);
    std::vector<std::string> lines;
    for (const Change& change : changes) {
      lines.push_back(Line(change));
    }
    EXPECT_EQ(lines, c.expected);
  }
}

}  // namespace
}  // namespace schemac::testing
