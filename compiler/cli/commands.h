// The CLI's commands. Each returns the process exit code: 0 success, 1 errors (and, for plan
// and diff, 2 when there are changes).
#pragma once

#include <string>
#include <vector>

#include "project.h"

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

// dump refuses to write anything when the database holds objects schemac does not manage,
// unless `skip_unmanaged`; into a directory, it replaces the files of an earlier dump and
// refuses when the directory holds other schema files.
struct DumpOptions {
  std::string db;          // libpq connection string or URI; empty: PG* variables or DATABASE_URL
  std::string output_dir;  // empty: print to standard output
  bool split = false;      // one file per table under <output_dir>/<schema>/
  bool skip_unmanaged = false;  // write the managed objects, without those not managed
  ScopeOptions scope;
};
int RunDump(const DumpOptions& options);

// What plan, diff and apply share: where to normalise schema directories, and output.
struct MigrationOptions {
  std::string dev_db;            // server for scratch databases; empty: a temporary server
  std::string pg_bindir;         // PostgreSQL binaries for the temporary server
  std::string format = "human";  // human, sql, json, markdown
  std::string up_file;           // write the up script here
  std::string down_file;         // write the down script here
  bool timings = false;          // print phase timings to stderr
  ScopeOptions scope;            // the project file, --include-schema, --exclude
};

// plan and diff exit 0 when there is nothing to do, 2 when there are changes, 1 on error.
struct PlanOptions {
  std::string schema;  // empty: the project file's [schema] dir
  std::string db;
  MigrationOptions migration;
};
int RunPlan(const PlanOptions& options);

struct DiffOptions {
  std::string from;  // a schema directory or file, or a connection string
  std::string to;
  MigrationOptions migration;
};
int RunDiff(const DiffOptions& options);

struct ApplyOptions {
  std::string schema;  // empty: the project file's [schema] dir
  std::string db;
  std::vector<std::string> allow;  // hazard codes allowed
  bool allow_hazards = false;      // every hazard allowed
  std::string lock_timeout = "5s";
  bool dry_run = false;
  MigrationOptions migration;
};
int RunApply(const ApplyOptions& options);

// sandbox starts a temporary server, runs `command` with PGHOST, PGPORT, PGUSER, PGDATABASE and
// DATABASE_URL naming a fresh database on it, removes the server and returns the command's exit
// status.
struct SandboxOptions {
  std::string pg_bindir;
  std::string database = "sandbox";
  std::vector<std::string> command;
};
int RunSandbox(const SandboxOptions& options);

}  // namespace schemac::cli
