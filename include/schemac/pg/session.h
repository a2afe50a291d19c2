// A session with a PostgreSQL server, on libpq. Every session schemac opens pins the settings its
// SQL relies on (kPinnedSettings), whatever the server, the database or the role set; a refused
// statement comes back with the server's fields (SQLSTATE, detail, hint, position) read from
// libpq's structured fields, never from its localised text.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::pg {

// The settings every session of schemac pins right after connecting, as one SQL string.
//   - standard_conforming_strings, escape_string_warning: literals are read as schemac writes
//     them ('...' with quotes doubled, backslashes as they are).
//   - search_path = '': names in generated SQL are schema-qualified, and the server prints types
//     and expressions qualified, so that what is read back does not depend on a search_path and
//     no schema earlier in a path can capture a function or operator.
//   - DateStyle, IntervalStyle, TimeZone, extra_float_digits, bytea_output, lc_monetary,
//     quote_all_identifiers, xmloption: how the server prints and reads values in expressions,
//     so that the texts of defaults and checks read from two servers compare.
//   - idle_session_timeout, idle_in_transaction_session_timeout = 0: a session that waits while
//     schemac works elsewhere (the lock, the scratch database's owner) is never closed.
//   - client_min_messages = warning: notices are not the user's business.
// lock_timeout and statement_timeout are set per use (apply, introspection).
std::string_view PinnedSettings();

// ServerError is what the server, or libpq, said about a refused statement.
struct ServerError {
  std::string sqlstate;  // five characters; empty when libpq failed on its own (connection lost)
  std::string primary;   // the primary message, in the server's language
  std::string detail;
  std::string hint;
  // The 1-based character (not byte) position in the statement text the server points at.
  std::optional<size_t> position;
  // For an error in a query the statement ran on its own (a function's body): that query, and
  // the 1-based character position in it the server points at.
  std::optional<size_t> internal_position;
  std::string internal_query;
  // Whether the connection is gone (the server ended the session, the network failed).
  bool connection_lost = false;
};

// Error is a statement refused by the server, or a failure of the connection while running it.
class Error : public std::runtime_error {
 public:
  explicit Error(ServerError error);
  const ServerError& error() const { return error_; }

 private:
  ServerError error_;
};

// Result is the rows a query returned, as text.
class Result {
 public:
  Result() = default;
  size_t rows() const { return values_.size(); }
  // Value returns the value of column `column` (0-based) of row `row`; nullopt for NULL.
  const std::optional<std::string>& Value(size_t row, size_t column) const {
    return values_[row][column];
  }

 private:
  friend class Session;
  std::vector<std::vector<std::optional<std::string>>> values_;
};

class Session {
 public:
  // Open connects to `connection` (a libpq key=value string or URI, empty for libpq's defaults)
  // through PrepareConnectionString, then pins the settings. On failure returns nullptr with
  // *error set to libpq's or the server's reason, with any password in it replaced by "***".
  static std::unique_ptr<Session> Open(const std::string& connection, std::string* error);

  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Exec runs `sql`, one statement or several separated by ";" (then, outside a transaction
  // block, they run as one transaction), and returns the rows of the last one. Throws Error.
  Result Exec(const std::string& sql);

  // Cancel asks the server to cancel the statement running in this session now, if any. Safe to
  // call from another thread while Exec runs.
  void Cancel();

  // The server's process id for this session.
  int backend_pid() const;

 private:
  struct Handle;
  explicit Session(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

// CancelAllSessions asks the server to cancel the statement each open Session is running, from
// any thread: what a terminated command calls before it ends, so that no statement of its (an
// ALTER TABLE rewriting a table, one queued behind a lock) goes on running after it.
void CancelAllSessions();

}  // namespace schemac::pg
