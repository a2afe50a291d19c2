// The kind registry and the object visitor: every kind has its facts once; the visitor reaches
// every object of a catalog once, under the key the planner and the reports use, and the lookup
// by key finds that same object.
#include "schemac/catalog/objects.h"

#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/compile.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;

constexpr ObjectKind kEveryKind[] = {
    ObjectKind::kSchema,
    ObjectKind::kExtension,
    ObjectKind::kEnum,
    ObjectKind::kSequence,
    ObjectKind::kTable,
    ObjectKind::kColumn,
    ObjectKind::kConstraint,
    ObjectKind::kIndex,
    ObjectKind::kView,
    ObjectKind::kFunction,
    ObjectKind::kTrigger,
    ObjectKind::kDomain,
    ObjectKind::kMaterializedView,
    ObjectKind::kComposite,
    ObjectKind::kRange,
    ObjectKind::kAggregate,
    ObjectKind::kPolicy,
    ObjectKind::kRule,
    ObjectKind::kStatistics,
    ObjectKind::kCollation,
    ObjectKind::kDefaultPrivileges,
    ObjectKind::kTextSearchDictionary,
    ObjectKind::kTextSearchConfiguration,
    ObjectKind::kEventTrigger,
    ObjectKind::kOperator,
    ObjectKind::kCast,
    ObjectKind::kPublication,
    ObjectKind::kForeignDataWrapper,
    ObjectKind::kServer,
    ObjectKind::kUserMapping,
    ObjectKind::kOperatorFamily,
    ObjectKind::kOperatorClass,
    ObjectKind::kTextSearchParser,
    ObjectKind::kTextSearchTemplate,
    ObjectKind::kConversion,
    ObjectKind::kAccessMethod,
};

