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
  // statement outside the language, which it reports as unsupported, and for a syntax error
  // that only the builder sees (a word the grammar takes as any IDENTIFIER). Clauses outside the
  // language, and names PostgreSQL takes only quoted, are reported and the statement is kept.
  std::optional<ast::Statement> Build(grammar::SqlParser::StatementContext* tree,
                                      antlr4::CommonTokenStream& tokens);
  // BuildMetaCommand returns the setting for a psql meta-command that pg_dump writes, or
  // reports any other meta-command.
  std::optional<ast::Statement> BuildMetaCommand(const antlr4::Token* token);
  // SetSearchPath gives the search_path the next statement is read under, for the schema of
  // an unqualified name an unsupported statement creates (its diagnostic's subject).
  void SetSearchPath(std::shared_ptr<const ast::SearchPath> path) {
    search_path_ = std::move(path);
  }

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
  // BuildPersistence reads UNLOGGED, and reports TEMPORARY (ctx may be null).
  void BuildPersistence(P::TablePersistenceContext* ctx, ast::CreateTable& out);
  // BuildTableOptions reads PARTITION BY, WITH (...) and WITHOUT OIDS, and reports the others.
  void BuildTableOptions(const std::vector<P::TableOptionContext*>& options, ast::CreateTable& out);
  // build_partition.cpp: PARTITION BY, PARTITION OF, ATTACH PARTITION. Each checks the words
  // the grammar takes as IDENTIFIERs and reports a syntax error at the first that is not one.
  // build_table_like.cpp: LIKE source [INCLUDING | EXCLUDING what]...; nothing when a word is
  // not one PostgreSQL takes, reported as a syntax error.
  std::optional<ast::TableLike> BuildTableLike(P::TableLikeContext* ctx);
  ast::CreateTable BuildCreatePartition(P::CreatePartitionStatementContext* ctx);
  void BuildPartitionBy(P::TablePartitionByContext* ctx, ast::CreateTable& out);
  std::optional<ast::Expression> BuildPartitionBound(P::PartitionBoundContext* ctx);
  bool BuildAttachPartition(P::AttachPartitionActionContext* ctx, ast::AlterTableAction& out);
  std::optional<ast::StatementBody> BuildAlterIndex(P::AlterIndexStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterDomain(P::AlterDomainStatementContext* ctx);
  ast::CreateIndex BuildCreateIndex(P::CreateIndexStatementContext* ctx);
  std::optional<ast::StatementBody> BuildCreateView(P::CreateViewStatementContext* ctx);
  std::optional<ast::StatementBody> BuildCreateRange(P::CreateRangeStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterEnum(P::AlterEnumStatementContext* ctx);
  // build_function.cpp.
  ast::CreateFunction BuildCreateFunction(P::CreateFunctionStatementContext* ctx);
  std::vector<ast::FunctionParameter> BuildFunctionParameters(P::FunctionParametersContext* ctx);
  ast::RoutineSignature BuildRoutineSignature(P::RoutineSignatureContext* ctx);
  ast::CreateTrigger BuildCreateTrigger(P::CreateTriggerStatementContext* ctx);
  ast::CreatePolicy BuildCreatePolicy(P::CreatePolicyStatementContext* ctx);
  // build_text_search.cpp: whether the words are TEXT SEARCH <word>, and the kind <word> names
  // if the language has it.
  static bool IsTextSearch(const std::vector<antlr4::tree::TerminalNode*>& words);
  static std::optional<ast::TextSearchKind> TextSearchKindOf(
      const std::vector<antlr4::tree::TerminalNode*>& words);
  std::optional<ast::StatementBody> BuildCreateTextSearch(P::CreateTextSearchStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterTextSearch(P::AlterTextSearchStatementContext* ctx);
  // build_operator.cpp.
  ast::QualifiedName BuildOperatorName(P::OperatorNameContext* ctx);
  // The argument types of ALTER OPERATOR and COMMENT ON OPERATOR: the right one alone for NONE on
  // the left.
  std::vector<ast::FunctionParameter> BuildOperatorArguments(P::OperatorArgumentsContext* ctx);
  std::optional<ast::StatementBody> BuildCreateOperator(P::CreateOperatorStatementContext* ctx);
  // build_operator_class.cpp.
  std::optional<ast::StatementBody> BuildCreateOperatorClass(
      P::CreateOperatorClassStatementContext* ctx);
  std::optional<ast::StatementBody> BuildOperatorFamily(P::OperatorFamilyStatementContext* ctx);
  // build_cast.cpp: CREATE CAST; the source and target types COMMENT ON CAST gives.
  std::optional<ast::StatementBody> BuildCreateCast(P::CreateCastStatementContext* ctx);
  std::vector<ast::FunctionParameter> BuildCastTypes(P::CastTypesContext* ctx);
  // ALTER PUBLICATION: OWNER TO, or ADD | SET | DROP kept as written; RENAME reported.
  std::optional<ast::StatementBody> BuildAlterPublication(P::AlterPublicationStatementContext* ctx);
  // build_foreign_data.cpp. IsForeignDataWrapper says whether the two words are DATA WRAPPER, or
  // reports a syntax error.
  std::optional<ast::StatementBody> BuildCreateForeignDataWrapper(
      P::CreateForeignDataWrapperStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterForeignDataWrapper(
      P::AlterForeignDataWrapperStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterServer(P::AlterServerStatementContext* ctx);
  std::optional<ast::StatementBody> BuildUserMapping(P::UserMappingStatementContext* ctx);
  bool IsForeignDataWrapper(antlr4::tree::TerminalNode* data, antlr4::tree::TerminalNode* wrapper);
  // OPTIONS (name 'value', ...), nothing for none.
  std::vector<std::pair<std::string, std::string>> BuildGenericOptions(
      P::GenericOptionsContext* ctx);
  // BuildAlterGenericOptions reads OPTIONS (...) of ALTER; false after a syntax error it reports.
  bool BuildAlterGenericOptions(P::AlterGenericOptionsContext* ctx,
                                std::vector<ast::GenericOptionChange>& out);
  // CheckForeignTable reports a foreign table without SERVER, with UNLOGGED, or a SERVER of a
  // table that is not foreign (`foreign`: the FOREIGN token, or null; `name`: the table name's
  // last token).
  void CheckForeignTable(antlr4::tree::TerminalNode* foreign,
                         const std::vector<P::TableOptionContext*>& options, antlr4::Token* name,
                         ast::CreateTable& out);
  std::optional<ast::StatementBody> BuildAlterForeignData(
      antlr4::ParserRuleContext* ctx, ast::ForeignDataKind kind, P::IdentifierContext* name,
      P::RoleNameContext* owner, std::string_view what,
      std::initializer_list<std::string_view> words, std::string_view expected);
  // build_grant.cpp: GRANT and REVOKE; nullopt for a form outside the language (reported).
  std::optional<ast::StatementBody> BuildGrant(P::GrantStatementContext* ctx);
  std::optional<ast::StatementBody> BuildAlterStatistics(P::AlterStatisticsStatementContext* ctx);
  // StatisticsTarget reads a statistics target (-1 to 10000), or reports a syntax error.
  std::optional<int> StatisticsTarget(P::SignedNumberContext* ctx);
  std::optional<ast::StatementBody> BuildDefaultPrivileges(
      P::AlterDefaultPrivilegesStatementContext* ctx);
  // BuildRowSecurity reads [ENABLE | DISABLE | [NO] FORCE] ROW LEVEL SECURITY into `out`, or says
  // the words are something else.
  bool BuildRowSecurity(P::RowSecurityActionContext* ctx, ast::AlterTableAction& out);
  // WholeStatement returns the statement `ctx` as written, without its ";".
  ast::Expression WholeStatement(antlr4::ParserRuleContext* ctx);
  ast::AlterTable BuildAlterTable(P::AlterTableStatementContext* ctx);
  // BuildSetDefault makes `out` an ALTER COLUMN `column` SET DEFAULT `expression` action.
  void BuildSetDefault(P::IdentifierContext* column, P::DefaultExpressionContext* expression,
                       ast::AlterTableAction& out);
  // BuildRelationOptions makes `out` a SET (`options`) action, or RESET when `word` is RESET;
  // false when `word` is another word.
  bool BuildRelationOptions(antlr4::tree::TerminalNode* word, P::RelOptionsContext* options,
                            ast::AlterTableAction& out);
  ast::AlterOwner BuildAlterOwner(P::AlterOwnerStatementContext* ctx);
  std::optional<ast::StatementBody> BuildComment(P::CommentStatementContext* ctx);
  std::optional<ast::StatementBody> BuildSelect(P::SelectStatementContext* ctx);
  // BEGIN, START TRANSACTION, COMMIT, END (build_transaction.cpp).
  bool IsTransactionControl(P::UnsupportedStatementContext* ctx) const;
  std::optional<ast::StatementBody> BuildTransactionControl(P::UnsupportedStatementContext* ctx);
  ast::Setting BuildSetting(P::SetStatementContext* ctx);
  // CheckDefaultExpression reports a DEFAULT that PostgreSQL would end early (it takes no AND, IN,
  // AT TIME ZONE, ... outside parentheses), which psql would refuse.
  void CheckDefaultExpression(P::DefaultExpressionContext* ctx);
  ast::Setting BuildSetConfig(P::SelectStatementContext* ctx);
  // DefaultTokens returns the default-channel tokens of `ctx`, comments and white space left out.
  std::vector<antlr4::Token*> DefaultTokens(antlr4::ParserRuleContext* ctx) const;

  void ApplySequenceOption(P::SequenceOptionContext* ctx, ast::SequenceOptions& options);
  ast::ColumnDefinition BuildColumn(P::ColumnDefinitionContext* ctx);
  // BuildColumnConstraints reads a column's constraints, COLLATE and attributes into `out`.
  void BuildColumnConstraints(const std::vector<P::ColumnConstraintContext*>& constraints,
                              ast::ColumnDefinition& out);
  // UnsupportedAdvice returns what to do instead of the unsupported statement or clause `ctx`:
  // an annotation for a rename, else what schema files may declare.
  std::string UnsupportedAdvice(antlr4::ParserRuleContext* ctx) const;
  // Annotation is a `-- schemac:<name> <argument>` comment on a line of its own.
  struct Annotation {
    std::string name;
    std::string argument;
    base::SourceRange range;
  };
  // ReadAnnotations returns the annotations on the lines before `ctx`.
  std::vector<Annotation> ReadAnnotations(antlr4::ParserRuleContext* ctx);
  // ReadRenamedFrom reads a schemac:renamed-from annotation into `out` and says whether it was
  // one; `what` names the declaration for messages ("column \"email\"").
  bool ReadRenamedFrom(const Annotation& annotation, std::string_view what,
                       std::optional<ast::RenamedFrom>& out);
  // ReadDeclarationAnnotations reads the annotations before a statement or table constraint,
  // which take schemac:renamed-from alone.
  void ReadDeclarationAnnotations(antlr4::ParserRuleContext* ctx, std::string_view what,
                                  std::optional<ast::RenamedFrom>& out);
  // ReadLabelAnnotations reads a `-- schemac:renamed-from 'old'` annotation before the last
  // label of `out`.
  void ReadLabelAnnotations(antlr4::ParserRuleContext* ctx, ast::CreateEnum& out);
  // ReadColumnAnnotations reads the `-- schemac:` comments on the lines before a column.
  void ReadColumnAnnotations(P::ColumnDefinitionContext* ctx, ast::ColumnDefinition& out);
  ast::Constraint BuildColumnConstraint(P::ColumnConstraintBodyContext* ctx);
  ast::Constraint BuildTableConstraint(P::TableConstraintContext* ctx);
  // BuildExclusion reads EXCLUDE ...: the definition as written, for the server, and the columns
  // its elements and INCLUDE name.
  void BuildExclusion(P::TableExcludeContext* ctx, ast::Constraint& out);
  void ApplyAttribute(P::ConstraintAttributeContext* ctx, ast::Constraint& constraint);
  void ApplyReferenceOption(P::ReferenceOptionContext* ctx, ast::Constraint& constraint);
  ast::Constraint BuildIdentity(P::IdentityKindContext* kind, P::SequenceOptionListContext* list,
                                antlr4::ParserRuleContext* whole);
  ast::IndexElement BuildIndexElement(P::IndexElementContext* ctx);
  ast::TypeName BuildTypeName(P::TypeNameContext* ctx);
  std::vector<ast::StorageOption> BuildStorageOptions(P::RelOptionsContext* ctx);
  // The storage options of a key's index; USING INDEX TABLESPACE is reported.
  std::vector<ast::StorageOption> BuildIndexParameters(P::IndexParametersContext* ctx);
  // build_access_method.cpp: CREATE ACCESS METHOD. BuildAccessMethod reads USING method of a
  // table or a materialized view; a partitioned table's is reported.
  // IsAccessMethod says whether the two words are ACCESS METHOD.
  std::optional<ast::StatementBody> BuildCreateAccessMethod(
      P::CreateAccessMethodStatementContext* ctx);
  std::optional<ast::Identifier> BuildAccessMethod(antlr4::tree::TerminalNode* using_word,
                                                   P::IdentifierContext* method, bool partitioned);
  bool IsAccessMethod(antlr4::tree::TerminalNode* access, antlr4::tree::TerminalNode* method);
  // Reports a TABLESPACE clause, which schemac does not manage.
  void RefuseTablespace(antlr4::tree::TerminalNode* node);

  // Where a name stands, for the key words PostgreSQL's grammar takes there as an unquoted name.
  enum class NameUse {
    kColumnIdentifier,  // a table, column, schema, index, constraint name...: ColId
    kRole,              // a role or version: any word but a reserved key word
    kType,              // the first part of a type name: not a reserved or column name key word,
                        // unless it names a built-in type (int, numeric, ...)
    kLabel,             // after a dot, an option name or value: any word
    kFunction,          // a function's or a parameter's name: not a reserved or column name key
                        // word; qualified, its first part is a column identifier
  };
  // BuildIdentifier folds a name, reporting a key word PostgreSQL does not take unquoted there.
  ast::Identifier BuildIdentifier(P::IdentifierContext* ctx,
                                  NameUse use = NameUse::kColumnIdentifier);
  ast::Identifier BuildRoleName(P::RoleNameContext* ctx);
  ast::Identifier BuildParameterName(P::ParameterNameContext* ctx);
  // BuildQualifiedName checks the first part as `first`; the parts after a dot may be any word.
  ast::QualifiedName BuildQualifiedName(P::QualifiedNameContext* ctx,
                                        NameUse first = NameUse::kColumnIdentifier);
  std::vector<ast::Identifier> BuildColumnList(P::ColumnListContext* ctx);
  ast::Expression BuildExpression(antlr4::ParserRuleContext* ctx);
  // BuildExpression of the tokens from `start` to `stop`, both included.
  ast::Expression BuildExpression(antlr4::Token* start, antlr4::Token* stop);
  int64_t BuildNumber(P::SignedNumberContext* ctx);
  // Literal returns a string literal's value, reporting an invalid escape.
  std::string Literal(P::StringLiteralContext* ctx);

  base::SourceRange Range(antlr4::ParserRuleContext* ctx) const;

  // The rest is in unsupported.cpp.
  // CheckKeyword reports an unquoted key word that PostgreSQL does not take as a name at `use`.
  void CheckKeyword(const antlr4::Token* token, NameUse use);
  // ReportUnsupported reports a statement or clause outside the language, naming it by its
  // leading key words ("CREATE VIEW"); a statement that no PostgreSQL statement begins with is a
  // syntax error.
  void ReportUnsupported(antlr4::ParserRuleContext* ctx, std::string_view kind);
  // UnsupportedSubject returns the object an unsupported statement creates, changes or
  // comments on, when it names one of a kind that exclusion patterns name (subject.cpp).
  std::optional<base::Subject> UnsupportedSubject(antlr4::ParserRuleContext* ctx) const;
  // BuildColumnOption reads ALTER COLUMN ... SET STORAGE | COMPRESSION | STATISTICS; false after
  // reporting another SET (unsupported) or a value PostgreSQL refuses (a syntax error).
  bool BuildColumnOption(P::SetColumnOptionActionContext* ctx, ast::AlterTableAction& out);
  // ReportUnsupportedAt reports the statement `ctx` as unsupported at `range`, naming it `what`
  // and, when it is about one object, how to exclude that object.
  void ReportUnsupportedAt(antlr4::ParserRuleContext* ctx, const base::SourceRange& range,
                           const std::string& what);
  // ReportUnsupportedStatement reports the statement `ctx` as unsupported, naming it `what`.
  void ReportUnsupportedStatement(antlr4::ParserRuleContext* ctx, const std::string& what);
  void ReportCreateTableOther(P::CreateTableOtherStatementContext* ctx);
  void ReportAlterOther(P::AlterOtherStatementContext* ctx);
  // ReportSyntaxError reports a syntax error at `token`, with what was expected when not empty.
  void ReportSyntaxError(const antlr4::Token* token, const std::string& expected);
  // TokenAfter returns the first token after `token` on the default channel (no comment).
  antlr4::Token* TokenAfter(const antlr4::Token* token) const;
  // LeadingWords returns the key words that begin `ctx` and name a kind of statement, up to
  // `count`, in upper case.
  std::string LeadingWords(antlr4::ParserRuleContext* ctx, size_t count) const;
  // DescribeWords names a clause by its tokens from index `from` to `to`: up to `count` words,
  // key words in upper case and names (dotted parts joined) as written, stopping at anything
  // else and at a second name that no key word such as COLUMN or TO announces.
  std::string DescribeWords(size_t from, size_t to, size_t count) const;

  std::shared_ptr<const base::SourceFile> file_;
  antlr4::CommonTokenStream* tokens_ = nullptr;
  bool syntax_error_ = false;  // ReportSyntaxError was called for the statement being built
  std::shared_ptr<const ast::SearchPath> search_path_;
  base::DiagnosticSink& sink_;
};

}  // namespace schemac::parse
