// Connection strings, read with libpq's own parser: completed with the settings every schemac
// session needs, and kept out of every message schemac prints.
#pragma once

#include <optional>
#include <string>

namespace schemac::pg {

// The connect_timeout, in seconds, added to a connection string that sets none (neither in the
// string nor in PGCONNECT_TIMEOUT), so that a server that accepts the connection and never
// answers cannot hang a run.
inline constexpr int kDefaultConnectTimeoutSeconds = 10;

// PrepareConnectionString returns `raw` (a libpq key=value string or a postgresql:// URI; empty
// for libpq's defaults alone) as a key=value string holding every setting libpq parsed from it,
// plus `connect_timeout` (see kDefaultConnectTimeoutSeconds), `client_encoding=UTF8` and
// `application_name=schemac` (so that a server's administrator sees whose sessions they are),
// each when neither `raw` nor its environment variable sets it. Settings `raw` leaves out are still
// taken from the PG* environment variables by libpq when connecting.
//
// Returns nullopt with *error set when libpq cannot parse `raw`, or when the parse shows a URI
// whose password was not percent-encoded (libpq ends the user information at the first "@" or
// "/", so the rest of such a password becomes the host, the port or the database name). *error
// never holds any part of `raw` but the name of an unknown setting.
std::optional<std::string> PrepareConnectionString(const std::string& raw, std::string* error);

// Redact returns `message` with every password written in `raw`, as libpq parses it, replaced by
// "***". Every message about a connection goes through it before it is printed.
std::string Redact(std::string message, const std::string& raw);

// WithDatabase returns `connection` as a key=value string with its database replaced by
// `database`; nullopt with *error set (as by PrepareConnectionString) when libpq cannot parse it.
std::optional<std::string> WithDatabase(const std::string& connection, const std::string& database,
                                        std::string* error);

// QuoteConnectionValue returns `value` in single quotes with `'` and `\` escaped, as libpq reads
// values in a key=value connection string.
std::string QuoteConnectionValue(const std::string& value);

}  // namespace schemac::pg
