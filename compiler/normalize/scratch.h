// A scratch database that lives as long as one Normalize call.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "schemac/base/diagnostics.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {

class ScratchDatabase {
 public:
  // Create connects to `server_connection` and creates a uniquely named database from template0,
  // registered for DropScratchDatabases until it is dropped or left. On failure (also once
  // DropScratchDatabases has begun) reports `connection-failed` or `scratch-database-failed` into
  // `sink` and returns nullptr. `sink` must outlive the returned object, which reports into it
  // when dropping fails.
  static std::unique_ptr<ScratchDatabase> Create(const std::string& server_connection,
                                                 base::DiagnosticSink& sink);

  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;
  // The destructor drops the database if neither Drop() nor Leave() was called.
  ~ScratchDatabase();

  const std::string& name() const { return name_; }
  // The key=value connection string of the scratch database, with the server connection's
  // other settings (host, user, password, ...).
  const std::string& connection_string() const { return connection_string_; }

  // Drop drops the database WITH (FORCE), ending any session still connected to it. Reports
  // `scratch-database-failed` on failure. Idempotent.
  void Drop();
  // Leave makes Drop and the destructor leave the database on the server, for a server that is
  // discarded as a whole next.
  void Leave();

 private:
  ScratchDatabase(std::string server_connection, base::DiagnosticSink& sink)
      : server_connection_(std::move(server_connection)), sink_(sink) {}

  std::string server_connection_;
  base::DiagnosticSink& sink_;
  // DropNow runs the DROP DATABASE, reporting a failure.
  void DropNow();
  void Unregister();

  std::unique_ptr<pg::Session> admin_;
  std::string name_;
  std::string connection_string_;
  bool exists_ = false;
  std::optional<uint64_t> registration_;  // in the registry of DropScratchDatabases
};

}  // namespace schemac::normalize
