#include "schemac/apply/apply.h"

#include <exception>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "schemac/base/quote.h"
#include "schemac/base/server_message.h"

namespace schemac::apply {
namespace {

// The key of the advisory lock every schemac run takes: "schemac" in ASCII, as one bigint.
constexpr long long kLockKey = 0x736368656d6163;

std::string StepName(const plan::Step& step) {
  std::string name = catalog::QualifiedName{step.object.schema, step.object.name}.Text();
  if (step.object.kind == catalog::ObjectKind::kSchema ||
      step.object.kind == catalog::ObjectKind::kExtension) {
    name = step.object.name;
  }
  return fmt::format("{} {}: {}", catalog::KindName(step.object.kind), name, step.description);
}

void ConnectionFailed(const std::exception& error, const std::string& connection,
                      base::DiagnosticSink& sink) {
  sink.Error("connection-failed", {},
             fmt::format("cannot connect to the database: {}; check the connection string and "
                         "that the server is running",
                         base::RedactPassword(base::ServerMessage(error.what()), connection)));
}

}  // namespace

struct RunLock::State {
  std::unique_ptr<pqxx::connection> connection;
};

RunLock::RunLock(std::unique_ptr<State> state) : state_(std::move(state)) {}

RunLock::~RunLock() {
  try {
    if (state_ && state_->connection) {
      pqxx::nontransaction unlock(*state_->connection);
      unlock.exec(fmt::format("SELECT pg_advisory_unlock({})", kLockKey));
    }
  } catch (const std::exception&) {
    // Closing the connection below releases the lock as well.
  }
}

std::unique_ptr<RunLock> RunLock::Acquire(const std::string& connection,
                                          const std::string& lock_timeout,
                                          base::DiagnosticSink& sink) {
  auto state = std::make_unique<State>();
  try {
    state->connection = std::make_unique<pqxx::connection>(connection);
  } catch (const std::exception& error) {
    ConnectionFailed(error, connection, sink);
    return nullptr;
  }
  try {
    pqxx::nontransaction lock(*state->connection);
    lock.exec("SET lock_timeout = " + base::QuoteLiteral(lock_timeout));
    lock.exec(fmt::format("SELECT pg_advisory_lock({})", kLockKey));
  } catch (const std::exception& error) {
    sink.Error("lock-failed", {},
               fmt::format("another schemac run holds the lock on this database and did not "
                           "finish within {} ({}); try again later or raise --lock-timeout",
                           lock_timeout, base::ServerMessage(error.what())));
    return nullptr;
  }
  return std::unique_ptr<RunLock>(new RunLock(std::move(state)));
}

bool ApplyPlan(const std::string& connection, const plan::Plan& plan, const ApplyOptions& options,
               base::DiagnosticSink& sink) {
  std::unique_ptr<pqxx::connection> db;
  try {
    db = std::make_unique<pqxx::connection>(connection);
  } catch (const std::exception& error) {
    ConnectionFailed(error, connection, sink);
    return false;
  }
  const plan::Step* current = nullptr;
  const std::string* statement = nullptr;
  try {
    pqxx::work transaction(*db);
    transaction.exec("SET LOCAL lock_timeout = " + base::QuoteLiteral(options.lock_timeout));
    for (const plan::Step& step : plan.steps) {
      current = &step;
      for (const std::string& sql : step.statements) {
        statement = &sql;
        transaction.exec(sql);
      }
    }
    current = nullptr;
    statement = nullptr;
    transaction.commit();
  } catch (const std::exception& error) {
    base::Diagnostic& diagnostic = sink.Error(
        "apply-failed", current != nullptr ? current->origin : base::SourceRange{},
        fmt::format("the server refused the migration: {}; nothing was changed (the transaction "
                    "was rolled back)",
                    base::ServerMessage(error.what())));
    if (current != nullptr) {
      diagnostic.notes.push_back({{}, "in step " + StepName(*current)});
    }
    if (statement != nullptr) {
      diagnostic.notes.push_back({{}, "statement: " + *statement});
    }
    return false;
  }
  return true;
}

}  // namespace schemac::apply
