#include "schemac/introspect/introspect.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "schemac/base/text.h"
#include "schemac/pg/connection_string.h"
#include "schemac/pg/session.h"

#include "queries.h"
#include "rows.h"

namespace schemac::introspect {
namespace {

using AddFunction = void (*)(const pqxx::result&, catalog::Catalog&);

// libpq's text of an error, reduced to its first line without the severity ("ERROR:  ").
std::string FirstLine(std::string_view message) {
  std::string line = base::FirstLine(message);
  size_t severity = line.find(":  ");
  return severity == std::string::npos ? line : line.substr(severity + 3);
}

struct Handler {
  std::string_view query;
  AddFunction add;
};

// Tables come before their columns and constraints, indexes before their keys; what is not
// managed comes next, since it takes out of the catalog the objects that depend on it, and the
// dependencies last, since they are kept between objects of the catalog only.
constexpr std::array<Handler, kCatalogQueryCount> kHandlers = {{
    {"schemas", AddSchemas},
    {"extensions", AddExtensions},
    {"collations", AddCollations},
    {"text_search", AddTextSearch},
    {"enums", AddEnums},
    {"domains", AddDomains},
    {"composites", AddComposites},
    {"ranges", AddRanges},
    {"sequences", AddSequences},
    {"tables", AddTables},
    {"columns", AddColumns},
    {"constraints", AddConstraints},
    {"indexes", AddIndexes},
    {"index_keys", AddIndexKeys},
    {"views", AddViews},
    {"functions", AddFunctions},
    {"aggregates", AddAggregates},
    {"operators", AddOperators},
    {"casts", AddCasts},
    {"operator_classes", AddOperatorClasses},
    {"conversions", AddConversions},
    {"publications", AddPublications},
    {"foreign_data", AddForeignData},
    {"triggers", AddTriggers},
    {"rules", AddRules},
    {"statistics", AddStatistics},
    {"event_triggers", AddEventTriggers},
    {"access_methods", AddAccessMethods},
    {"policies", AddPolicies},
    {"privileges", AddPrivileges},
    {"default_privileges", AddDefaultPrivileges},
    {"unmanaged", AddUnmanaged},
    {"dependencies", AddDependencies},
}};

}  // namespace

std::vector<std::string_view> CatalogQueryNames() {
  std::vector<std::string_view> names;
  for (const CatalogQuery& query : kCatalogQueries) {
    names.push_back(query.name);
  }
  return names;
}

namespace {

// The queries a second session runs while the first one runs the others: the two slowest, whose
// rows are added last anyway (a third of the time on large schemas).
bool OnSecondSession(std::string_view query) {
  return query == "unmanaged" || query == "dependencies";
}

// Session is one connection in a read-only, repeatable-read transaction, with the settings every
// catalog query runs under.
class Session {
 public:
  explicit Session(const std::string& prepared) : connection_(prepared), work_(connection_) {
    // The settings every session pins: among them an empty search_path, which makes
    // format_type() and regclass output schema-qualified, as the compiler writes them.
    work_.exec(std::string(pg::PinnedSettings()));
  }

  // Begin starts the transaction: on the snapshot `snapshot` exported by another session, or
  // else on its own.
  void Begin(const std::optional<std::string>& snapshot, std::chrono::milliseconds timeout,
             std::chrono::milliseconds lock_timeout) {
    work_.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (snapshot) {
      work_.exec("SET TRANSACTION SNAPSHOT " + work_.quote(*snapshot));
    }
    work_.exec(
        fmt::format("SET LOCAL statement_timeout = {}", std::max<int64_t>(1, timeout.count())));
    work_.exec(
        fmt::format("SET LOCAL lock_timeout = {}", std::max<int64_t>(1, lock_timeout.count())));
    // The catalog queries of a large schema cross the planner's JIT threshold, and compiling
    // them takes longer than running them.
    work_.exec("SET LOCAL jit = off");
  }

  std::string ExportSnapshot() {
    return work_.exec("SELECT pg_catalog.pg_export_snapshot()")[0][0].c_str();
  }

  pqxx::result Run(const CatalogQuery& query) {
    // A query's own planner settings (its "-- set:" lines) hold for it alone.
    for (const QuerySetting& setting : query.settings) {
      work_.exec(fmt::format("SET LOCAL {} = {}", setting.name, setting.value));
    }
    pqxx::result rows = work_.exec(std::string(query.sql));
    for (const QuerySetting& setting : query.settings) {
      work_.exec(fmt::format("SET LOCAL {} TO DEFAULT", setting.name));
    }
    return rows;
  }

  void Commit() { work_.exec("COMMIT"); }