// A schema with two objects of every kind but extensions (one), written by hand.
constexpr const char* kSchema = R"sql(
CREATE SCHEMA app;
CREATE EXTENSION citext;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE public.size AS ENUM ('s', 'm');
CREATE SEQUENCE app.counter;
CREATE TABLE app.users (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.notes (id integer PRIMARY KEY, author integer REFERENCES app.users);
COMMENT ON TABLE app.users IS 'who';
CREATE INDEX notes_author ON public.notes (author);
CREATE INDEX users_name ON app.users (name);
CREATE VIEW app.names AS SELECT name FROM app.users;
CREATE MATERIALIZED VIEW app.name_counts AS SELECT name, count(*) FROM app.users GROUP BY name;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.touch(integer) RETURNS integer LANGUAGE sql RETURN 1;
CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE DOMAIN app.email AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE app.size AS (w integer, h integer);
CREATE TYPE app.floatrange AS RANGE (subtype = float8);
CREATE AGGREGATE app.total (integer) (SFUNC = int4pl, STYPE = integer);
CREATE POLICY own ON app.users USING (true);
CREATE RULE no_delete AS ON DELETE TO app.names DO INSTEAD NOTHING;
CREATE STATISTICS app.users_stats ON id, name FROM app.users;
CREATE COLLATION app.plain FROM "C";
CREATE TEXT SEARCH DICTIONARY app.stems (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION app.plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION app.plain ADD MAPPING FOR asciiword WITH app.stems;
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION app.touch();
CREATE OPERATOR app.=== (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer);
CREATE CAST (app.size AS text) WITH INOUT;
CREATE PUBLICATION feed FOR TABLE app.users;
CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER archive FOREIGN DATA WRAPPER files;
CREATE USER MAPPING FOR PUBLIC SERVER archive;
CREATE OPERATOR CLASS app.int_ops FOR TYPE integer USING btree AS OPERATOR 1 <;
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE app.plain (LEXIZE = dsimple_lexize);
CREATE CONVERSION app.latin1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
)sql";

catalog::Catalog Compile() {
  return CompileText(kSchema);
}

TEST(KindsTest, EveryKindHasItsFactsOnceInRankOrder) {
  std::set<std::string_view> words;
  std::set<std::string_view> tokens;
  int rank = -1;
  for (const catalog::KindFacts& facts : catalog::Kinds()) {
    EXPECT_GT(facts.rank, rank) << facts.word;
    rank = facts.rank;
    EXPECT_TRUE(words.insert(facts.word).second) << facts.word;
    EXPECT_TRUE(tokens.insert(facts.token).second) << facts.token;
    EXPECT_EQ(&catalog::Facts(facts.kind), &facts);
    if (facts.parent) {
      EXPECT_LT(catalog::Facts(*facts.parent).rank, facts.rank) << facts.word;
    }
  }
  EXPECT_EQ(catalog::Kinds().size(), std::size(kEveryKind));
  for (ObjectKind kind : kEveryKind) {
    EXPECT_EQ(catalog::Facts(kind).kind, kind);
    EXPECT_EQ(catalog::KindName(kind), catalog::Facts(kind).word);
  }
}

TEST(ObjectsTest, VisitorReachesEveryObjectOnceAndTheLookupFindsIt) {
  catalog::Catalog catalog = Compile();
  // Default privileges come from a server (a compiled catalog holds the statements).
  const catalog::DefaultPrivilegesName defaults{"app_user", "app", "tables"};
  catalog.default_privileges[defaults] = {defaults, {{"auditor", "SELECT", false}}, {}};
  std::map<ObjectKind, int> per_kind;
  std::set<ObjectKey> keys;
  catalog::ForEachObject(catalog, [&](const ObjectKey& key, const auto& object) {
    ++per_kind[key.kind];
    EXPECT_TRUE(keys.insert(key).second) << catalog::KindName(key.kind) << " " << key.name;
    bool found = catalog::VisitObject(catalog, key, [&](const auto& same) {
      if constexpr (std::is_same_v<decltype(&same), decltype(&object)>) {
        EXPECT_EQ(&same, &object);
      } else {
        ADD_FAILURE() << "the lookup found an object of another type";
      }
    });
    EXPECT_TRUE(found) << key.name << " " << key.sub_name;
  });
  // Counted by hand from kSchema: schemas app and public, the extension, two enum types, the
  // sequence, two tables with two columns each, their two primary keys and one foreign key, two
  // indexes, the view, the materialized view, two overloads of a function, the trigger, the
  // domain, the composite type, the range type, the aggregate, the policy, the rule, the
  // statistics object, the collation, the text search dictionary and configuration (whose name
  // is the collation's: another namespace), the event trigger, the operator, the cast, the
  // publication, the foreign-data wrapper, the server, the user mapping, the access method.
  std::map<ObjectKind, int> expected = {
      {ObjectKind::kSchema, 2},
      {ObjectKind::kExtension, 1},
      {ObjectKind::kEnum, 2},
      {ObjectKind::kSequence, 1},
      {ObjectKind::kTable, 2},
      {ObjectKind::kColumn, 4},
      {ObjectKind::kConstraint, 3},
      {ObjectKind::kIndex, 2},
      {ObjectKind::kView, 1},
      {ObjectKind::kFunction, 2},
      {ObjectKind::kTrigger, 1},
      {ObjectKind::kDomain, 1},
      {ObjectKind::kMaterializedView, 1},
      {ObjectKind::kComposite, 1},
      {ObjectKind::kRange, 1},
      {ObjectKind::kAggregate, 1},
      {ObjectKind::kPolicy, 1},
      {ObjectKind::kRule, 1},
      {ObjectKind::kStatistics, 1},
      {ObjectKind::kCollation, 1},
      {ObjectKind::kDefaultPrivileges, 1},
      {ObjectKind::kTextSearchDictionary, 1},
      {ObjectKind::kTextSearchConfiguration, 1},
      {ObjectKind::kEventTrigger, 1},
      {ObjectKind::kOperator, 1},
      {ObjectKind::kCast, 1},
      {ObjectKind::kPublication, 1},
      {ObjectKind::kForeignDataWrapper, 1},
      {ObjectKind::kServer, 1},
      {ObjectKind::kUserMapping, 1},
      {ObjectKind::kOperatorFamily, 1},  // the one the class makes
      {ObjectKind::kOperatorClass, 1},
      {ObjectKind::kTextSearchParser, 1},
      {ObjectKind::kTextSearchTemplate, 1},
      {ObjectKind::kConversion, 1},
      {ObjectKind::kAccessMethod, 1},
  };
  EXPECT_EQ(per_kind, expected);
  catalog::Counts counts = catalog::CountObjects(catalog);
  std::map<ObjectKind, int> counted;
  for (const auto& [kind, count] : counts.objects) {
    counted[kind] = static_cast<int>(count);
  }
  EXPECT_EQ(counted, expected);
  EXPECT_EQ(counts.comments, 1u);
}

TEST(ObjectsTest, KeysOfPartsNameTheirTable) {
  catalog::Catalog catalog = Compile();
  ObjectKey column = catalog::ColumnKey({"app", "users"}, "name");
  EXPECT_EQ(catalog::ParentKey(column), catalog::TableKey({"app", "users"}));
  ObjectKey constraint = catalog::ConstraintKey({"public", "notes"}, "notes_author_fkey");
  EXPECT_EQ(catalog::ParentKey(constraint), catalog::TableKey({"public", "notes"}));
  EXPECT_EQ(catalog::ParentKey(catalog::IndexKeyOf({"app", "users_name"})),
            catalog::IndexKeyOf({"app", "users_name"}));
  EXPECT_TRUE(catalog::VisitObject(catalog, constraint, [](const auto&) {}));
  // A function's key holds its argument types, which tell overloads apart; a trigger's its
  // table.
  ObjectKey function = catalog::FunctionKey({"app", "touch", "integer"});
  EXPECT_EQ(catalog::ParentKey(function), function);
  EXPECT_EQ(catalog::KeyText(function), "app.touch(integer)");
  EXPECT_TRUE(catalog::VisitObject(catalog, function, [](const auto&) {}));
  EXPECT_TRUE(catalog::VisitObject(catalog, catalog::FunctionKey({"app", "touch", ""}),
                                   [](const auto&) {}));
  // An aggregate shares the functions' map, but not their kind.
  EXPECT_TRUE(catalog::Contains(catalog, catalog::AggregateKey({"app", "total", "integer"})));
  EXPECT_FALSE(catalog::Contains(catalog, catalog::FunctionKey({"app", "total", "integer"})));
  // A materialized view shares the views' map, but not their kind.
  catalog::QualifiedName counts{"app", "name_counts"};
  EXPECT_TRUE(catalog::Contains(catalog, catalog::MaterializedViewKey(counts)));
  EXPECT_FALSE(catalog::Contains(catalog, catalog::ViewKey(counts)));
  EXPECT_FALSE(catalog::Contains(catalog, catalog::MaterializedViewKey({"app", "names"})));
  ObjectKey trigger = catalog::TriggerKey({{"app", "users"}, "users_touch"});
  EXPECT_EQ(catalog::KeyText(trigger), "app.users.users_touch");
  EXPECT_TRUE(catalog::VisitObject(catalog, trigger, [](const auto&) {}));
}

TEST(ObjectsTest, LookupOfWhatIsNotThereFindsNothing) {
  catalog::Catalog catalog = Compile();
  auto absent = [&](const ObjectKey& key) {
    return !catalog::VisitObject(catalog, key, [](const auto&) {});
  };
  EXPECT_TRUE(absent(catalog::TableKey({"app", "nobody"})));
  EXPECT_TRUE(absent(catalog::ColumnKey({"app", "users"}, "age")));
  EXPECT_TRUE(absent(catalog::ColumnKey({"app", "nobody"}, "id")));
  EXPECT_TRUE(absent(catalog::ConstraintKey({"app", "users"}, "users_name_key")));
  EXPECT_TRUE(absent(catalog::IndexKeyOf({"public", "users_name"})));
  EXPECT_TRUE(absent(catalog::SchemaKey("other")));
  EXPECT_TRUE(absent(catalog::FunctionKey({"app", "touch", "text"})));
  EXPECT_TRUE(absent(catalog::TriggerKey({{"public", "notes"}, "users_touch"})));
  catalog::Extension elsewhere;
  elsewhere.name = "citext";
  elsewhere.schema = "app";
  EXPECT_TRUE(absent(catalog::ExtensionKey(elsewhere)));
}

}  // namespace
}  // namespace schemac::testing
