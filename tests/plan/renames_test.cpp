// Renames without a server: which annotations the planner takes, which it reports, the names it
// derives from renamed tables and columns, and how it rewrites the texts the server prints.
#include "renames.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"

#include "support/compile.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;

std::vector<std::string> Codes(const base::DiagnosticSink& sink) {
  std::vector<std::string> codes;
  for (const base::Diagnostic& diagnostic : sink.diagnostics()) {
    codes.push_back(diagnostic.code);
  }
  return codes;
}

std::vector<std::pair<ObjectKey, ObjectKey>> Pairs(const std::vector<plan::Rename>& renames) {
  std::vector<std::pair<ObjectKey, ObjectKey>> out;
  for (const plan::Rename& rename : renames) {
    out.emplace_back(rename.from, rename.to);
  }
  return out;
}

TEST(RenamesTest, AnnotationsRenameTablesAndColumnsAndWhatIsNamedAfterThem) {
  catalog::Catalog current =
      CompileText("CREATE TABLE users (id serial PRIMARY KEY, mail text UNIQUE);");
  catalog::Catalog desired = CompileText(R"sql(
-- schemac:renamed-from users
CREATE TABLE people (
  id serial PRIMARY KEY,
  -- schemac:renamed-from mail
  email text UNIQUE
);
)sql");
  // As the server prints the serial column's default.
  current.tables.at({"public", "users"}).columns[0].default_expression =
      "nextval('public.users_id_seq'::regclass)";
  base::DiagnosticSink sink;
  std::vector<plan::Rename> renames = plan::FindRenames(current, desired, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << RenderAll(sink);
  catalog::QualifiedName people{"public", "people"};
  std::vector<std::pair<ObjectKey, ObjectKey>> expected = {
      {catalog::TableKey({"public", "users"}), catalog::TableKey(people)},
      {catalog::ColumnKey(people, "mail"), catalog::ColumnKey(people, "email")},
      {catalog::ConstraintKey(people, "users_mail_key"),
       catalog::ConstraintKey(people, "people_email_key")},
      {catalog::ConstraintKey(people, "users_pkey"), catalog::ConstraintKey(people, "people_pkey")},
      {catalog::SequenceKey({"public", "users_id_seq"}),
       catalog::SequenceKey({"public", "people_id_seq"})},
  };
  EXPECT_EQ(Pairs(renames), expected);
  // The renamed state is the desired one but for what the server prints.
  std::vector<plan::Step> steps;
  catalog::Catalog renamed = plan::RenameObjects(current, renames, false, &steps);
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0].statements, std::vector<std::string>{"ALTER TABLE public.users RENAME TO "
                                                          "people;"});
  EXPECT_EQ(steps[1].statements,
            std::vector<std::string>{"ALTER TABLE public.people RENAME COLUMN mail TO email;"});
  EXPECT_TRUE(renamed.tables.contains(people));
  EXPECT_EQ(renamed.sequences.at({"public", "people_id_seq"}).owned_by->table, people);
  EXPECT_EQ(*renamed.tables.at(people).columns[0].default_expression,
            "nextval('public.people_id_seq'::regclass)");
  // And back.
  catalog::Catalog back = plan::RenameObjects(renamed, renames, true, nullptr);
  EXPECT_TRUE(back == current);
}

TEST(RenamesTest, EnumLabelsAndSchemasAreRenamedToo) {
  catalog::Catalog current = CompileText(
      "CREATE SCHEMA app;\nCREATE TYPE app.status AS ENUM ('new', 'done');\n"
      "CREATE TABLE app.t (s app.status DEFAULT 'new');");
  catalog::Catalog desired = CompileText(R"sql(
-- schemac:renamed-from app
CREATE SCHEMA core;
CREATE TYPE core.status AS ENUM (
  -- schemac:renamed-from 'new'
  'open',
  'done'
);
CREATE TABLE core.t (s core.status DEFAULT 'open');
)sql");
  base::DiagnosticSink sink;
  std::vector<plan::Rename> renames = plan::FindRenames(current, desired, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << RenderAll(sink);
  std::vector<plan::Step> steps;
  catalog::Catalog renamed = plan::RenameObjects(current, renames, false, &steps);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].statements, std::vector<std::string>{"ALTER SCHEMA app RENAME TO core;"});
  EXPECT_EQ(steps[1].statements,
            std::vector<std::string>{"ALTER TYPE core.status RENAME VALUE 'new' TO 'open';"});
  EXPECT_EQ(renamed.enums.at({"core", "status"}).labels,
            (std::vector<std::string>{"open", "done"}));
  EXPECT_EQ(renamed.tables.at({"core", "t"}).columns[0].type, "core.status");
  EXPECT_TRUE(plan::RenameObjects(renamed, renames, true, nullptr) == current);
}

