// What normalisation reports when the server refuses the schema or cannot be reached, and that it
// leaves no scratch database behind.
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/normalize/normalize.h"
#include "schemac/sema/compile.h"

#include "normalize/connection.h"
#include "normalize/load.h"
#include "normalize/many_tables.h"
#include "normalize/origin_helpers.h"
#include "normalize/server_fixture.h"
#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

class NormalizeErrorTest : public NormalizeServerTest {
 protected:
  // Refused compiles `files` (name, text), which must compile, normalises the catalog and
  // returns the diagnostics, after checking that nothing came back and nothing was left behind.
  static std::vector<base::Diagnostic> Refused(const TempDir& dir,
                                               const std::map<std::string, std::string>& files,
                                               normalize::NormalizeStats* stats = nullptr) {
    for (const auto& [name, text] : files) {
      WriteFile(dir.path() / name, text);
    }
    base::DiagnosticSink sink;
    sema::CompileResult compiled = sema::CompilePath(dir.path(), sink);
    EXPECT_FALSE(sink.has_errors()) << RenderAll(sink);
    std::optional<catalog::Catalog> normalized =
        normalize::Normalize(compiled.catalog, Connection(), sink, stats);

    EXPECT_FALSE(normalized.has_value());
    EXPECT_EQ(ScratchDatabases(), "");
    return sink.diagnostics();
  }

  // Where is "path:line:col" of the first occurrence of `needle` in file `name` of `dir`.
  static std::string Where(const TempDir& dir, const std::string& name, const std::string& needle) {
    std::string text = ReadFile(dir.path() / name);
    uint32_t line = LineOf(text, needle);
    size_t column = SplitLines(text)[line - 1].find(needle) + 1;
    return fmt::format("{}:{}:{}", (dir.path() / name).string(), line, column);
  }
};

// The scratch database query sees a database named like a scratch database.
TEST_F(NormalizeErrorTest, ScratchDatabaseQuerySeesScratchDatabases) {
  std::string name = normalize::ScratchDatabaseName();
  std::string error;
  ASSERT_TRUE(server_->CreateDatabase(name, &error)) << error;
  EXPECT_EQ(ScratchDatabases(), name + "\n");
  Query("DROP DATABASE " + name + ";");
  EXPECT_EQ(ScratchDatabases(), "");
}

// The example of tests/server/verify_test: the compiler does not check functions. The error is
// at the column whose default the server refused.
TEST_F(NormalizeErrorTest, RefusedColumnDefaultIsReportedAtTheColumn) {
  TempDir dir;
  std::vector<base::Diagnostic> diagnostics =
      Refused(dir, {{"a.sql", "CREATE SCHEMA app;\nCREATE TABLE app.ok (id integer);\n"},
                    {"b.sql",
                     "-- Refused.\nCREATE TABLE app.t (\n    id integer PRIMARY KEY,\n"
                     "    a integer DEFAULT nosuchfn(1)\n);\n"}});
  ASSERT_EQ(diagnostics.size(), 1u);
  const base::Diagnostic& refused = diagnostics[0];
  EXPECT_EQ(refused.code, "load-failed");
  EXPECT_EQ(refused.range.Where(), Where(dir, "b.sql", "a integer DEFAULT"));
  EXPECT_TRUE(refused.message.starts_with(
      "the server refused this statement: function nosuchfn(integer) does not exist; "))
      << refused.message;
  std::vector<std::string> notes;
  for (const base::Note& note : refused.notes) {
    notes.push_back(note.message);
  }
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_TRUE(notes[0].starts_with("the server's hint: No function matches")) << notes[0];
  EXPECT_EQ(notes[1], "SQLSTATE 42883");
  EXPECT_EQ(notes[2], "the statement was: CREATE TABLE app.t ( ...");
}

