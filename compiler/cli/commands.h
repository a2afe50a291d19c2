// The CLI's commands. Each returns the process exit code: 0 success, 1 errors.
#pragma once

#include <string>

namespace schemac::cli {

struct CheckOptions {
  std::string path;
};
int RunCheck(const CheckOptions& options);

struct PrintOptions {
  std::string path;
  std::string format = "sql";
};
int RunPrint(const PrintOptions& options);

struct VerifyOptions {
  std::string path;
  std::string pg_bindir;
};
int RunVerify(const VerifyOptions& options);

struct DumpOptions {
  std::string db;          // libpq connection string or URI; empty: PG* variables or DATABASE_URL
  std::string output_dir;  // empty: print to standard output
  bool split = false;      // one file per table under <output_dir>/<schema>/
};
int RunDump(const DumpOptions& options);

}  // namespace schemac::cli
