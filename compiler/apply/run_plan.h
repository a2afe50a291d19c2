// Running a plan's statements on one session: the steps in transactions, a step that cannot run
// in one on its own, and what the server says when a statement fails.
#pragma once

#include <cstddef>
#include <vector>

#include "schemac/apply/apply.h"
#include "schemac/base/diagnostics.h"
#include "schemac/pg/session.h"
#include "schemac/plan/plan.h"

namespace schemac::apply {

// The key of the advisory lock every schemac run takes: "schemac" in ASCII, as one bigint.
inline constexpr long long kLockKey = 0x736368656d6163;

// AddServerNotes adds the server's detail, hint and SQLSTATE of `error` to `diagnostic` as notes.
void AddServerNotes(const pg::ServerError& error, base::Diagnostic& diagnostic);

// Batch is a run of consecutive steps [first, end) that share one transaction, or one step that
// cannot run in a transaction (`in_transaction` false).
struct Batch {
  size_t first = 0;
  size_t end = 0;
  bool in_transaction = true;
  bool operator==(const Batch&) const = default;
};
// Batches cuts `plan` into batches: as few transactions as the steps allow (one when every step
// can run in a transaction).
std::vector<Batch> Batches(const plan::Plan& plan);

// RunPlan runs `plan` on `session`, batch by batch. With `check_lock`, a batch commits (or, outside
// a transaction, starts) only when the session still holds the run lock. On the first error it
// rolls back the open transaction, reports `apply-failed` (saying which batches were committed
// before, when any were) and returns false.
bool RunPlan(pg::Session& session, const plan::Plan& plan, const ApplyOptions& options,
             bool check_lock, base::DiagnosticSink& sink);

}  // namespace schemac::apply
