// Domains, composite types and range types: their names are checked here, and the changes of an
// enum type's values applied; the rest of their statements (ALTER DOMAIN too) is the server's to
// compile, so it is kept as written.
#include <algorithm>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

bool Compiler::IsUserType(const catalog::QualifiedName& name) const {
  return catalog_.enums.count(name) != 0 || catalog_.domains.count(name) != 0 ||
         catalog_.composites.count(name) != 0 || catalog_.ranges.count(name) != 0 ||
         std::any_of(catalog_.ranges.begin(), catalog_.ranges.end(),
                     [&](const auto& entry) { return entry.second.multirange == name; });
}

bool Compiler::TypeDeclaredTwice(const catalog::QualifiedName& name,
                                 const base::SourceRange& range) {
  const base::SourceRange* previous = nullptr;
  if (auto it = catalog_.domains.find(name); it != catalog_.domains.end()) {
    previous = &it->second.origin.range;
  } else if (auto type = catalog_.enums.find(name); type != catalog_.enums.end()) {
    previous = &type->second.origin.range;
  } else if (auto composite = catalog_.composites.find(name);
             composite != catalog_.composites.end()) {
    previous = &composite->second.origin.range;
  } else if (auto range_type = catalog_.ranges.find(name); range_type != catalog_.ranges.end()) {
    previous = &range_type->second.origin.range;
  } else {
    for (const auto& [declared, other] : catalog_.ranges) {
      if (other.multirange == name) {
        previous = &other.origin.range;  // the multirange type of that range type
      }
    }
  }
  if (previous == nullptr) {
    return false;
  }
  auto& d = sink_.Error("duplicate-object", range,
                        fmt::format("type \"{}\" is declared twice; remove one", name.Text()));
  d.notes.push_back({*previous, "previously declared here"});
  return true;
}

void Compiler::DeclareDomain(const ast::CreateDomain& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name || TypeDeclaredTwice(*name, statement.name.range)) {
    return;
  }
  catalog::Domain domain;
  domain.name = *name;
  domain.origin.range = range;
  domain.written.push_back(Written(statement.statement));
  catalog_.domains[*name] = std::move(domain);
}

void Compiler::DeclareComposite(const ast::CreateComposite& statement,
                                const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  // A composite type has a row in pg_class: its name is taken among the relations too.
  if (!name || TypeDeclaredTwice(*name, statement.name.range) ||
      !ClaimRelationName(*name, statement.name.range)) {
    return;
  }
  catalog::CompositeType type;
  type.name = *name;
  type.origin.range = range;
  for (const ast::Identifier& attribute : statement.attributes) {
    bool repeated = std::any_of(type.attributes.begin(), type.attributes.end(),
                                [&](const auto& other) { return other.name == attribute.name; });
    if (repeated) {
      sink_.Error("duplicate-column", attribute.range,
                  fmt::format("attribute \"{}\" is listed twice; remove one", attribute.name));
      return;
    }
    type.attributes.push_back({attribute.name, "", std::nullopt});
  }
  type.written = Written(statement.statement);
  catalog_.composites[*name] = std::move(type);
}

void Compiler::DeclareRange(const ast::CreateRange& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name || TypeDeclaredTwice(*name, statement.name.range)) {
    return;
  }
  catalog::RangeType type;
  type.name = *name;
  type.origin.range = range;
  if (statement.multirange) {
    std::optional<catalog::QualifiedName> multirange =
        Qualify(*statement.multirange, NameUse::kCreate);
    if (!multirange) {
      return;
    }
    type.multirange = *multirange;
  } else {
    // PostgreSQL's name for it: "range" in the name becomes "multirange", or "_multirange" is
    // appended.
    std::string multirange = name->name;
    size_t at = multirange.find("range");
    multirange = at == std::string::npos ? multirange + "_multirange"
                                         : multirange.replace(at, 5, "multirange");
    type.multirange = {name->schema, multirange};
  }
  if (TypeDeclaredTwice(type.multirange, statement.multirange ? statement.multirange->range
                                                              : statement.name.range)) {
    return;
  }
  type.written = Written(statement.statement);
  catalog_.ranges[*name] = std::move(type);
}

void Compiler::AlterEnum(const ast::AlterEnum& statement) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kType);
  if (!name) {
    return;
  }
  auto type = catalog_.enums.find(*name);
  if (type == catalog_.enums.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.enums);
    ReportUnknown("unknown-type", statement.name.range,
                  fmt::format("enum type \"{}\" does not exist", name->Text()), name->Text(),
                  candidates);
    return;
  }
  std::vector<std::string>& labels = type->second.labels;
  auto find = [&](const std::string& label) {
    return std::find(labels.begin(), labels.end(), label);
  };
  if (statement.rename) {
    auto old = find(statement.value);
    if (old == labels.end()) {
      sink_.Error("invalid-enum-label", statement.value_range,
                  fmt::format("enum type \"{}\" has no value '{}' to rename", name->Text(),
                              statement.value));
    } else if (find(statement.new_value) != labels.end()) {
      sink_.Error("duplicate-enum-label", statement.new_value_range,
                  fmt::format("enum type \"{}\" has a value '{}' already", name->Text(),
                              statement.new_value));
    } else {
      *old = statement.new_value;
    }
    return;
  }
  if (find(statement.value) != labels.end()) {
    if (!statement.if_not_exists) {
      sink_.Error("duplicate-enum-label", statement.value_range,
                  fmt::format("enum type \"{}\" has a value '{}' already; remove the statement "
                              "or add IF NOT EXISTS",
                              name->Text(), statement.value));
    }
    return;
  }
  if (statement.value.size() > 63) {
    sink_.Error("invalid-enum-label", statement.value_range,
                fmt::format("invalid enum label \"{}\"; labels must be at most 63 bytes long",
                            statement.value));
    return;
  }
  auto at = labels.end();
  if (statement.neighbor) {
    at = find(*statement.neighbor);
    if (at == labels.end()) {
      sink_.Error("invalid-enum-label", statement.neighbor_range,
                  fmt::format("enum type \"{}\" has no value '{}' to add a value {}", name->Text(),
                              *statement.neighbor, statement.before ? "before" : "after"));
      return;
    }
    if (!statement.before) {
      ++at;
    }
  }
  labels.insert(at, statement.value);
}

void Compiler::CommentOnAttribute(catalog::CompositeType& type, const std::string& attribute,
                                  const ast::Comment& statement) {
  bool found = std::any_of(type.attributes.begin(), type.attributes.end(),
                           [&](const auto& declared) { return declared.name == attribute; });
  if (!found) {
    std::vector<std::string> candidates;
    for (const catalog::CompositeAttribute& declared : type.attributes) {
      candidates.push_back(declared.name);
    }
    ReportUnknown(
        "unknown-column", statement.name.parts.back().range,
        fmt::format("attribute \"{}\" of type \"{}\" does not exist", attribute, type.name.Text()),
        attribute, candidates);
    return;
  }
  std::string key = fmt::format("column \"{}.{}\"", type.name.Text(), attribute);
  auto [previous, inserted] = comments_.emplace(key, statement.name.range);
  if (!inserted) {
    auto& d = sink_.Error("duplicate-comment", statement.name.range,
                          fmt::format("{} is commented twice; keep one COMMENT statement", key));
    d.notes.push_back({previous->second, "the other comment is here"});
    return;
  }
  if (statement.text && !statement.text->empty()) {
    type.attribute_comments[attribute] = *statement.text;
  }
}

}  // namespace schemac::sema
