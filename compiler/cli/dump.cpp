// schemac dump: the schema of a live database as schema files.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "schemac/base/diagnostics.h"
#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"
#include "schemac/catalog/scope.h"
#include "schemac/introspect/introspect.h"
#include "schemac/plan/canonical.h"

#include "commands.h"
#include "output.h"
#include "progress.h"
#include "unmanaged.h"

namespace schemac::cli {
namespace {

namespace fs = std::filesystem;

// Every file dump writes begins with a line "-- Schema <name>, read from a live database by
// schemac dump.", by which a later dump into the same directory knows it.
constexpr std::string_view kHeaderStart = "-- Schema ";
constexpr std::string_view kHeaderEnd = ", read from a live database by schemac dump.";
// A name of at most 63 bytes, quoted, fits well within this.
constexpr size_t kLongestHeader = 512;
// How many files a diagnostic names before it says how many more there are.
constexpr size_t kNamedFiles = 10;

// The part of no schema (default privileges for every schema) is "(none)".
std::string Header(const std::string& schema) {
  return fmt::format("{}{}{}\n", kHeaderStart,
                     schema.empty() ? "(none)" : base::QuoteIdentifier(schema), kHeaderEnd);
}

// WrittenByDump says whether the file at `path` begins with the header of a dump.
bool WrittenByDump(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line(kLongestHeader, '\0');
  in.getline(line.data(), static_cast<std::streamsize>(line.size()));
  if (in.bad() || (in.fail() && !in.eof())) {
    return false;
  }
  line.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount() - 1, 0)));
  return line.starts_with(kHeaderStart) && line.ends_with(kHeaderEnd);
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

// The files of a dump into `dir`, by path, with their contents: one per schema, each holding the
// objects of that schema (the compiler resolves the references between them whatever the order
// the files are read in), or with `split` one per table and one for the rest of each schema.
std::map<fs::path, std::string> DumpFiles(const catalog::Catalog& live, const fs::path& dir,
                                          bool split) {
  std::map<fs::path, std::string> files;
  std::set<std::string> schema_names;
  for (const auto& [schema, part] : catalog::SplitBySchema(live)) {
    std::string schema_file = FileName(schema.empty() ? "_database" : schema, schema_names);
    if (!split) {
      files[dir / (schema_file + ".sql")] = Header(schema) + plan::CanonicalSql(part);
      continue;
    }
    std::set<std::string> table_names = {"_schema"};
    for (const auto& [table, piece] : catalog::SplitByTable(part)) {
      std::string file = table.empty() ? "_schema" : FileName(table, table_names);
      files[dir / schema_file / (file + ".sql")] = Header(schema) + plan::CanonicalSql(piece);
    }
  }
  return files;
}

// The .sql entries already under the output directory: files of an earlier dump, and the others,
// which would be read as part of the schema.
struct Existing {
  std::vector<fs::path> earlier;
  std::vector<fs::path> foreign;
};

// Reports an io-error and returns nothing when the directory cannot be read through.
std::optional<Existing> FindExisting(const fs::path& dir, base::DiagnosticSink& sink) {
  Existing existing;
  std::error_code error;
  if (!fs::exists(dir, error)) {
    return existing;
  }
  if (!fs::is_directory(dir, error)) {
    sink.Error("io-error", {},
               fmt::format("{} is not a directory; give a directory to write the files into",
                           dir.string()));
    return std::nullopt;
  }
  fs::recursive_directory_iterator it(dir, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::directory_entry& entry = *it;
    bool sql = entry.path().extension() == ".sql";
    std::error_code status_error;
    if (entry.is_symlink(status_error)) {
      // Links are not followed; one to a directory could hold schema files.
      if (sql || entry.is_directory(status_error)) {
        existing.foreign.push_back(entry.path());
      }
    } else if (sql) {
      if (entry.is_regular_file(status_error) && WrittenByDump(entry.path())) {
        existing.earlier.push_back(entry.path());
      } else if (!entry.is_directory(status_error)) {
        existing.foreign.push_back(entry.path());
      }
    }
  }
  if (error) {
    sink.Error("io-error", {},
               fmt::format("cannot read {}: {}; dump needs to see every .sql file under it",
                           dir.string(), error.message()));
    return std::nullopt;
  }
  std::sort(existing.earlier.begin(), existing.earlier.end());
  std::sort(existing.foreign.begin(), existing.foreign.end());
  return existing;
}

// Writes every file, each first under a temporary name beside it that is not read as schema
// (not .sql) and then renamed, so that a failed dump leaves the directory as it was, files of
// an earlier dump included. Returns false after reporting an io-error.
bool WriteFiles(const fs::path& dir, const std::map<fs::path, std::string>& files,
                base::DiagnosticSink& sink) {
  std::vector<std::pair<fs::path, fs::path>> written;  // temporary, final
  auto fail = [&](const std::string& message) {
    for (const auto& [temporary, path] : written) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
    }
    sink.Error("io-error", {}, message);
    return false;
  };
  std::error_code dir_error;
  fs::create_directories(dir, dir_error);
  if (dir_error) {
    return fail(fmt::format("cannot create {}: {}", dir.string(), dir_error.message()));
  }
  for (const auto& [path, text] : files) {
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
      return fail(
          fmt::format("cannot create {}: {}", path.parent_path().string(), error.message()));
    }
    fs::path temporary = path;
    temporary += ".schemac-tmp";
    written.emplace_back(temporary, path);
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
      return fail(fmt::format("cannot write {}", temporary.string()));
    }
  }
  for (const auto& [temporary, path] : written) {
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
      return fail(fmt::format("cannot write {}: {}", path.string(), error.message()));
    }
  }
  return true;
}

