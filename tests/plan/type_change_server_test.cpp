// The table of type changes (plan/type_change_cases.h) checked against PostgreSQL itself. For
// every pair the planner plans the change of a column; the server must refuse the cast of a pair
// said to have no conversion, and accept the planned statement otherwise. Then sample values of
// the old type, boundary values among them, are converted up and back down with the planned
// statements: a pair said to keep every value must give each one back unchanged, and a pair said
// to lose something must have a sample that shows it. The session's time zone has daylight
// saving time, so that what depends on it shows.
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "schemac/plan/plan.h"

#include "plan/type_change_cases.h"
#include "support/diagnostics.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

const std::vector<std::string>& TextSamples() {
  static const std::vector<std::string> samples = {
      "",
      "a",
      "a ",
      "x" + std::string(30, ' '),
      " 1",
      "007",
      "1",
      "1.5",
      "yes",
      "today",
      "12:34",
      "2024-02-29",
      "2024-02-29 12:34",
      "12:34:56.1234567",
      "2024-02-29 12:34:56.1234567+05",
      "1 day",
      "{\"a\":1}",
      "{\"a\": 1, \"a\": 2}",
      "[1, 2]",
      "{ 1, 2 }",
      "{ ok, happy }",
      "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
      "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
      "\\x41",
      "ok",
      "sad",
      "a string longer than twenty characters",
  };
  return samples;
}

// Samples of each type, as literals' contents; the ones a type refuses are skipped.
std::vector<std::string> Samples(const std::string& type) {
  static const std::map<std::string, std::vector<std::string>> kSamples = {
      {"smallint", {"-32768", "0", "7", "32767"}},
      {"integer", {"-2147483648", "0", "1", "16777217", "2147483647"}},
      {"bigint", {"-9223372036854775808", "0", "9007199254740993", "9223372036854775807"}},
      {"numeric",
       {"0", "1.5", "1.50", "-1.23456789012345678", "123456789012345678901234567890.5", "0.000001",
        "NaN"}},
      {"numeric(10,2)", {"0.00", "1.50", "-12345678.99", "99999999.99", "0.01"}},
      {"numeric(12,4)", {"0.0000", "1.2345", "12345678.9999", "-0.0001"}},
      {"real",
       {"0", "1.5", "-1.25", "16777216", "0.1", "1.2345678", "3.4028235e+38", "1e-45", "NaN",
        "Infinity", "-Infinity"}},
      {"double precision",
       {"0", "0.1", "0.30000000000000004", "9007199254740993", "1.7976931348623157e+308", "5e-324",
        "NaN", "Infinity"}},
      {"boolean", {"true", "false"}},
      {"date", {"2024-02-29", "4713-01-01 BC", "5874897-12-31", "infinity", "-infinity"}},
      {"time without time zone", {"00:00:00", "12:34:56.123456", "23:59:59.999999", "24:00:00"}},
      {"time(3) without time zone", {"12:34:56.789", "00:00:00", "24:00:00"}},
      {"time with time zone",
       {"12:34:56.123456+05:30", "00:00:00-15:59", "24:00:00+00", "12:00:00+01"}},
      {"timestamp without time zone",
       {"2024-02-29 12:34:56.123456", "2024-03-31 02:30:00", "2024-10-27 02:30:00",
        "4713-01-01 00:00:00 BC", "294276-12-31 23:59:59.999999", "infinity"}},
      {"timestamp(3) without time zone", {"2024-02-29 12:34:56.789", "2024-03-31 02:30:00"}},
      {"timestamp with time zone",
       {"2024-02-29 12:34:56.123456+00", "2024-10-27 00:30:00+00", "2024-10-27 01:30:00+00",
        "infinity", "2000-01-01 00:00:00+00"}},
      {"interval",
       {"1 year 2 mons 3 days 04:05:06.789012", "-1 days", "25:00:00", "1 mon -1 days",
        "00:00:00.5"}},
      {"interval year to month", {"1 year 2 mons", "-3 mons"}},
      {"json",
       {"{\"b\": 1,  \"a\":2}", "[1, 2.50]", "{\"a\":1,\"a\":2}", "null", "\"x\"", "1.0", "true",
        "1 ", "1" + std::string(25, ' ')}},
      {"jsonb",
       {"{\"a\": 1}", "1.5", "true", "\"x\"", "[1, 2]", "null", "1e2", "12345678901234567890.123"}},
      {"uuid", {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}},
      {"bytea", {"\\x00ff41", "\\x"}},
      {"public.mood", {"sad", "ok", "happy"}},
      {"public.size", {"ok", "happy", "large"}},
      {"integer[]", {"{1,NULL,3}", "{}", "{{1,2},{3,4}}"}},
      {"numeric[]", {"{1.5,NULL,1.50}", "{}"}},
      {"text[]",
       {"{a,\"b c\",NULL}", "{}", "{\" 1\",007}", "{1,2}", "{ok,happy}",
        "{\"{\\\"a\\\":1,\\\"a\\\":2}\"}", "{\"x                              \"}"}},
      {"character varying(20)[]", {"{a,\"b c\"}", "{\" 1\"}"}},
      {"public.mood[]", {"{sad,ok}", "{}"}},
      {"public.size[]", {"{ok,large}"}},
      {"jsonb[]", {"{\"{\\\"a\\\": 1.5}\",1.5}", "{1.5,2}", "{}"}},
  };
  auto it = kSamples.find(type);
  return it != kSamples.end() ? it->second : TextSamples();
}

std::string Quote(pqxx::connection& connection, const std::string& text) {
  return connection.quote(text);
}

