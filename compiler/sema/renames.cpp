// `-- schemac:renamed-from` annotations on statements: kept while the statements are compiled,
// then given to the objects they declared.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"

#include "compiler.h"

namespace schemac::sema {
namespace {

// Whether a plan can rename what `statement` declares.
bool DeclaresRenameable(const ast::Statement& statement) {
  return std::visit(
      [](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        return std::is_same_v<T, ast::CreateSchema> || std::is_same_v<T, ast::CreateEnum> ||
               std::is_same_v<T, ast::CreateComposite> || std::is_same_v<T, ast::CreateRange> ||
               std::is_same_v<T, ast::CreateDomain> || std::is_same_v<T, ast::CreateSequence> ||
               std::is_same_v<T, ast::CreateTable> || std::is_same_v<T, ast::CreateIndex> ||
               std::is_same_v<T, ast::CreateView> || std::is_same_v<T, ast::CreateFunction> ||
               std::is_same_v<T, ast::CreateTrigger> || std::is_same_v<T, ast::CreatePolicy> ||
               std::is_same_v<T, ast::CreateRule> || std::is_same_v<T, ast::CreateStatistics> ||
               std::is_same_v<T, ast::CreateCollation> ||
               std::is_same_v<T, ast::CreateConversion> ||
               std::is_same_v<T, ast::CreateTextSearch> ||
               std::is_same_v<T, ast::CreateEventTrigger>;  // operators are not renamed
      },
      statement.body);
}

}  // namespace

void Compiler::NoteRenameHint(const ast::Statement& statement) {
  if (!statement.renamed_from) {
    return;
  }
  const ast::RenamedFrom& hint = *statement.renamed_from;
  if (!DeclaresRenameable(statement)) {
    sink_.Error("invalid-annotation", hint.range,
                "schemac:renamed-from stands before a statement that declares nothing a plan can "
                "rename; put it on the line before the CREATE statement of a schema, table, "
                "index, view, sequence, function, type, trigger, policy, rule, statistics object, "
                "collation, text search dictionary or configuration or event trigger, or before a "
                "column, constraint or enum label");
    return;
  }
  const base::SourceRange& range = statement.range;
  rename_hints_.emplace(std::tuple(range.file.get(), range.line, range.column),
                        catalog::RenameHint{hint.name, hint.range});
}

void Compiler::ApplyRenameHints() {
  if (rename_hints_.empty()) {
    return;
  }
  catalog::ForEachObject(catalog_, [&](const catalog::ObjectKey& key, auto& object) {
    if (key.kind == catalog::ObjectKind::kColumn || key.kind == catalog::ObjectKind::kConstraint) {
      return;
    }
    const base::SourceRange& range = object.origin.range;
    auto hint = rename_hints_.find(std::tuple(range.file.get(), range.line, range.column));
    if (hint != rename_hints_.end()) {
      object.origin.renamed_from = hint->second;
    }
  });
}

}  // namespace schemac::sema
