// Reading checks back: what the server prints when it reads a check's printed text again, in
// the scratch database, so that a database whose check was created from that text is not taken
// for a different one (catalog::Constraint::reread_expression).
#pragma once

#include "schemac/catalog/catalog.h"
#include "schemac/pg/session.h"

namespace schemac::normalize {

// RereadChecks adds every check of `catalog` (read from the database `session` is connected to)
// again, NOT VALID and under another name, reads the printed text back and rolls back: a check
// whose text comes back otherwise gets it as its reread_expression. The tables are locked by
// batches of 100, each in a transaction of its own. A connection lost is thrown as pg::Error.
void RereadChecks(pg::Session& session, catalog::Catalog& catalog);

}  // namespace schemac::normalize
