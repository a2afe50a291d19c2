#include "support/known_differences.h"

#include <vector>

#include <gtest/gtest.h>

#include "schemac/base/quote.h"

namespace schemac::testing {
namespace {

// A column default that cannot be equal: the server normalises a value that the canonical
// expression keeps as written.
struct KnownDifference {
  std::string test_case;
  catalog::QualifiedName table;
  std::string column;
  std::string reason;
};

const std::vector<KnownDifference>& KnownDifferences() {
  static const auto* differences = new std::vector<KnownDifference>{
      {"lexing",
       {"public", "lexing"},
       "num",
       "DEFAULT 1.5e3 on a numeric column is stored as 1500; the canonical expression keeps the "
       "number as written"},
  };
  return *differences;
}

}  // namespace

void AcceptKnownDifferences(const std::string& test_case, catalog::Catalog& compiled,
                            const catalog::Catalog& from_server) {
  for (const KnownDifference& difference : KnownDifferences()) {
    if (difference.test_case != test_case) {
      continue;
    }
    auto want = compiled.tables.find(difference.table);
    auto got = from_server.tables.find(difference.table);
    ASSERT_NE(want, compiled.tables.end()) << difference.table.Text();
    ASSERT_NE(got, from_server.tables.end()) << difference.table.Text();
    catalog::Column* want_column = want->second.FindColumn(difference.column);
    const catalog::Column* got_column = got->second.FindColumn(difference.column);
    ASSERT_NE(want_column, nullptr) << difference.column;
    ASSERT_NE(got_column, nullptr) << difference.column;
    EXPECT_NE(want_column->default_expression, got_column->default_expression)
        << "remove the known difference: " << difference.reason;
    want_column->default_expression = got_column->default_expression;
  }
}

void ForgetDefaultExtensionComments(const pgserver::EphemeralServer& server,
                                    const std::string& database, catalog::Catalog& compiled,
                                    const catalog::Catalog& from_server) {
  for (auto& [name, extension] : compiled.extensions) {
    auto live = from_server.extensions.find(name);
    if (!extension.comment || live == from_server.extensions.end() || live->second.comment) {
      continue;
    }
    pgserver::PsqlResult result = server.RunPsql(
        "\\pset tuples_only on\n\\pset format unaligned\n"
        "SELECT comment FROM pg_catalog.pg_available_extensions WHERE name = " +
            base::QuoteLiteral(name) + ";\n",
        database);
    std::string comment = result.output;
    while (!comment.empty() && comment.back() == '\n') {
      comment.pop_back();
    }
    if (result.exit_code == 0 && comment == *extension.comment) {
      extension.comment.reset();
    }
  }
}

void AdoptServerDefinitions(catalog::Catalog& compiled, const catalog::Catalog& from_server) {
  for (auto& [name, view] : compiled.views) {
    if (auto it = from_server.views.find(name); it != from_server.views.end()) {
      view.query = it->second.query;
      view.columns = it->second.columns;
    }
  }
  for (auto& [name, function] : compiled.functions) {
    if (auto it = from_server.functions.find(name); it != from_server.functions.end()) {
      catalog::Function server = it->second;
      server.comment = function.comment;
      function = std::move(server);
    }
  }
  for (auto& [name, table] : compiled.tables) {
    auto it = from_server.tables.find(name);
    if (it == from_server.tables.end()) {
      continue;
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      auto server = it->second.constraints.find(constraint_name);
      if (constraint.type == catalog::ConstraintType::kExclusion &&
          server != it->second.constraints.end()) {
        constraint.expression = server->second.expression;
      }
    }
  }
  for (auto& [name, trigger] : compiled.triggers) {
    if (auto it = from_server.triggers.find(name); it != from_server.triggers.end()) {
      trigger.definition = it->second.definition;
    }
  }
  for (auto& [name, domain] : compiled.domains) {
    if (auto it = from_server.domains.find(name); it != from_server.domains.end()) {
      catalog::Domain server = it->second;
      server.comment = domain.comment;
      domain = std::move(server);
    }
  }
}

}  // namespace schemac::testing
