#include "commands.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <malloc.h>

#include "schemac/base/diagnostics.h"
#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"
#include "schemac/introspect/introspect.h"
#include "schemac/pgserver/server.h"
#include "schemac/sema/compile.h"

#include "output.h"

namespace schemac::cli {
namespace {

std::string Summary(const sema::CompileResult& result) {
  catalog::Counts counts = catalog::CountObjects(result.catalog);
  return fmt::format(
      "{}, {}: {}, {}, {}, {}, {} ({}, {}), {}, {}", Plural(result.files, "file", "files"),
      Plural(result.statements, "statement", "statements"),
      Plural(counts.schemas, "schema", "schemas"),
      Plural(counts.extensions, "extension", "extensions"),
      Plural(counts.enums, "enum type", "enum types"),
      Plural(counts.sequences, "sequence", "sequences"), Plural(counts.tables, "table", "tables"),
      Plural(counts.columns, "column", "columns"),
      Plural(counts.constraints, "constraint", "constraints"),
      Plural(counts.indexes, "index", "indexes"), Plural(counts.comments, "comment", "comments"));
}

// A file name for an object name: characters other than letters, digits, "_", "-" and "." become
// "_", and a name already used gets a numeric suffix.
std::string FileName(const std::string& name, std::set<std::string>& used) {
  std::string base;
  for (char c : name) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '-' || (c == '.' && !base.empty());
    base += safe ? c : '_';
  }
  std::string candidate = base.empty() ? "_" : base;
  for (int suffix = 2; !used.insert(candidate).second; ++suffix) {
    candidate = fmt::format("{}_{}", base, suffix);
  }
  return candidate;
}

}  // namespace

int RunCheck(const CheckOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = sema::CompilePath(options.path, sink);
  bool failed = ReportDiagnostics(sink);
  std::cout << fmt::format("{}: {}\n", options.path, Summary(result));
  return failed ? 1 : 0;
}

int RunPrint(const PrintOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = sema::CompilePath(options.path, sink);
  // The syntax trees are gone; give their memory back before the output is built.
  malloc_trim(0);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  std::cout << (options.format == "json" ? catalog::PrintJson(result.catalog)
                                         : catalog::PrintSql(result.catalog));
  return 0;
}

int RunVerify(const VerifyOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = sema::CompilePath(options.path, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  std::cout << fmt::format("compiled {}: {}\n", options.path, Summary(result));
  std::string error;
  pgserver::ServerOptions server_options;
  server_options.bin_dir = options.pg_bindir;
  auto server = pgserver::EphemeralServer::Start(server_options, &error);
  if (server == nullptr) {
    std::cerr << "error: cannot start a temporary PostgreSQL server: " << error << "\n";
    return 1;
  }
  const std::string database = "schemac_verify";
  if (!server->CreateDatabase(database, &error)) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  pgserver::PsqlResult load = server->RunPsql(catalog::PrintSql(result.catalog), database);
  if (load.exit_code != 0) {
    std::cerr << "error: the compiled schema did not load into PostgreSQL [load-failed]\n"
              << load.errors;
    return 1;
  }
  pgserver::PsqlResult census = server->RunPsql(
      "\\pset tuples_only on\n\\pset format unaligned\n"
      "SELECT current_setting('server_version') || ': ' || count(*) FILTER (WHERE relkind = 'r')"
      " || ' tables, ' || count(*) FILTER (WHERE relkind = 'i') || ' indexes, '"
      " || count(*) FILTER (WHERE relkind = 'S') || ' sequences'"
      " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast');",
      database);
  std::string line = census.output;
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) {
    line.pop_back();
  }
  std::cout << fmt::format("loaded into a temporary PostgreSQL {}\n", line);
  return 0;
}

int RunDump(const DumpOptions& options) {
  std::string connection = DefaultConnection(options.db);
  base::DiagnosticSink sink;
  catalog::Catalog live = introspect::Introspect(connection, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  if (options.output_dir.empty()) {
    std::cout << catalog::PrintSql(live);
    return 0;
  }
  // One file per schema, each holding the objects of that schema; the compiler resolves the
  // references between them whatever the order the files are read in.
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(options.output_dir, error);
  if (error) {
    std::cerr << fmt::format("error: cannot create {}: {} [io-error]\n", options.output_dir,
                             error.message());
    return 1;
  }
  size_t files = 0;
  std::set<std::string> schema_names;
  for (const auto& [schema, part] : catalog::SplitBySchema(live)) {
    std::string schema_file = FileName(schema, schema_names);
    std::map<std::string, catalog::Catalog> pieces;
    if (options.split) {
      pieces = catalog::SplitByTable(part);
    } else {
      pieces[""] = part;
    }
    std::set<std::string> table_names = {"_schema"};
    for (const auto& [table, piece] : pieces) {
      fs::path path = fs::path(options.output_dir) / (schema_file + ".sql");
      if (options.split) {
        std::string file = table.empty() ? "_schema" : FileName(table, table_names);
        path = fs::path(options.output_dir) / schema_file / (file + ".sql");
      }
      fs::create_directories(path.parent_path(), error);
      std::ofstream out(path, std::ios::binary);
      out << fmt::format("-- Schema {}, read from a live database by schemac dump.\n",
                         base::QuoteIdentifier(schema))
          << catalog::PrintSql(piece);
      if (!out) {
        std::cerr << fmt::format("error: cannot write {} [io-error]\n", path.string());
        return 1;
      }
      ++files;
    }
  }
  std::cout << fmt::format("wrote {} files to {}\n", files, options.output_dir);
  return 0;
}

}  // namespace schemac::cli
