// The compiler's state while it resolves a set of files into a catalog.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/parse/ast.h"

namespace schemac::sema {

// The extension every database has, in pg_catalog, with the comment it comes with. Declaring it
// adds nothing to the catalog.
inline constexpr std::string_view kImplicitExtension = "plpgsql";
inline constexpr std::string_view kImplicitExtensionComment = "PL/pgSQL procedural language";

class Compiler {
 public:
  explicit Compiler(base::DiagnosticSink& sink) : sink_(sink) {}

  // Run compiles `files`, releasing each statement once it is compiled.
  catalog::Catalog Run(std::vector<ast::File>& files);

 private:
  // compiler.cpp: schemas, extensions, enum types, sequences, ownership.
  void DeclareSchema(const ast::CreateSchema& statement, const base::SourceRange& range);
  void DeclareExtension(const ast::CreateExtension& statement, const base::SourceRange& range);
  void DeclareEnum(const ast::CreateEnum& statement, const base::SourceRange& range);
  void DeclareSequence(const ast::CreateSequence& statement, const base::SourceRange& range);
  void AlterSequence(const ast::AlterSequence& statement);
  void AlterOwner(const ast::AlterOwner& statement);
  // Resolves sequence options over `base` (the defaults for `type` when null).
  catalog::SequenceOptions ResolveSequenceOptions(const ast::SequenceOptions& given,
                                                  const std::string& default_type,
                                                  const catalog::SequenceOptions* base);

  // tables.cpp: tables, columns, constraints, indexes, ALTER TABLE.
  void DeclareTable(const ast::CreateTable& statement, const base::SourceRange& range);
  // A constraint waiting to be named: table constraints have no column, column constraints do.
  // NOT VALID only has an effect in ALTER TABLE ... ADD CONSTRAINT: PostgreSQL marks the
  // constraints of a new table or column valid.
  struct PendingConstraint {
    const ast::Constraint* constraint;
    std::optional<std::string> column;
    bool may_skip_validation = false;
  };
  // Adds a column with its NULL/NOT NULL, DEFAULT, identity and generated clauses; its key and
  // check constraints are appended to `pending`.
  void AddColumn(catalog::Table& table, const ast::ColumnDefinition& definition,
                 std::vector<PendingConstraint>& pending);
  // Names and adds constraints in the order PostgreSQL creates them: checks, the primary key,
  // unique constraints, then foreign keys.
  void AddConstraints(catalog::Table& table, const std::vector<PendingConstraint>& pending);
  void AddConstraint(catalog::Table& table, const PendingConstraint& pending);
  bool CheckColumnsExist(const catalog::Table& table, const std::vector<ast::Identifier>& columns);
  void SetIdentity(catalog::Table& table, catalog::Column& column, const ast::Constraint& identity);
  void DeclareIndex(const ast::CreateIndex& statement, const base::SourceRange& range);
  void AlterTable(const ast::AlterTable& statement);
  std::string ResolveColumnType(const ast::TypeName& type);
  // Canonical returns the canonical text of an expression on `table` (null when unknown).
  std::string Canonical(const ast::Expression& expression, const catalog::Table* table);

  // resolve.cpp: references between objects, checked once everything is declared.
  void ApplyComment(const ast::Comment& statement, const base::SourceRange& range);
  void CheckReferences();
  void CheckForeignKey(catalog::Table& table, catalog::Constraint& constraint);
  void CheckIndex(const catalog::Index& index);
  void CheckSequenceOwner(const catalog::Sequence& sequence);

  // Name resolution. A name of one part is in `public`; three parts are refused.
  std::optional<catalog::QualifiedName> Qualify(const ast::QualifiedName& name);
  // Checks that the schema of `name` exists; reports unknown-schema otherwise.
  bool SchemaExists(const std::string& schema, const base::SourceRange& range);
  catalog::Table* FindTable(const ast::QualifiedName& name, std::string_view role);
  // Reports a relation name already used in the schema (tables, sequences, indexes and the
  // indexes of keys share one namespace); registers it otherwise. Returns false on a clash.
  bool ClaimRelationName(const catalog::QualifiedName& name, const base::SourceRange& range);
  bool RelationNameTaken(const std::string& schema, const std::string& name) const;
  bool ConstraintNameTaken(const std::string& schema, const std::string& name) const;
  void ReportUnknown(std::string code, const base::SourceRange& range, std::string message,
                     const std::string& wanted, const std::vector<std::string>& candidates);

  base::DiagnosticSink& sink_;
  catalog::Catalog catalog_;
  // Relation names per schema, with where each was declared.
  std::map<std::string, std::map<std::string, base::SourceRange>> relations_;
  // Constraint names per schema (PostgreSQL picks constraint names unique in a schema).
  std::map<std::string, std::set<std::string>> constraint_names_;
  // The objects commented so far, with where.
  std::map<std::string, base::SourceRange> comments_;
};

// Suggest returns the candidate closest to `wanted` by edit distance when it is close enough to
// be a likely typo, else "".
std::string Suggest(const std::string& wanted, const std::vector<std::string>& candidates);

}  // namespace schemac::sema
