#include "schemac/normalize/roles.h"

#include <set>
#include <vector>

#include <fmt/format.h>

#include "schemac/base/quote.h"

namespace schemac::normalize {

std::map<std::string, base::SourceRange> NamedRoles(const catalog::Catalog& catalog) {
  static const std::set<std::string> kSessionRoles = {"public", "current_user", "session_user",
                                                      "current_role"};
  std::map<std::string, base::SourceRange> out;
  for (const auto& [name, policy] : catalog.policies) {
    for (const std::string& role : policy.roles) {
      if (kSessionRoles.count(role) == 0) {
        out.emplace(role, policy.origin.range);
      }
    }
  }
  for (const catalog::GrantStatement& statement : catalog.grant_statements) {
    for (size_t i = 0; i < statement.roles.size(); ++i) {
      if (kSessionRoles.count(statement.roles[i]) == 0) {
        out.emplace(statement.roles[i], statement.role_origins[i].range);
      }
    }
  }
  for (const auto& [name, mapping] : catalog.user_mappings) {
    if (kSessionRoles.count(name.user) == 0) {
      out.emplace(name.user, mapping.origin.range);
    }
  }
  for (const auto& [key, privileges] : catalog.privileges) {
    for (const catalog::Grant& grant : privileges.grants) {
      if (kSessionRoles.count(grant.grantee) == 0) {
        out.emplace(grant.grantee, privileges.origin.range);
      }
    }
  }
  return out;
}

bool EnsureRoles(pg::Session& session, const std::map<std::string, base::SourceRange>& roles,
                 bool create, std::string_view server, base::DiagnosticSink& sink) {
  if (roles.empty()) {
    return true;
  }
  std::vector<std::string> literals;
  for (const auto& [role, range] : roles) {
    literals.push_back(base::QuoteLiteral(role));
  }
  pg::Result found = session.Exec(fmt::format(
      "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname IN ({})", fmt::join(literals, ", ")));
  std::set<std::string> existing;
  for (size_t row = 0; row < found.rows(); ++row) {
    existing.insert(found.Value(row, 0).value_or(""));
  }
  bool ok = true;
  for (const auto& [role, range] : roles) {
    if (existing.count(role) != 0) {
      continue;
    }
    if (create) {
      session.Exec("CREATE ROLE " + base::QuoteIdentifier(role) + " NOLOGIN");
      continue;
    }
    sink.Error("unknown-role", range,
               fmt::format("role \"{}\" does not exist on {}; roles are not part of the schema: "
                           "create it there, as on every server the schema is applied to",
                           role, server));
    ok = false;
  }
  return ok;
}

}  // namespace schemac::normalize
