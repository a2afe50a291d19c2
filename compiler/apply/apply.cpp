#include "schemac/apply/apply.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/pg/session.h"

#include "run_plan.h"

namespace schemac::apply {
namespace {

// SQLSTATE lock_not_available: lock_timeout ran out.
constexpr std::string_view kLockNotAvailable = "55P03";

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
