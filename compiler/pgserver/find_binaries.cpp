// FindBinDir: where the PostgreSQL server programs are.
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include "schemac/pgserver/server.h"

#include "process.h"

namespace schemac::pgserver {
namespace {

constexpr const char* kEnvironmentVariable = "SCHEMAC_PG_BINDIR";
constexpr const char* kHowToFix =
    "install postgresql-15 or set SCHEMAC_PG_BINDIR to the directory holding initdb and postgres";

// MissingProgram returns the first server program `dir` lacks, or nullptr when it has them all.
const char* MissingProgram(const std::string& dir) {
  for (const char* program : {"initdb", "postgres"}) {
    if (access(fmt::format("{}/{}", dir, program).c_str(), X_OK) != 0) {
      return program;
    }
  }
  return nullptr;
}

std::string FindInPath(const std::string& name) {
  if (name.find('/') != std::string::npos) {
    return access(name.c_str(), X_OK) == 0 ? name : std::string();
  }
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/bin:/bin";
  while (true) {
    const std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) {
      dir = ".";
    }
    std::string candidate = fmt::format("{}/{}", dir, name);
    if (access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    if (colon == std::string_view::npos) {
      return {};
    }
    rest.remove_prefix(colon + 1);
  }
}

// PgConfigBinDir returns what `pg_config --bindir` prints, or nothing with *note saying why.
std::optional<std::string> PgConfigBinDir(const std::string& pg_config, std::string* note) {
  const std::string program = FindInPath(pg_config);
  if (program.empty()) {
    *note = fmt::format("{} not found in PATH", pg_config);
    return std::nullopt;
  }
  SpawnOptions options;
  options.argv = {program, "--bindir"};
  RunResult result;
  std::string error;
  if (!Run(options, "", &result, &error)) {
    *note = error;
    return std::nullopt;
  }
  if (result.status.exit_code != 0) {
    *note = fmt::format("{} {}", program, DescribeExit(result.status));
    return std::nullopt;
  }
  std::string dir = result.output;
  while (!dir.empty() && (dir.back() == '\n' || dir.back() == '\r' || dir.back() == ' ')) {
    dir.pop_back();
  }
  return dir;
}

// VersionKey turns "15" or "9.6" into {15} or {9, 6}; empty when the name is not a version.
std::vector<int> VersionKey(const std::string& name) {
  std::vector<int> key;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t dot = name.find('.', start);
    const std::string part =
        name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (part.empty() || part.size() > 6 ||
        part.find_first_not_of("0123456789") != std::string::npos) {
      return {};
    }
    key.push_back(std::atoi(part.c_str()));
    if (dot == std::string::npos) {
      break;
    }
    start = dot + 1;
  }
  return key;
}

// HighestVersionBinDir returns <root>/<version>/bin for the highest version that has the server
// programs, or nothing with *note saying why.
std::optional<std::string> HighestVersionBinDir(const std::string& root, std::string* note) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(root, ec);
  if (ec) {
    *note = "no such directory";
    return std::nullopt;
  }
  std::vector<int> best_key;
  std::optional<std::string> best;
  std::vector<std::string> incomplete;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::vector<int> key = VersionKey(name);
    if (key.empty()) {
      continue;
    }
    const std::string bin = fmt::format("{}/{}/bin", root, name);
    if (const char* missing = MissingProgram(bin)) {
      incomplete.push_back(fmt::format("{} lacks {}", bin, missing));
      continue;
    }
    if (!best || key > best_key) {
      best_key = std::move(key);
      best = bin;
    }
  }
  if (!best) {
    *note = incomplete.empty() ? std::string("no version found")
                               : fmt::format("{}", fmt::join(incomplete, ", "));
  }
  return best;
}

}  // namespace

std::string FindBinDir(const BinDirSearch& search, std::string* error) {
  if (!search.explicit_dir.empty()) {
    if (const char* missing = MissingProgram(search.explicit_dir)) {
      *error = fmt::format(
          "PostgreSQL server programs not found in {}: no executable {}; give --pg-bindir the "
          "directory that holds initdb and postgres",
          search.explicit_dir, missing);
      return {};
    }
    return search.explicit_dir;
  }
  std::vector<std::string> tried;
  if (search.use_environment) {
    const char* from_environment = std::getenv(kEnvironmentVariable);
    if (from_environment != nullptr && *from_environment != '\0') {
      if (const char* missing = MissingProgram(from_environment)) {
        *error = fmt::format(
            "PostgreSQL server programs not found in {} ({}): no executable {}; set {} to the "
            "directory holding initdb and postgres",
            from_environment, kEnvironmentVariable, missing, kEnvironmentVariable);
        return {};
      }
      return from_environment;
    }
    tried.push_back(fmt::format("{} (not set)", kEnvironmentVariable));
  }
  if (!search.pg_config.empty()) {
    std::string note;
    if (std::optional<std::string> dir = PgConfigBinDir(search.pg_config, &note)) {
      const char* missing = MissingProgram(*dir);
      if (missing == nullptr) {
        return *dir;
      }
      note = fmt::format("{} lacks {}", *dir, missing);
    }
    tried.push_back(fmt::format("{} --bindir ({})", search.pg_config, note));
  }
  if (!search.versions_root.empty()) {
    std::string note;
    if (std::optional<std::string> dir = HighestVersionBinDir(search.versions_root, &note)) {
      return *dir;
    }
    tried.push_back(fmt::format("{}/*/bin ({})", search.versions_root, note));
  }
  *error = fmt::format("PostgreSQL server programs (initdb, postgres) not found; tried {}; {}",
                       fmt::join(tried, ", "), kHowToFix);
  return {};
}

std::string FindBinDir(const std::string& explicit_dir, std::string* error) {
  BinDirSearch search;
  search.explicit_dir = explicit_dir;
  return FindBinDir(search, error);
}

}  // namespace schemac::pgserver
