#include "schemac/introspect/introspect.h"

#include <array>
#include <exception>
#include <memory>
#include <utility>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "queries.h"
#include "rows.h"

namespace schemac::introspect {
namespace {

using AddFunction = void (*)(const pqxx::result&, catalog::Catalog&);

struct Handler {
  std::string_view query;
  AddFunction add;
};

// Tables come before their columns and constraints, indexes before their keys.
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
}};

// FirstLine keeps the first line of a libpq message, which ends with a newline and may go on
// with DETAIL and HINT lines.
std::string FirstLine(std::string_view message) {
  size_t end = message.find('\n');
  std::string line(message.substr(0, end));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
    line.pop_back();
  }
  return line;
}

// ServerMessage is the first line of a server error without libpq's "ERROR:  " prefix.
std::string ServerMessage(std::string_view message) {
  std::string line = FirstLine(message);
  constexpr std::string_view kPrefix = "ERROR:  ";
  return line.starts_with(kPrefix) ? line.substr(kPrefix.size()) : line;
}

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
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database: {}; check the connection string "
                           "and that the server is running",
                           FirstLine(error.what())));
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
                           running, ServerMessage(error.what()), state));
  } catch (const std::exception& error) {
    sink.Error("introspection-failed", {},
               fmt::format("reading the database schema failed during catalog query \"{}\": {}",
                           running, FirstLine(error.what())));
  }
  return {};
}

}  // namespace schemac::introspect
