#include "schemac/introspect/introspect.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <exception>
#include <memory>
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
    {"triggers", AddTriggers},
    {"policies", AddPolicies},
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
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(*prepared);
    // The settings every session pins: among them an empty search_path, which makes
    // format_type() and regclass output schema-qualified, as the compiler writes them.
    pqxx::nontransaction pin(*connection);
    pin.exec(std::string(pg::PinnedSettings()));
  } catch (const std::exception& error) {
    connection_failed(pg::Redact(FirstLine(error.what()), connection_string));
    return {};
  }
  std::string_view running;
  try {
    catalog::Catalog catalog;
    pqxx::read_transaction transaction(*connection);
    transaction.exec(fmt::format("SET LOCAL statement_timeout = {}",
                                 std::max<int64_t>(1, options.statement_timeout.count())));
    // The catalog queries of a large schema cross the planner's JIT threshold, and compiling
    // them takes longer than running them.
    transaction.exec("SET LOCAL jit = off");
    for (const CatalogQuery& query : kCatalogQueries) {
      running = query.name;
      // A query's own planner settings (its "-- set:" lines) hold for it alone.
      for (const QuerySetting& setting : query.settings) {
        transaction.exec(fmt::format("SET LOCAL {} = {}", setting.name, setting.value));
      }
      pqxx::result rows = transaction.exec(std::string(query.sql));
      for (const QuerySetting& setting : query.settings) {
        transaction.exec(fmt::format("SET LOCAL {} TO DEFAULT", setting.name));
      }
      ++counts.queries;
      for (const Handler& handler : kHandlers) {
        if (handler.query == query.name) {
          handler.add(rows, catalog);
        }
      }
    }
    transaction.commit();
    return catalog;
  } catch (const pqxx::sql_error& error) {
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
