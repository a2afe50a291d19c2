// What dump and the migration commands say about what a database holds that schemac does not
// manage (catalog::Unmanaged).
#pragma once

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"

namespace schemac::cli {

// UnmanagedUse is the command that reports, which says what happens to what is not managed.
enum class UnmanagedUse {
  kDump,  // left out of the files
  kPlan,  // left alone by the plan
};

// WarnUnmanaged adds one warning per item of `unmanaged` to `sink`: `unmanaged-object` for an
// object, `unmanaged-property` for a property, naming it with its kind and what it depends on or
// belongs to.
void WarnUnmanaged(const catalog::Unmanaged& unmanaged, UnmanagedUse use,
                   base::DiagnosticSink& sink);

// ReportNameConflicts adds an `unmanaged-conflict` error to `sink`, at the declaration, for each
// object of `desired` whose name something of `live` takes that schemac does not manage (a table
// named like a view): the plan could not create it.
void ReportNameConflicts(const catalog::Catalog& desired, const catalog::Catalog& live,
                         base::DiagnosticSink& sink);

// ReportKeptSchemas adds a `schema-not-empty` error to `sink` for each schema of `live` that
// `desired` lacks (and does not rename) while `live` keeps objects in it that the plan leaves
// alone, excluded or not managed: the plan would have to drop them with it.
void ReportKeptSchemas(const catalog::Catalog& desired, const catalog::Catalog& live,
                       base::DiagnosticSink& sink);

// MergeUnmanaged returns the items of both lists, sorted, each once.
catalog::Unmanaged MergeUnmanaged(const catalog::Unmanaged& a, const catalog::Unmanaged& b);

}  // namespace schemac::cli
