#include "settings.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "schemac/base/text.h"

namespace schemac::parse {
namespace {

// Settings that decide only how the session runs (time limits, messages, resources), never what
// a statement means.
constexpr std::string_view kHarmless[] = {
    "application_name",
    "check_function_bodies",
    "client_min_messages",
    "constraints",
    "default_statistics_target",
    "default_transaction_isolation",
    "default_transaction_read_only",
    "effective_io_concurrency",
    "escape_string_warning",
    "extra_float_digits",
    "bytea_output",
    "idle_in_transaction_session_timeout",
    "idle_session_timeout",
    "jit",
    "lc_messages",
    "lock_timeout",
    "log_min_messages",
    "log_statement",
    "maintenance_work_mem",
    "max_parallel_maintenance_workers",
    "quote_all_identifiers",
    "row_security",
    "statement_timeout",
    "synchronous_commit",
    "temp_buffers",
    "transaction",
    "work_mem",
};

// Settings that change how statements are read, each with the values schemac reads every schema
// file with (lower case; a list joins its values with ", ").
struct Pinned {
  std::string_view name;
  std::vector<std::string_view> values;
  std::string_view reads_as;
};

const std::vector<Pinned>& PinnedSettings() {
  static const std::vector<Pinned> pinned = {
      {"standard_conforming_strings", {"on", "true", "yes", "1"}, "on"},
      {"backslash_quote", {"safe_encoding", "on", "off", "true", "false"}, "safe_encoding"},
      {"client_encoding", {"utf8", "utf-8", "unicode"}, "UTF8"},
      {"names", {"utf8", "utf-8", "unicode"}, "UTF8"},
      {"default_with_oids", {"off", "false", "no", "0"}, "off"},
      {"default_tablespace", {"", "pg_default"}, "''"},
      {"xmloption", {"content"}, "content"},
      {"transform_null_equals", {"off", "false", "no", "0"}, "off"},
      {"array_nulls", {"on", "true", "yes", "1"}, "on"},
      {"datestyle", {"iso, mdy", "iso", "mdy, iso"}, "'ISO, MDY'"},
      {"intervalstyle", {"postgres"}, "postgres"},
      {"timezone", {"utc", "etc/utc", "gmt", "etc/gmt", "utc0", "z"}, "UTC"},
      {"time zone", {"utc", "etc/utc", "gmt", "etc/gmt", "utc0", "z"}, "UTC"},
  };
  return pinned;
}

void Refuse(const base::SourceRange& range, base::DiagnosticSink& sink, std::string message) {
  sink.Error("unsupported-setting", range, std::move(message));
}

}  // namespace

std::shared_ptr<const ast::SearchPath> DefaultSearchPath() {
  static const std::shared_ptr<const ast::SearchPath> path =
      std::make_shared<const ast::SearchPath>(ast::SearchPath{"$user", "public"});
  return path;
}

ast::SearchPath SplitSearchPath(std::string_view text) {
  ast::SearchPath out;
  size_t i = 0;
  auto skip_blanks = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) {
      ++i;
    }
  };
  skip_blanks();
  while (i < text.size()) {
    std::string name;
    if (text[i] == '"') {
      for (++i; i < text.size(); ++i) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        name += text[i];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != ' ' && text[i] != '\t') {
        name += text[i++];
      }
      name = base::AsciiLower(name);
    }
    out.push_back(name);
    skip_blanks();
    if (i < text.size() && text[i] == ',') {
      ++i;
      skip_blanks();
    }
  }
  return out;
}

FileSettings::FileSettings() : search_path_(DefaultSearchPath()) {}

