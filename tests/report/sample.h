// A sample migration and helpers to build plans by hand, shared by the report tests.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/plan/plan.h"

namespace schemac::report::testing {

// Key returns the key of an object of schema "public".
catalog::ObjectKey Key(catalog::ObjectKind kind, std::string name, std::string sub_name = "");

plan::Step MakeStep(catalog::ObjectKey object, catalog::ObjectKey target, plan::Action action,
                    std::string description, std::vector<std::string> statements);

// At returns a range at the start of `line` of `file`.
base::SourceRange At(const std::shared_ptr<const base::SourceFile>& file, uint32_t line);

// Sample is a migration touching four objects: a new table declared in schema/users.sql:2, its
// new index (schema/users.sql:6, index-build), a dropped index, and table public."Orders" that
// loses column "email" (deletes-data, irreversible-down) and gains a default declared in
// schema/orders.sql:4.
plan::Migration Sample();

// kSampleUpSql is ScriptSql(Sample().up, "up").
extern const std::string_view kSampleUpSql;

// SampleUnmanaged is what a database may hold that schemac does not manage: a view, a table
// left out because its default calls a function, a trigger whose name holds a backtick and a
// line break, and the privileges on a table (a property).
catalog::Unmanaged SampleUnmanaged();

}  // namespace schemac::report::testing
