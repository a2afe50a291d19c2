#include "support/run.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace schemac::testing {
namespace fs = std::filesystem;

CommandResult RunSchemac(const std::vector<std::string>& args, const fs::path& cwd) {
  std::vector<std::string> argv = {SCHEMAC_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunCommand(argv, cwd);
}

CommandResult RunCommand(const std::vector<std::string>& command, const fs::path& cwd) {
  TempDir capture;
  fs::path out_path = capture.path() / "out";
  fs::path err_path = capture.path() / "err";
  pid_t pid = fork();
  if (pid == 0) {
    ExecInChild(command, cwd, out_path, err_path);
  }
  CommandResult result;
  int status = 0;
  if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  }
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

void ExecInChild(std::vector<std::string> argv, const fs::path& cwd, const fs::path& out,
                 const fs::path& err, const Environment& env) {
  const int null = open("/dev/null", O_RDONLY);
  if (null < 0 || dup2(null, 0) < 0 || chdir(cwd.c_str()) != 0) {
    _exit(127);
  }
  for (const auto& [target, path] : {std::pair{1, out}, std::pair{2, err}}) {
    if (path.empty()) {
      continue;
    }
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || dup2(fd, target) < 0) {
      _exit(127);
    }
  }
  for (const auto& [name, value] : env) {
    setenv(name.c_str(), value.c_str(), 1);
  }
  std::vector<char*> pointers;
  for (std::string& arg : argv) {
    pointers.push_back(arg.data());
  }
  pointers.push_back(nullptr);
  execvp(pointers[0], pointers.data());
  _exit(127);
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string ConcatenatedSources(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });
  std::string sql;
  for (const fs::path& file : files) {
    sql += ReadFile(file) + "\n";
  }
  return sql;
}

void PrintTo(const SchemaCase& schema_case, std::ostream* out) {
  *out << schema_case.name;
}

std::vector<SchemaCase> ListSchemaCases() {
  std::vector<SchemaCase> cases;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "tests" / "golden" / "cases")) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && !name.starts_with("fail_")) {
      cases.push_back({name, entry.path() / "input", !fs::exists(entry.path() / "raw_load.skip")});
    }
  }
  for (const auto& entry : fs::directory_iterator(SourceDir() / "schemas")) {
    if (entry.is_directory()) {
      // The library project's files use what later files declare (domains, functions), as
      // schema files may: psql cannot load them in sorted order.
      std::string name = entry.path().filename().string();
      cases.push_back({"example_" + name, entry.path(), name != "library"});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const SchemaCase& a, const SchemaCase& b) { return a.name < b.name; });
  return cases;
}

fs::path SourceDir() {
  return fs::path(SCHEMAC_SOURCE_DIR);
}

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "schemac-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) != nullptr) {
    path_ = pattern;
  }
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace schemac::testing