void FileSettings::Apply(const ast::Setting& setting, const base::SourceRange& range,
                         base::DiagnosticSink& sink) {
  const std::string& name = setting.name;
  if (name.empty()) {
    return;  // a psql meta-command
  }
  if (setting.unreadable) {
    Refuse(range, sink,
           "cannot tell what this set_config() call sets; write SET name = value with literal "
           "values, or remove it");
    return;
  }
  if (name == "begin") {
    if (!in_transaction_) {
      in_transaction_ = true;
      session_search_path_ = search_path_;
      session_check_function_bodies_ = check_function_bodies_;
      session_table_access_method_ = table_access_method_;
    }
    return;
  }
  if (name == "commit") {
    if (in_transaction_) {
      in_transaction_ = false;
      search_path_ = session_search_path_;
      check_function_bodies_ = session_check_function_bodies_;
      table_access_method_ = session_table_access_method_;
    }
    return;
  }
  if (setting.local && !in_transaction_) {
    return;
  }
  ApplyValue(setting, range, sink);
  if (in_transaction_ && !setting.local) {
    session_search_path_ = search_path_;
    session_check_function_bodies_ = check_function_bodies_;
    session_table_access_method_ = table_access_method_;
  }
}

void FileSettings::GiveAccessMethod(ast::Statement& statement) const {
  if (table_access_method_ == "heap") {
    return;
  }
  ast::Identifier method{table_access_method_, statement.range};
  if (auto* table = std::get_if<ast::CreateTable>(&statement.body)) {
    if (!table->access_method && !table->partition_by && !table->foreign) {
      table->access_method = std::move(method);
    }
  } else if (auto* view = std::get_if<ast::CreateView>(&statement.body)) {
    if (view->materialized && !view->access_method) {
      view->access_method = std::move(method);
    }
  }
}

void FileSettings::ApplyValue(const ast::Setting& setting, const base::SourceRange& range,
                              base::DiagnosticSink& sink) {
  const std::string& name = setting.name;
  if (name == "search_path" || name == "schema") {
    if (setting.to_default) {
      search_path_ = DefaultSearchPath();
      return;
    }
    ast::SearchPath path = setting.one_string && setting.values.size() == 1
                               ? SplitSearchPath(setting.values[0])
                               : setting.values;
    // SET search_path = '' names a schema "", which cannot exist: the path is empty.
    path.erase(std::remove(path.begin(), path.end(), std::string()), path.end());
    search_path_ = std::make_shared<const ast::SearchPath>(std::move(path));
    return;
  }
  if (name == "default_table_access_method") {
    // What CREATE TABLE and CREATE MATERIALIZED VIEW without USING are stored with ('' and
    // DEFAULT: heap).
    bool reset = setting.to_default || setting.values.empty() || setting.values[0].empty();
    table_access_method_ = reset ? "heap" : setting.values[0];
    return;
  }
  if (name == "check_function_bodies") {
    std::string value = setting.values.empty() ? "" : base::AsciiLower(setting.values[0]);
    check_function_bodies_ =
        setting.to_default || value == "on" || value == "true" || value == "yes" || value == "1";
    return;
  }
  if (name.find('.') != std::string::npos || name.starts_with("enable_") ||
      std::find(std::begin(kHarmless), std::end(kHarmless), name) != std::end(kHarmless)) {
    return;
  }
  if (name == "role" || name == "session authorization") {
    Refuse(range, sink,
           fmt::format("SET {} changes who owns the objects created after it, and ownership is "
                       "not managed yet; remove it",
                       name == "role" ? "ROLE" : "SESSION AUTHORIZATION"));
    return;
  }
  for (const Pinned& pinned : PinnedSettings()) {
    if (pinned.name != name) {
      continue;
    }
    std::string value;
    for (const std::string& part : setting.values) {
      value += (value.empty() ? "" : ", ") + base::AsciiLower(part);
    }
    bool accepted = !setting.to_default && std::find(pinned.values.begin(), pinned.values.end(),
                                                     value) != pinned.values.end();
    if (!accepted) {
      Refuse(range, sink,
             fmt::format("SET {} to {} would change how the statements after it are read, and "
                         "schemac reads schema files with {} = {}; remove the statement",
                         name, setting.to_default ? "DEFAULT" : "'" + value + "'", name,
                         pinned.reads_as));
    }
    return;
  }
  Refuse(range, sink,
         fmt::format("SET {} is not supported in schema files: schemac cannot tell whether it "
                     "changes what the statements after it mean; remove it",
                     name));
}

}  // namespace schemac::parse
