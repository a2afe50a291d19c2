#include "run_plan.h"

#include <string>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"

namespace schemac::apply {
namespace {

std::string StepName(const plan::Step& step) {
  return fmt::format("{} {}: {}", catalog::KindName(step.object.kind),
                     catalog::KeyText(step.object), step.description);
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

// What a failure leaves behind, for its message.
std::string Outcome(size_t committed_steps, bool connection_lost) {
  if (committed_steps == 0) {
    return connection_lost
               ? "the connection was lost, so the transaction was not committed and nothing was "
                 "changed"
               : "nothing was changed (the transaction was rolled back)";
  }
  return fmt::format(
      "{}, but the first {} of the plan {} committed before it (a step that cannot run in a "
      "transaction divides the migration); run `schemac plan` to see what remains",
      connection_lost ? "the connection was lost, so the open transaction was not committed"
                      : "the open transaction was rolled back",
      committed_steps == 1 ? std::string("step") : fmt::format("{} steps", committed_steps),
      committed_steps == 1 ? "was" : "were");
}

}  // namespace

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

std::vector<Batch> Batches(const plan::Plan& plan) {
  std::vector<Batch> out;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    bool in_transaction = plan.steps[i].in_transaction;
    if (in_transaction && !out.empty() && out.back().in_transaction) {
      out.back().end = i + 1;
    } else {
      out.push_back({i, i + 1, in_transaction});
    }
  }
  return out;
}

bool RunPlan(pg::Session& session, const plan::Plan& plan, const ApplyOptions& options,
             bool check_lock, base::DiagnosticSink& sink) {
  const plan::Step* current = nullptr;
  const std::string* statement = nullptr;
  bool committing = false;
  bool open = false;  // a transaction is open
  size_t committed = 0;
  auto lock_lost = [&] {
    if (open) {
      session.Exec("ROLLBACK");
    }
    sink.Error("apply-failed", {},
               fmt::format("this run lost the schemac lock before the migration committed; {}; "
                           "run `schemac apply` again",
                           Outcome(committed, false)));
    return false;
  };
  try {
    for (const Batch& batch : Batches(plan)) {
      if (batch.in_transaction) {
        session.Exec("BEGIN");
        open = true;
        session.Exec("SET LOCAL lock_timeout = " + base::QuoteLiteral(options.lock_timeout));
      } else {
        if (check_lock && session.Exec(LockHeldQuery()).rows() == 0) {
          return lock_lost();
        }
        session.Exec("SET lock_timeout = " + base::QuoteLiteral(options.lock_timeout));
      }
      for (size_t i = batch.first; i < batch.end; ++i) {
        current = &plan.steps[i];
        for (const std::string& sql : current->statements) {
          statement = &sql;
          session.Exec(sql);
        }
        if (options.on_step) {
          options.on_step(i + 1, plan.steps.size());
        }
      }
      current = nullptr;
      statement = nullptr;
      if (batch.in_transaction) {
        if (check_lock && session.Exec(LockHeldQuery()).rows() == 0) {
          return lock_lost();
        }
        committing = true;
        session.Exec("COMMIT");
        committing = false;
        open = false;
      }
      committed = batch.end;
    }
  } catch (const pg::Error& error) {
    const pg::ServerError& server = error.error();
    if (committing && server.connection_lost) {
      sink.Error("apply-failed", {},
                 fmt::format("the connection was lost while the migration committed: {}; "
                             "whether it was applied is unknown, run `schemac plan` to see",
                             server.primary));
      return false;
    }
    base::Diagnostic& diagnostic =
        sink.Error("apply-failed", current != nullptr ? current->origin : base::SourceRange{},
                   fmt::format("the server refused the migration: {}; {}", server.primary,
                               Outcome(committed, server.connection_lost)));
    if (current != nullptr) {
      diagnostic.notes.push_back({{}, "in step " + StepName(*current)});
      if (!current->in_transaction) {
        diagnostic.notes.push_back(
            {{},
             "this step runs outside a transaction: what its statements did before the "
             "error stays (for example an invalid index that CREATE INDEX CONCURRENTLY left)"});
      }
    }
    if (statement != nullptr) {
      diagnostic.notes.push_back({{}, "statement: " + *statement});
    }
    AddServerNotes(server, diagnostic);
    if (open && !server.connection_lost) {
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

}  // namespace schemac::apply
