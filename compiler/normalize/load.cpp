#include "load.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <functional>
#include <iterator>
#include <memory>
#include <numeric>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "schemac/catalog/print.h"

namespace schemac::normalize {
namespace {

// Without a search_path of their own, statements run under public's, as the compiler reads
// unqualified names without a SET in their file.
const std::vector<std::string> kDefaultSearchPath = {"public"};

// No statement of the files takes longer than this to load into an empty database; one that does
// runs code of its own (a partition bound that calls a function, say), which it is stopped in.
constexpr std::string_view kStatementTimeout = "2min";

void SetUp(pg::Session& session) {
  session.Exec(catalog::SearchPathSql(kDefaultSearchPath));
  session.Exec(fmt::format("SET statement_timeout = '{}'", kStatementTimeout));
}

// Runs `sql` in a transaction of its own; a refusal is returned, a lost connection thrown.
std::optional<pg::ServerError> RunInTransaction(pg::Session& session, const std::string& sql) {
  try {
    session.Exec("BEGIN");
    session.Exec(sql);
    session.Exec("COMMIT");
    return std::nullopt;
  } catch (const pg::Error& error) {
    if (error.error().connection_lost) {
      throw;
    }
    session.Exec("ROLLBACK");
    return error.error();
  }
}

// The SQL of a batch, with a SET before each statement whose search_path differs from the one
// the session has (`current`, updated).
std::string BatchSql(const std::vector<LoadStatement>& statements, const std::vector<size_t>& order,
                     const Batch& batch, std::vector<std::string>& current) {
  std::string sql;
  for (size_t i = batch.begin; i < batch.end; ++i) {
    const LoadStatement& statement = statements[order[i]];
    if (statement.search_path && *statement.search_path != current) {
      current = *statement.search_path;
      sql += catalog::SearchPathSql(current) + '\n';
    }
    sql += statement.sql;
    sql += '\n';
  }
  return sql;
}

// Runs one statement in a transaction of its own, after a SET of its search_path when it
// differs from the session's (`current`, updated). The SET runs apart, so that the server's
// position counts in the statement alone.
std::optional<pg::ServerError> RunAlone(pg::Session& session, const LoadStatement& statement,
                                        std::vector<std::string>& current) {
  if (statement.search_path && *statement.search_path != current) {
    current = *statement.search_path;
    session.Exec(catalog::SearchPathSql(current));
  }
  return RunInTransaction(session, statement.sql);
}

// OneByOne is what running statements one at a time did: the first refusal for a reason other
// than a missing object, and the statements refused for a missing object, to run again later.
struct OneByOne {
  std::optional<LoadFailure> failure;
  std::vector<LoadFailure> deferred;
};

// RunOneByOne runs the statements of a batch one at a time, each in a transaction of its own,
// and stops at the first refusal that is not for a missing object.
OneByOne RunOneByOne(pg::Session& session, const std::vector<LoadStatement>& statements,
                     const std::vector<size_t>& order, const Batch& batch,
                     std::vector<std::string>& current) {
  OneByOne out;
  for (size_t i = batch.begin; i < batch.end; ++i) {
    if (std::optional<pg::ServerError> error = RunAlone(session, statements[order[i]], current)) {
      LoadFailure failure{order[i], std::move(*error)};
      if (!RefusedForAMissingObject(failure.error)) {
        out.failure = std::move(failure);
        return out;
      }
      out.deferred.push_back(std::move(failure));
    }
  }
  return out;
}

// LaneResult is what loading one lane did: its first refusal, the statements it deferred, its
// counts, or what it threw.
struct LaneResult {
  std::optional<LoadFailure> failure;
  std::vector<LoadFailure> deferred;
  size_t batches = 0;
  size_t batches_split = 0;
  std::exception_ptr error;
};

// Counts the statements loaded on every lane, for Load's `on_loaded`.
struct LoadedCounter {
  std::atomic<size_t> loaded{0};
  const std::function<void(size_t)>& on_loaded;

  void Add(size_t statements) {
    size_t total = loaded.fetch_add(statements) + statements;
    if (on_loaded) {
      on_loaded(total);
    }
  }
};

LaneResult LoadLane(pg::Session& session, const std::vector<LoadStatement>& statements,
                    const std::vector<size_t>& order, LoadedCounter& counter) noexcept {
  LaneResult result;
  try {
    // Every session starts with the path SetUp gives it; a lane's SETs last to its end.
    std::vector<std::string> current = kDefaultSearchPath;
    session.Exec(catalog::SearchPathSql(current));
    std::vector<Batch> batches = MakeBatches(statements, order, kBatchBytes, kBatchStatements);
    result.batches = batches.size();
    for (const Batch& batch : batches) {
      // A refused batch rolls its SETs back: its statements run again from the path the batch
      // started with.
      std::vector<std::string> before = current;
      if (!RunInTransaction(session, BatchSql(statements, order, batch, current))) {
        counter.Add(batch.end - batch.begin);
        continue;
      }
      current = before;
      OneByOne alone = RunOneByOne(session, statements, order, batch, current);
      size_t deferred = alone.deferred.size();
      std::move(alone.deferred.begin(), alone.deferred.end(), std::back_inserter(result.deferred));
      if (alone.failure) {
        result.failure = std::move(alone.failure);
        return result;
      }
      if (deferred == 0) {
        ++result.batches_split;
      }
      counter.Add(batch.end - batch.begin - deferred);
    }
  } catch (...) {
    result.error = std::current_exception();
  }
  return result;
}

// Connections hands out the first connection and as many more as asked for, opening them when
// first needed and keeping them for the next groups. When the server refuses one (too many
// connections, say), it makes do with those it has.
class Connections {
 public:
  Connections(pg::Session& first, const std::string& connection_string)
      : first_(first), connection_string_(connection_string) {}

