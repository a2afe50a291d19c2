#include "schemac/introspect/introspect.h"

#include <array>
#include <exception>
#include <memory>
#include <utility>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "schemac/base/server_message.h"

#include "queries.h"
#include "rows.h"

namespace schemac::introspect {
namespace {

using AddFunction = void (*)(const pqxx::result&, catalog::Catalog&);

struct Handler {
  std::string_view query;
  AddFunction add;
};

// Tables come before their columns and constraints, indexes before their keys; what is not
// managed comes last, since it takes out of the catalog the objects that depend on it.
constexpr std::array<Handler, kCatalogQueryCount> kHandlers = {{
    {"schemas", AddSchemas},
    {"extensions", AddExtensions},
    {"enums", AddEnums},
    {"sequences", AddSequences},
    {"tables", AddTables},
    {"columns", AddColumns},
    {"constraints", AddConstraints},
    {"indexes", AddIndexes},
    {"index_keys", AddIndexKeys},
    {"unmanaged", AddUnmanaged},
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
                            IntrospectStats* stats) {
  IntrospectStats ignored;
  IntrospectStats& counts = stats != nullptr ? *stats : ignored;
  counts = {};
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(connection_string);
  } catch (const std::exception& error) {
    sink.Error(
        "connection-failed", {},
        fmt::format("cannot connect to the database: {}; check the connection string "
                    "and that the server is running",
                    base::RedactPassword(base::ServerMessage(error.what()), connection_string)));
    return {};
  }
  std::string_view running;
  try {
    catalog::Catalog catalog;
    pqxx::read_transaction transaction(*connection);
    // An empty search_path makes format_type() and regclass output schema-qualified, as the
    // compiler writes them; SET LOCAL ends with the transaction.
    transaction.exec("SET LOCAL search_path = ''");
    for (const CatalogQuery& query : kCatalogQueries) {
      running = query.name;
      pqxx::result rows = transaction.exec(std::string(query.sql));
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
    std::string state =
        error.sqlstate().empty() ? "" : fmt::format(" (SQLSTATE {})", error.sqlstate());
    sink.Error("introspection-failed", {},
               fmt::format("catalog query \"{}\" failed: {}{}; introspection needs PostgreSQL 15 "
                           "or later and a role that can read the system catalogs",
                           running, base::ServerMessage(error.what()), state));
  } catch (const std::exception& error) {
    sink.Error("introspection-failed", {},
               fmt::format("reading the database schema failed during catalog query \"{}\": {}",
                           running, base::ServerMessage(error.what())));
  }
  return {};
}

}  // namespace schemac::introspect