// A refused index in a late batch of a large schema is found; the load took few round trips.
TEST_F(NormalizeErrorTest, RefusedIndexInALateBatch) {
  TempDir dir;
  normalize::NormalizeStats stats;
  std::vector<base::Diagnostic> diagnostics =
      Refused(dir,
              {{"a.sql", "CREATE SCHEMA app;\n" + ManyTables(0, 1000)},
               {"b.sql", ManyTables(1000, 2000)},
               {"c.sql", ManyTables(2000, 3000) +
                             "\n\nCREATE INDEX refused_idx ON app.t2999 (nosuchfn(name));\n"}},
              &stats);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "load-failed");
  EXPECT_EQ(diagnostics[0].range.Where(), Where(dir, "c.sql", "CREATE INDEX refused_idx"));
  EXPECT_NE(diagnostics[0].message.find("function nosuchfn(character varying) does not exist"),
            std::string::npos)
      << diagnostics[0].message;
  EXPECT_GE(stats.statements, 9000u);
  EXPECT_GE(stats.batches, 3u);
  EXPECT_LE(stats.batches, stats.statements / 50);
}

// Tables, indexes and comments of a large schema load on several connections at once. When
// statements loaded on different connections are refused, the one that comes first in the load
// order is reported, whichever connection finished first, every time.
TEST_F(NormalizeErrorTest, FirstOfRefusedStatementsOnSeveralConnectionsIsReported) {
  for (int run = 0; run < 3; ++run) {
    TempDir dir;
    normalize::NormalizeStats stats;
    // Tables load in name order and are dealt to the connections in turn: t_refused_a and
    // t_refused_b load on different connections; t_refused_b is smaller, so quicker to refuse.
    std::vector<base::Diagnostic> diagnostics =
        Refused(dir,
                {{"a.sql", "CREATE SCHEMA app;\n" + ManyTables(0, 300)},
                 {"b.sql",
                  "CREATE TABLE app.t_refused_b (a integer DEFAULT nosuchfn_b(1));\n"
                  "CREATE TABLE app.t_refused_a (\n    id integer PRIMARY KEY,\n    note text,\n"
                  "    a integer DEFAULT nosuchfn_a(1)\n);\n"}},
                &stats);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "load-failed");
    EXPECT_EQ(diagnostics[0].range.Where(), Where(dir, "b.sql", "a integer DEFAULT nosuchfn_a"));
    EXPECT_NE(diagnostics[0].message.find("nosuchfn_a"), std::string::npos)
        << diagnostics[0].message;
    EXPECT_EQ(stats.connections, normalize::DefaultLanes());
  }
}

// A constraint added after its table is reported at its own declaration.
TEST_F(NormalizeErrorTest, RefusedLaterConstraintIsReportedAtItsDeclaration) {
  TempDir dir;
  std::vector<base::Diagnostic> diagnostics =
      Refused(dir, {{"t.sql",
                     "CREATE TABLE t (a integer);\n"
                     "ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (nosuchfn(a)) NOT VALID;\n"}});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "load-failed");
  EXPECT_EQ(diagnostics[0].range.line, 2u);
  EXPECT_EQ(OriginFileName(diagnostics[0].range), "t.sql");
}

// An error in a view's query is the server's to find, and is reported at the word it points at,
// whatever line of the query it is on, with characters before it on the line that are not ASCII.
TEST_F(NormalizeErrorTest, RefusedViewQueryIsReportedAtTheWordTheServerPointsAt) {
  TempDir dir;
  const std::string view =
      "-- people by name\n"
      "CREATE VIEW named AS SELECT id, 'é' AS accent,\n"
      "       name,\n"
      "       'ü', nmae AS typo\n"
      "  FROM people;\n";
  std::vector<base::Diagnostic> diagnostics = Refused(
      dir,
      {{"a.sql", "CREATE TABLE people (id integer PRIMARY KEY, name text);\n"}, {"b.sql", view}});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "load-failed");
  EXPECT_EQ(diagnostics[0].range.Where(), Where(dir, "b.sql", "nmae AS"));
  EXPECT_EQ(diagnostics[0].range.length, 4u);
  EXPECT_NE(diagnostics[0].message.find("column \"nmae\" does not exist"), std::string::npos)
      << diagnostics[0].message;
}

