#include "schemac/base/files.h"

#include <fstream>

#include <gtest/gtest.h>

namespace schemac::base {
namespace {

namespace fs = std::filesystem;

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ =
        fs::temp_directory_path() /
        ("schemac-files-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
  }
  void TearDown() override { fs::remove_all(root_); }
  void Write(const fs::path& relative, const std::string& text) {
    std::ofstream(root_ / relative, std::ios::binary) << text;
  }
  fs::path root_;
};

TEST_F(FilesTest, ReadsSqlFilesRecursivelyInSortedOrder) {
  Write("b.sql", "select 1;");
  Write("sub/a.sql", "select 2;");
  Write("a.sql", "select 3;");
  Write("notes.txt", "ignored");
  DiagnosticSink sink;
  auto files = LoadSchemaSources(root_, sink);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(fs::path(files[0]->path()).filename(), "a.sql");
  EXPECT_EQ(fs::path(files[1]->path()).filename(), "b.sql");
  EXPECT_EQ(fs::path(files[2]->path()).parent_path().filename(), "sub");
  EXPECT_FALSE(sink.has_errors());
}

TEST_F(FilesTest, RejectsBinaryAndInvalidUtf8) {
  Write("bin.sql", std::string("CREATE\0TABLE", 12));
  Write("latin1.sql", "COMMENT ON TABLE t IS 'caf\xe9';\n");
  Write("overlong.sql", "\xc0\xaf");
  DiagnosticSink sink;
  auto files = LoadSchemaSources(root_, sink);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(sink.diagnostics().size(), 3u);
  EXPECT_EQ(sink.diagnostics()[0].code, "binary-file");
  EXPECT_EQ(sink.diagnostics()[1].code, "invalid-utf8");
  EXPECT_EQ(sink.diagnostics()[1].range.line, 1u);
  EXPECT_EQ(sink.diagnostics()[1].range.column, 27u);
  EXPECT_EQ(sink.diagnostics()[2].code, "invalid-utf8");
}

TEST_F(FilesTest, ReportsDanglingLinks) {
  Write("a.sql", "select 1;");
  fs::create_symlink(root_ / "missing.sql", root_ / "link.sql");
  DiagnosticSink sink;
  auto files = LoadSchemaSources(root_, sink);
  EXPECT_EQ(files.size(), 1u);
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].code, "io-error");
}

TEST_F(FilesTest, ReportsMissingPath) {
  DiagnosticSink sink;
  auto files = LoadSchemaSources(root_ / "missing", sink);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].code, "no-such-path");
}

TEST_F(FilesTest, FollowsLinkedDirectoriesAndReadsEachDirectoryOnce) {
  Write("sub/a.sql", "select 1;");
  fs::create_directories(root_ / "elsewhere");
  Write("elsewhere/b.sql", "select 2;");
  fs::create_directories(root_ / "schema");
  fs::create_directory_symlink("../sub", root_ / "schema" / "first");
  fs::create_directory_symlink("../sub", root_ / "schema" / "second");
  fs::create_directory_symlink("../elsewhere", root_ / "schema" / "third");
  fs::create_directory_symlink("../schema", root_ / "elsewhere" / "loop");
  DiagnosticSink sink;
  auto files = LoadSchemaSources(root_ / "schema", sink);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0]->path(), (root_ / "schema" / "first" / "a.sql").string());
  EXPECT_EQ(files[1]->path(), (root_ / "schema" / "third" / "b.sql").string());
  EXPECT_FALSE(sink.has_errors());
  ASSERT_EQ(sink.diagnostics().size(), 2u);
  EXPECT_EQ(sink.diagnostics()[0].code, "duplicate-directory");
  EXPECT_NE(sink.diagnostics()[0].message.find("second: the same directory as"), std::string::npos);
  EXPECT_EQ(sink.diagnostics()[1].code, "directory-loop");
  EXPECT_NE(sink.diagnostics()[1].message.find("loop: links back to"), std::string::npos);
}

TEST_F(FilesTest, DirectoryWithoutSqlFilesIsAnError) {
  Write("notes.txt", "no schema");
  DiagnosticSink sink;
  EXPECT_TRUE(LoadSchemaSources(root_, sink).empty());
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].code, "no-schema-files");
  // An empty .sql file is an empty schema.
  Write("sub/empty.sql", "");
  DiagnosticSink empty_sink;
  EXPECT_EQ(LoadSchemaSources(root_, empty_sink).size(), 1u);
  EXPECT_TRUE(empty_sink.diagnostics().empty());
}

TEST_F(FilesTest, ReportsWhatASpecialFileIs) {
  DiagnosticSink sink;
  EXPECT_TRUE(LoadSchemaSources("/dev/null", sink).empty());
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].code, "io-error");
  EXPECT_EQ(sink.diagnostics()[0].message.substr(0, 34), "/dev/null: is a character device, ");
}

}  // namespace
}  // namespace schemac::base
