// Reading a schema path as a user runs schemac: what cannot be read is an error, never skipped.
// Permission bits do not stop root, so as root the commands that need an unreadable directory
// run schemac as the unprivileged user nobody (setpriv, from util-linux).
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

// A schema directory `input` in a temporary directory that any user may traverse, with a copy of
// schemac beside it (the build tree need not be open to other users).
class SchemaPathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read |
                                     fs::perms::others_exec);
    fs::copy_file(SCHEMAC_BINARY, dir_.path() / "schemac");
    WriteFile(input() / "a.sql", "CREATE TABLE a (id integer);\n");
    WriteFile(input() / "private" / "b.sql", "CREATE TABLE b (id integer);\n");
  }
  void TearDown() override {
    // Give back what a test took away, so that the directory can be removed.
    std::error_code ignored;
    for (const fs::path& path : {input(), input() / "private", input() / "a.sql"}) {
      fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
    }
  }

  fs::path input() const { return dir_.path() / "input"; }

  // Runs schemac with `args` as a user that permission bits apply to.
  CommandResult RunUnprivileged(const std::vector<std::string>& args) {
    std::vector<std::string> argv;
    if (geteuid() == 0) {
      argv = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};
    }
    argv.push_back((dir_.path() / "schemac").string());
    argv.insert(argv.end(), args.begin(), args.end());
    return RunCommand(argv, dir_.path());
  }

  TempDir dir_;
};

void ExpectError(const CommandResult& result, const std::string& code, const std::string& path) {
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("[" + code + "]"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(path + ": "), std::string::npos) << result.err;
}

TEST_F(SchemaPathTest, ReadableSchemaCompilesAsTheUnprivilegedUser) {
  // Proves that the runs below fail for the permissions they test and not for another reason.
  CommandResult result = RunUnprivileged({"check", "input"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("2 tables"), std::string::npos) << result.out;
}

TEST_F(SchemaPathTest, UnreadableSubdirectoryIsAnIoError) {
  fs::permissions(input() / "private", fs::perms::none);
  ExpectError(RunUnprivileged({"check", "input"}), "io-error", "input/private");
  // print and the migration commands load the schema the same way.
  CommandResult print = RunUnprivileged({"print", "input"});
  ExpectError(print, "io-error", "input/private");
  EXPECT_EQ(print.out, "");
  ExpectError(RunUnprivileged({"plan", "--schema", "input", "--dev-db", "host=/nonexistent", "--db",
                               "host=/nonexistent"}),
              "io-error", "input/private");
}

TEST_F(SchemaPathTest, UnsearchableSubdirectoryIsAnIoError) {
  fs::permissions(input() / "private",
                  fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  ExpectError(RunUnprivileged({"check", "input"}), "io-error", "input/private/b.sql");
}

TEST_F(SchemaPathTest, UnreadableRootIsAnIoError) {
  fs::permissions(input(), fs::perms::none);
  ExpectError(RunUnprivileged({"check", "input"}), "io-error", "input");
}

TEST_F(SchemaPathTest, UnreadableFileIsAnIoError) {
  fs::permissions(input() / "a.sql", fs::perms::none);
  ExpectError(RunUnprivileged({"check", "input"}), "io-error", "input/a.sql");
}

TEST_F(SchemaPathTest, LinkedDirectoryIsFollowed) {
  WriteFile(dir_.path() / "shared" / "c.sql", "CREATE TABLE c (id integer);\n");
  fs::create_directory_symlink("../shared", input() / "shared");
  CommandResult result = RunSchemac({"check", "input"}, dir_.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("3 files"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("3 tables"), std::string::npos) << result.out;
}

TEST_F(SchemaPathTest, LinkLoopIsAWarningAndEveryFileIsReadOnce) {
  fs::create_directory_symlink("..", input() / "private" / "up");
  CommandResult result = RunSchemac({"check", "input"}, dir_.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("input/private/up: links back to input, which contains it"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("[directory-loop]"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("2 files"), std::string::npos) << result.out;
}

TEST_F(SchemaPathTest, DanglingLinkIsAnIoError) {
  fs::create_directory_symlink("../gone", input() / "tables");
  ExpectError(RunSchemac({"check", "input"}, dir_.path()), "io-error", "input/tables");
}

TEST_F(SchemaPathTest, FileSizeIsCheckedBeforeTheFileIsRead) {
  // A sparse 2 GiB file under a 256 MiB address-space limit: read first, it would be cut short
  // where memory ran out and its size misreported (or its NUL bytes reported).
  WriteFile(input() / "huge.sql", "");
  fs::resize_file(input() / "huge.sql", 2ull << 30);
  CommandResult result = RunCommand({"sh", "-c", "ulimit -v 262144 && exec \"$0\" \"$@\"",
                                     (dir_.path() / "schemac").string(), "check", "input"},
                                    dir_.path());
  ExpectError(result, "file-too-large", "input/huge.sql");
  EXPECT_NE(result.err.find("file is 2147483648 bytes"), std::string::npos) << result.err;
}

TEST_F(SchemaPathTest, DirectoryWithoutSqlFilesIsAnErrorForEveryCommand) {
  fs::create_directories(dir_.path() / "empty" / "sub");
  WriteFile(dir_.path() / "empty" / "README.md", "no schema here\n");
  const std::vector<std::vector<std::string>> commands = {
      {"check", "empty"},
      {"print", "empty"},
      {"verify", "empty"},
      {"plan", "--schema", "empty", "--dev-db", "host=/nonexistent", "--db", "host=/nonexistent"},
      {"diff", "--from", "empty", "--to", "input", "--dev-db", "host=/nonexistent"},
  };
  for (const auto& command : commands) {
    CommandResult result = RunSchemac(command, dir_.path());
    EXPECT_EQ(result.exit_code, 1) << command[0] << ": " << result.err;
    EXPECT_NE(result.err.find("empty: no .sql files in this directory or below"), std::string::npos)
        << command[0] << ": " << result.err;
    EXPECT_NE(result.err.find("[no-schema-files]"), std::string::npos) << result.err;
  }
}

TEST_F(SchemaPathTest, EmptySqlFilesAreAnEmptySchema) {
  WriteFile(dir_.path() / "blank" / "schema.sql", "");
  WriteFile(dir_.path() / "one.sql", "-- nothing yet\n");
  for (const std::string path : {"blank", "one.sql"}) {
    CommandResult result = RunSchemac({"check", path}, dir_.path());
    EXPECT_EQ(result.exit_code, 0) << path << ": " << result.err;
    EXPECT_NE(result.out.find("0 tables"), std::string::npos) << result.out;
  }
}

TEST_F(SchemaPathTest, SpecialFileIsNamedNotMissing) {
  CommandResult result = RunSchemac({"check", "/dev/null"}, dir_.path());
  ExpectError(result, "io-error", "/dev/null");
  EXPECT_NE(result.err.find("is a character device"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("no such file"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace schemac::testing
