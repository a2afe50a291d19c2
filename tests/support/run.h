// Running the schemac binary from tests, as a user would.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace schemac::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when the command did not exit normally
  std::string out;
  std::string err;
};

// RunSchemac runs the built schemac binary with `args` in directory `cwd`.
CommandResult RunSchemac(const std::vector<std::string>& args, const std::filesystem::path& cwd);

// RunCommand runs `argv` (argv[0] found on PATH) in directory `cwd`, standard input empty.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

// In a forked child: ExecInChild makes standard input /dev/null, sends standard output and error
// to `out` and `err` when they are not empty (they are kept otherwise), sets `env`, changes to
// `cwd` and execs `argv` (argv[0] found on PATH). It never returns: a failure exits with 127.
using Environment = std::vector<std::pair<std::string, std::string>>;
[[noreturn]] void ExecInChild(std::vector<std::string> argv, const std::filesystem::path& cwd,
                              const std::filesystem::path& out, const std::filesystem::path& err,
                              const Environment& env = {});

// ReadFile returns a file's contents, or "" when it cannot be read.
std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& text);

// ConcatenatedSources returns the .sql files under `root` joined in sorted path order, as a user
// would load them with psql.
std::string ConcatenatedSources(const std::filesystem::path& root);

// SchemaCase is a schema directory that compiles without errors: an accepted golden case or an
// example project.
struct SchemaCase {
  std::string name;
  std::filesystem::path input;
  bool raw_load = true;  // false when psql cannot load the files in sorted order
};
void PrintTo(const SchemaCase& schema_case, std::ostream* out);

// ListSchemaCases returns every accepted golden case (tests/golden/cases, not fail_*) and every
// example project (schemas/*, named example_<name>), sorted by name.
std::vector<SchemaCase> ListSchemaCases();

// SourceDir is the repository root.
std::filesystem::path SourceDir();

// TempDir makes a fresh empty directory for the running test, removed by its destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace schemac::testing
