#include "bodies.h"

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"

#include "load.h"

namespace schemac::normalize {
namespace {

// The functions whose bodies a validator checks, with the arguments that name them as the
// functions query writes them.
constexpr std::string_view kFunctionsToCheck = R"sql(
SELECT p.oid, n.nspname, p.proname,
       pg_catalog.array_to_string(
         ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
               FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY a(type, i)
               ORDER BY a.i),
         ', '),
       l.lanvalidator::pg_catalog.regproc::pg_catalog.text
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p') AND p.prosqlbody IS NULL AND l.lanvalidator <> 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY 2, 3, 4
)sql";

// Characters counts the characters (not bytes) of UTF-8 text.
size_t Characters(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

// Where in the file the server's position in a body lies: the body is found in the statement as
// written (a dollar-quoted body stands there as it is).
std::optional<base::SourceRange> PlaceInBody(const catalog::Written& written,
                                             const pg::ServerError& error) {
  if (written.empty() || !written.start.valid() || !error.internal_position ||
      error.internal_query.empty()) {
    return std::nullopt;
  }
  size_t body = written.text.find(error.internal_query);
  if (body == std::string::npos) {
    return std::nullopt;
  }
  LoadStatement statement;
  statement.sql = written.text;
  statement.written = catalog::WrittenSpan{0, written.text.size(), written.start};
  return PlaceInFile(statement, Characters(std::string_view(written.text).substr(0, body)) +
                                    *error.internal_position);
}

}  // namespace

size_t CheckFunctionBodies(pg::Session& session, const Origins& origins,
                           base::DiagnosticSink& sink) {
  pg::Result functions = session.Exec(std::string(kFunctionsToCheck));
  if (functions.rows() == 0) {
    return 0;
  }
  session.Exec("SET check_function_bodies = on");
  for (size_t row = 0; row < functions.rows(); ++row) {
    catalog::FunctionName name{*functions.Value(row, 1), *functions.Value(row, 2),
                               *functions.Value(row, 3)};
    const catalog::Written* written = origins.WrittenFunction(name);
    if (written != nullptr && !written->check_body) {
      continue;  // written with check_function_bodies off
    }
    try {
      // Under the search_path the function was written under, as when it is created with
      // check_function_bodies on.
      std::vector<std::string> path;
      if (written != nullptr) {
        path = written->search_path;
      }
      session.Exec(catalog::SearchPathSql(path) +
                   fmt::format(" SELECT {}({})", *functions.Value(row, 4),
                               base::QuoteLiteral(*functions.Value(row, 0))));
    } catch (const pg::Error& error) {
      if (error.error().connection_lost) {
        throw;
      }
      base::SourceRange place = written != nullptr ? written->start : base::SourceRange();
      if (written != nullptr) {
        place = PlaceInBody(*written, error.error()).value_or(place);
      }
      base::Diagnostic& diagnostic =
          sink.Error("function-body-refused", place,
                     fmt::format("the server refused the body of {} {}: {}; fix the body",
                                 catalog::KindName(catalog::ObjectKind::kFunction), name.Text(),
                                 error.error().primary));
      if (!error.error().detail.empty()) {
        diagnostic.notes.push_back({{}, "the server's detail: " + error.error().detail});
      }
      if (!error.error().hint.empty()) {
        diagnostic.notes.push_back({{}, "the server's hint: " + error.error().hint});
      }
    }
  }
  session.Exec("SET check_function_bodies = off; SET search_path = ''");
  return functions.rows();
}

}  // namespace schemac::normalize
