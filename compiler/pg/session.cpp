#include "schemac/pg/session.h"

#include <mutex>
#include <set>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "schemac/base/text.h"
#include "schemac/pg/connection_string.h"

namespace schemac::pg {
namespace {

constexpr std::string_view kPinnedSettings =
    "SET standard_conforming_strings = on; SET escape_string_warning = off; "
    "SET search_path = ''; SET client_min_messages = warning; "
    "SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; "
    "SET extra_float_digits = 1; SET bytea_output = 'hex'; SET lc_monetary = 'C'; "
    "SET quote_all_identifiers = off; SET xmloption = 'content'; "
    "SET idle_session_timeout = 0; SET idle_in_transaction_session_timeout = 0; "
    "SET check_function_bodies = off";

std::string Field(const PGresult* result, int code) {
  const char* value = PQresultErrorField(result, code);
  return value != nullptr ? value : "";
}

std::string FirstLine(const char* text) {
  return base::FirstLine(text != nullptr ? text : "");
}

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

std::string_view PinnedSettings() {
  return kPinnedSettings;
}

Error::Error(ServerError error) : std::runtime_error(error.primary), error_(std::move(error)) {}

struct Session::Handle {
  PGconn* connection = nullptr;
  std::mutex cancel_mutex;
  PGcancel* cancel = nullptr;
  ~Handle() {
    if (cancel != nullptr) {
      PQfreeCancel(cancel);
    }
    if (connection != nullptr) {
      PQfinish(connection);
    }
  }
};

namespace {

// Every open session, for CancelAllSessions.
struct OpenSessions {
  std::mutex mutex;
  std::set<Session*> sessions;
};

// Never destroyed: a signal thread may use it while the process exits.
OpenSessions& TheOpenSessions() {
  static OpenSessions* open = new OpenSessions();
  return *open;
}

}  // namespace

Session::Session(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {
  OpenSessions& open = TheOpenSessions();
  std::lock_guard<std::mutex> lock(open.mutex);
  open.sessions.insert(this);
}

Session::~Session() {
  OpenSessions& open = TheOpenSessions();
  std::lock_guard<std::mutex> lock(open.mutex);
  open.sessions.erase(this);
}

void CancelAllSessions() {
  OpenSessions& open = TheOpenSessions();
  std::lock_guard<std::mutex> lock(open.mutex);
  for (Session* session : open.sessions) {
    session->Cancel();
  }
}

std::unique_ptr<Session> Session::Open(const std::string& connection, std::string* error) {
  std::optional<std::string> prepared = PrepareConnectionString(connection, error);
  if (!prepared) {
    return nullptr;
  }
  auto handle = std::make_unique<Handle>();
  handle->connection = PQconnectdb(prepared->c_str());
  if (handle->connection == nullptr) {
    *error = "out of memory";
    return nullptr;
  }
  if (PQstatus(handle->connection) != CONNECTION_OK) {
    *error = Redact(FirstLine(PQerrorMessage(handle->connection)), connection);
    return nullptr;
  }
  PQsetNoticeProcessor(handle->connection, IgnoreNotice, nullptr);
  handle->cancel = PQgetCancel(handle->connection);
  std::unique_ptr<Session> session(new Session(std::move(handle)));
  try {
    session->Exec(std::string(kPinnedSettings));
  } catch (const Error& failure) {
    *error = Redact(failure.error().primary, connection);
    return nullptr;
  }
  return session;
}

Result Session::Exec(const std::string& sql) {
  PGconn* connection = handle_->connection;
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection, sql.c_str()), &PQclear);
  ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
    Result out;
    int rows = PQntuples(result.get());
    int columns = PQnfields(result.get());
    out.values_.resize(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
      auto& values = out.values_[static_cast<size_t>(row)];
      values.resize(static_cast<size_t>(columns));
      for (int column = 0; column < columns; ++column) {
        if (PQgetisnull(result.get(), row, column) == 0) {
          values[static_cast<size_t>(column)] = PQgetvalue(result.get(), row, column);
        }
      }
    }
    return out;
  }
  ServerError error;
  if (result != nullptr) {
    error.sqlstate = Field(result.get(), PG_DIAG_SQLSTATE);
    error.primary = Field(result.get(), PG_DIAG_MESSAGE_PRIMARY);
    error.detail = Field(result.get(), PG_DIAG_MESSAGE_DETAIL);
    error.hint = Field(result.get(), PG_DIAG_MESSAGE_HINT);
    std::string position = Field(result.get(), PG_DIAG_STATEMENT_POSITION);
    if (!position.empty()) {
      error.position = std::stoul(position);
    }
    std::string internal = Field(result.get(), PG_DIAG_INTERNAL_POSITION);
    if (!internal.empty()) {
      error.internal_position = std::stoul(internal);
      error.internal_query = Field(result.get(), PG_DIAG_INTERNAL_QUERY);
    }
  }
  error.connection_lost = PQstatus(connection) != CONNECTION_OK;
  if (error.primary.empty()) {
    // libpq's own failure (the connection was lost): its message is all there is.
    error.primary = FirstLine(PQerrorMessage(connection));
    if (error.primary.empty()) {
      error.primary = fmt::format("the server returned {}", PQresStatus(status));
    }
  }
  throw Error(std::move(error));
}

void Session::Cancel() {
  std::lock_guard<std::mutex> lock(handle_->cancel_mutex);
  if (handle_->cancel != nullptr) {
    char message[256];
    PQcancel(handle_->cancel, message, sizeof message);
  }
}

int Session::backend_pid() const {
  return PQbackendPID(handle_->connection);
}

}  // namespace schemac::pg
