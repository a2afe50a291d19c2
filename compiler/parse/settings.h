// What the SET statements of a schema file do to the statements after them, as psql runs the file.
#pragma once

#include <memory>

#include "schemac/base/diagnostics.h"
#include "schemac/parse/ast.h"

namespace schemac::parse {

// FileSettings follows the settings of one file in statement order. search_path is honoured: each
// statement is read under the path the statements before it set; so is
// default_table_access_method (GiveAccessMethod). Settings that cannot change what
// a statement means (statement_timeout, client_min_messages, ...) are accepted, as are settings
// given the value schemac reads every file with (standard_conforming_strings = on, client_encoding
// = UTF8, ...). Any other setting is refused with `unsupported-setting`: it could change what the
// statements after it mean, and schemac would not follow.
class FileSettings {
 public:
  FileSettings();

  // Apply takes in one setting. SET LOCAL and set_config(..., true) last to the end of the
  // transaction: between BEGIN and COMMIT (a setting named "begin", "commit") to COMMIT, else,
  // under psql's autocommit, to the end of their own statement, so that they change nothing.
  void Apply(const ast::Setting& setting, const base::SourceRange& range,
             base::DiagnosticSink& sink);

  // The search_path the next statement is read under.
  const std::shared_ptr<const ast::SearchPath>& search_path() const { return search_path_; }
  // Whether the function bodies of the next statement are checked when it is created (the
  // setting check_function_bodies, as pg_dump turns it off).
  bool check_function_bodies() const { return check_function_bodies_; }
  // GiveAccessMethod gives a table or materialized view that `statement` creates without USING the
  // table access method default_table_access_method names (as pg_dump sets it), when that is not
  // heap; a partitioned or foreign table has none.
  void GiveAccessMethod(ast::Statement& statement) const;

 private:
  // ApplyValue takes in a setting's value, whether for the session or the transaction.
  void ApplyValue(const ast::Setting& setting, const base::SourceRange& range,
                  base::DiagnosticSink& sink);

  std::shared_ptr<const ast::SearchPath> search_path_;
  bool check_function_bodies_ = true;
  std::string table_access_method_ = "heap";
  // Within BEGIN ... COMMIT: the values a SET (not LOCAL) gave, which COMMIT returns to.
  bool in_transaction_ = false;
  std::shared_ptr<const ast::SearchPath> session_search_path_;
  bool session_check_function_bodies_ = true;
  std::string session_table_access_method_ = "heap";
};

// DefaultSearchPath is PostgreSQL's default search_path, "$user", public.
std::shared_ptr<const ast::SearchPath> DefaultSearchPath();

// SplitSearchPath splits a search_path given as one string (set_config's value) as PostgreSQL
// does: comma-separated names, quoted ones as written, others folded to lower case.
ast::SearchPath SplitSearchPath(std::string_view text);

}  // namespace schemac::parse
