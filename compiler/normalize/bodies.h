// Checking function bodies once every object exists: the schema is loaded with
// check_function_bodies off (a body may use what a later statement creates), so each function's
// language validator checks its body afterwards.
#pragma once

#include "schemac/base/diagnostics.h"
#include "schemac/pg/session.h"

#include "origins.h"

namespace schemac::normalize {

// CheckFunctionBodies runs, with check_function_bodies on, the validator of the language of
// every function and procedure of the database `session` is connected to whose body is a string
// (an SQL-standard body was checked when it was created), and reports each body the server
// refuses as `function-body-refused`: at the word the server points at when the body stands in
// its statement as written, at the function's declaration otherwise. Returns the number of
// bodies checked. A connection lost is thrown as pg::Error.
size_t CheckFunctionBodies(pg::Session& session, const Origins& origins,
                           base::DiagnosticSink& sink);

}  // namespace schemac::normalize
