// The roles a schema names (the TO list of its policies, the roles of its GRANT and REVOKE): roles
// are not part of the schema, so they must exist on the server the schema is normalised on and on
// the one it is applied to. schemac's own temporary server gets them created (NOLOGIN, nothing
// granted); on any other server, a missing role is an error that names it.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {

// NamedRoles returns each role the catalog's policies and privileges name (its GRANT and REVOKE
// statements, or the grantees of a catalog read from a server), with where it is first named;
// not PUBLIC nor the roles of the session (CURRENT_USER, SESSION_USER, CURRENT_ROLE).
std::map<std::string, base::SourceRange> NamedRoles(const catalog::Catalog& catalog);

// EnsureRoles finds which of `roles` the server of `session` lacks and creates them when
// `create`, else reports each (`unknown-role`) at where it is named, saying which server it is
// (`server`: "the server the schema is checked on (--dev-db)"). False when it reported an error.
bool EnsureRoles(pg::Session& session, const std::map<std::string, base::SourceRange>& roles,
                 bool create, std::string_view server, base::DiagnosticSink& sink);

}  // namespace schemac::normalize
