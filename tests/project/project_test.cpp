// The project file: what it sets, and every mistake in it reported at its line and column, by the
// library and by the commands that read it (before they start any server).
#include "schemac/project/project.h"

#include <string>

#include <gtest/gtest.h>

#include "support/run.h"

namespace schemac::testing {
namespace {

class ProjectTest : public ::testing::Test {
 protected:
  // Load writes `text` as schemac.toml and reads it; `rendered` gets the diagnostics.
  std::optional<project::Project> Load(const std::string& text) {
    WriteFile(dir_.path() / "schemac.toml", text);
    base::DiagnosticSink sink;
    std::optional<project::Project> project =
        project::LoadProject(dir_.path() / "schemac.toml", sink);
    rendered_.clear();
    for (const base::Diagnostic& diagnostic : sink.diagnostics()) {
      rendered_ += base::RenderDiagnostic(diagnostic);
    }
    EXPECT_EQ(project.has_value(), !sink.has_errors()) << rendered_;
    return project;
  }
  // Where returns "<dir>/schemac.toml:line:col: error: " for messages.
  std::string At(int line, int column) const {
    return (dir_.path() / "schemac.toml").string() + ":" + std::to_string(line) + ":" +
           std::to_string(column) + ": error: ";
  }

  TempDir dir_;
  std::string rendered_;
};

TEST_F(ProjectTest, ReadsTheSchemaDirectoryAndTheScope) {
  std::optional<project::Project> project = Load(
      "# the shop\n"
      "[schema]\n"
      "dir = \"db/schema\"\n"
      "\n"
      "[objects]\n"
      "include-schemas = [\"app\", \"billing\"]\n"
      "exclude = [\"audit\", \"table:app.tmp_*\"]\n"
      "manage-owners = true\n");
  ASSERT_TRUE(project) << rendered_;
  EXPECT_TRUE(project->manage_owners);
  EXPECT_EQ(project->schema_dir, dir_.path() / "db/schema");
  EXPECT_EQ(project->scope.include_schemas, (std::vector<std::string>{"app", "billing"}));
  EXPECT_EQ(project->scope.include_origin, At(6, 19).substr(0, At(6, 19).size() - 9));
  ASSERT_EQ(project->scope.exclude.size(), 2u);
  EXPECT_EQ(project->scope.exclude[0].pattern.text, "audit");
  EXPECT_EQ(project->scope.exclude[1].pattern.kind, "table");
  EXPECT_EQ(project->scope.exclude[1].origin, (dir_.path() / "schemac.toml").string() + ":7:21");
}

TEST_F(ProjectTest, AnEmptyFileIsAProjectWithNothingSet) {
  std::optional<project::Project> project = Load("");
  ASSERT_TRUE(project) << rendered_;
  EXPECT_TRUE(project->schema_dir.empty());
  EXPECT_TRUE(project->scope.Empty());
  EXPECT_FALSE(project->manage_owners);
}

TEST_F(ProjectTest, UnknownSectionsAndKeysAreErrorsAtTheirPlace) {
  EXPECT_FALSE(
      Load("[schema]\n"
           "dri = \"schema\"\n"
           "[objetcs]\n"
           "exclude = []\n"
           "top = 1\n"));
  EXPECT_NE(rendered_.find(At(2, 1) + "unknown key \"dri\" in [schema]; the keys there are dir "
                                      "[project-key]"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(3, 2) + "unknown section \"objetcs\"; the sections are objects, "
                                      "schema [project-key]"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find("  dri = \"schema\"\n  ^~~\n"), std::string::npos) << rendered_;
}

TEST_F(ProjectTest, AnEmptyListOfIncludedSchemasIsAnError) {
  EXPECT_FALSE(Load("[objects]\ninclude-schemas = []\n"));
  EXPECT_NE(
      rendered_.find(At(2, 19) + "[objects] include-schemas must be at least one schema name"),
      std::string::npos)
      << rendered_;
}

TEST_F(ProjectTest, ValuesOfTheWrongTypeAndBadPatternsAreErrorsAtTheValue) {
  EXPECT_FALSE(
      Load("schema = \"db\"\n"
           "[objects]\n"
           "include-schemas = \"app\"\n"
           "exclude = [\"audit\", 3, \"tabel:app.x\", \"column:app.t\"]\n"
           "manage-owners = \"yes\"\n"));
  EXPECT_NE(rendered_.find(At(5, 17) + "[objects] manage-owners must be true or false"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(1, 1) + "\"schema\" is a section; write it as [schema] with its "
                                      "keys below [project-value]"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(3, 19) + "[objects] include-schemas must be an array of strings"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(4, 21) + "[objects] exclude must be an array of strings"),
            std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(4, 24) + "\"tabel\" is not a kind of object"), std::string::npos)
      << rendered_;
  EXPECT_NE(rendered_.find(At(4, 39) + "a column cannot be excluded without its table"),
            std::string::npos)
      << rendered_;
}

TEST_F(ProjectTest, ASyntaxErrorIsReportedWhereTheParserStopped) {
  EXPECT_FALSE(Load("[schema]\ndir = schema\n"));
  EXPECT_NE(rendered_.find(At(2, 7)), std::string::npos) << rendered_;
  EXPECT_NE(rendered_.find("the project file is TOML (https://toml.io) [project-syntax]"),
            std::string::npos)
      << rendered_;
}

// The commands read the project file first, and stop at its errors without starting a server.
TEST_F(ProjectTest, CommandsReportTheProjectFilesErrorsAndTheirOwnFlags) {
  WriteFile(dir_.path() / "schemac.toml", "[schema]\ndir = 3\n");
  CommandResult plan = RunSchemac({"plan", "--db", "host=/nonexistent"}, dir_.path());
  EXPECT_EQ(plan.exit_code, 1);
  EXPECT_NE(plan.err.find("schemac.toml:2:7: error: [schema] dir must be a directory or .sql file"),
            std::string::npos)
      << plan.err;

  CommandResult other =
      RunSchemac({"apply", "--project", "other.toml", "--db", "host=/nonexistent"}, dir_.path());
  EXPECT_EQ(other.exit_code, 1);
  EXPECT_NE(other.err.find("the project file other.toml does not exist; give its path with "
                           "--project [io-error]"),
            std::string::npos)
      << other.err;
  std::filesystem::create_directory(dir_.path() / "folder.toml");
  CommandResult folder =
      RunSchemac({"apply", "--project", "folder.toml", "--db", "host=/nonexistent"}, dir_.path());
  EXPECT_NE(folder.err.find("the project file folder.toml is not a file"), std::string::npos)
      << folder.err;

  std::filesystem::remove(dir_.path() / "schemac.toml");
  CommandResult none = RunSchemac({"plan", "--db", "host=/nonexistent"}, dir_.path());
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("no schema files named; give --schema DIR, or write a schemac.toml "
                          "with [schema] dir = \"DIR\" in the current directory [no-schema]"),
            std::string::npos)
      << none.err;

  CommandResult pattern =
      RunSchemac({"dump", "--exclude", "public.a.b.c", "--db", "host=/nonexistent"}, dir_.path());
  EXPECT_EQ(pattern.exit_code, 1);
  EXPECT_NE(pattern.err.find("--exclude: \"public.a.b.c\" is not a pattern"), std::string::npos)
      << pattern.err;
}

}  // namespace
}  // namespace schemac::testing