  std::vector<pg::Session*> Get(size_t count) {
    while (1 + extra_.size() < count && !exhausted_) {
      std::string error;
      std::unique_ptr<pg::Session> opened = pg::Session::Open(connection_string_, &error);
      try {
        if (opened != nullptr) {
          SetUp(*opened);
        }
      } catch (const pg::Error&) {
        opened.reset();
      }
      if (opened == nullptr) {
        exhausted_ = true;
        break;
      }
      extra_.push_back(std::move(opened));
    }
    std::vector<pg::Session*> out = {&first_};
    for (size_t i = 0; i + 1 < count && i < extra_.size(); ++i) {
      out.push_back(extra_[i].get());
    }
    return out;
  }

 private:
  pg::Session& first_;
  const std::string& connection_string_;
  std::vector<std::unique_ptr<pg::Session>> extra_;
  bool exhausted_ = false;
};

// RetryDeferred runs the deferred statements again, in statement order, pass after pass, until
// they have all loaded or a pass loads none of them; returns those still refused, with the
// error of their last attempt.
std::vector<LoadFailure> RetryDeferred(pg::Session& session,
                                       const std::vector<LoadStatement>& statements,
                                       std::vector<LoadFailure> deferred, LoadedCounter& counter,
                                       NormalizeStats& stats) {
  std::sort(deferred.begin(), deferred.end(),
            [](const LoadFailure& a, const LoadFailure& b) { return a.statement < b.statement; });
  std::vector<std::string> current = kDefaultSearchPath;
  session.Exec(catalog::SearchPathSql(current));
  while (!deferred.empty()) {
    ++stats.retry_passes;
    std::vector<LoadFailure> still;
    for (LoadFailure& failure : deferred) {
      ++stats.retries;
      if (std::optional<pg::ServerError> error =
              RunAlone(session, statements[failure.statement], current)) {
        failure.error = std::move(*error);
        still.push_back(std::move(failure));
      } else {
        counter.Add(1);
      }
    }
    if (still.size() == deferred.size()) {
      return still;
    }
    deferred = std::move(still);
  }
  return {};
}

// The first failure in statement order, if any.
std::optional<LoadFailure> First(std::optional<LoadFailure> failure,
                                 std::vector<LoadFailure> others) {
  for (LoadFailure& other : others) {
    if (!failure || other.statement < failure->statement) {
      failure = std::move(other);
    }
  }
  return failure;
}

}  // namespace

bool RefusedForAMissingObject(const pg::ServerError& error) {
  // undefined_table, undefined_object, undefined_function, undefined_column,
  // invalid_schema_name, invalid_foreign_key (no key matches the referenced columns yet).
  static constexpr std::array<std::string_view, 6> kMissing = {"42P01", "42704", "42883",
                                                               "42703", "3F000", "42830"};
  return std::find(kMissing.begin(), kMissing.end(), error.sqlstate) != kMissing.end();
}

bool LoadsConcurrently(catalog::StatementGroup group) {
  switch (group) {
    case catalog::StatementGroup::kSequences:
    case catalog::StatementGroup::kTables:
    case catalog::StatementGroup::kIndexes:
      return true;
    default:
      return false;
  }
}

size_t DefaultLanes() {
  return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, kMaxLanes);
}

std::vector<Batch> MakeBatches(const std::vector<LoadStatement>& statements,
                               const std::vector<size_t>& order, size_t max_bytes,
                               size_t max_statements) {
  std::vector<Batch> batches;
  size_t bytes = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    size_t size = statements[order[i]].sql.size() + 1;
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

std::vector<std::vector<size_t>> DealLanes(const std::vector<LoadStatement>& statements,
                                           size_t begin, size_t end, size_t lanes) {
  std::vector<std::vector<size_t>> dealt(std::max<size_t>(lanes, 1));
  std::unordered_map<std::string, size_t> lane_of;
  size_t next = 0;
  for (size_t i = begin; i < end; ++i) {
    const catalog::QualifiedName& subject = statements[i].subject;
    auto [it, inserted] = lane_of.try_emplace(subject.schema + '\0' + subject.name, next);
    if (inserted) {
      next = (next + 1) % dealt.size();
    }
    dealt[it->second].push_back(i);
  }
  return dealt;
}

std::optional<uint32_t> LineOfPosition(std::string_view sql, size_t position) {
  if (position == 0) {
    return std::nullopt;
  }
  uint32_t line = 1;
  size_t characters = 0;
  for (char c : sql) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) {
      continue;  // a UTF-8 continuation byte: the same character
    }
    if (++characters == position) {
      return line;
    }
    if (c == '\n') {
      ++line;
    }
  }
  return std::nullopt;
}

