#include "registry.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/normalize/normalize.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {
namespace {

// How long DropScratchDatabases waits for a CREATE DATABASE under way to return.
constexpr std::chrono::seconds kCreateWait{10};

struct Entry {
  uint64_t registration = 0;
  std::string server_connection;
  std::string name;
  bool created = false;
};

struct Registry {
  std::mutex mutex;
  std::condition_variable created;
  std::vector<Entry> entries;
  uint64_t next = 1;
  bool closed = false;
};

// Never destroyed: a thread may drop the databases while the process exits.
Registry& TheRegistry() {
  static Registry* registry = new Registry();
  return *registry;
}

// Drop drops `entry`'s database through a new session; "" on success, else why not.
std::string Drop(const Entry& entry) {
  std::string reason;
  std::unique_ptr<pg::Session> session = pg::Session::Open(entry.server_connection, &reason);
  if (session != nullptr) {
    try {
      // The process is ending: a server that does not answer must not hold it for long.
      session->Exec("SET statement_timeout = '30s'");
      session->Exec(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)",
                                base::QuoteIdentifier(entry.name)));
      return "";
    } catch (const pg::Error& error) {
      reason = error.error().primary;
    }
  }
  return fmt::format("cannot drop the scratch database \"{}\": {}; drop it by hand", entry.name,
                     reason);
}

}  // namespace

std::optional<uint64_t> RegisterScratchDatabase(const std::string& server_connection,
                                                const std::string& name) {
  Registry& registry = TheRegistry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  if (registry.closed) {
    return std::nullopt;
  }
  registry.entries.push_back({registry.next, server_connection, name, false});
  return registry.next++;
}

void MarkScratchDatabaseCreated(uint64_t registration) {
  Registry& registry = TheRegistry();
  {
    std::lock_guard<std::mutex> lock(registry.mutex);
    for (Entry& entry : registry.entries) {
      if (entry.registration == registration) {
        entry.created = true;
      }
    }
  }
  registry.created.notify_all();
}

void UnregisterScratchDatabase(uint64_t registration) {
  Registry& registry = TheRegistry();
  {
    std::lock_guard<std::mutex> lock(registry.mutex);
    std::erase_if(registry.entries,
                  [&](const Entry& entry) { return entry.registration == registration; });
  }
  registry.created.notify_all();
}

std::vector<std::string> DropScratchDatabases() {
  Registry& registry = TheRegistry();
  std::vector<Entry> entries;
  {
    std::unique_lock<std::mutex> lock(registry.mutex);
    registry.closed = true;
    // A database being created would be created after a DROP DATABASE IF EXISTS sent now.
    registry.created.wait_for(lock, kCreateWait, [&] {
      return std::all_of(registry.entries.begin(), registry.entries.end(),
                         [](const Entry& entry) { return entry.created; });
    });
    entries = registry.entries;
  }
  std::vector<std::string> failures;
  for (const Entry& entry : entries) {
    if (std::string failure = Drop(entry); !failure.empty()) {
      failures.push_back(std::move(failure));
    }
  }
  return failures;
}

}  // namespace schemac::normalize
