#include "connection.h"

#include <atomic>
#include <memory>
#include <random>

#include <fmt/format.h>
#include <libpq-fe.h>
#include <unistd.h>

#include "server_error.h"

namespace schemac::normalize {

std::string ScratchDatabaseName() {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  return fmt::format("schemac_scratch_{}_{}_{:08x}", getpid(), counter++,
                     static_cast<uint32_t>(random()));
}

std::string QuoteConnectionValue(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "'";
}

std::optional<std::string> WithDatabase(const std::string& connection, const std::string& database,
                                        std::string* error) {
  char* message = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
      PQconninfoParse(connection.c_str(), &message), &PQconninfoFree);
  if (options == nullptr) {
    *error = message != nullptr ? FirstLine(message) : "out of memory";
    PQfreemem(message);
    return std::nullopt;
  }
  std::string out;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    std::string keyword = option->keyword;
    if (keyword == "dbname" || option->val == nullptr) {
      continue;
    }
    out += fmt::format("{}={} ", keyword, QuoteConnectionValue(option->val));
  }
  return out + "dbname=" + QuoteConnectionValue(database);
}

}  // namespace schemac::normalize
