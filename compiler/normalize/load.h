// Loading statements into a database fast, and finding the one the server refuses.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/normalize/normalize.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {

// A batch carries at most about kBatchBytes of SQL and at most kBatchStatements statements. The
// statement bound keeps the locks one transaction takes (a few per statement: the relation, its
// indexes, its TOAST table, ...) well below what PostgreSQL's shared lock table, which all
// sessions of the server share, holds with default settings (max_locks_per_transaction 64 times
// about max_connections 100).
inline constexpr size_t kBatchBytes = 512 * 1024;
inline constexpr size_t kBatchStatements = 100;

// The statements of a group that runs concurrently are dealt to at most kMaxLanes connections
// (lanes), when the group has at least kMinConcurrentStatements statements: fewer are not worth
// the connections.
inline constexpr size_t kMaxLanes = 4;
inline constexpr size_t kMinConcurrentStatements = 2 * kBatchStatements;

// LoadsConcurrently says whether the statements of `group` may run on several connections at
// once when those of one subject run on the same connection: creating sequences, tables and
// indexes locks nothing but their subject. Foreign keys lock the table they reference too (two
// connections could wait for each other); the other groups are small and quick (comments:
// 9,000 in 0.2 s), and keeping them on one connection leaves the processors free for other work
// from the foreign keys on.
bool LoadsConcurrently(catalog::StatementGroup group);

// DefaultLanes is the number of connections a concurrent group is loaded on: the machine's
// processors (the server usually runs on the same machine), from 1 to kMaxLanes.
size_t DefaultLanes();

// Batch is a run [begin, end) of positions in a list of statements, sent as one multi-statement
// query.
struct Batch {
  size_t begin = 0;
  size_t end = 0;
};

// MakeBatches cuts the statements `order` lists (indices into `statements`) into consecutive
// batches of at most `max_statements` statements and about `max_bytes` of SQL each; a statement
// longer than that makes a batch of its own.
std::vector<Batch> MakeBatches(const std::vector<LoadStatement>& statements,
                               const std::vector<size_t>& order, size_t max_bytes,
                               size_t max_statements);

// DealLanes splits the statements [begin, end) into `lanes` lists of indices, each in statement
// order: all statements of one subject go to the same lane, and subjects are dealt to the lanes
// in turn, in the order they first appear.
std::vector<std::vector<size_t>> DealLanes(const std::vector<LoadStatement>& statements,
                                           size_t begin, size_t end, size_t lanes);

// LoadFailure is what the server refused: the index of the statement and the server's error.
struct LoadFailure {
  size_t statement = 0;
  pg::ServerError error;
};

// RefusedForAMissingObject says whether the server refused a statement because something it
// names does not exist (yet): a table, type, function, column or schema, or a key that matches
// a foreign key's referenced columns.
bool RefusedForAMissingObject(const pg::ServerError& error);

// LineOfPosition returns the 1-based line of `sql` holding the 1-based character `position` the
// server pointed at (characters, not bytes: UTF-8 continuation bytes are not counted); nullopt
// when the position lies outside the text.
std::optional<uint32_t> LineOfPosition(std::string_view sql, size_t position);

// PlaceInFile returns where in its file the 1-based character `position` of `statement` lies,
// when it lies in the body the statement holds as written (LoadStatement::written): the line
// and byte column there, and the length of the word that begins at it (1 at least).
std::optional<base::SourceRange> PlaceInFile(const LoadStatement& statement, size_t position);

// Load runs `statements` on `connection`, group by group, each batch in a transaction of its own
// (one round trip for the statements, one to begin and one to commit). A group that loads
// concurrently is dealt to up to `lanes` connections (the first is `connection`, the others are
// opened to `connection_string`; fewer when the server refuses more), and the next group starts
// when every lane has finished.
//
// When the server refuses a batch, its transaction is rolled back and its statements run again
// one at a time, each in a transaction of its own. A statement refused because an object it
// names does not exist yet (RefusedForAMissingObject) is set aside and loading goes on; at the
// end, the statements set aside run again, in statement order, pass after pass, until they
// have all loaded or a pass loads none: so the order of the statements need not follow their
// dependencies (a view on a view, a function a check calls) for the load to succeed. Any
// other refusal is the statement at fault. When none is refused, the batch failed as a whole
// (it needed more locks than the server has room for) and loading goes on. A lane stops at its
// first statement at fault, the others run to the end of the group, and the failure reported
// is the statement at fault that comes first in `statements`, whichever lane found it first
// (the statements set aside are not reported then: what they miss may come once it is
// mended); without one, the statement still set aside that comes first. Counts the batches, the
// batches split and the connections into `stats`. Errors other than a refused statement (a lost
// connection) are thrown as pg::Error.
//
// `on_one_connection`, when given, is called once, when the groups that load on several
// connections are done (at the start when there is none), unless loading stopped before.
// `on_loaded`, when given, is called after each batch that loaded (whole or one statement at a
// time) with the number of statements loaded so far, from the thread of the connection that
// loaded it: from several threads at once while a group loads on several connections.
std::optional<LoadFailure> Load(pg::Session& connection, const std::string& connection_string,
                                const std::vector<LoadStatement>& statements, size_t lanes,
                                const std::function<void()>& on_one_connection,
                                const std::function<void(size_t)>& on_loaded,
                                NormalizeStats& stats);

}  // namespace schemac::normalize
