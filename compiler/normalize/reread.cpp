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

}  // namespace

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