// Removes the files of an earlier dump that this one did not write again, and the directories
// that held only them. Returns how many files it removed, or nothing after an io-error.
std::optional<size_t> RemoveStale(const std::vector<fs::path>& earlier,
                                  const std::map<fs::path, std::string>& files, const fs::path& dir,
                                  base::DiagnosticSink& sink) {
  size_t removed = 0;
  for (const fs::path& path : earlier) {
    if (files.count(path) > 0) {
      continue;
    }
    std::error_code error;
    fs::remove(path, error);
    if (error) {
      sink.Error("io-error", {},
                 fmt::format("cannot remove {}, a file of an earlier dump: {}; remove it by hand",
                             path.string(), error.message()));
      return std::nullopt;
    }
    ++removed;
    // The directories of the removed file up to `dir` go too when nothing is left in them.
    fs::path parent = path.parent_path();
    while (parent != dir && fs::is_empty(parent, error) && fs::remove(parent, error)) {
      parent = parent.parent_path();
    }
  }
  return removed;
}

// Says on standard error how many objects the project's scope left out of the dump, by rule.
void ReportExcluded(const catalog::Unmanaged& unmanaged) {
  if (unmanaged.excluded.empty()) {
    return;
  }
  ClearProgress();
  std::cerr << fmt::format("Excluded on purpose (the dump leaves them out): {}.\n",
                           Plural(unmanaged.excluded.size(), "object", "objects"));
  // The objects are sorted by rule: count each run.
  const std::vector<catalog::ExcludedObject>& items = unmanaged.excluded;
  for (size_t start = 0, end = 0; start < items.size(); start = end) {
    while (end < items.size() && items[end].rank == items[start].rank) {
      ++end;
    }
    std::cerr << fmt::format("  {} by {} ({})\n", Plural(end - start, "object", "objects"),
                             items[start].rule, items[start].origin);
  }
}

}  // namespace

int RunDump(const DumpOptions& options) {
  std::string connection = DefaultConnection(options.db);
  base::DiagnosticSink sink;
  std::optional<project::Project> project = ReadProject(options.scope, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  std::optional<ProgressTask> task(std::in_place, "reading the database");
  catalog::Catalog live = introspect::Introspect(connection, sink);
  task.reset();
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  WarnAbsentSchemas(project->scope, {&live}, "not in the database");
  catalog::ApplyScope(project->scope, live);
  ReportExcluded(live.unmanaged);
  WarnUnmanaged(live.unmanaged, UnmanagedUse::kDump, sink);
  if (size_t objects = live.unmanaged.ObjectCount(); objects > 0 && !options.skip_unmanaged) {
    sink.Error("dump-incomplete", {},
               fmt::format("the database holds {} that schemac does not manage, so the files "
                           "would not hold all of its schema; give --skip-unmanaged to write "
                           "them without {}",
                           Plural(objects, "object", "objects"), objects == 1 ? "it" : "these"));
  }
  if (options.output_dir.empty()) {
    if (ReportDiagnostics(sink)) {
      return 1;
    }
    ClearProgress();
    std::cout << plan::CanonicalSql(live);
    return 0;
  }
  // Without a trailing separator, so that the directories of the files compare equal to it.
  fs::path dir = fs::path(options.output_dir).lexically_normal();
  if (!dir.has_filename() && dir.has_relative_path()) {
    dir = dir.parent_path();
  }
  std::optional<Existing> existing;
  if (!sink.has_errors()) {
    existing = FindExisting(dir, sink);
  }
  if (existing && !existing->foreign.empty()) {
    base::Diagnostic& diagnostic = sink.Error(
        "dump-conflict", {},
        fmt::format("{} holds {} that schemac dump did not write and that would be read as part "
                    "of the schema; move {} away or dump into another directory",
                    dir.string(), Plural(existing->foreign.size(), "file", "files"),
                    existing->foreign.size() == 1 ? "it" : "them"));
    for (size_t i = 0; i < existing->foreign.size() && i < kNamedFiles; ++i) {
      diagnostic.notes.push_back({{}, existing->foreign[i].string()});
    }
    if (existing->foreign.size() > kNamedFiles) {
      diagnostic.notes.push_back(
          {{}, fmt::format("and {} more", existing->foreign.size() - kNamedFiles)});
    }
  }
  task.emplace("writing the files");
  std::map<fs::path, std::string> files = DumpFiles(live, dir, options.split);
  std::optional<size_t> removed;
  if (!sink.has_errors() && WriteFiles(dir, files, sink)) {
    removed = RemoveStale(existing->earlier, files, dir, sink);
  }
  task.reset();
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  ClearProgress();
  std::cout << fmt::format("wrote {} to {}", Plural(files.size(), "file", "files"),
                           options.output_dir);
  if (removed.value_or(0) > 0) {
    std::cout << fmt::format("; removed {} of an earlier dump", Plural(*removed, "file", "files"));
  }
  std::cout << "\n";
  return 0;
}

}  // namespace schemac::cli
