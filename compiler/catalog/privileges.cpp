#include "schemac/catalog/privileges.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {
namespace {

// The privileges of one role, each with whether it may be granted on.
using RolePrivileges = std::map<std::string, bool>;

std::map<std::string, RolePrivileges> ByRole(const std::vector<Grant>& grants) {
  std::map<std::string, RolePrivileges> out;
  for (const Grant& grant : grants) {
    bool& grantable = out[grant.grantee][grant.privilege];
    grantable = grantable || grant.grantable;
  }
  return out;
}

std::string PrivilegeList(const std::vector<std::string>& privileges,
                          const std::optional<std::string>& column) {
  std::vector<std::string> out;
  for (const std::string& privilege : privileges) {
    out.push_back(column ? fmt::format("{} ({})", privilege, base::QuoteIdentifier(*column))
                         : privilege);
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

std::vector<Grant> DefaultGrants(const ObjectKey& key) {
  switch (key.kind) {
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate:
      return {{"public", "EXECUTE", false}};
    case ObjectKind::kEnum:
    case ObjectKind::kDomain:
    case ObjectKind::kComposite:
    case ObjectKind::kRange:
      return {{"public", "USAGE", false}};
    case ObjectKind::kSchema:
      if (key.name == "public") {
        return {{"public", "USAGE", false}};
      }
      return {};
    default:
      return {};
  }
}

std::vector<Grant> KindDefaults(std::string_view object_type) {
  if (object_type == "functions") {
    return {{"public", "EXECUTE", false}};
  }
  if (object_type == "types") {
    return {{"public", "USAGE", false}};
  }
  return {};
}

std::vector<Grant> DefaultGrantsOf(const Catalog& catalog, const DefaultPrivilegesName& name) {
  auto it = catalog.default_privileges.find(name);
  if (it != catalog.default_privileges.end()) {
    return it->second.grants;
  }
  return name.schema.empty() ? KindDefaults(name.object_type) : std::vector<Grant>{};
}

std::vector<Grant> GrantsOfNew(const Catalog& catalog, const ObjectKey& key) {
  std::string_view type;
  switch (key.kind) {
    case ObjectKind::kTable:
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView:
      type = "tables";
      break;
    case ObjectKind::kSequence:
      type = "sequences";
      break;
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate:
      type = "functions";
      break;
    case ObjectKind::kEnum:
    case ObjectKind::kDomain:
    case ObjectKind::kComposite:
    case ObjectKind::kRange:
      type = "types";
      break;
    case ObjectKind::kSchema:
      type = "schemas";
      break;
    default:
      return DefaultGrants(key);
  }
  std::vector<Grant> out = DefaultGrants(key);
  auto every = catalog.default_privileges.find({"", "", std::string(type)});
  if (every != catalog.default_privileges.end()) {
    out = every->second.grants;
  }
  if (key.kind != ObjectKind::kSchema) {
    auto in_schema = catalog.default_privileges.find({"", key.schema, std::string(type)});
    if (in_schema != catalog.default_privileges.end()) {
      out.insert(out.end(), in_schema->second.grants.begin(), in_schema->second.grants.end());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Grant> GrantsOf(const Catalog& catalog, const ObjectKey& key) {
  auto it = catalog.privileges.find(key);
  return it != catalog.privileges.end() ? it->second.grants : DefaultGrants(key);
}

bool HasPrivileges(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::kSchema:
    case ObjectKind::kTable:
    case ObjectKind::kColumn:
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView:
    case ObjectKind::kSequence:
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate:
    case ObjectKind::kEnum:
    case ObjectKind::kDomain:
    case ObjectKind::kComposite:
    case ObjectKind::kRange:
    case ObjectKind::kForeignDataWrapper:
    case ObjectKind::kServer:
      return true;
    default:
      return false;
  }
}

bool HoldsObjectOf(const Catalog& catalog, const ObjectKey& key) {
  if (key.kind == ObjectKind::kColumn && catalog.views.count({key.schema, key.name}) != 0) {
    return true;
  }
  return Contains(catalog, key);
}

std::string GrantTarget(const Catalog& catalog, const ObjectKey& key) {
  QualifiedName name{key.schema, key.name};
  switch (key.kind) {
    case ObjectKind::kSchema:
      return "SCHEMA " + base::QuoteIdentifier(key.name);
    case ObjectKind::kSequence:
      return "SEQUENCE " + name.Quoted();
    case ObjectKind::kFunction:
    case ObjectKind::kAggregate: {
      FunctionName function{key.schema, key.name, key.sub_name};
      auto it = catalog.functions.find(function);
      bool procedure = it != catalog.functions.end() && it->second.procedure;
      return (procedure ? "PROCEDURE " : "FUNCTION ") + function.Quoted();
    }
    case ObjectKind::kDomain:
      return "DOMAIN " + name.Quoted();
    case ObjectKind::kForeignDataWrapper:
      return "FOREIGN DATA WRAPPER " + base::QuoteIdentifier(key.name);
    case ObjectKind::kServer:
      return "FOREIGN SERVER " + base::QuoteIdentifier(key.name);
    case ObjectKind::kEnum:
    case ObjectKind::kComposite:
    case ObjectKind::kRange:
      return "TYPE " + name.Quoted();
    default:
      return "TABLE " + name.Quoted();
  }
}

std::string OwnerTarget(const Catalog& catalog, const ObjectKey& key) {
  QualifiedName name{key.schema, key.name};
  switch (key.kind) {
    case ObjectKind::kView:
      return "VIEW " + name.Quoted();
    case ObjectKind::kMaterializedView:
      return "MATERIALIZED VIEW " + name.Quoted();
    case ObjectKind::kAggregate:
      return AggregateTarget({key.schema, key.name, key.sub_name});
    case ObjectKind::kCollation:
      return "COLLATION " + name.Quoted();
    case ObjectKind::kConversion:
      return "CONVERSION " + name.Quoted();
    case ObjectKind::kStatistics:
      return "STATISTICS " + name.Quoted();
    case ObjectKind::kTextSearchDictionary:
    case ObjectKind::kTextSearchConfiguration:
      return TextSearchTarget(key.kind, name);
    case ObjectKind::kEventTrigger:
      return "EVENT TRIGGER " + base::QuoteIdentifier(key.name);
    case ObjectKind::kAccessMethod:
      return "ACCESS METHOD " + base::QuoteIdentifier(key.name);
    case ObjectKind::kPublication:
      return "PUBLICATION " + base::QuoteIdentifier(key.name);
    case ObjectKind::kServer:
      return "SERVER " + base::QuoteIdentifier(key.name);
    case ObjectKind::kOperator:
      return OperatorTarget({key.schema, key.name, key.sub_name});
    case ObjectKind::kOperatorFamily:
    case ObjectKind::kOperatorClass:
      return OperatorClassTarget(key.kind, {key.schema, key.name, key.sub_name});
    default:
      return GrantTarget(catalog, key);
  }
}

std::string GranteeSql(const std::string& grantee) {
  return grantee == "public" ? "PUBLIC" : base::QuoteIdentifier(grantee);
}

std::vector<std::string> PrivilegesSql(std::string_view target,
                                       const std::optional<std::string>& column,
                                       const std::vector<Grant>& from,
                                       const std::vector<Grant>& to) {
  std::map<std::string, RolePrivileges> before = ByRole(from);
  std::map<std::string, RolePrivileges> after = ByRole(to);
  std::set<std::string> roles;
  for (const auto& [role, privileges] : before) {
    roles.insert(role);
  }
  for (const auto& [role, privileges] : after) {
    roles.insert(role);
  }
  std::vector<std::string> revokes;
  std::vector<std::string> grants;
  for (const std::string& role : roles) {
    const RolePrivileges& had = before[role];
    const RolePrivileges& has = after[role];
    std::vector<std::string> revoked;
    std::vector<std::string> options_revoked;
    std::vector<std::string> granted;
    std::vector<std::string> granted_with_option;
    for (const auto& [privilege, grantable] : had) {
      auto now = has.find(privilege);
      if (now == has.end()) {
        revoked.push_back(privilege);
      } else if (grantable && !now->second) {
        options_revoked.push_back(privilege);
      }
    }
    for (const auto& [privilege, grantable] : has) {
      auto then = had.find(privilege);
      if (then == had.end() || (grantable && !then->second)) {
        (grantable ? granted_with_option : granted).push_back(privilege);
      }
    }
    std::string grantee = GranteeSql(role);
    if (!revoked.empty()) {
      revokes.push_back(
          fmt::format("REVOKE {} ON {} FROM {};", PrivilegeList(revoked, column), target, grantee));
    }
    if (!options_revoked.empty()) {
      revokes.push_back(fmt::format("REVOKE GRANT OPTION FOR {} ON {} FROM {};",
                                    PrivilegeList(options_revoked, column), target, grantee));
    }
    if (!granted.empty()) {
      grants.push_back(
          fmt::format("GRANT {} ON {} TO {};", PrivilegeList(granted, column), target, grantee));
    }
    if (!granted_with_option.empty()) {
      grants.push_back(fmt::format("GRANT {} ON {} TO {} WITH GRANT OPTION;",
                                   PrivilegeList(granted_with_option, column), target, grantee));
    }
  }
  revokes.insert(revokes.end(), grants.begin(), grants.end());
  return revokes;
}

bool NamesRole(const Catalog& catalog, const std::string& role) {
  return !role.empty() &&
         std::any_of(catalog.default_privileges.begin(), catalog.default_privileges.end(),
                     [&](const auto& entry) { return entry.first.role == role; });
}

bool ResolveApplyingRole(Catalog& catalog, const std::string& role) {
  if (!NamesRole(catalog, role)) {
    return false;
  }
  std::map<DefaultPrivilegesName, DefaultPrivileges> resolved;
  for (auto& [name, entry] : catalog.default_privileges) {
    if (entry.name.role == role) {
      entry.name.role.clear();
    }
    auto [it, added] = resolved.emplace(entry.name, entry);
    if (!added) {
      std::vector<Grant>& grants = it->second.grants;
      grants.insert(grants.end(), entry.grants.begin(), entry.grants.end());
      std::sort(grants.begin(), grants.end());
      grants.erase(std::unique(grants.begin(), grants.end()), grants.end());
    }
  }
  catalog.default_privileges = std::move(resolved);
  return true;
}

std::vector<std::string> DefaultPrivilegesSql(const DefaultPrivilegesName& name,
                                              const std::vector<Grant>& from,
                                              const std::vector<Grant>& to) {
  std::string prefix = "ALTER DEFAULT PRIVILEGES ";
  if (!name.role.empty()) {
    prefix += "FOR ROLE " + base::QuoteIdentifier(name.role) + " ";
  }
  if (!name.schema.empty()) {
    prefix += "IN SCHEMA " + base::QuoteIdentifier(name.schema) + " ";
  }
  std::string target = name.object_type;
  std::transform(target.begin(), target.end(), target.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  std::vector<std::string> out = PrivilegesSql(target, std::nullopt, from, to);
  for (std::string& statement : out) {
    statement.insert(0, prefix);
  }
  return out;
}

std::vector<std::string> ObjectPrivilegesSql(const Catalog& catalog, const ObjectKey& key,
                                             const std::vector<Grant>& from) {
  std::optional<std::string> column;
  if (key.kind == ObjectKind::kColumn) {
    column = key.sub_name;
  }
  return PrivilegesSql(GrantTarget(catalog, key), column, from, GrantsOf(catalog, key));
}

}  // namespace schemac::catalog
