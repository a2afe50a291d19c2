#include "scratch.h"

#include <exception>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/base/server_message.h"

#include "connection.h"
#include "server_error.h"

namespace schemac::normalize {
namespace {

// Reason is the server's primary message for a refused statement, else libpq's first line.
std::string Reason(const std::exception& error) {
  if (dynamic_cast<const pqxx::sql_error*>(&error) != nullptr) {
    return ParseServerError(error.what()).primary;
  }
  return FirstLine(error.what());
}

void RunOutsideTransaction(pqxx::connection& connection, const std::string& sql) {
  pqxx::nontransaction transaction(connection);
  transaction.exec(sql);
}

}  // namespace

std::unique_ptr<ScratchDatabase> ScratchDatabase::Create(const std::string& server_connection,
                                                         base::DiagnosticSink& sink) {
  std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase(server_connection, sink));
  try {
    scratch->admin_ = std::make_unique<pqxx::connection>(server_connection);
    scratch->quiet_ = std::make_unique<pqxx::quiet_errorhandler>(*scratch->admin_);
  } catch (const std::exception& error) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database server: {}; check the connection "
                           "string and that the server is running",
                           base::RedactPassword(FirstLine(error.what()), server_connection)));
    return nullptr;
  }
  scratch->name_ = ScratchDatabaseName();
  std::string reason;
  std::optional<std::string> connection = WithDatabase(server_connection, scratch->name_, &reason);
  if (!connection) {
    sink.Error("connection-failed", {},
               fmt::format("the connection string is not valid: {}; write it as key=value "
                           "settings or as a postgresql:// URI",
                           base::RedactPassword(reason, server_connection)));
    return nullptr;
  }
  scratch->connection_string_ = *connection;
  try {
    RunOutsideTransaction(*scratch->admin_, fmt::format("CREATE DATABASE {} TEMPLATE template0",
                                                        base::QuoteIdentifier(scratch->name_)));
    scratch->exists_ = true;
  } catch (const std::exception& error) {
    sink.Error("scratch-database-failed", {},
               fmt::format("cannot create a scratch database: {}; normalisation needs a role "
                           "that may CREATE DATABASE",
                           Reason(error)));
    return nullptr;
  }
  return scratch;
}

ScratchDatabase::~ScratchDatabase() {
  Drop();
  // The error handler must go before its connection.
  quiet_.reset();
}

void ScratchDatabase::Drop() {
  if (!exists_) {
    return;
  }
  exists_ = false;
  std::string sql =
      fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", base::QuoteIdentifier(name_));
  try {
    try {
      RunOutsideTransaction(*admin_, sql);
    } catch (const pqxx::broken_connection&) {
      // The server ended the idle session: try once more on a new one.
      quiet_.reset();
      admin_ = std::make_unique<pqxx::connection>(server_connection_);
      quiet_ = std::make_unique<pqxx::quiet_errorhandler>(*admin_);
      RunOutsideTransaction(*admin_, sql);
    }
  } catch (const std::exception& error) {
    sink_.Error("scratch-database-failed", {},
                fmt::format("cannot drop the scratch database \"{}\": {}; drop it by hand", name_,
                            Reason(error)));
  }
}

}  // namespace schemac::normalize
