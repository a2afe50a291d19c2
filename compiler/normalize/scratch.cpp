#include "scratch.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/pg/connection_string.h"

#include "connection.h"
#include "registry.h"

namespace schemac::normalize {

std::unique_ptr<ScratchDatabase> ScratchDatabase::Create(const std::string& server_connection,
                                                         base::DiagnosticSink& sink) {
  std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase(server_connection, sink));
  std::string reason;
  scratch->admin_ = pg::Session::Open(server_connection, &reason);
  if (scratch->admin_ == nullptr) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database server: {}; check the connection "
                           "string and that the server is running",
                           reason));
    return nullptr;
  }
  scratch->name_ = ScratchDatabaseName();
  std::optional<std::string> connection =
      pg::WithDatabase(server_connection, scratch->name_, &reason);
  if (!connection) {
    sink.Error("connection-failed", {},
               fmt::format("the connection string is not valid: {}; write it as key=value "
                           "settings or as a postgresql:// URI",
                           reason));
    return nullptr;
  }
  scratch->connection_string_ = *connection;
  scratch->registration_ = RegisterScratchDatabase(server_connection, scratch->name_);
  if (!scratch->registration_) {
    sink.Error("scratch-database-failed", {},
               "cannot create a scratch database while schemac ends on a signal; run the "
               "command again");
    return nullptr;
  }
  try {
    scratch->admin_->Exec(fmt::format("CREATE DATABASE {} TEMPLATE template0",
                                      base::QuoteIdentifier(scratch->name_)));
    scratch->exists_ = true;
    MarkScratchDatabaseCreated(*scratch->registration_);
  } catch (const pg::Error& error) {
    scratch->Unregister();
    sink.Error("scratch-database-failed", {},
               fmt::format("cannot create a scratch database: {}; normalisation needs a role "
                           "that may CREATE DATABASE",
                           error.error().primary));
    return nullptr;
  }
  return scratch;
}

ScratchDatabase::~ScratchDatabase() {
  Drop();
  Unregister();
}

void ScratchDatabase::Leave() {
  exists_ = false;
  Unregister();
}

void ScratchDatabase::Unregister() {
  if (registration_) {
    UnregisterScratchDatabase(*registration_);
    registration_.reset();
  }
}

void ScratchDatabase::Drop() {
  if (!exists_) {
    return;
  }
  exists_ = false;
  // Registered until the drop has run, so that a DropScratchDatabases meanwhile drops it too.
  DropNow();
  Unregister();
}

void ScratchDatabase::DropNow() {
  std::string sql =
      fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", base::QuoteIdentifier(name_));
  try {
    admin_->Exec(sql);
    return;
  } catch (const pg::Error& error) {
    if (!error.error().connection_lost) {
      sink_.Error("scratch-database-failed", {},
                  fmt::format("cannot drop the scratch database \"{}\": {}; drop it by hand", name_,
                              error.error().primary));
      return;
    }
  }
  // The server ended the session: try once more on a new one.
  std::string reason;
  admin_ = pg::Session::Open(server_connection_, &reason);
  try {
    if (admin_ != nullptr) {
      admin_->Exec(sql);
      return;
    }
  } catch (const pg::Error& error) {
    reason = error.error().primary;
  }
  sink_.Error(
      "scratch-database-failed", {},
      fmt::format("cannot drop the scratch database \"{}\": {}; drop it by hand", name_, reason));
}

}  // namespace schemac::normalize
