// The scratch databases of this process that exist on a server, for DropScratchDatabases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace schemac::normalize {

// RegisterScratchDatabase records a database about to be created as `name` on the server
// `server_connection`, and returns its registration; nullopt once DropScratchDatabases has begun,
// when no database may be created any more. Thread-safe, as are the functions below.
std::optional<uint64_t> RegisterScratchDatabase(const std::string& server_connection,
                                                const std::string& name);

// MarkScratchDatabaseCreated says that the CREATE DATABASE of a registration has returned, so
// that DropScratchDatabases, which waits for that, can drop it.
void MarkScratchDatabaseCreated(uint64_t registration);

// UnregisterScratchDatabase forgets a registration: the database was dropped, left to a server
// that goes as a whole, or never created.
void UnregisterScratchDatabase(uint64_t registration);

}  // namespace schemac::normalize
