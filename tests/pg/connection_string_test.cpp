// Connection strings read with libpq's parser: completed, checked, and never printed.
#include "schemac/pg/connection_string.h"

#include <cstdlib>
#include <map>
#include <memory>

#include <gtest/gtest.h>
#include <libpq-fe.h>

namespace schemac::testing {
namespace {

// ParsedOptions reads a connection string back with libpq.
std::map<std::string, std::string> ParsedOptions(const std::string& connection) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
      PQconninfoParse(connection.c_str(), &error), &PQconninfoFree);
  PQfreemem(error);
  std::map<std::string, std::string> out;
  for (const PQconninfoOption* option = options.get(); option != nullptr && option->keyword;
       ++option) {
    if (option->val != nullptr) {
      out[option->keyword] = option->val;
    }
  }
  return out;
}

// Sets an environment variable for the life of the object.
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const char* value) : name_(name) {
    const char* old = std::getenv(name);
    had_ = old != nullptr;
    old_ = had_ ? old : "";
    if (value == nullptr) {
      unsetenv(name);
    } else {
      setenv(name, value, 1);
    }
  }
  ~ScopedEnvironment() {
    if (had_) {
      setenv(name_, old_.c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  bool had_ = false;
  std::string old_;
};

TEST(ConnectionStringTest, ReplacesTheDatabaseAndKeepsTheRest) {
  const std::string tricky = "pa ss'wo\\rd";
  for (const std::string connection :
       {"host=/tmp/sock port=5433 user=app dbname=prod password='pa ss\\'wo\\\\rd'",
        "postgresql://app:pa%20ss'wo%5Crd@/prod?host=/tmp/sock&port=5433",
        "postgresql://app:pa%20ss'wo%5Crd@/?host=/tmp/sock&port=5433"}) {
    std::string error;
    std::optional<std::string> scratch = pg::WithDatabase(connection, "schemac_scratch_1", &error);
    ASSERT_TRUE(scratch) << connection << ": " << error;
    std::map<std::string, std::string> want = ParsedOptions(connection);
    ASSERT_EQ(want["password"], tricky) << connection;
    want["dbname"] = "schemac_scratch_1";
    EXPECT_EQ(ParsedOptions(*scratch), want) << *scratch;
  }
}

TEST(ConnectionStringTest, QuotesValues) {
  EXPECT_EQ(pg::QuoteConnectionValue(""), "''");
  EXPECT_EQ(ParsedOptions("password=" + pg::QuoteConnectionValue("a'b\\c d"))["password"],
            "a'b\\c d");
}

TEST(ConnectionStringTest, AddsAConnectTimeoutTheClientEncodingAndTheApplicationName) {
  ScopedEnvironment no_timeout("PGCONNECT_TIMEOUT", nullptr);
  ScopedEnvironment no_application("PGAPPNAME", nullptr);
  struct {
    std::string raw;
    std::string timeout;
    std::string encoding;
    std::string application;
  } tests[] = {
      {"", "10", "UTF8", "schemac"},
      {"host=db.internal dbname=app", "10", "UTF8", "schemac"},
      {"postgresql://app@db.internal/app?connect_timeout=3", "3", "UTF8", "schemac"},
      {"dbname=app client_encoding=LATIN1 connect_timeout=0 application_name=ci", "0", "LATIN1",
       "ci"},
  };
  for (const auto& test : tests) {
    std::string error;
    std::optional<std::string> prepared = pg::PrepareConnectionString(test.raw, &error);
    ASSERT_TRUE(prepared) << test.raw << ": " << error;
    std::map<std::string, std::string> options = ParsedOptions(*prepared);
    EXPECT_EQ(options["connect_timeout"], test.timeout) << *prepared;
    EXPECT_EQ(options["client_encoding"], test.encoding) << *prepared;
    EXPECT_EQ(options["application_name"], test.application) << *prepared;
    std::map<std::string, std::string> given = ParsedOptions(test.raw);
    for (const auto& [keyword, value] : given) {
      EXPECT_EQ(options[keyword], value) << keyword << " of " << test.raw;
    }
  }
}

TEST(ConnectionStringTest, LeavesTheTimeoutToPgconnectTimeoutWhenSet) {
  ScopedEnvironment timeout("PGCONNECT_TIMEOUT", "2");
  std::string error;
  std::optional<std::string> prepared = pg::PrepareConnectionString("dbname=app", &error);
  ASSERT_TRUE(prepared) << error;
  EXPECT_EQ(ParsedOptions(*prepared).count("connect_timeout"), 0u) << *prepared;
}

TEST(ConnectionStringTest, RefusesUrisWhosePasswordWasNotEncoded) {
  // libpq ends the user information at the first "@" or "/": the rest of such a password
  // becomes the host, the port or the database, which libpq's errors would print.
  for (const std::string raw :
       {"postgresql://deploy:MyP@ssw0rd@db.internal/app", "postgresql://deploy:My/Pssw0rd@db/app",
        "postgres://deploy:MyP@ssw0rd@db.internal:5432/app"}) {
    std::string error;
    EXPECT_FALSE(pg::PrepareConnectionString(raw, &error)) << raw;
    EXPECT_NE(error.find("percent-encode"), std::string::npos) << error;
    for (std::string_view piece : {"MyP", "ssw0rd", "Pssw0rd", "db.internal"}) {
      EXPECT_EQ(error.find(piece), std::string::npos) << error;
    }
  }
  std::string error;
  EXPECT_TRUE(
      pg::PrepareConnectionString("postgresql://deploy:MyP%40ssw0rd@db.internal/app", &error))
      << error;
}

TEST(ConnectionStringTest, ParseErrorsNeverQuoteTheString) {
  for (const std::string raw :
       {"postgresql://deploy:S3cr3t@[::1/db", "password=S3cr3t host", "host='S3cr3t",
        "postgresql://deploy:S3cr3t@db/app?x=%zz", "postgresql://deploy:S3cr3t@db/app?a=b=c"}) {
    std::string error;
    EXPECT_FALSE(pg::PrepareConnectionString(raw, &error)) << raw;
    EXPECT_FALSE(error.empty()) << raw;
    EXPECT_EQ(error.find("S3cr3t"), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  std::string error;
  EXPECT_FALSE(pg::PrepareConnectionString("nosuchoption=1", &error));
  EXPECT_NE(error.find("\"nosuchoption\""), std::string::npos) << error;
}

TEST(ConnectionStringTest, RedactsThePasswordLibpqReads) {
  struct {
    std::string raw;
    std::string message;
    std::string want;
  } tests[] = {
      {"postgresql://deploy:p%40ss@db/app", "failed for p@ss", "failed for ***"},
      {"host=db password='a b'", "x a b y a b", "x *** y ***"},
      {"postgresql://db/app?password=q1w2", "q1w2!", "***!"},
      {"host=db", "nothing to hide", "nothing to hide"},
  };
  for (const auto& test : tests) {
    EXPECT_EQ(pg::Redact(test.message, test.raw), test.want) << test.raw;
  }
}

}  // namespace
}  // namespace schemac::testing
