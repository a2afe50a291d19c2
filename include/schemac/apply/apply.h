// Applying a plan to a live database: its statements in one transaction (or, when a step cannot
// run in a transaction, in as few as the steps allow, that step alone between them), under a
// lock timeout, so that a failure changes nothing that was not committed; and a lock that keeps
// two runs from interleaving.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "schemac/base/diagnostics.h"
#include "schemac/plan/plan.h"

namespace schemac::pg {
class Session;
}

namespace schemac::apply {

struct ApplyOptions {
  // SET lock_timeout for the transaction: a step waiting longer for a table lock fails (and the
  // whole plan is rolled back) instead of queueing every other query behind it.
  std::string lock_timeout = "5s";
  // When given, called after each step has run (before the commit) with the steps run so far and
  // the plan's number of steps, for a progress display.
  std::function<void(size_t done, size_t total)> on_step;
};

// RunLock is a PostgreSQL advisory lock held by a session of its own for as long as the object
// lives: every schemac run that changes a database takes it first, so two runs on one database
// never interleave; the second waits for the first, up to the lock timeout. The session pins
// idle_session_timeout and idle_in_transaction_session_timeout to 0, so that a server setting
// cannot close it (and release the lock) while the run plans.
class RunLock {
 public:
  // Acquire takes the lock on the database `connection`, waiting at most `lock_timeout` (a
  // PostgreSQL duration such as "5s"; "0" waits for ever). On failure it reports `lock-failed`
  // (or `connection-failed`) into `sink` and returns nullptr.
  static std::unique_ptr<RunLock> Acquire(const std::string& connection,
                                          const std::string& lock_timeout,
                                          base::DiagnosticSink& sink);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  // Apply runs `plan` as ApplyPlan does, in the lock's own session, and commits only after
  // checking, inside the transaction, that this session still holds the lock: a migration never
  // commits unless its run held the lock from before the database was read.
  bool Apply(const plan::Plan& plan, const ApplyOptions& options, base::DiagnosticSink& sink);

 private:
  explicit RunLock(std::unique_ptr<pg::Session> session);
  std::unique_ptr<pg::Session> session_;
};

// ApplyPlan runs every statement of `plan` in one transaction (see above) on a session of its own
// to the database `connection`, without the run lock. On the first error the open transaction is
// rolled back and `apply-failed` is reported with the step, the statement, the server's message,
// detail, hint and SQLSTATE, and the steps committed before, if any. Returns whether every step
// was committed.
bool ApplyPlan(const std::string& connection, const plan::Plan& plan, const ApplyOptions& options,
               base::DiagnosticSink& sink);

}  // namespace schemac::apply