// Function bodies are checked once everything is loaded: a plpgsql body with a syntax error, and
// an SQL body that reads a table no file declares, are reported at the word the server points
// at; an SQL body that reads a table of a later file loads.
TEST_F(NormalizeErrorTest, RefusedFunctionBodyIsReportedInTheBody) {
  TempDir dir;
  const std::string functions =
      "CREATE FUNCTION counted() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM people "
      "$$;\n"
      "CREATE FUNCTION broken() RETURNS integer LANGUAGE plpgsql AS $$\n"
      "BEGIN\n"
      "  retrun 1;\n"
      "END;\n"
      "$$;\n"
      "CREATE FUNCTION missing() RETURNS bigint LANGUAGE sql AS $$\n"
      "  SELECT count(*) FROM nowhere $$;\n";
  std::vector<base::Diagnostic> diagnostics = Refused(
      dir, {{"a.sql", functions}, {"b.sql", "CREATE TABLE people (id integer PRIMARY KEY);\n"}});
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].code, "function-body-refused");
  EXPECT_EQ(diagnostics[0].range.Where(), Where(dir, "a.sql", "retrun 1"));
  EXPECT_NE(diagnostics[0].message.find("public.broken()"), std::string::npos)
      << diagnostics[0].message;
  EXPECT_EQ(diagnostics[1].code, "function-body-refused");
  EXPECT_EQ(diagnostics[1].range.Where(), Where(dir, "a.sql", "nowhere $$"));
  EXPECT_NE(diagnostics[1].message.find("relation \"nowhere\" does not exist"), std::string::npos)
      << diagnostics[1].message;
}

// A view on a view declared in a later file, and a view on a view of the same file declared after
// it, load: statement order does not matter.
TEST_F(NormalizeErrorTest, ViewsOnViewsLoadInAnyOrder) {
  std::string errors;
  std::optional<catalog::Catalog> normalized =
      Normalized({{"a.sql",
                   "CREATE VIEW a_top AS SELECT id FROM z_middle;\n"
                   "CREATE VIEW b_also AS SELECT id FROM a_top;\n"},
                  {"b.sql",
                   "CREATE VIEW z_middle AS SELECT id FROM people;\n"
                   "CREATE TABLE people (id integer PRIMARY KEY);\n"}},
                 &errors);
  ASSERT_TRUE(normalized.has_value()) << errors;
  EXPECT_EQ(normalized->views.size(), 3u);
  EXPECT_EQ(ScratchDatabases(), "");
}

TEST(NormalizeConnectionTest, UnreachableServerReportsConnectionFailed) {
  for (const std::string connection :
       {"host=/nonexistent/schemac-normalize port=5432 password=hunter2secret connect_timeout=2",
        "postgresql://someone:hunter2secret@/db?host=%2Fnonexistent%2Fschemac",
        "this is not a connection string hunter2secret"}) {
    base::DiagnosticSink sink;
    normalize::NormalizeStats stats;
    std::optional<catalog::Catalog> normalized =
        normalize::Normalize(catalog::Catalog{}, connection, sink, &stats);
    EXPECT_FALSE(normalized.has_value());
    ASSERT_EQ(sink.diagnostics().size(), 1u) << connection;
    const base::Diagnostic& failed = sink.diagnostics()[0];
    EXPECT_EQ(failed.code, "connection-failed");
    EXPECT_TRUE(failed.message.starts_with("cannot connect to the database server: "))
        << failed.message;
    std::string rendered = RenderAll(sink);
    EXPECT_EQ(rendered.find("hunter2secret"), std::string::npos) << rendered;
    EXPECT_EQ(stats.batches, 0u);
  }
}

// A role that may not create databases cannot normalise.
TEST_F(NormalizeErrorTest, RoleWithoutCreatedbReportsScratchDatabaseFailed) {
  Query("CREATE ROLE normalize_plain LOGIN;");
  base::DiagnosticSink sink;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(catalog::Catalog{}, Connection() + " user=normalize_plain", sink);
  EXPECT_FALSE(normalized.has_value());
  ASSERT_EQ(sink.diagnostics().size(), 1u) << RenderAll(sink);
  EXPECT_EQ(sink.diagnostics()[0].code, "scratch-database-failed");
  EXPECT_EQ(sink.diagnostics()[0].message,
            "cannot create a scratch database: permission denied to create database; "
            "normalisation needs a role that may CREATE DATABASE");
  EXPECT_EQ(ScratchDatabases(), "");
}

}  // namespace
}  // namespace schemac::testing
