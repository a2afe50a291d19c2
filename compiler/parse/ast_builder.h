// Builds the AST from ANTLR's parse tree.
#pragma once

#include <memory>
#include <vector>

#include <antlr4-runtime.h>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"
#include "schemac/parse/ast.h"

#include "SqlParser.h"

namespace schemac::parse {

class AstBuilder {
 public:
  AstBuilder(std::shared_ptr<const base::SourceFile> file, base::DiagnosticSink& sink)
      : file_(std::move(file)), sink_(sink) {}

  // Build returns the statement parsed from `tokens` (one statement's tokens), or nullopt for a
  // statement outside the language, which it reports as unsupported. Clauses outside the
  // language are reported and left out of the statement.
  std::optional<ast::Statement> Build(grammar::SqlParser::StatementContext* tree,
                                      antlr4::CommonTokenStream& tokens);
  // BuildMetaCommand returns the setting for a psql meta-command that pg_dump writes, or
  // reports any other meta-command.
  std::optional<ast::Statement> BuildMetaCommand(const antlr4::Token* token);

 private:
  using P = grammar::SqlParser;

  // Returns nullopt for a statement that is reported as unsupported.
  std::optional<ast::StatementBody> BuildStatement(P::StatementContext* ctx);
  ast::CreateSchema BuildCreateSchema(P::CreateSchemaStatementContext* ctx);
  ast::CreateExtension BuildCreateExtension(P::CreateExtensionStatementContext* ctx);
  ast::CreateEnum BuildCreateEnum(P::CreateEnumStatementContext* ctx);
  ast::CreateSequence BuildCreateSequence(P::CreateSequenceStatementContext* ctx);
  ast::AlterSequence BuildAlterSequence(P::AlterSequenceStatementContext* ctx);
  ast::CreateTable BuildCreateTable(P::CreateTableStatementContext* ctx);
  ast::CreateIndex BuildCreateIndex(P::CreateIndexStatementContext* ctx);
  ast::AlterTable BuildAlterTable(P::AlterTableStatementContext* ctx);
  ast::AlterOwner BuildAlterOwner(P::AlterOwnerStatementContext* ctx);
  std::optional<ast::StatementBody> BuildComment(P::CommentStatementContext* ctx);
  std::optional<ast::StatementBody> BuildSelect(P::SelectStatementContext* ctx);

  void ApplySequenceOption(P::SequenceOptionContext* ctx, ast::SequenceOptions& options);
  ast::ColumnDefinition BuildColumn(P::ColumnDefinitionContext* ctx);
  // ReadColumnAnnotations reads the `-- schemac:` comments on the lines before a column.
  void ReadColumnAnnotations(P::ColumnDefinitionContext* ctx, ast::ColumnDefinition& out);
  ast::Constraint BuildColumnConstraint(P::ColumnConstraintBodyContext* ctx);
  ast::Constraint BuildTableConstraint(P::TableConstraintContext* ctx);
  void ApplyAttribute(P::ConstraintAttributeContext* ctx, ast::Constraint& constraint);
  void ApplyReferenceOption(P::ReferenceOptionContext* ctx, ast::Constraint& constraint);
  ast::Constraint BuildIdentity(P::IdentityKindContext* kind, P::SequenceOptionListContext* list,
                                antlr4::ParserRuleContext* whole);
  ast::IndexElement BuildIndexElement(P::IndexElementContext* ctx);
  ast::TypeName BuildTypeName(P::TypeNameContext* ctx);
  std::vector<ast::StorageOption> BuildStorageOptions(P::RelOptionsContext* ctx);

  ast::Identifier BuildIdentifier(P::IdentifierContext* ctx);
  ast::Identifier BuildRoleName(P::RoleNameContext* ctx);
  ast::QualifiedName BuildQualifiedName(P::QualifiedNameContext* ctx);
  std::vector<ast::Identifier> BuildColumnList(P::ColumnListContext* ctx);
  ast::Expression BuildExpression(antlr4::ParserRuleContext* ctx);
  int64_t BuildNumber(P::SignedNumberContext* ctx);
  // Literal returns a string literal's value, reporting an invalid escape.
  std::string Literal(P::StringLiteralContext* ctx);

  base::SourceRange Range(antlr4::ParserRuleContext* ctx) const;
  // ReportUnsupported reports a statement or clause outside the language, naming it by its
  // leading key words ("CREATE VIEW").
  void ReportUnsupported(antlr4::ParserRuleContext* ctx, std::string_view kind);
  // LeadingWords returns the first `count` default-channel tokens of `ctx` in upper case.
  std::string LeadingWords(antlr4::ParserRuleContext* ctx, size_t count) const;

  std::shared_ptr<const base::SourceFile> file_;
  antlr4::CommonTokenStream* tokens_ = nullptr;
  base::DiagnosticSink& sink_;
};

}  // namespace schemac::parse
