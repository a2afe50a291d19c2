// Text search dictionaries, configurations, parsers and templates: CREATE TEXT SEARCH ... and the
// ALTER TEXT SEARCH statements that change them (mappings, options), kept as written, in
// statement order, for the server.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"

#include "compiler.h"

namespace schemac::sema {
namespace {

catalog::ObjectKind KindOf(ast::TextSearchKind kind) {
  switch (kind) {
    case ast::TextSearchKind::kDictionary:
      return catalog::ObjectKind::kTextSearchDictionary;
    case ast::TextSearchKind::kParser:
      return catalog::ObjectKind::kTextSearchParser;
    case ast::TextSearchKind::kTemplate:
      return catalog::ObjectKind::kTextSearchTemplate;
    case ast::TextSearchKind::kConfiguration:
      break;
  }
  return catalog::ObjectKind::kTextSearchConfiguration;
}

}  // namespace

std::map<catalog::QualifiedName, catalog::TextSearch>& Compiler::TextSearchObjects(
    ast::TextSearchKind kind) {
  return catalog::TextSearchObjects(catalog_, KindOf(kind));
}

void Compiler::DeclareTextSearch(const ast::CreateTextSearch& statement,
                                 const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  catalog::ObjectKind kind = KindOf(statement.kind);
  auto& objects = TextSearchObjects(statement.kind);
  if (auto existing = objects.find(*name); existing != objects.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("{} \"{}\" is declared twice; keep one declaration",
                                      catalog::KindName(kind), name->Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::TextSearch object;
  object.kind = kind;
  object.name = *name;
  object.origin.range = range;
  object.written.push_back(Written(statement.statement));
  objects[*name] = std::move(object);
}

catalog::TextSearch* Compiler::FindTextSearch(ast::TextSearchKind kind,
                                              const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified) {
    return nullptr;
  }
  auto& objects = TextSearchObjects(kind);
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = objects.find({schema, name.last()});
      if (it != objects.end()) {
        return &it->second;
      }
    }
  }
  auto it = objects.find(*qualified);
  if (it != objects.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(objects);
  ReportUnknown(
      "unknown-text-search", name.range,
      fmt::format("{} \"{}\" does not exist", catalog::KindName(KindOf(kind)), qualified->Text()),
      qualified->Text(), candidates);
  return nullptr;
}

void Compiler::AlterTextSearch(const ast::AlterTextSearch& statement) {
  if (catalog::TextSearch* object = FindTextSearch(statement.kind, statement.name)) {
    object->written.push_back(Written(statement.statement));
  }
}

}  // namespace schemac::sema
