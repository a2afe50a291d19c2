// Loading statements into a database fast, and finding the one the server refuses.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "schemac/normalize/normalize.h"

#include "server_error.h"

namespace schemac::normalize {

// A batch carries at most about kBatchBytes of SQL and at most kBatchStatements statements. The
// statement bound keeps the locks one transaction takes (a few per statement: the relation, its
// indexes, its TOAST table, ...) well below what PostgreSQL's shared lock table, which all
// sessions of the server share, holds with default settings (max_locks_per_transaction 64 times
// about max_connections 100).
inline constexpr size_t kBatchBytes = 512 * 1024;
inline constexpr size_t kBatchStatements = 100;

// Batch is a run [begin, end) of statements sent as one multi-statement query.
struct Batch {
  size_t begin = 0;
  size_t end = 0;
};

// MakeBatches cuts `statements` into consecutive batches of at most `max_statements` statements
// and about `max_bytes` of SQL each; a statement longer than that makes a batch of its own.
std::vector<Batch> MakeBatches(const std::vector<LoadStatement>& statements, size_t max_bytes,
                               size_t max_statements);

// LoadFailure is what the server refused: the index of the statement and the server's message.
struct LoadFailure {
  size_t statement = 0;
  ServerError error;
};

// Load runs `statements` on `connection`, each batch in a transaction of its own (one round trip
// for the statements, one to begin and one to commit). When the server refuses a batch, its
// transaction is rolled back and its statements run again one at a time, each in a transaction
// of its own: the first one refused is the statement at fault. When none is refused, the batch
// failed as a whole (it needed more locks than the server has room for) and loading goes on.
// Counts the batches and the batches split into `stats`. Errors other than a refused statement
// (a lost connection) are thrown.
std::optional<LoadFailure> Load(pqxx::connection& connection,
                                const std::vector<LoadStatement>& statements,
                                NormalizeStats& stats);

}  // namespace schemac::normalize
