#include "schemac/pg/connection_string.h"

#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "schemac/base/text.h"

namespace schemac::pg {
namespace {

using Options = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

// libpq quotes the piece of the string it could not parse, or the whole URI; none of it is
// printed, but for the name of an unknown setting, which is what the user needs to fix.
std::string WithoutQuotedParts(const std::string& message) {
  if (message.starts_with("invalid connection option \"")) {
    return message;
  }
  std::string out;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < message.size(); ++i) {
    if (message[i] != '"') {
      if (!quoted) {
        out += message[i];
      }
      continue;
    }
    if (!quoted) {
      quoted = true;
      start = i;
      continue;
    }
    quoted = false;
    // A single quoted character ("=", "]") is the syntax libpq expected, not the user's text.
    out += i - start == 2 ? message.substr(start, 3) : "\"...\"";
  }
  return out;
}

Options Parse(const std::string& raw, std::string* error) {
  char* message = nullptr;
  Options options(PQconninfoParse(raw.c_str(), &message), &PQconninfoFree);
  if (options == nullptr) {
    *error = message != nullptr ? WithoutQuotedParts(base::FirstLine(message)) : "out of memory";
    PQfreemem(message);
  }
  return options;
}

const char* Value(const PQconninfoOption* options, std::string_view keyword) {
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (keyword == option->keyword) {
      return option->val;
    }
  }
  return nullptr;
}

bool IsUri(const std::string& raw) {
  return raw.starts_with("postgresql://") || raw.starts_with("postgres://");
}

// Why the parse of a URI cannot be what its author meant, or "".
std::string Misparsed(const std::string& raw, const PQconninfoOption* options) {
  if (!IsUri(raw)) {
    return "";
  }
  for (std::string_view keyword : {"host", "hostaddr", "port"}) {
    const char* value = Value(options, keyword);
    if (value != nullptr && std::string_view(value).find('@') != std::string_view::npos) {
      return fmt::format("the {} it names holds \"@\"", keyword);
    }
  }
  const char* port = Value(options, "port");
  if (port != nullptr &&
      std::string_view(port).find_first_not_of("0123456789,") != std::string_view::npos) {
    return "its port is not a number";
  }
  return "";
}

std::string Keywords(const PQconninfoOption* options, const std::string& database) {
  std::string out;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    std::string_view keyword = option->keyword;
    if (option->val == nullptr || (!database.empty() && keyword == "dbname")) {
      continue;
    }
    out +=
        fmt::format("{}{}={}", out.empty() ? "" : " ", keyword, QuoteConnectionValue(option->val));
  }
  return out;
}

}  // namespace

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

std::optional<std::string> PrepareConnectionString(const std::string& raw, std::string* error) {
  Options options = Parse(raw, error);
  if (options == nullptr) {
    *error = "the connection string is not valid: " + *error;
    return std::nullopt;
  }
  std::string misparsed = Misparsed(raw, options.get());
  if (!misparsed.empty()) {
    *error = fmt::format(
        "the connection string does not read as meant: {}, which happens when a password holds "
        "\"@\", \"/\", \"?\" or \"#\"; percent-encode them in a URI (%40, %2F, %3F, %23) or "
        "write key=value settings",
        misparsed);
    return std::nullopt;
  }
  std::string out = Keywords(options.get(), "");
  const char* timeout = std::getenv("PGCONNECT_TIMEOUT");
  if (Value(options.get(), "connect_timeout") == nullptr && (timeout == nullptr || *timeout == 0)) {
    out +=
        fmt::format("{}connect_timeout={}", out.empty() ? "" : " ", kDefaultConnectTimeoutSeconds);
  }
  if (Value(options.get(), "client_encoding") == nullptr) {
    out += fmt::format("{}client_encoding=UTF8", out.empty() ? "" : " ");
  }
  const char* application = std::getenv("PGAPPNAME");
  if (Value(options.get(), "application_name") == nullptr &&
      (application == nullptr || *application == 0)) {
    out += fmt::format("{}application_name=schemac", out.empty() ? "" : " ");
  }
  return out;
}

std::optional<std::string> WithDatabase(const std::string& connection, const std::string& database,
                                        std::string* error) {
  Options options = Parse(connection, error);
  if (options == nullptr) {
    return std::nullopt;
  }
  std::string out = Keywords(options.get(), database);
  return out + (out.empty() ? "" : " ") + "dbname=" + QuoteConnectionValue(database);
}

std::string Redact(std::string message, const std::string& raw) {
  std::string ignored;
  Options options = Parse(raw, &ignored);
  if (options == nullptr) {
    return message;
  }
  const char* password = Value(options.get(), "password");
  if (password == nullptr || *password == 0) {
    return message;
  }
  std::string_view secret = password;
  for (size_t at = message.find(secret); at != std::string::npos;
       at = message.find(secret, at + 3)) {
    message.replace(at, secret.size(), "***");
  }
  return message;
}

}  // namespace schemac::pg