TEST(RenamesTest, AnAnnotationWhoseOldObjectIsMissingIsAnError) {
  catalog::Catalog current = CompileText("CREATE TABLE t (a integer);");
  catalog::Catalog desired =
      CompileText("-- schemac:renamed-from nope\nCREATE TABLE u (a integer);");
  base::DiagnosticSink sink;
  EXPECT_TRUE(plan::FindRenames(current, desired, sink).empty());
  EXPECT_EQ(Codes(sink), std::vector<std::string>{"unknown-rename"});
  EXPECT_NE(RenderAll(sink).find("no table \"public.nope\" to rename"), std::string::npos)
      << RenderAll(sink);
}

TEST(RenamesTest, AnAnnotationLeftAfterItsRenameIsStale) {
  catalog::Catalog current = CompileText("CREATE TABLE people (a integer);");
  catalog::Catalog desired =
      CompileText("-- schemac:renamed-from users\nCREATE TABLE people (a integer);");
  base::DiagnosticSink sink;
  EXPECT_TRUE(plan::FindRenames(current, desired, sink).empty());
  EXPECT_EQ(Codes(sink), std::vector<std::string>{"stale-rename"});
  EXPECT_FALSE(sink.has_errors());
}

TEST(RenamesTest, OneObjectRenamedTwiceIsAnError) {
  catalog::Catalog current = CompileText("CREATE TABLE t (a integer, b integer);");
  catalog::Catalog desired = CompileText(R"sql(
CREATE TABLE t (
  -- schemac:renamed-from a
  x integer,
  -- schemac:renamed-from a
  y integer
);
)sql");
  base::DiagnosticSink sink;
  plan::FindRenames(current, desired, sink);
  EXPECT_EQ(Codes(sink), std::vector<std::string>{"duplicate-rename"});
}

TEST(RenamesTest, NamesExchangedInOnePlanAreAnErrorOncePerCycle) {
  catalog::Catalog current = CompileText(
      "CREATE TABLE a (x integer);\nCREATE TABLE b (y text);\nCREATE TABLE c (z date);\n"
      "CREATE TABLE t (p integer, q integer);");
  catalog::Catalog desired = CompileText(R"sql(
-- schemac:renamed-from b
CREATE TABLE a (y text);
-- schemac:renamed-from c
CREATE TABLE b (z date);
-- schemac:renamed-from a
CREATE TABLE c (x integer);
CREATE TABLE t (
  -- schemac:renamed-from q
  p integer,
  -- schemac:renamed-from p
  q integer
);
)sql");
  base::DiagnosticSink sink;
  EXPECT_TRUE(plan::FindRenames(current, desired, sink).empty());
  EXPECT_EQ(Codes(sink), (std::vector<std::string>{"rename-cycle", "rename-cycle"}));
  std::string text = RenderAll(sink);
  EXPECT_NE(text.find("table \"public.a\", table \"public.b\" and table \"public.c\" exchange"),
            std::string::npos)
      << text;
}

