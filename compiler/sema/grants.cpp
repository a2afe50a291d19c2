// GRANT and REVOKE: the objects they name must be declared by the files; the statements are kept
// as written, in the files' order, for the scratch server, whose catalogs then say what each
// object's privileges are.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"

#include "compiler.h"

namespace schemac::sema {
std::optional<catalog::ObjectKey> Compiler::GrantedRelation(const ast::QualifiedName& name,
                                                            bool sequences_only) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kRelation);
  if (!qualified) {
    return std::nullopt;
  }
  if (catalog_.sequences.count(*qualified) != 0) {
    return catalog::SequenceKey(*qualified);
  }
  if (!sequences_only) {
    if (catalog_.tables.count(*qualified) != 0) {
      return catalog::TableKey(*qualified);
    }
    if (auto view = catalog_.views.find(*qualified); view != catalog_.views.end()) {
      return catalog::KeyOf(view->second);
    }
  }
  std::vector<std::string> candidates =
      sequences_only ? NamesOf(catalog_.sequences)
                     : NamesOf(catalog_.sequences, catalog_.tables, catalog_.views);
  ReportUnknown(
      "unknown-relation", name.range,
      fmt::format("{} \"{}\" does not exist",
                  sequences_only ? "sequence" : "table, view or sequence", qualified->Text()),
      qualified->Text(), candidates);
  return std::nullopt;
}

std::optional<catalog::ObjectKey> Compiler::GrantedType(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified) {
    return std::nullopt;
  }
  if (catalog_.enums.count(*qualified) != 0) {
    return catalog::EnumKey(*qualified);
  }
  if (catalog_.domains.count(*qualified) != 0) {
    return catalog::DomainKey(*qualified);
  }
  if (catalog_.composites.count(*qualified) != 0) {
    return catalog::CompositeKey(*qualified);
  }
  if (catalog_.ranges.count(*qualified) != 0) {
    return catalog::RangeKey(*qualified);
  }
  std::vector<std::string> candidates =
      NamesOf(catalog_.enums, catalog_.domains, catalog_.composites, catalog_.ranges);
  ReportUnknown("unknown-type", name.range,
                fmt::format("type \"{}\" is not declared by the schema files", qualified->Text()),
                qualified->Text(), candidates);
  return std::nullopt;
}

// ALTER DEFAULT PRIVILEGES: the schemas named must be declared; the entries it changes are each
// FOR ROLE role (none: the role that loads or applies, "") in each schema (none: "").
bool Compiler::DeclareDefaultPrivileges(const ast::Grant& statement, catalog::GrantStatement& out) {
  std::vector<std::string> schemas;
  for (const ast::QualifiedName& name : statement.names) {
    if (catalog_.schemas.count(name.last()) == 0) {
      SchemaExists(name.last(), name.range);
      return false;
    }
    schemas.push_back(name.last());
  }
  if (schemas.empty()) {
    schemas.push_back("");
  }
  std::vector<std::string> roles;
  for (const ast::Identifier& role : statement.for_roles) {
    bool session =
        role.name == "current_user" || role.name == "current_role" || role.name == "session_user";
    roles.push_back(session ? "" : role.name);
    if (!session) {
      out.roles.push_back(role.name);
      out.role_origins.push_back({role.range, std::nullopt, {}});
    }
  }
  if (roles.empty()) {
    roles.push_back("");
  }
  for (const std::string& role : roles) {
    for (const std::string& schema : schemas) {
      out.defaults.push_back({role, schema, statement.all_kind});
    }
  }
  return true;
}

void Compiler::DeclareGrant(const ast::Grant& statement, const base::SourceRange& range) {
  catalog::GrantStatement out;
  out.revoke = statement.revoke;
  out.written = Written(statement.statement);
  out.text = statement.statement.text;
  out.origin.range = range;
  bool ok = true;
  auto add = [&](std::optional<catalog::ObjectKey> key) {
    if (key) {
      out.objects.push_back(std::move(*key));
    } else {
      ok = false;
    }
  };
  switch (statement.target) {
    case ast::GrantTarget::kRelations:
    case ast::GrantTarget::kSequences:
      for (const ast::QualifiedName& name : statement.names) {
        add(GrantedRelation(name, statement.target == ast::GrantTarget::kSequences));
      }
      break;
    case ast::GrantTarget::kSchemas:
    case ast::GrantTarget::kAllInSchema:
      for (const ast::QualifiedName& name : statement.names) {
        if (catalog_.schemas.count(name.last()) == 0) {
          SchemaExists(name.last(), name.range);
          ok = false;
        } else if (statement.target == ast::GrantTarget::kSchemas) {
          out.objects.push_back(catalog::SchemaKey(name.last()));
        } else {
          out.all_in_schemas.push_back(name.last());
        }
      }
      break;
    case ast::GrantTarget::kRoutines:
      for (const ast::RoutineSignature& routine : statement.routines) {
        catalog::Function* function =
            FindFunction(routine.name, routine.parameters, statement.routine_kind, true);
        add(function != nullptr ? std::optional(catalog::KeyOf(*function)) : std::nullopt);
      }
      break;
    case ast::GrantTarget::kTypes:
      for (const ast::QualifiedName& name : statement.names) {
        add(GrantedType(name));
      }
      break;
    case ast::GrantTarget::kForeignDataWrappers:
    case ast::GrantTarget::kServers: {
      bool servers = statement.target == ast::GrantTarget::kServers;
      for (const ast::QualifiedName& name : statement.names) {
        if (FindForeignData(
                servers ? ast::ForeignDataKind::kServer : ast::ForeignDataKind::kWrapper,
                name.parts[0]) == nullptr) {
          ok = false;
        } else {
          out.objects.push_back(servers ? catalog::ServerKey(name.last())
                                        : catalog::ForeignDataWrapperKey(name.last()));
        }
      }
      break;
    }
    case ast::GrantTarget::kDefaultPrivileges:
      ok = DeclareDefaultPrivileges(statement, out);
      break;
  }
  if (!ok) {
    return;
  }
  // Privileges on columns: each named column must be one of each table's.
  if (!statement.columns.empty()) {
    std::vector<catalog::ObjectKey> relations = std::move(out.objects);
    out.objects.clear();
    for (const catalog::ObjectKey& relation : relations) {
      const catalog::Table* table =
          relation.kind == catalog::ObjectKind::kTable
              ? &catalog_.tables.at(catalog::QualifiedName{relation.schema, relation.name})
              : nullptr;
      for (const ast::Identifier& column : statement.columns) {
        if (table != nullptr && table->FindColumn(column.name) == nullptr) {
          ReportUnknown("unknown-column", column.range,
                        fmt::format("column \"{}\" of table \"{}\" does not exist", column.name,
                                    table->name.Text()),
                        column.name, [&] {
                          std::vector<std::string> names;
                          for (const catalog::Column& c : table->columns) {
                            names.push_back(c.name);
                          }
                          return names;
                        }());
          return;
        }
        out.objects.push_back(catalog::ColumnKey({relation.schema, relation.name}, column.name));
      }
    }
  }
  for (const ast::Identifier& role : statement.roles) {
    out.roles.push_back(role.name);
    out.role_origins.push_back({role.range, std::nullopt, {}});
  }
  catalog_.grant_statements.push_back(std::move(out));
}

}  // namespace schemac::sema
