#include "unmanaged.h"

#include <algorithm>
#include <set>
#include <string>

#include <fmt/format.h>

#include "schemac/base/quote.h"

namespace schemac::cli {
namespace {

// What the object of a conflict is, as a message names it.
std::string Described(const catalog::ObjectKey& key) {
  std::string name = base::QuoteQualified(key.schema, key.name);
  if (key.kind == catalog::ObjectKind::kConstraint) {
    return fmt::format("the index of constraint {} on table {}",
                       base::QuoteIdentifier(key.sub_name), name);
  }
  return fmt::format("{} {}", catalog::KindName(key.kind), name);
}

}  // namespace

void WarnUnmanaged(const catalog::Unmanaged& unmanaged, UnmanagedUse use,
                   base::DiagnosticSink& sink) {
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    bool plural = item.Plural();
    std::string detail = item.detail.empty() ? "" : fmt::format(" ({})", item.detail);
    std::string consequence = use == UnmanagedUse::kDump
                                  ? fmt::format("the dump leaves {} out", plural ? "them" : "it")
                                  : fmt::format("the plan leaves {} alone", plural ? "them" : "it");
    sink.Warning(item.property ? "unmanaged-property" : "unmanaged-object", {},
                 fmt::format("{} {} not managed by schemac{}; {}", item.Title(),
                             plural ? "are" : "is", detail, consequence));
  }
}

void ReportNameConflicts(const catalog::Catalog& desired, const catalog::Catalog& live,
                         base::DiagnosticSink& sink) {
  for (const catalog::NameConflict& conflict : catalog::FindNameConflicts(desired, live)) {
    const catalog::UnmanagedObject& taken_by = conflict.taken_by;
    std::string detail = taken_by.detail.empty() ? "" : fmt::format(" ({})", taken_by.detail);
    sink.Error("unmanaged-conflict", conflict.origin.range,
               fmt::format("{} cannot be created: the database has {}{} of that name, which "
                           "schemac does not manage; rename one of them",
                           Described(conflict.object), taken_by.Title(), detail));
  }
}

void ReportKeptSchemas(const catalog::Catalog& desired, const catalog::Catalog& live,
                       base::DiagnosticSink& sink) {
  std::set<std::string> renamed;
  for (const auto& [name, schema] : desired.schemas) {
    if (schema.origin.renamed_from) {
      renamed.insert(schema.origin.renamed_from->name);
    }
  }
  for (const auto& [name, schema] : live.schemas) {
    if (desired.schemas.count(name) != 0 || renamed.count(name) != 0) {
      continue;
    }
    auto in_schema = [&](const auto& item) { return item.schema == name; };
    size_t excluded = static_cast<size_t>(
        std::count_if(live.unmanaged.excluded.begin(), live.unmanaged.excluded.end(), in_schema));
    size_t unmanaged = static_cast<size_t>(std::count_if(
        live.unmanaged.items.begin(), live.unmanaged.items.end(),
        [&](const catalog::UnmanagedObject& item) { return !item.property && in_schema(item); }));
    if (excluded + unmanaged == 0) {
      continue;
    }
    std::string held;
    if (excluded > 0) {
      held = fmt::format("{} excluded",
                         excluded == 1 ? "1 object" : fmt::format("{} objects", excluded));
    }
    if (unmanaged > 0) {
      held += fmt::format("{}{} that schemac does not manage", held.empty() ? "" : " and ",
                          unmanaged == 1 ? "1 object" : fmt::format("{} objects", unmanaged));
    }
    sink.Error("schema-not-empty", {},
               fmt::format("schema {} is not in the schema files, but the database keeps {} in it, "
                           "which the plan leaves alone and dropping the schema would drop; "
                           "declare it (CREATE SCHEMA {}) or exclude it (--exclude {})",
                           base::QuoteIdentifier(name), held, base::QuoteIdentifier(name), name));
  }
}

catalog::Unmanaged MergeUnmanaged(const catalog::Unmanaged& a, const catalog::Unmanaged& b) {
  catalog::Unmanaged merged = a;
  merged.items.insert(merged.items.end(), b.items.begin(), b.items.end());
  merged.excluded.insert(merged.excluded.end(), b.excluded.begin(), b.excluded.end());
  merged.Sort();
  return merged;
}

}  // namespace schemac::cli
