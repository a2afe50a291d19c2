// Clients of an EphemeralServer: the connection string and psql.
#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/pgserver/server.h"

#include "process.h"

namespace schemac::pgserver {
namespace {

// QuoteConnectionValue quotes a libpq key=value value when it is empty or holds a space, a quote
// or a backslash.
std::string QuoteConnectionValue(std::string_view value) {
  if (!value.empty() && value.find_first_of(" \t\n\r\f\v'\\") == std::string_view::npos) {
    return std::string(value);
  }
  std::string quoted = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') {
      quoted += '\\';
    }
    quoted += c;
  }
  quoted += '\'';
  return quoted;
}

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace

std::string EphemeralServer::ConnectionString(std::string_view database) const {
  return fmt::format("host={} port={} user=postgres dbname={}", QuoteConnectionValue(dir_),
                     kServerPort, QuoteConnectionValue(database));
}

PsqlResult EphemeralServer::RunPsql(std::string_view sql, std::string_view database) const {
  return RunPsqlWith(sql, "-", database);
}

PsqlResult EphemeralServer::RunPsqlFile(const std::string& path, std::string_view database) const {
  return RunPsqlWith("", path, database);
}

PsqlResult EphemeralServer::RunPsqlWith(std::string_view input, const std::string& file,
                                        std::string_view database) const {
  PsqlResult psql;
  if (slot_ < 0) {
    psql.errors = "the server is stopped";
    return psql;
  }
  SpawnOptions options;
  options.argv = {bin_dir_ + "/psql",         "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-d",
                  ConnectionString(database), "-f", file};
  RunResult result;
  std::string error;
  if (!Run(options, input, &result, &error)) {
    psql.errors = error;
    return psql;
  }
  psql.exit_code = result.status.exit_code;
  psql.output = std::move(result.output);
  psql.errors = std::move(result.errors);
  if (psql.exit_code < 0 && psql.errors.empty()) {
    psql.errors = fmt::format("psql {}", DescribeExit(result.status));
  }
  return psql;
}

bool EphemeralServer::CreateDatabase(std::string_view name, std::string* error) const {
  const PsqlResult result =
      RunPsql(fmt::format("CREATE DATABASE {};\n", base::QuoteIdentifier(name)));
  if (result.exit_code != 0) {
    *error = fmt::format("cannot create database {}: {}", base::QuoteIdentifier(name),
                         Trimmed(result.errors));
    return false;
  }
  return true;
}

}  // namespace schemac::pgserver
