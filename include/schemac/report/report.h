// Reports of a migration: for people at a terminal, for a pull-request comment, for CI as JSON,
// and as SQL scripts. Every rendering is deterministic: the same migration always renders to the
// same bytes. Object names are written as SQL would need them, each part quoted only where
// PostgreSQL requires it (public.users, public."Order Items"); the formats are documented in
// docs/cli.md ("Plan output").
#pragma once

#include <string>
#include <string_view>

#include "schemac/plan/plan.h"

namespace schemac::report {

// kPlanJsonVersion is the version of RenderJson's shape (documented in docs/cli.md).
inline constexpr int kPlanJsonVersion = 9;

// Every rendering takes `unmanaged`, what the databases of the migration hold that schemac does
// not manage and the plan therefore leaves alone, and gives its count and list, then the count of
// what the project's scope excluded, by rule (nothing when they are empty, except in JSON, where
// the keys are always present).

// What a migration compares, for the line a report shows when there is nothing to do: `plan`
// and `apply` compare a database with schema files ("The database matches the schema."), `diff`
// any two states ("The two states match.").
enum class Comparison { kDatabaseWithSchema, kTwoStates };

// NoChangesLine returns the line a report shows when the plan is empty, with its line end.
std::string NoChangesLine(Comparison comparison);

// ScriptSql renders a plan as a migration script: a header comment naming `title` ("up",
// "down"), the number of steps and the hazards, the objects not managed, then each step as a
// comment line followed by its statements. There is no BEGIN/COMMIT: whoever runs the script
// chooses the transaction.
std::string ScriptSql(const plan::Plan& plan, std::string_view title,
                      const catalog::Unmanaged& unmanaged = {});

// RenderHuman renders the up plan for a terminal: the changes per object, their hazards, the
// summary line ("Plan: 1 to create, 0 to alter, 0 to drop.") and the up script, then what is
// not managed.
std::string RenderHuman(const plan::Migration& migration, const catalog::Unmanaged& unmanaged = {},
                        Comparison comparison = Comparison::kDatabaseWithSchema);

// RenderMarkdown renders the migration for a pull-request comment: summary, a table of changes,
// the hazards, the up script and the down script in a collapsed block, then what is not
// managed.
std::string RenderMarkdown(const plan::Migration& migration,
                           const catalog::Unmanaged& unmanaged = {},
                           Comparison comparison = Comparison::kDatabaseWithSchema);

// RenderJson renders the migration as a JSON document of shape version kPlanJsonVersion.
std::string RenderJson(const plan::Migration& migration, const catalog::Unmanaged& unmanaged = {});

}  // namespace schemac::report
