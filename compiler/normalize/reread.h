// Reading checks and functions back: what the server prints when it reads a check's or an
// SQL-standard function body's printed text again, in the scratch database, so that a database
// whose object was created from that text is not taken for a different one
// (catalog::Constraint::reread_expression, catalog::Function::reread_definition).
#pragma once

#include "schemac/catalog/catalog.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {

// RereadChecks adds every check of `catalog` (read from the database `session` is connected to)
// again, NOT VALID and under another name, reads the printed text back and rolls back: a check
// whose text comes back otherwise gets it as its reread_expression. The tables are locked by
// batches of 100, each in a transaction of its own. A connection lost is thrown as pg::Error.
void RereadChecks(pg::Session& session, catalog::Catalog& catalog);

// RereadFunctions creates every function of `catalog` whose body the server parsed (BEGIN ATOMIC
// or RETURN) again from its definition, by batches of 200 in a transaction each that is rolled
// back, and reads the definition back: a function whose definition comes back otherwise gets it
// as its reread_definition. A connection lost is thrown as pg::Error.
void RereadFunctions(pg::Session& session, catalog::Catalog& catalog);

}  // namespace schemac::normalize
