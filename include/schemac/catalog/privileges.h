// Privileges: what an object's kind grants by default, how GRANT and REVOKE name an object, and
// the statements that take an object's privileges from one set to another. A catalog holds the
// privileges of an object only where they differ from its kind's defaults.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// DefaultGrants returns the privileges a new object of `key`'s kind has besides its owner's, as
// PostgreSQL 15 gives them: EXECUTE to PUBLIC on functions, procedures and aggregates, USAGE to
// PUBLIC on types and domains, and on the public schema (which every database has); none on the
// others.
std::vector<Grant> DefaultGrants(const ObjectKey& key);

// KindDefaults returns what the objects of `object_type` (DefaultPrivilegesName) get besides
// their owner's privileges when no default privileges say otherwise: EXECUTE to PUBLIC on
// functions, USAGE to PUBLIC on types, none on the others.
std::vector<Grant> KindDefaults(std::string_view object_type);

// DefaultGrantsOf returns what default privileges `name` give in `catalog`: its entry there, else
// the kind's defaults for every schema and nothing for one schema.
std::vector<Grant> DefaultGrantsOf(const Catalog& catalog, const DefaultPrivilegesName& name);

// GrantsOfNew returns the privileges an object `key` has when the role that reads `catalog`
// creates it in the database it was read from: its kind's defaults, or the role's default
// privileges (Catalog::default_privileges, role "") for every schema that replace them, and
// those for its schema. A column's are none.
std::vector<Grant> GrantsOfNew(const Catalog& catalog, const ObjectKey& key);

// GrantsOf returns the privileges of the object `key` in `catalog`: its entry in
// catalog.privileges, else its kind's defaults.
std::vector<Grant> GrantsOf(const Catalog& catalog, const ObjectKey& key);

// HasPrivileges says whether GRANT and REVOKE apply to objects of `kind` (schemas, tables and
// their columns, views, materialized views, sequences, functions, procedures, aggregates, enum
// and composite and range types, domains).
bool HasPrivileges(ObjectKind kind);

// HoldsObjectOf says whether `catalog` holds the object whose privileges `key` names: an object
// of the catalog, or a column of one of its views (which the catalog does not list).
bool HoldsObjectOf(const Catalog& catalog, const ObjectKey& key);

// GrantTarget returns how GRANT and REVOKE name the object `key` of `catalog`: `TABLE s.t` (views
// and materialized views too), `SEQUENCE s.q`, `SCHEMA s`, `FUNCTION s.f(types)` (aggregates
// too), `PROCEDURE s.p(types)`, `TYPE s.t`, `DOMAIN s.d`; for a column, its table's.
std::string GrantTarget(const Catalog& catalog, const ObjectKey& key);

// OwnerTarget returns how ALTER ... OWNER TO names the object `key` of `catalog`: as GrantTarget
// does, but `VIEW s.v`, `MATERIALIZED VIEW s.m`, `AGGREGATE s.a(types)`, `COLLATION s.c` and
// `STATISTICS s.st` for those kinds.
std::string OwnerTarget(const Catalog& catalog, const ObjectKey& key);

// PrivilegesSql returns the statements that change the privileges `from` of the object named
// `target` (GrantTarget) into `to`: REVOKE first (a privilege, or only its grant option), then
// GRANT, one statement per role and kind, in a fixed order. `column`, for privileges on a column,
// limits each privilege to it.
std::vector<std::string> PrivilegesSql(std::string_view target,
                                       const std::optional<std::string>& column,
                                       const std::vector<Grant>& from,
                                       const std::vector<Grant>& to);

// ObjectPrivilegesSql returns PrivilegesSql for the object `key` of `catalog`, from `from` to its
// privileges there.
std::vector<std::string> ObjectPrivilegesSql(const Catalog& catalog, const ObjectKey& key,
                                             const std::vector<Grant>& from);

// ResolveApplyingRole makes the default privileges of `catalog` FOR ROLE `role`, the role that
// applies (Catalog::role of the database), those of role "", which is what a database read as
// `role` calls them; says whether there were any. Those it already had under "" are merged in.
bool ResolveApplyingRole(Catalog& catalog, const std::string& role);

// NamesRole says whether `catalog` holds default privileges FOR ROLE `role` (not empty).
bool NamesRole(const Catalog& catalog, const std::string& role);

// DefaultPrivilegesSql returns the statements that change the default privileges `name` from
// `from` to `to`: ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] with REVOKE first, then
// GRANT, as PrivilegesSql orders them.
std::vector<std::string> DefaultPrivilegesSql(const DefaultPrivilegesName& name,
                                              const std::vector<Grant>& from,
                                              const std::vector<Grant>& to);

// GranteeSql returns a grantee as GRANT writes it: PUBLIC, or the role's name quoted as needed.
std::string GranteeSql(const std::string& grantee);

}  // namespace schemac::catalog