struct Plans {
  std::vector<std::string> up;
  std::vector<std::string> down;
  std::string diagnostics;
};

std::vector<std::string> Statements(const plan::Plan& plan) {
  std::vector<std::string> out;
  for (const plan::Step& step : plan.steps) {
    out.insert(out.end(), step.statements.begin(), step.statements.end());
  }
  return out;
}

// PlanChange plans the change of column c from `from` to `to`. When no conversion goes back,
// the way back is through text, which converts the values unchanged to every type the cases
// convert from.
Plans PlanChange(const std::string& from, const std::string& to, char back) {
  catalog::ColumnHints hints;
  if (back == 'x') {
    hints.down_using_expression = "c::text::" + from;
  }
  base::DiagnosticSink sink;
  plan::Migration migration =
      plan::PlanMigration(CatalogWithColumn(from), CatalogWithColumn(to, hints), sink);
  return {Statements(migration.up), Statements(migration.down), RenderAll(sink)};
}

// Result of converting one sample up and back.
struct RoundTrip {
  bool stored = false;     // the old type took the sample
  bool converted = false;  // the up conversion took it
  std::string before;
  std::string after;  // as the new type holds it
  std::string back;   // after the down conversion; "(refused: ...)" when it fails
};

class TypeChangeServerTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    std::string error;
    ASSERT_TRUE(server_->CreateDatabase("type_changes", &error)) << error;
    connection_ = std::make_unique<pqxx::connection>(server_->ConnectionString("type_changes"));
    pqxx::nontransaction setup(*connection_);
    setup.exec("SET TimeZone = 'Europe/Berlin'");
    setup.exec("CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy')");
    setup.exec("CREATE TYPE public.size AS ENUM ('ok', 'happy', 'large')");
  }

  // Runs `statements` in a transaction that is rolled back; the error when one fails.
  std::string TryOnEmptyTable(const std::string& type, const std::vector<std::string>& statements) {
    try {
      pqxx::work work(*connection_);
      work.exec("CREATE TABLE public.t (c " + type + ")");
      for (const std::string& statement : statements) {
        work.exec(statement);
      }
      work.abort();
      return "";
    } catch (const std::exception& e) {
      return e.what();
    }
  }

  RoundTrip Convert(const std::string& from, const std::string& sample, const Plans& plans) {
    RoundTrip out;
    pqxx::work work(*connection_);
    work.exec("CREATE TABLE public.t (c " + from + ")");
    auto value = [&]() {
      return work.exec1("SELECT coalesce(c::text, '(null)') FROM public.t")[0].as<std::string>();
    };
    auto attempt = [&](const std::string& sql) {
      try {
        pqxx::subtransaction statement(work, "statement");
        statement.exec(sql);
        statement.commit();
        return std::string();
      } catch (const std::exception& e) {
        std::string message = e.what();
        return message.substr(0, message.find('\n'));
      }
    };
    if (!attempt("INSERT INTO public.t VALUES (" + Quote(*connection_, sample) + ")").empty()) {
      return out;
    }
    out.stored = true;
    out.before = value();
    for (const std::string& statement : plans.up) {
      if (!attempt(statement).empty()) {
        return out;
      }
    }
    out.converted = true;
    out.after = value();
    for (const std::string& statement : plans.down) {
      std::string error = attempt(statement);
      if (!error.empty()) {
        out.back = "(refused: " + error + ")";
        return out;
      }
    }
    out.back = value();
    work.abort();
    return out;
  }

  std::unique_ptr<pqxx::connection> connection_;
};

TEST_F(TypeChangeServerTest, TheServerAgreesWithEveryPair) {
  std::map<std::pair<std::string, std::string>, char> letters;
  for (const TypeChangeCase& c : TypeChangeCases()) {
    letters[{c.from, c.to}] = c.expected;
  }
  for (const TypeChangeCase& c : TypeChangeCases()) {
    SCOPED_TRACE(c.from + " -> " + c.to);
    Plans plans = PlanChange(c.from, c.to, letters.at({c.to, c.from}));
    if (c.expected == 'x') {
      // The planner asks for a conversion, and the server has no cast indeed.
      EXPECT_NE(plans.diagnostics.find("[needs-conversion]"), std::string::npos)
          << plans.diagnostics;
      std::string refused = TryOnEmptyTable(
          c.from, {"ALTER TABLE public.t ALTER COLUMN c TYPE " + c.to + " USING c::" + c.to});
      EXPECT_NE(refused.find("cannot"), std::string::npos) << refused;
      continue;
    }
    ASSERT_EQ(plans.diagnostics, "");
    EXPECT_EQ(TryOnEmptyTable(c.from, plans.up), "");
    bool lossless = c.expected == '-' || c.expected == 'c' || c.expected == 't';
    std::vector<std::string> changed;
    size_t converted = 0;
    for (const std::string& sample : Samples(c.from)) {
      RoundTrip trip = Convert(c.from, sample, plans);
      if (!trip.converted) {
        continue;
      }
      ++converted;
      if (trip.back != trip.before) {
        changed.push_back(fmt::format("'{}' -> '{}' -> '{}'", trip.before, trip.after, trip.back));
      }
    }
    if (lossless) {
      EXPECT_TRUE(changed.empty()) << "said to keep every value, but: " << changed.front();
    } else if (converted > 0) {
      EXPECT_FALSE(changed.empty())
          << "said to change values ('" << c.expected << "'), but no sample shows it";
    }
  }
}

}  // namespace
}  // namespace schemac::testing