std::optional<base::SourceRange> PlaceInFile(const LoadStatement& statement, size_t position) {
  if (!statement.written || position == 0) {
    return std::nullopt;
  }
  const catalog::WrittenSpan& span = *statement.written;
  // The byte the character begins at: UTF-8 continuation bytes are not counted.
  std::string_view sql = statement.sql;
  size_t byte = 0;
  for (size_t characters = 0; byte < sql.size(); ++byte) {
    if ((static_cast<unsigned char>(sql[byte]) & 0xC0) != 0x80 && ++characters == position) {
      break;
    }
  }
  if (byte < span.offset || byte >= span.offset + span.length) {
    return std::nullopt;
  }
  base::SourceRange place = span.start;
  for (size_t i = span.offset; i < byte; ++i) {
    if (sql[i] == '\n') {
      ++place.line;
      place.column = 1;
    } else {
      ++place.column;
    }
  }
  auto word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  size_t end = byte;
  while (end < span.offset + span.length && word(sql[end])) {
    ++end;
  }
  place.length = static_cast<uint32_t>(std::max<size_t>(1, end - byte));
  return place;
}

std::optional<LoadFailure> Load(pg::Session& connection, const std::string& connection_string,
                                const std::vector<LoadStatement>& statements, size_t lanes,
                                const std::function<void()>& on_one_connection,
                                const std::function<void(size_t)>& on_loaded,
                                NormalizeStats& stats) {
  SetUp(connection);
  LoadedCounter counter{{}, on_loaded};
  Connections connections(connection, connection_string);
  stats.connections = 1;
  // The runs of statements of one group, whether each loads on several connections, and where
  // the last one that does ends.
  struct Run {
    size_t begin = 0;
    size_t end = 0;
    bool concurrent = false;
  };
  // Event triggers and default privileges load last, after the statements set aside too: the
  // former would fire on the statements after them, the latter change what the objects created
  // after them get.
  size_t held = statements.size();
  while (held > 0 && (statements[held - 1].group == catalog::StatementGroup::kEventTriggers ||
                      statements[held - 1].group == catalog::StatementGroup::kDefaultPrivileges)) {
    --held;
  }
  std::vector<Run> runs;
  size_t concurrent_end = 0;
  for (size_t begin = 0; begin < held;) {
    size_t end = begin;
    while (end < held && statements[end].group == statements[begin].group) {
      ++end;
    }
    const bool concurrent = lanes > 1 && LoadsConcurrently(statements[begin].group) &&
                            end - begin >= kMinConcurrentStatements;
    runs.push_back({begin, end, concurrent});
    if (concurrent) {
      concurrent_end = end;
    }
    begin = end;
  }
  if (held < statements.size()) {
    runs.push_back({held, statements.size(), false});
  }
  // Statements refused for an object that did not exist yet: they run again at the end.
  std::vector<LoadFailure> deferred;
  bool told = false;
  auto tell = [&] {
    if (!told && on_one_connection) {
      told = true;
      on_one_connection();
    }
  };
  for (const auto& [begin, end, concurrent] : runs) {
    if (begin >= concurrent_end) {
      tell();
    }
    if (begin == held && !deferred.empty()) {
      stats.deferred += deferred.size();
      std::vector<LoadFailure> refused =
          RetryDeferred(connection, statements, std::move(deferred), counter, stats);
      if (!refused.empty()) {
        return First(std::nullopt, std::move(refused));
      }
      deferred.clear();
    }
    std::vector<pg::Session*> open = connections.Get(concurrent ? lanes : 1);
    std::vector<std::vector<size_t>> dealt = DealLanes(statements, begin, end, open.size());
    std::vector<LaneResult> results(open.size());
    {
      std::vector<std::jthread> others;
      for (size_t lane = 1; lane < open.size(); ++lane) {
        others.emplace_back(
            [&, lane] { results[lane] = LoadLane(*open[lane], statements, dealt[lane], counter); });
      }
      results[0] = LoadLane(*open[0], statements, dealt[0], counter);
    }  // the other lanes are joined here
    stats.connections = std::max(stats.connections, open.size());
    std::optional<LoadFailure> first;
    for (LaneResult& result : results) {
      if (result.error) {
        std::rethrow_exception(result.error);
      }
      stats.batches += result.batches;
      stats.batches_split += result.batches_split;
      if (result.failure && (!first || result.failure->statement < first->statement)) {
        first = std::move(result.failure);
      }
      std::move(result.deferred.begin(), result.deferred.end(), std::back_inserter(deferred));
    }
    if (first) {
      return first;  // the statements set aside may load once it is mended
    }
  }
  tell();
  if (!deferred.empty()) {
    stats.deferred += deferred.size();
    return First(std::nullopt,
                 RetryDeferred(connection, statements, std::move(deferred), counter, stats));
  }
  return std::nullopt;
}

}  // namespace schemac::normalize
