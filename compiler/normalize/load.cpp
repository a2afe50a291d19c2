#include "load.h"

namespace schemac::normalize {
namespace {

// Unqualified names mean schema public, as they do to the compiler; notices are not wanted.
constexpr const char* kSetUp = "SET search_path = public; SET client_min_messages = warning";

std::string BatchSql(const std::vector<LoadStatement>& statements, const Batch& batch) {
  std::string sql;
  for (size_t i = batch.begin; i < batch.end; ++i) {
    sql += statements[i].sql;
    sql += '\n';
  }
  return sql;
}

// RunOneByOne runs the statements of a batch one at a time, each in a transaction of its own,
// and returns the first refusal.
std::optional<LoadFailure> RunOneByOne(pqxx::connection& connection,
                                       const std::vector<LoadStatement>& statements,
                                       const Batch& batch) {
  for (size_t i = batch.begin; i < batch.end; ++i) {
    try {
      pqxx::work transaction(connection);
      transaction.exec(statements[i].sql);
      transaction.commit();
    } catch (const pqxx::sql_error& error) {
      return LoadFailure{i, ParseServerError(error.what())};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Batch> MakeBatches(const std::vector<LoadStatement>& statements, size_t max_bytes,
                               size_t max_statements) {
  std::vector<Batch> batches;
  size_t bytes = 0;
  for (size_t i = 0; i < statements.size(); ++i) {
    size_t size = statements[i].sql.size() + 1;
    if (batches.empty() || bytes + size > max_bytes ||
        batches.back().end - batches.back().begin >= max_statements) {
      batches.push_back({i, i});
      bytes = 0;
    }
    batches.back().end = i + 1;
    bytes += size;
  }
  return batches;
}

std::optional<LoadFailure> Load(pqxx::connection& connection,
                                const std::vector<LoadStatement>& statements,
                                NormalizeStats& stats) {
  std::vector<Batch> batches = MakeBatches(statements, kBatchBytes, kBatchStatements);
  stats.batches = batches.size();
  {
    pqxx::nontransaction session(connection);
    session.exec(kSetUp);
  }
  for (const Batch& batch : batches) {
    bool refused = false;
    {
      pqxx::work transaction(connection);
      try {
        transaction.exec(BatchSql(statements, batch));
      } catch (const pqxx::sql_error&) {
        refused = true;
      }
      if (!refused) {
        transaction.commit();
        continue;
      }
    }
    if (std::optional<LoadFailure> failure = RunOneByOne(connection, statements, batch)) {
      return failure;
    }
    ++stats.batches_split;
  }
  return std::nullopt;
}

}  // namespace schemac::normalize