TEST(RenamesTest, ARenameOntoANameFreedByAnotherIsNoCycle) {
  // b takes a's name while a moves to c: a chain, which runs c first.
  catalog::Catalog current = CompileText("CREATE TABLE a (x integer);\nCREATE TABLE b (y text);");
  catalog::Catalog desired = CompileText(R"sql(
-- schemac:renamed-from b
CREATE TABLE a (y text);
-- schemac:renamed-from a
CREATE TABLE c (x integer);
)sql");
  base::DiagnosticSink sink;
  std::vector<plan::Rename> renames = plan::FindRenames(current, desired, sink);
  EXPECT_EQ(Codes(sink), std::vector<std::string>{}) << RenderAll(sink);
  ASSERT_EQ(renames.size(), 2U);
  EXPECT_EQ(renames[0].from.name + ">" + renames[0].to.name, "a>c");
  EXPECT_EQ(renames[1].from.name + ">" + renames[1].to.name, "b>a");
}

TEST(RenamesTest, ADropAndACreateAlikeWithoutAnnotationIsAPossibleRename) {
  catalog::Catalog current = CompileText(
      "CREATE TABLE users (id integer, name text);\nCREATE TABLE t (a integer, b text);");
  catalog::Catalog desired = CompileText(
      "CREATE TABLE people (id integer, name text);\nCREATE TABLE t (a integer, c text);");
  base::DiagnosticSink sink;
  EXPECT_TRUE(plan::FindRenames(current, desired, sink).empty());
  EXPECT_EQ(Codes(sink), (std::vector<std::string>{"possible-rename", "possible-rename"}));
  std::string text = RenderAll(sink);
  EXPECT_NE(text.find("renamed-from users"), std::string::npos) << text;
  EXPECT_NE(text.find("renamed-from b"), std::string::npos) << text;
}

TEST(RenamesTest, TextsChangeOnlyWhereTheyNameTheRenamedObject) {
  EXPECT_EQ(plan::RewriteQualified("nextval('public.users_id_seq'::regclass)", "public",
                                   "users_id_seq", "People Seq"),
            "nextval('public.\"People Seq\"'::regclass)");
  EXPECT_EQ(plan::RewriteQualified("'public.mood'::text || 'x'::public.mood", "public", "mood",
                                   "feeling"),
            "'public.mood'::text || 'x'::public.feeling");
  EXPECT_EQ(plan::RewriteQualified("public.mood[]", "public", "mood", "feeling"),
            "public.feeling[]");
  EXPECT_EQ(plan::RewriteQualified("CREATE FUNCTION public.f() AS $b$ public.f() $b$", "public",
                                   "f", "g"),
            "CREATE FUNCTION public.g() AS $b$ public.f() $b$");
  EXPECT_EQ(plan::RewriteQualified("other.mood", "public", "mood", "feeling"), "other.mood");
  EXPECT_EQ(plan::RewriteQualified("to_tsvector('public.plain'::regconfig, body)", "public",
                                   "plain", "english"),
            "to_tsvector('public.english'::regconfig, body)");
  EXPECT_EQ(plan::RewriteQualified("to_tsvector('public.plain'::text, body)", "public", "plain",
                                   "english"),
            "to_tsvector('public.plain'::text, body)");
  EXPECT_EQ(plan::RewriteColumn("((a > 0) AND (t.a < 5) AND (a() = b.a) AND (x)::a)", "a", "n"),
            "((n > 0) AND (t.a < 5) AND (a() = b.a) AND (x)::a)");
  EXPECT_EQ(plan::RewriteColumn("(\"Odd\" <> 'Odd'::text)", "Odd", "even"),
            "(even <> 'Odd'::text)");
  EXPECT_EQ(plan::RewriteSchema("nextval('app.s'::regclass) + app.f(x.app) + 'app.t'::text", "app",
                                "core"),
            "nextval('core.s'::regclass) + core.f(x.app) + 'app.t'::text");
  EXPECT_EQ(
      plan::RewriteLabel("(state <> 'gone'::public.status) AND ('gone'::text <> 'gone'::x.status)",
                         "public", "status", "gone", "deleted"),
      "(state <> 'deleted'::public.status) AND ('gone'::text <> 'gone'::x.status)");
  EXPECT_EQ(plan::RewriteDefinedName("CREATE TRIGGER t BEFORE UPDATE ON public.t FOR EACH ROW",
                                     "trigger", "t", "touch"),
            "CREATE TRIGGER touch BEFORE UPDATE ON public.t FOR EACH ROW");
}

}  // namespace
}  // namespace schemac::testing
