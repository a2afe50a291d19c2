// Turning the rows of each catalog query into catalog objects. Each function takes the result
// of the query of the same name (queries/<name>.sql) and adds to `catalog`; columns,
// constraints and index keys go to the tables and indexes added before them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pqxx/pqxx>

#include "schemac/catalog/catalog.h"

namespace schemac::introspect {

void AddSchemas(const pqxx::result& rows, catalog::Catalog& catalog);
void AddExtensions(const pqxx::result& rows, catalog::Catalog& catalog);
void AddEnums(const pqxx::result& rows, catalog::Catalog& catalog);
void AddDomains(const pqxx::result& rows, catalog::Catalog& catalog);
void AddSequences(const pqxx::result& rows, catalog::Catalog& catalog);
void AddTables(const pqxx::result& rows, catalog::Catalog& catalog);
void AddColumns(const pqxx::result& rows, catalog::Catalog& catalog);
void AddConstraints(const pqxx::result& rows, catalog::Catalog& catalog);
void AddIndexes(const pqxx::result& rows, catalog::Catalog& catalog);
void AddIndexKeys(const pqxx::result& rows, catalog::Catalog& catalog);
void AddViews(const pqxx::result& rows, catalog::Catalog& catalog);
void AddComposites(const pqxx::result& rows, catalog::Catalog& catalog);
void AddRanges(const pqxx::result& rows, catalog::Catalog& catalog);
void AddFunctions(const pqxx::result& rows, catalog::Catalog& catalog);
void AddAggregates(const pqxx::result& rows, catalog::Catalog& catalog);
void AddTriggers(const pqxx::result& rows, catalog::Catalog& catalog);
void AddPolicies(const pqxx::result& rows, catalog::Catalog& catalog);
// AddPrivileges adds the privileges of objects that differ from their kind's defaults.
void AddPrivileges(const pqxx::result& rows, catalog::Catalog& catalog);
// AddDefaultPrivileges reads the default privileges of every role (Catalog::default_privileges),
// the session's role's as role "".
void AddDefaultPrivileges(const pqxx::result& rows, catalog::Catalog& catalog);
// KeepPrivilegesOfObjects drops the privileges of objects the catalog does not hold (of an
// extension, unmanaged, ...), and the default privileges in schemas it does not hold: once
// everything else is read.
void KeepPrivilegesOfObjects(catalog::Catalog& catalog);
// AddUnmanaged lists what the database holds that schemac does not manage, and takes out of
// the catalog the tables, sequences, indexes and constraints the other queries read that are
// among it (objects that depend on something unmanaged), with the columns, constraints, indexes and
// triggers of such tables, and the views (with their triggers) and functions.
void AddRules(const pqxx::result& rows, catalog::Catalog& catalog);
void AddStatistics(const pqxx::result& rows, catalog::Catalog& catalog);
void AddCollations(const pqxx::result& rows, catalog::Catalog& catalog);
void AddTextSearch(const pqxx::result& rows, catalog::Catalog& catalog);
void AddEventTriggers(const pqxx::result& rows, catalog::Catalog& catalog);
void AddAccessMethods(const pqxx::result& rows, catalog::Catalog& catalog);
void AddPublications(const pqxx::result& rows, catalog::Catalog& catalog);
void AddForeignData(const pqxx::result& rows, catalog::Catalog& catalog);
void AddCasts(const pqxx::result& rows, catalog::Catalog& catalog);
void AddConversions(const pqxx::result& rows, catalog::Catalog& catalog);
void AddOperatorClasses(const pqxx::result& rows, catalog::Catalog& catalog);
void AddOperators(const pqxx::result& rows, catalog::Catalog& catalog);
void AddUnmanaged(const pqxx::result& rows, catalog::Catalog& catalog);
// AddDependencies keeps the dependencies between two objects of the catalog (so it runs last).
void AddDependencies(const pqxx::result& rows, catalog::Catalog& catalog);

// ParseTextArray splits PostgreSQL's text output of a one-dimensional array ({a,"b c",NULL})
// into its elements; NULL elements become empty strings.
std::vector<std::string> ParseTextArray(std::string_view text);

// ViewQuery returns pg_get_viewdef()'s text without the blank before it and the ";" after it.
std::string ViewQuery(std::string_view definition);

// CheckExpression returns the expression inside pg_get_constraintdef()'s "CHECK (...)", without
// the " NO INHERIT" and " NOT VALID" that may follow it.
std::string CheckExpression(std::string_view definition);

}  // namespace schemac::introspect
