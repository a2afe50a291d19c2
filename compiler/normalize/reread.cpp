#include "reread.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"

namespace schemac::normalize {
namespace {

// Checks are read back for at most this many tables in one transaction: each table's lock stays
// held until the transaction ends, and the lock table is shared by every session of the server.
constexpr size_t kTablesPerTransaction = 100;

// A check of the catalog whose printed text is read back.
struct Pending {
  catalog::Constraint* constraint;
  std::string temporary_name;
};

// The expression inside "CHECK (...) NOT VALID", as pg_get_constraintdef prints a check added
// NOT VALID.
std::optional<std::string> InnerExpression(const std::string& definition) {
  constexpr std::string_view kPrefix = "CHECK (";
  constexpr std::string_view kSuffix = ") NOT VALID";
  if (definition.size() < kPrefix.size() + kSuffix.size() || !definition.starts_with(kPrefix) ||
      !definition.ends_with(kSuffix)) {
    return std::nullopt;
  }
  return definition.substr(kPrefix.size(), definition.size() - kPrefix.size() - kSuffix.size());
}

void RereadBatch(pg::Session& session,
                 std::vector<std::pair<const catalog::Table*, Pending>>& batch) {
  std::string sql = "BEGIN;\n";
  for (const auto& [table, pending] : batch) {
    sql += fmt::format("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({}) NOT VALID;\n",
                       table->name.Quoted(), base::QuoteIdentifier(pending.temporary_name),
                       pending.constraint->expression);
  }
  try {
    session.Exec(sql);
    pg::Result rows = session.Exec(
        "SELECT conname::text, pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
        "WHERE conname LIKE 'schemac\\_reread\\_%'");
    std::map<std::string, std::string> printed;
    for (size_t row = 0; row < rows.rows(); ++row) {
      printed[rows.Value(row, 0).value_or("")] = rows.Value(row, 1).value_or("");
    }
    for (auto& [table, pending] : batch) {
      auto found = printed.find(pending.temporary_name);
      if (found == printed.end()) {
        continue;
      }
      std::optional<std::string> again = InnerExpression(found->second);
      if (again && *again != pending.constraint->expression) {
        pending.constraint->reread_expression.value = std::move(*again);
      }
    }
  } catch (const pg::Error& error) {
    if (error.error().connection_lost) {
      throw;
    }
    // A check the server does not read back as it printed it is compared by its text alone.
  }
  session.Exec("ROLLBACK");
  batch.clear();
}

// Functions are created again from their printed definitions by batches of this many, each in a
// transaction of its own.
constexpr size_t kFunctionsPerTransaction = 200;

void RereadFunctionBatch(pg::Session& session, const std::vector<catalog::Function*>& batch) {
  std::string sql = "BEGIN;\n";
  std::string names;
  for (size_t i = 0; i < batch.size(); ++i) {
    sql += batch[i]->definition + ";\n";
    names += fmt::format("{}({}, {})", i == 0 ? "" : ", ", i,
                         base::QuoteLiteral(batch[i]->name.Quoted()));
  }
  try {
    session.Exec(sql);
    pg::Result rows = session.Exec(
        fmt::format("SELECT v.i, pg_catalog.pg_get_functiondef(v.f::pg_catalog.regprocedure) "
                    "FROM (VALUES {}) v(i, f)",
                    names));
    for (size_t row = 0; row < rows.rows(); ++row) {
      size_t i = std::stoul(rows.Value(row, 0).value_or("0"));
      std::string again = rows.Value(row, 1).value_or("");
      while (!again.empty() && again.back() == '\n') {
        again.pop_back();
      }
      if (i < batch.size() && !again.empty() && again != batch[i]->definition) {
        batch[i]->reread_definition.value = std::move(again);
      }
    }
  } catch (const pg::Error& error) {
    if (error.error().connection_lost) {
      throw;
    }
    // A function the server does not create again from its printed definition is compared by
    // that text alone.
  }
  session.Exec("ROLLBACK");
}

}  // namespace

void RereadFunctions(pg::Session& session, catalog::Catalog& catalog) {
  std::vector<catalog::Function*> batch;
  for (auto& [name, function] : catalog.functions) {
    if (!function.body_tracked || function.aggregate) {
      continue;  // a body kept as text prints as it was given
    }
    batch.push_back(&function);
    if (batch.size() == kFunctionsPerTransaction) {
      RereadFunctionBatch(session, batch);
      batch.clear();
    }
  }
  if (!batch.empty()) {
    RereadFunctionBatch(session, batch);
  }
}

void RereadChecks(pg::Session& session, catalog::Catalog& catalog) {
  std::vector<std::pair<const catalog::Table*, Pending>> batch;
  size_t tables = 0;
  size_t next = 0;
  for (auto& [name, table] : catalog.tables) {
    bool any = false;
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == catalog::ConstraintType::kCheck) {
        batch.push_back({&table, {&constraint, fmt::format("schemac_reread_{}", next++)}});
        any = true;
      }
    }
    tables += any ? 1 : 0;
    if (tables == kTablesPerTransaction) {
      RereadBatch(session, batch);
      tables = 0;
    }
  }
  if (!batch.empty()) {
    RereadBatch(session, batch);
  }
}

}  // namespace schemac::normalize
