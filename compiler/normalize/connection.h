// Connection strings and names for scratch databases.
#pragma once

#include <optional>
#include <string>

namespace schemac::normalize {

// ScratchDatabaseName returns a name no other call returns, in this process or another:
// `schemac_scratch_<pid>_<counter>_<random hex>`.
std::string ScratchDatabaseName();

// WithDatabase returns `connection` (a libpq key=value string or URI) with its database replaced
// by `database`, as a key=value string whose values are all quoted. On a string libpq cannot
// parse returns nullopt with *error set to libpq's reason.
std::optional<std::string> WithDatabase(const std::string& connection, const std::string& database,
                                        std::string* error);

// QuoteConnectionValue returns `value` in single quotes with `'` and `\` escaped, as libpq
// reads values in a key=value connection string.
std::string QuoteConnectionValue(const std::string& value);

}  // namespace schemac::normalize
