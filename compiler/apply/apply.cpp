#include "schemac/apply/apply.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/pg/session.h"

namespace schemac::apply {
namespace {

// The key of the advisory lock every schemac run takes: "schemac" in ASCII, as one bigint.
constexpr long long kLockKey = 0x736368656d6163;

// SQLSTATE lock_not_available: lock_timeout ran out.
constexpr std::string_view kLockNotAvailable = "55P03";

std::string StepName(const plan::Step& step) {
  return fmt::format("{} {}: {}", catalog::KindName(step.object.kind),
                     catalog::TopLevelText(step.object), step.description);
}

// Opens a session to `connection`; nullptr after reporting `connection-failed`.
std::unique_ptr<pg::Session> Connect(const std::string& connection, base::DiagnosticSink& sink) {
  std::string reason;
  std::unique_ptr<pg::Session> session = pg::Session::Open(connection, &reason);
  if (session == nullptr) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database: {}; check the connection string and "
                           "that the server is running",
                           reason));
  }
  return session;
}

// Adds the server's detail, hint and SQLSTATE of `error` to `diagnostic` as notes.
void AddServerNotes(const pg::ServerError& error, base::Diagnostic& diagnostic) {
  if (!error.detail.empty()) {
    diagnostic.notes.push_back({{}, "the server's detail: " + error.detail});
  }
  if (!error.hint.empty()) {
    diagnostic.notes.push_back({{}, "the server's hint: " + error.hint});
  }
  if (!error.sqlstate.empty()) {
    diagnostic.notes.push_back({{}, "SQLSTATE " + error.sqlstate});
  }
}

// A query that returns a row when this session holds the run lock. An advisory lock on one bigint
// key shows in pg_locks as classid (its high half), objid (its low half) and objsubid 1.
std::string LockHeldQuery() {
  return fmt::format(
      "SELECT FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND "
      "pid = pg_catalog.pg_backend_pid() AND granted AND classid = {} AND objid = {} AND "
      "objsubid = 1",
      kLockKey >> 32, kLockKey & 0xffffffff);
}

// Runs the plan in one transaction on `session`; with `check_lock`, commits only when the session
// still holds the run lock.
bool RunPlan(pg::Session& session, const plan::Plan& plan, const ApplyOptions& options,
             bool check_lock, base::DiagnosticSink& sink) {
  const plan::Step* current = nullptr;
  const std::string* statement = nullptr;
  bool committing = false;
  try {
    session.Exec("BEGIN");
    session.Exec("SET LOCAL lock_timeout = " + base::QuoteLiteral(options.lock_timeout));
    for (const plan::Step& step : plan.steps) {
      current = &step;
      for (const std::string& sql : step.statements) {
        statement = &sql;
        session.Exec(sql);
      }
      if (options.on_step) {
        options.on_step(static_cast<size_t>(&step - plan.steps.data()) + 1, plan.steps.size());
      }
    }
    current = nullptr;
    statement = nullptr;
    if (check_lock && session.Exec(LockHeldQuery()).rows() == 0) {
      session.Exec("ROLLBACK");
      sink.Error("apply-failed", {},
                 "this run lost the schemac lock before the migration committed; nothing was "
                 "changed (the transaction was rolled back); run `schemac apply` again");
      return false;
    }
    committing = true;
    session.Exec("COMMIT");
  } catch (const pg::Error& error) {
    const pg::ServerError& server = error.error();
    if (committing && server.connection_lost) {
      sink.Error("apply-failed", {},
                 fmt::format("the connection was lost while the migration committed: {}; "
                             "whether it was applied is unknown, run `schemac plan` to see",
                             server.primary));
      return false;
    }
    std::string outcome =
        server.connection_lost
            ? "the connection was lost, so the transaction was not committed and nothing "
              "was changed"
            : "nothing was changed (the transaction was rolled back)";
    base::Diagnostic& diagnostic = sink.Error(
        "apply-failed", current != nullptr ? current->origin : base::SourceRange{},
        fmt::format("the server refused the migration: {}; {}", server.primary, outcome));
    if (current != nullptr) {
      diagnostic.notes.push_back({{}, "in step " + StepName(*current)});
    }
    if (statement != nullptr) {
      diagnostic.notes.push_back({{}, "statement: " + *statement});
    }
    AddServerNotes(server, diagnostic);
    if (!server.connection_lost) {
      try {
        session.Exec("ROLLBACK");
      } catch (const pg::Error&) {
        // Closing the session rolls back as well.
      }
    }
    return false;
  }
  return true;
}

}  // namespace

RunLock::RunLock(std::unique_ptr<pg::Session> session) : session_(std::move(session)) {}

RunLock::~RunLock() {
  try {
    session_->Exec(fmt::format("SELECT pg_catalog.pg_advisory_unlock({})", kLockKey));
  } catch (const pg::Error&) {
    // Closing the session below releases the lock as well.
  }
}

std::unique_ptr<RunLock> RunLock::Acquire(const std::string& connection,
                                          const std::string& lock_timeout,
                                          base::DiagnosticSink& sink) {
  std::unique_ptr<pg::Session> session = Connect(connection, sink);
  if (session == nullptr) {
    return nullptr;
  }
  try {
    session->Exec("SET lock_timeout = " + base::QuoteLiteral(lock_timeout));
    session->Exec(fmt::format("SELECT pg_catalog.pg_advisory_lock({})", kLockKey));
  } catch (const pg::Error& error) {
    const pg::ServerError& server = error.error();
    if (server.sqlstate == kLockNotAvailable) {
      sink.Error("lock-failed", {},
                 fmt::format("another schemac run holds the lock on this database and did not "
                             "finish within {} ({}); try again later or raise --lock-timeout",
                             lock_timeout, server.primary));
    } else {
      base::Diagnostic& diagnostic =
          sink.Error("lock-failed", {},
                     fmt::format("cannot take the schemac lock on this database: {}; nothing "
                                 "was changed",
                                 server.primary));
      AddServerNotes(server, diagnostic);
    }
    return nullptr;
  }
  return std::unique_ptr<RunLock>(new RunLock(std::move(session)));
}

bool RunLock::Apply(const plan::Plan& plan, const ApplyOptions& options,
                    base::DiagnosticSink& sink) {
  return RunPlan(*session_, plan, options, true, sink);
}

bool ApplyPlan(const std::string& connection, const plan::Plan& plan, const ApplyOptions& options,
               base::DiagnosticSink& sink) {
  std::unique_ptr<pg::Session> session = Connect(connection, sink);
  if (session == nullptr) {
    return false;
  }
  return RunPlan(*session, plan, options, false, sink);
}

}  // namespace schemac::apply
