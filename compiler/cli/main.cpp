// schemac's command line: the only code that knows about argv and exit codes.
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  using schemac::cli::CheckOptions;
  using schemac::cli::PrintOptions;
  using schemac::cli::VerifyOptions;

  CLI::App app{
      "schemac: a declarative schema-as-code compiler for PostgreSQL.\n"
      "Schema files are plain PostgreSQL DDL in a directory of .sql files.",
      "schemac"};
  app.set_version_flag("--version", "schemac 0.1.0");
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 errors (diagnostics on stderr).");

  CheckOptions check;
  CLI::App* check_command = app.add_subcommand(
      "check", "Compile a schema directory and report every error with file:line:col.");
  check_command->add_option("DIR", check.path, "Schema directory (read recursively) or .sql file")
      ->required();

  PrintOptions print;
  CLI::App* print_command = app.add_subcommand(
      "print", "Print the compiled catalog in canonical form (deterministic, byte-identical).");
  print_command->add_option("DIR", print.path, "Schema directory (read recursively) or .sql file")
      ->required();
  print_command->add_option("--format", print.format, "Output format: sql (loadable DDL) or json")
      ->check(CLI::IsMember({"sql", "json"}))
      ->capture_default_str();

  VerifyOptions verify;
  CLI::App* verify_command = app.add_subcommand(
      "verify",
      "Compile a schema, then load its canonical SQL into a temporary PostgreSQL server that "
      "schemac starts and removes itself.");
  verify_command->add_option("DIR", verify.path, "Schema directory (read recursively) or .sql file")
      ->required();
  verify_command->add_option("--pg-bindir", verify.pg_bindir,
                             "Directory of the PostgreSQL server binaries (default: "
                             "$SCHEMAC_PG_BINDIR, pg_config --bindir, /usr/lib/postgresql/*/bin)");

  schemac::cli::DumpOptions dump;
  CLI::App* dump_command = app.add_subcommand(
      "dump",
      "Read a live database and write its schema as schema files (one per schema), which "
      "`schemac check` accepts: how a team adopts schemac on an existing database.");
  dump_command
      ->add_option("--db", dump.db,
                   "Connection string (postgresql://... or key=value); default: the PG* "
                   "environment variables, or DATABASE_URL")
      ->envname("DATABASE_URL");
  dump_command->add_flag(
      "--split", dump.split,
      "With -o: one file per table, in a directory per schema (tables with their "
      "indexes, keys and owned sequences; the rest in <schema>/_schema.sql)");
  dump_command->add_option("-o,--output", dump.output_dir,
                           "Directory to write <schema>.sql files into (default: standard output)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    // --help and --version exit 0; usage errors exit 1 like every other error.
    return code == 0 ? 0 : 1;
  }
  if (*check_command) {
    return schemac::cli::RunCheck(check);
  }
  if (*print_command) {
    return schemac::cli::RunPrint(print);
  }
  if (*verify_command) {
    return schemac::cli::RunVerify(verify);
  }
  if (*dump_command) {
    return schemac::cli::RunDump(dump);
  }
  return 1;
}
