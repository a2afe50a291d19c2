#include "load.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <memory>
#include <numeric>
#include <thread>
#include <unordered_map>

namespace schemac::normalize {
namespace {

// Unqualified names mean schema public, as they do to the compiler; notices are not wanted.
constexpr const char* kSetUp = "SET search_path = public; SET client_min_messages = warning";

void SetUp(pqxx::connection& connection) {
  pqxx::nontransaction session(connection);
  session.exec(kSetUp);
}

std::string BatchSql(const std::vector<LoadStatement>& statements, const std::vector<size_t>& order,
                     const Batch& batch) {
  std::string sql;
  for (size_t i = batch.begin; i < batch.end; ++i) {
    sql += statements[order[i]].sql;
    sql += '\n';
  }
  return sql;
}

// RunOneByOne runs the statements of a batch one at a time, each in a transaction of its own,
// and returns the first refusal.
std::optional<LoadFailure> RunOneByOne(pqxx::connection& connection,
                                       const std::vector<LoadStatement>& statements,
                                       const std::vector<size_t>& order, const Batch& batch) {
  for (size_t i = batch.begin; i < batch.end; ++i) {
    try {
      pqxx::work transaction(connection);
      transaction.exec(statements[order[i]].sql);
      transaction.commit();
    } catch (const pqxx::sql_error& error) {
      return LoadFailure{order[i], ParseServerError(error.what())};
    }
  }
  return std::nullopt;
}

// LaneResult is what loading one lane did: its first refusal, its counts, or what it threw.
struct LaneResult {
  std::optional<LoadFailure> failure;
  size_t batches = 0;
  size_t batches_split = 0;
  std::exception_ptr error;
};

LaneResult LoadLane(pqxx::connection& connection, const std::vector<LoadStatement>& statements,
                    const std::vector<size_t>& order) noexcept {
  LaneResult result;
  try {
    std::vector<Batch> batches = MakeBatches(statements, order, kBatchBytes, kBatchStatements);
    result.batches = batches.size();
    for (const Batch& batch : batches) {
      bool refused = false;
      {
        pqxx::work transaction(connection);
        try {
          transaction.exec(BatchSql(statements, order, batch));
        } catch (const pqxx::sql_error&) {
          refused = true;
        }
        if (!refused) {
          transaction.commit();
          continue;
        }
      }
      result.failure = RunOneByOne(connection, statements, order, batch);
      if (result.failure) {
        return result;
      }
      ++result.batches_split;
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
  Connections(pqxx::connection& first, const std::string& connection_string)
      : first_(first), connection_string_(connection_string) {}

  std::vector<pqxx::connection*> Get(size_t count) {
    while (1 + extra_.size() < count && !exhausted_) {
      try {
        auto opened = std::make_unique<Opened>(connection_string_);
        SetUp(opened->connection);
        extra_.push_back(std::move(opened));
      } catch (const std::exception&) {
        exhausted_ = true;
      }
    }
    std::vector<pqxx::connection*> out = {&first_};
    for (size_t i = 0; i + 1 < count && i < extra_.size(); ++i) {
      out.push_back(&extra_[i]->connection);
    }
    return out;
  }

 private:
  struct Opened {
    explicit Opened(const std::string& connection_string)
        : connection(connection_string), quiet(connection) {}
    pqxx::connection connection;
    pqxx::quiet_errorhandler quiet;  // the server's notices are not the user's business
  };

  pqxx::connection& first_;
  const std::string& connection_string_;
  std::vector<std::unique_ptr<Opened>> extra_;
  bool exhausted_ = false;
};

}  // namespace

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

std::optional<LoadFailure> Load(pqxx::connection& connection, const std::string& connection_string,
                                const std::vector<LoadStatement>& statements, size_t lanes,
                                const std::function<void()>& on_one_connection,
                                NormalizeStats& stats) {
  SetUp(connection);
  Connections connections(connection, connection_string);
  stats.connections = 1;
  // The runs of statements of one group, whether each loads on several connections, and where
  // the last one that does ends.
  struct Run {
    size_t begin = 0;
    size_t end = 0;
    bool concurrent = false;
  };
  std::vector<Run> runs;
  size_t concurrent_end = 0;
  for (size_t begin = 0; begin < statements.size();) {
    size_t end = begin;
    while (end < statements.size() && statements[end].group == statements[begin].group) {
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
    std::vector<pqxx::connection*> open = connections.Get(concurrent ? lanes : 1);
    std::vector<std::vector<size_t>> dealt = DealLanes(statements, begin, end, open.size());
    std::vector<LaneResult> results(open.size());
    {
      std::vector<std::jthread> others;
      for (size_t lane = 1; lane < open.size(); ++lane) {
        others.emplace_back(
            [&, lane] { results[lane] = LoadLane(*open[lane], statements, dealt[lane]); });
      }
      results[0] = LoadLane(*open[0], statements, dealt[0]);
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
    }
    if (first) {
      return first;
    }
  }
  tell();
  return std::nullopt;
}

}  // namespace schemac::normalize