 private:
  pqxx::connection connection_;
  pqxx::nontransaction work_;
};

// Second runs the queries of the second session on a thread of its own, on the first session's
// snapshot, so that both read the same state of the catalogs.
class Second {
 public:
  void Start(const std::string& prepared, const std::string& snapshot,
             std::chrono::milliseconds timeout, std::chrono::milliseconds lock_timeout) {
    thread_ = std::thread([this, prepared, snapshot, timeout, lock_timeout] {
      std::unique_ptr<Session> session;
      try {
        session = std::make_unique<Session>(prepared);
      } catch (const std::exception&) {
        return;  // no second connection (the server's are all taken): the first session runs all
      }
      try {
        connected_ = true;
        session->Begin(snapshot, timeout, lock_timeout);
        for (const CatalogQuery& query : kCatalogQueries) {
          if (OnSecondSession(query.name)) {
            running_ = query.name;
            results_.emplace(query.name, session->Run(query));
          }
        }
        session->Commit();
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  }

  // Result waits for the thread and returns the rows of `query`, or rethrows what stopped it
  // (naming the query it was running in `running`); nothing when there was no second connection.
  std::optional<pqxx::result> Result(std::string_view query, std::string_view& running) {
    if (thread_.joinable()) {
      thread_.join();
    }
    if (!connected_) {
      return std::nullopt;  // not started, or no second connection
    }
    if (error_) {
      running = running_;
      std::rethrow_exception(error_);
    }
    pqxx::result rows = std::move(results_.at(query));
    results_.erase(query);
    return rows;
  }

  ~Second() {
    if (thread_.joinable()) {
      thread_.join();
    }
  }

 private:
  std::thread thread_;
  std::map<std::string_view, pqxx::result> results_;
  std::string_view running_;
  bool connected_ = false;
  std::exception_ptr error_;
};

}  // namespace

catalog::Catalog Introspect(const std::string& connection_string, base::DiagnosticSink& sink,
                            IntrospectStats* stats, const IntrospectOptions& options) {
  IntrospectStats ignored;
  IntrospectStats& counts = stats != nullptr ? *stats : ignored;
  counts = {};
  auto connection_failed = [&](const std::string& reason) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database: {}; check the connection string "
                           "and that the server is running",
                           reason));
  };
  std::string reason;
  std::optional<std::string> prepared = pg::PrepareConnectionString(connection_string, &reason);
  if (!prepared) {
    connection_failed(reason);
    return {};
  }
  std::unique_ptr<Session> session;
  try {
    session = std::make_unique<Session>(*prepared);
  } catch (const std::exception& error) {
    connection_failed(pg::Redact(FirstLine(error.what()), connection_string));
    return {};
  }
  std::string_view running;
  try {
    catalog::Catalog catalog;
    session->Begin(std::nullopt, options.statement_timeout, options.lock_timeout);
    // The two slowest queries run on a second session, on this one's snapshot.
    Second second;
    if (options.second_session) {
      second.Start(*prepared, session->ExportSnapshot(), options.statement_timeout,
                   options.lock_timeout);
    }
    for (const CatalogQuery& query : kCatalogQueries) {
      running = query.name;
      std::optional<pqxx::result> rows;
      if (OnSecondSession(query.name)) {
        rows = second.Result(query.name, running);
      }
      if (!rows) {
        rows = session->Run(query);
      }
      ++counts.queries;
      for (const Handler& handler : kHandlers) {
        if (handler.query == query.name) {
          handler.add(*rows, catalog);
        }
      }
    }
    session->Commit();
    KeepPrivilegesOfObjects(catalog);
    return catalog;
  } catch (const pqxx::sql_error& error) {
    if (error.sqlstate() == "55P03") {  // lock_not_available: the lock timeout
      sink.Error("introspection-failed", {},
                 fmt::format("catalog query \"{}\" waited more than {} ms for a lock: another "
                             "session holds a table locked (an ALTER TABLE or a migration under "
                             "way), and reading a table's defaults, checks and index expressions "
                             "takes ACCESS SHARE on it; find the session in pg_locks (granted, "
                             "AccessExclusiveLock) and try again once it ends",
                             running, options.lock_timeout.count()));
      return {};
    }
    if (error.sqlstate() == "57014") {  // query_canceled: the statement timeout, or a cancel
      sink.Error("introspection-failed", {},
                 fmt::format("catalog query \"{}\" was cancelled ({}; the statement timeout is "
                             "{} ms): the server is too slow to answer, or another session holds "
                             "a lock on a system catalog; find it in pg_locks and try again",
                             running, FirstLine(error.what()), options.statement_timeout.count()));
      return {};
    }
    std::string state =
        error.sqlstate().empty() ? "" : fmt::format(" (SQLSTATE {})", error.sqlstate());
    sink.Error("introspection-failed", {},
               fmt::format("catalog query \"{}\" failed: {}{}; introspection needs PostgreSQL 15 "
                           "or later and a role that can read the system catalogs",
                           running, FirstLine(error.what()), state));
  } catch (const pqxx::broken_connection& error) {
    sink.Error("introspection-failed", {},
               fmt::format("the connection to the server was lost during catalog query \"{}\" "
                           "({}); check that the server is running and try again",
                           running, FirstLine(error.what())));
  } catch (const std::exception& error) {
    sink.Error("introspection-failed", {},
               fmt::format("reading the database schema failed during catalog query \"{}\": {}",
                           running, FirstLine(error.what())));
  }
  return {};
}

}  // namespace schemac::introspect
