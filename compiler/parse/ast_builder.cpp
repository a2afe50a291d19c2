#include "ast_builder.h"

#include <algorithm>
#include <charconv>
#include <set>

#include <fmt/format.h>

#include "schemac/base/text.h"

#include "SqlLexer.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;
using P = grammar::SqlParser;

bool IsWordToken(antlr4::tree::TerminalNode* node, std::string_view word) {
  return node != nullptr && FoldIdentifier(node->getSymbol()) == word;
}

}  // namespace

std::optional<ast::Statement> AstBuilder::Build(P::StatementContext* tree,
                                                antlr4::CommonTokenStream& tokens) {
  tokens_ = &tokens;
  syntax_error_ = false;
  std::optional<ast::StatementBody> body = BuildStatement(tree);
  std::optional<ast::RenamedFrom> renamed_from;
  if (body && !syntax_error_) {
    ReadDeclarationAnnotations(tree, "the object declared below", renamed_from);
  }
  tokens_ = nullptr;
  // A syntax error the grammar leaves to the builder (a word it takes as any IDENTIFIER) fails
  // the statement as the parser's own would.
  if (!body || syntax_error_) {
    return std::nullopt;
  }
  ast::Statement statement{std::move(*body), Range(tree), nullptr, true, std::move(renamed_from)};
  // ALTER TABLE ... ADD CONSTRAINT: the annotation is the constraint's.
  auto* alter = std::get_if<ast::AlterTable>(&statement.body);
  if (statement.renamed_from && alter != nullptr && alter->actions.size() == 1 &&
      alter->actions[0].kind == ast::AlterTableActionKind::kAddConstraint &&
      !alter->actions[0].constraint.renamed_from) {
    alter->actions[0].constraint.renamed_from = std::move(statement.renamed_from);
    statement.renamed_from.reset();
  }
  return statement;
}

std::optional<ast::Statement> AstBuilder::BuildMetaCommand(const antlr4::Token* token) {
  std::string text = token->getText();
  std::string command = text.substr(0, text.find_first_of(" \t"));
  if (command == "\\restrict" || command == "\\unrestrict") {
    ast::Setting setting;
    setting.text = text;
    return ast::Statement{std::move(setting), RangeOfToken(file_, token), nullptr, true,
                          std::nullopt};
  }
  sink_.Error("unsupported-statement", RangeOfToken(file_, token),
              fmt::format("psql meta-command {} is not supported; only \\restrict and "
                          "\\unrestrict, which pg_dump writes, are accepted",
                          command));
  return std::nullopt;
}

namespace {

// The statement `get` returns from the statement of another kind of object `ctx` holds (text
// search, event trigger, operator), if it holds one.
template <typename Get>
auto OtherObject(P::StatementContext* ctx, Get get) {
  auto* group = ctx->otherObjectStatement();
  return group == nullptr ? nullptr : (group->*get)();
}

}  // namespace

std::optional<ast::StatementBody> AstBuilder::BuildStatement(P::StatementContext* ctx) {
  if (auto* s = ctx->createSchemaStatement()) {
    return BuildCreateSchema(s);
  }
  if (auto* s = ctx->createExtensionStatement()) {
    return BuildCreateExtension(s);
  }
  if (auto* s = ctx->createEnumStatement()) {
    return BuildCreateEnum(s);
  }
  if (auto* s = ctx->createCompositeStatement()) {
    ast::CreateComposite out;
    out.name = BuildQualifiedName(s->qualifiedName());
    for (auto* attribute : s->compositeAttribute()) {
      out.attributes.push_back(BuildIdentifier(attribute->identifier()));
    }
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = ctx->createRangeStatement()) {
    return BuildCreateRange(s);
  }
  if (auto* s = ctx->createSequenceStatement()) {
    return BuildCreateSequence(s);
  }
  if (auto* s = ctx->createTableStatement()) {
    return BuildCreateTable(s);
  }
  if (auto* s = ctx->createPartitionStatement()) {
    return BuildCreatePartition(s);
  }
  if (auto* s = ctx->createTableOtherStatement()) {
    ReportCreateTableOther(s);
    return std::nullopt;
  }
  if (auto* s = ctx->createIndexStatement()) {
    return BuildCreateIndex(s);
  }
  if (auto* s = ctx->createFunctionStatement()) {
    if (s->AGGREGATE() != nullptr &&
        (s->functionTail() == nullptr || s->functionTail()->getStart()->getType() == P::SEMI)) {
      // CREATE AGGREGATE name (BASETYPE = type, SFUNC = ..., ...): the old form, whose one list
      // holds the options.
      base::SourceRange range = RangeOfToken(file_, s->getStart());
      range.length = static_cast<uint32_t>(s->getStart()->getText().size());
      sink_.Error("unsupported-statement", range,
                  "CREATE AGGREGATE in the old form, name (BASETYPE = type, SFUNC = ..., STYPE = "
                  "...), is not supported; write it as CREATE AGGREGATE name (type) (SFUNC = "
                  "..., STYPE = ...), or name (*) for BASETYPE = \"any\"");
      return std::nullopt;
    }
    return BuildCreateFunction(s);
  }
  if (auto* s = ctx->createTriggerStatement()) {
    return BuildCreateTrigger(s);
  }
  if (auto* s = ctx->createPolicyStatement()) {
    return BuildCreatePolicy(s);
  }
  if (auto* s = ctx->createCollationStatement()) {
    std::vector<antlr4::tree::TerminalNode*> words = s->IDENTIFIER();
    if (FoldIdentifier(words[0]->getSymbol()) != "collation") {
      ReportUnsupported(ctx, "statement");
      return std::nullopt;
    }
    if (words.size() > 1 && FoldIdentifier(words[1]->getSymbol()) != "from") {
      ReportSyntaxError(words[1]->getSymbol(), "\"(\" or FROM");
      return std::nullopt;
    }
    ast::CreateCollation out;
    out.name = BuildQualifiedName(s->qualifiedName()[0]);
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createTextSearchStatement)) {
    return BuildCreateTextSearch(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterTextSearchStatement)) {
    return BuildAlterTextSearch(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createOperatorStatement)) {
    return BuildCreateOperator(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createOperatorClassStatement)) {
    return BuildCreateOperatorClass(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::operatorFamilyStatement)) {
    return BuildOperatorFamily(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createConversionStatement)) {
    ast::CreateConversion out;
    out.name = BuildQualifiedName(s->qualifiedName());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterDomainStatement)) {
    return BuildAlterDomain(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterViewStatement)) {
    ast::AlterTable out;
    out.name = BuildQualifiedName(s->qualifiedName());
    out.if_exists = s->EXISTS() != nullptr;
    out.view = true;
    ast::AlterTableAction& action = out.actions.emplace_back();
    action.range = Range(s);
    if (s->relOptions() == nullptr && s->defaultExpression() == nullptr) {
      if (Word(s->IDENTIFIER()->getSymbol()) != "drop") {
        ReportSyntaxError(s->IDENTIFIER()->getSymbol(), "SET or DROP");
        return std::nullopt;
      }
      action.kind = ast::AlterTableActionKind::kDropDefault;
      action.column_name = BuildIdentifier(s->identifier());
      return out;
    }
    if (s->relOptions() == nullptr) {
      BuildSetDefault(s->identifier(), s->defaultExpression(), action);
      return out;
    }
    if (!BuildRelationOptions(s->IDENTIFIER(), s->relOptions(), action)) {
      ReportSyntaxError(s->IDENTIFIER()->getSymbol(), "SET or RESET");
      return std::nullopt;
    }
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createCastStatement)) {
    return BuildCreateCast(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createPublicationStatement)) {
    ast::CreatePublication out;
    out.name = BuildIdentifier(s->identifier());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterPublicationStatement)) {
    return BuildAlterPublication(s);
  }
  if (auto* s =
          OtherObject(ctx, &P::OtherObjectStatementContext::createForeignDataWrapperStatement)) {
    return BuildCreateForeignDataWrapper(s);
  }
  if (auto* s =
          OtherObject(ctx, &P::OtherObjectStatementContext::alterForeignDataWrapperStatement)) {
    return BuildAlterForeignDataWrapper(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createServerStatement)) {
    ast::ForeignData out;
    out.name = BuildIdentifier(s->identifier());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterServerStatement)) {
    return BuildAlterServer(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::userMappingStatement)) {
    return BuildUserMapping(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterOperatorOwnerStatement)) {
    ast::AlterOwner out;
    out.object_kind = "operator";
    out.name = BuildOperatorName(s->operatorName());
    out.parameters = BuildOperatorArguments(s->operatorArguments());
    out.owner = BuildRoleName(s->roleName());
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterExtensionStatement)) {
    ast::AlterExtension out;
    out.name = BuildIdentifier(s->identifier(0));
    if (s->stringLiteral() != nullptr) {
      out.version = Literal(s->stringLiteral());
    } else if (s->identifier().size() > 1) {
      out.version = BuildIdentifier(s->identifier(1), NameUse::kRole).name;
    }
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createAccessMethodStatement)) {
    return BuildCreateAccessMethod(s);
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::createEventTriggerStatement)) {
    ast::CreateEventTrigger out;
    out.name = BuildIdentifier(s->identifier());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterEventTriggerStatement);
      s != nullptr && s->OWNER() != nullptr) {
    ast::AlterOwner out;
    out.object_kind = "event trigger";
    out.name.parts.push_back(BuildIdentifier(s->identifier()));
    out.name.range = out.name.parts.back().range;
    out.owner = BuildRoleName(s->roleName());
    return out;
  }
  if (auto* s = OtherObject(ctx, &P::OtherObjectStatementContext::alterEventTriggerStatement)) {
    ast::AlterEventTrigger out;
    out.name = BuildIdentifier(s->identifier());
    out.enabled = s->DISABLE() != nullptr   ? 'D'
                  : s->REPLICA() != nullptr ? 'R'
                  : s->ALWAYS() != nullptr  ? 'A'
                                            : 'O';
    return out;
  }
  if (auto* s = ctx->createStatisticsStatement()) {
    std::vector<antlr4::tree::TerminalNode*> words = s->IDENTIFIER();
    if (FoldIdentifier(words[0]->getSymbol()) != "statistics") {
      ReportUnsupported(ctx, "statement");
      return std::nullopt;
    }
    if (FoldIdentifier(words[1]->getSymbol()) != "from") {
      ReportSyntaxError(words[1]->getSymbol(), "FROM");
      return std::nullopt;
    }
    std::vector<P::QualifiedNameContext*> names = s->qualifiedName();
    ast::CreateStatistics out;
    out.name = BuildQualifiedName(names[0]);
    out.table = BuildQualifiedName(names[1]);
    out.if_not_exists = s->EXISTS() != nullptr;
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = ctx->createRuleStatement()) {
    if (FoldIdentifier(s->IDENTIFIER()->getSymbol()) != "rule") {
      ReportUnsupported(ctx, "statement");
      return std::nullopt;
    }
    ast::CreateRule out;
    out.name = BuildIdentifier(s->identifier());
    out.table = BuildQualifiedName(s->qualifiedName());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = ctx->createDomainStatement()) {
    ast::CreateDomain out;
    out.name = BuildQualifiedName(s->qualifiedName());
    out.statement = WholeStatement(s);
    return out;
  }
  if (auto* s = ctx->createViewStatement()) {
    return BuildCreateView(s);
  }
  if (auto* s = ctx->alterTableStatement()) {
    // ALTER TABLE ALL IN TABLESPACE moves a tablespace's tables: no object of the schema.
    antlr4::Token* head = s->qualifiedName()->getStart();
    if (head->getType() == SqlLexer::IDENTIFIER && Word(head) == "all" &&
        s->qualifiedName()->colLabel().empty() && TokenAfter(head)->getType() == SqlLexer::IN) {
      ReportUnsupportedStatement(s, "ALTER TABLE ALL IN TABLESPACE");
      return std::nullopt;
    }
    return BuildAlterTable(s);
  }
  if (auto* s = ctx->alterSequenceStatement()) {
    return BuildAlterSequence(s);
  }
  if (auto* s = ctx->alterOwnerStatement()) {
    std::optional<ast::TextSearchKind> text_search =
        s->IDENTIFIER().size() == 3 ? TextSearchKindOf(s->IDENTIFIER()) : std::nullopt;
    if (s->IDENTIFIER().size() == 3 &&
        (!text_search || *text_search == ast::TextSearchKind::kParser ||
         *text_search == ast::TextSearchKind::kTemplate)) {
      ReportUnsupported(s, "statement");  // a text search parser or template has no owner
      return std::nullopt;
    }
    return BuildAlterOwner(s);
  }
  if (auto* s = ctx->alterStatisticsStatement()) {
    return BuildAlterStatistics(s);
  }
  if (auto* s = ctx->alterEnumStatement()) {
    return BuildAlterEnum(s);
  }
  if (auto* s = ctx->alterOtherStatement()) {
    ReportAlterOther(s);
    return std::nullopt;
  }
  if (auto* s = ctx->alterIndexStatement()) {
    return BuildAlterIndex(s);
  }
  if (auto* s = ctx->commentStatement()) {
    return BuildComment(s);
  }
  if (auto* s = ctx->grantStatement()) {
    return BuildGrant(s);
  }
  if (auto* s = ctx->alterDefaultPrivilegesStatement()) {
    return BuildDefaultPrivileges(s);
  }
  if (auto* s = ctx->setStatement()) {
    return BuildSetting(s);
  }
  if (auto* s = ctx->selectStatement()) {
    return BuildSelect(s);
  }
  if (auto* s = ctx->unsupportedStatement(); s != nullptr && IsTransactionControl(s)) {
    return BuildTransactionControl(s);
  }
  ReportUnsupported(ctx, "statement");
  return std::nullopt;
}

ast::CreateSchema AstBuilder::BuildCreateSchema(P::CreateSchemaStatementContext* ctx) {
  ast::CreateSchema out;
  out.if_not_exists = ctx->EXISTS() != nullptr;
  if (ctx->roleName() != nullptr) {
    out.authorization = BuildRoleName(ctx->roleName());
  }
  if (ctx->identifier() != nullptr) {
    out.name = BuildIdentifier(ctx->identifier());
  } else if (ctx->roleName()->identifier() != nullptr ||
             ctx->roleName()->typeFunctionKeyword() != nullptr) {
    // CREATE SCHEMA AUTHORIZATION role: the schema takes the role's name.
    out.name = *out.authorization;
  } else {
    sink_.Error(
        "unsupported-clause", Range(ctx->roleName()),
        fmt::format("a schema named after {} is not supported; name the schema "
                    "(CREATE SCHEMA name AUTHORIZATION {})",
                    UpperCase(ctx->roleName()->getText()), UpperCase(ctx->roleName()->getText())));
    out.name = *out.authorization;
  }
  if (auto* elements = ctx->schemaElements()) {
    // The parser reads the statements CREATE SCHEMA holds, which begin with CREATE or GRANT, as
    // statements of their own (schema_elements.h): what is left here is none of them.
    ReportSyntaxError(elements->getStart(), "AUTHORIZATION, CREATE, GRANT or \";\"");
  }
  return out;
}

ast::CreateExtension AstBuilder::BuildCreateExtension(P::CreateExtensionStatementContext* ctx) {
  ast::CreateExtension out;
  out.name = BuildIdentifier(ctx->identifier());
  out.if_not_exists = ctx->EXISTS() != nullptr;
  for (auto* option : ctx->extensionOption()) {
    if (option->SCHEMA() != nullptr) {
      out.schema = BuildIdentifier(option->identifier());
    } else if (option->VERSION() != nullptr) {
      out.version = option->identifier() != nullptr
                        ? BuildIdentifier(option->identifier(), NameUse::kRole).name
                        : Literal(option->stringLiteral());
    } else {
      out.cascade = true;
    }
  }
  return out;
}

ast::CreateEnum AstBuilder::BuildCreateEnum(P::CreateEnumStatementContext* ctx) {
  ast::CreateEnum out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  for (auto* label : ctx->stringLiteral()) {
    out.labels.emplace_back(Literal(label), Range(label));
    ReadLabelAnnotations(label, out);
  }
  return out;
}

ast::CreateSequence AstBuilder::BuildCreateSequence(P::CreateSequenceStatementContext* ctx) {
  ast::CreateSequence out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.if_not_exists = ctx->EXISTS() != nullptr;
  out.unlogged = ctx->UNLOGGED() != nullptr;
  out.options.range = Range(ctx);
  for (auto* option : ctx->sequenceOption()) {
    ApplySequenceOption(option, out.options);
  }
  return out;
}

ast::AlterSequence AstBuilder::BuildAlterSequence(P::AlterSequenceStatementContext* ctx) {
  ast::AlterSequence out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.options.range = Range(ctx);
  for (auto* option : ctx->sequenceOption()) {
    ApplySequenceOption(option, out.options);
  }
  if (ctx->roleName() != nullptr) {
    out.owner = BuildRoleName(ctx->roleName());
  }
  return out;
}

void AstBuilder::ApplySequenceOption(P::SequenceOptionContext* ctx, ast::SequenceOptions& options) {
  if (auto* sequence_type = dynamic_cast<P::SequenceTypeContext*>(ctx)) {
    options.type = BuildTypeName(sequence_type->typeName());
  } else if (auto* sequence_increment = dynamic_cast<P::SequenceIncrementContext*>(ctx)) {
    options.increment = BuildNumber(sequence_increment->signedNumber());
  } else if (auto* sequence_min_value = dynamic_cast<P::SequenceMinValueContext*>(ctx)) {
    options.min_value = BuildNumber(sequence_min_value->signedNumber());
    options.no_min_value = false;
  } else if (dynamic_cast<P::SequenceNoMinValueContext*>(ctx) != nullptr) {
    options.min_value.reset();
    options.no_min_value = true;
  } else if (auto* sequence_max_value = dynamic_cast<P::SequenceMaxValueContext*>(ctx)) {
    options.max_value = BuildNumber(sequence_max_value->signedNumber());
    options.no_max_value = false;
  } else if (dynamic_cast<P::SequenceNoMaxValueContext*>(ctx) != nullptr) {
    options.max_value.reset();
    options.no_max_value = true;
  } else if (auto* sequence_start = dynamic_cast<P::SequenceStartContext*>(ctx)) {
    options.start = BuildNumber(sequence_start->signedNumber());
  } else if (auto* sequence_restart = dynamic_cast<P::SequenceRestartContext*>(ctx)) {
    if (sequence_restart->signedNumber() != nullptr) {
      options.restart = BuildNumber(sequence_restart->signedNumber());
    }
  } else if (auto* sequence_cache = dynamic_cast<P::SequenceCacheContext*>(ctx)) {
    options.cache = BuildNumber(sequence_cache->signedNumber());
  } else if (auto* sequence_cycle = dynamic_cast<P::SequenceCycleContext*>(ctx)) {
    options.cycle = sequence_cycle->NO() == nullptr;
  } else if (auto* sequence_owned_by = dynamic_cast<P::SequenceOwnedByContext*>(ctx)) {
    if (sequence_owned_by->NONE() != nullptr) {
      options.owned_by.reset();
      options.owned_by_none = true;
    } else {
      options.owned_by = BuildQualifiedName(sequence_owned_by->qualifiedName());
      options.owned_by_none = false;
    }
  } else if (auto* sequence_name = dynamic_cast<P::SequenceNameContext*>(ctx)) {
    options.sequence_name = BuildQualifiedName(sequence_name->qualifiedName());
  }
}

ast::CreateTable AstBuilder::BuildCreateTable(P::CreateTableStatementContext* ctx) {
  ast::CreateTable out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.if_not_exists = ctx->EXISTS() != nullptr;
  BuildPersistence(ctx->tablePersistence(), out);
  std::vector<P::TableElementContext*> elements = ctx->tableElement();
  out.columns.reserve(elements.size());
  for (auto* element : elements) {
    if (auto* constraint = element->tableConstraint()) {
      ast::Constraint built = BuildTableConstraint(constraint);
      if (built.using_index) {
        sink_.Error("invalid-constraint", Range(constraint),
                    "cannot use an existing index in CREATE TABLE; list the key's columns, or add "
                    "the constraint with ALTER TABLE ... ADD CONSTRAINT ... USING INDEX");
        continue;
      }
      out.constraints.push_back(std::move(built));
    } else if (auto* column = element->columnDefinition()) {
      out.columns.push_back(BuildColumn(column));
    } else if (std::optional<ast::TableLike> like = BuildTableLike(element->tableLike())) {
      like->position = out.columns.size();
      out.likes.push_back(std::move(*like));
    }
  }
  BuildTableOptions(ctx->tableOption(), out);
  CheckForeignTable(ctx->FOREIGN(), ctx->tableOption(), ctx->CLOSE_PAREN()->getSymbol(), out);
  return out;
}

void AstBuilder::BuildPersistence(P::TablePersistenceContext* ctx, ast::CreateTable& out) {
  if (ctx == nullptr) {
    return;
  }
  out.unlogged = ctx->UNLOGGED() != nullptr;
  out.temporary = !out.unlogged;
  if (out.temporary) {
    sink_.Error("unsupported-clause", Range(ctx),
                "temporary tables are not part of a schema; remove TEMPORARY or the table");
  }
}

void AstBuilder::BuildTableOptions(const std::vector<P::TableOptionContext*>& options,
                                   ast::CreateTable& out) {
  for (auto* option : options) {
    if (auto* partition_by = dynamic_cast<P::TablePartitionByContext*>(option)) {
      BuildPartitionBy(partition_by, out);
    } else if (auto* inherits = dynamic_cast<P::TableInheritsContext*>(option)) {
      if (!out.inherits.empty() || out.partition_of || out.of_type) {
        // PostgreSQL takes one INHERITS, and none after PARTITION OF or OF.
        ReportSyntaxError(inherits->INHERITS()->getSymbol(), "PARTITION BY, WITH or \";\"");
        continue;
      }
      for (auto* parent : inherits->qualifiedName()) {
        out.inherits.push_back(BuildQualifiedName(parent));
      }
    } else if (auto* server = dynamic_cast<P::TableServerContext*>(option)) {
      if (out.server) {
        ReportSyntaxError(server->IDENTIFIER()->getSymbol(), "OPTIONS or \";\"");
        continue;
      }
      out.server = BuildIdentifier(server->identifier());
      out.server_options = BuildGenericOptions(server->genericOptions());
    } else if (auto* table_with = dynamic_cast<P::TableWithContext*>(option)) {
      auto storage = BuildStorageOptions(table_with->relOptions());
      out.options.insert(out.options.end(), storage.begin(), storage.end());
    } else if (auto* table_using = dynamic_cast<P::TableUsingContext*>(option)) {
      out.access_method = BuildAccessMethod(table_using->USING(), table_using->identifier(),
                                            out.partition_by.has_value());
    } else if (auto* table_with_word = dynamic_cast<P::TableWithWordContext*>(option)) {
      antlr4::Token* word = table_with_word->identifier()->getStart();
      if (FoldIdentifier(word) != "oids" || word->getType() != SqlLexer::IDENTIFIER) {
        ReportSyntaxError(word, "\"(\"");
      } else {
        sink_.Error("unsupported-clause", RangeOfToken(file_, word),
                    "WITH OIDS: PostgreSQL 12 and later refuse it (tables have no OID column "
                    "any more); remove it");
      }
    } else if (auto* table_without = dynamic_cast<P::TableWithoutContext*>(option)) {
      // WITHOUT OIDS is what every table is since PostgreSQL 12: accepted and without effect.
      if (FoldIdentifier(table_without->identifier()->getStart()) != "oids" ||
          table_without->identifier()->getStart()->getType() != SqlLexer::IDENTIFIER) {
        ReportSyntaxError(table_without->identifier()->getStart(), "OIDS");
      }
    } else {
      ReportUnsupported(option, "clause");
    }
  }
}

ast::ColumnDefinition AstBuilder::BuildColumn(P::ColumnDefinitionContext* ctx) {
  ast::ColumnDefinition out;
  out.name = BuildIdentifier(ctx->identifier());
  out.type = BuildTypeName(ctx->typeName());
  out.range = Range(ctx);
  ReadColumnAnnotations(ctx, out);
  BuildColumnConstraints(ctx->columnConstraint(), out);
  return out;
}

void AstBuilder::BuildColumnConstraints(const std::vector<P::ColumnConstraintContext*>& constraints,
                                        ast::ColumnDefinition& out) {
  out.constraints.reserve(constraints.size());
  for (auto* constraint : constraints) {
    if (auto* named_column_constraint =
            dynamic_cast<P::NamedColumnConstraintContext*>(constraint)) {
      ast::Constraint built =
          BuildColumnConstraint(named_column_constraint->columnConstraintBody());
      if (named_column_constraint->identifier() != nullptr) {
        built.name = BuildIdentifier(named_column_constraint->identifier());
      }
      built.range = Range(named_column_constraint);
      out.constraints.push_back(std::move(built));
    } else if (auto* column_collate = dynamic_cast<P::ColumnCollateContext*>(constraint)) {
      out.collation = BuildQualifiedName(column_collate->qualifiedName());
    } else if (auto* options = dynamic_cast<P::ColumnGenericOptionsContext*>(constraint)) {
      std::vector<std::pair<std::string, std::string>> built =
          BuildGenericOptions(options->genericOptions());
      out.options.insert(out.options.end(), built.begin(), built.end());
    } else if (auto* column_option = dynamic_cast<P::ColumnOptionContext*>(constraint)) {
      if (FoldIdentifier(column_option->IDENTIFIER()->getSymbol()) == "compression") {
        antlr4::Token* method = column_option->identifier()->getStart();
        std::string name = FoldIdentifier(method);
        if (name == "pglz" || name == "lz4") {
          out.compression = name;
        } else {
          ReportSyntaxError(method, "pglz or lz4");
        }
      } else {
        ReportSyntaxError(column_option->IDENTIFIER()->getSymbol(), "");
      }
    } else if (auto* column_constraint_attribute =
                   dynamic_cast<P::ColumnConstraintAttributeContext*>(constraint)) {
      bool applies = !out.constraints.empty() &&
                     (out.constraints.back().kind == ast::ConstraintKind::kForeignKey ||
                      out.constraints.back().kind == ast::ConstraintKind::kPrimaryKey ||
                      out.constraints.back().kind == ast::ConstraintKind::kUnique);
      if (applies) {
        ApplyAttribute(column_constraint_attribute->constraintAttribute(), out.constraints.back());
      } else {
        sink_.Error("misplaced-attribute", Range(column_constraint_attribute),
                    "constraint attribute does not follow a primary key, unique or foreign key "
                    "constraint; move it after the constraint it belongs to");
      }
    }
  }
}

ast::Constraint AstBuilder::BuildColumnConstraint(P::ColumnConstraintBodyContext* ctx) {
  ast::Constraint out;
  out.range = Range(ctx);
  if (dynamic_cast<P::NotNullConstraintContext*>(ctx) != nullptr) {
    out.kind = ast::ConstraintKind::kNotNull;
  } else if (dynamic_cast<P::NullConstraintContext*>(ctx) != nullptr) {
    out.kind = ast::ConstraintKind::kNull;
  } else if (auto* default_constraint = dynamic_cast<P::DefaultConstraintContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kDefault;
    out.expression = BuildExpression(default_constraint->defaultExpression());
    CheckDefaultExpression(default_constraint->defaultExpression());
  } else if (auto* identity_constraint = dynamic_cast<P::IdentityConstraintContext*>(ctx)) {
    out = BuildIdentity(identity_constraint->identityKind(),
                        identity_constraint->sequenceOptionList(), identity_constraint);
  } else if (auto* generated_constraint = dynamic_cast<P::GeneratedConstraintContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kGenerated;
    out.expression = BuildExpression(generated_constraint->expression());
  } else if (auto* column_primary_key = dynamic_cast<P::ColumnPrimaryKeyContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kPrimaryKey;
    out.index_options = BuildIndexParameters(column_primary_key->indexParameters());
  } else if (auto* column_unique = dynamic_cast<P::ColumnUniqueContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kUnique;
    out.nulls_not_distinct = column_unique->nullsDistinct() != nullptr &&
                             column_unique->nullsDistinct()->NOT() != nullptr;
    out.index_options = BuildIndexParameters(column_unique->indexParameters());
  } else if (auto* column_check = dynamic_cast<P::ColumnCheckContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kCheck;
    out.expression = BuildExpression(column_check->expression());
    out.no_inherit = column_check->INHERIT() != nullptr;
  } else if (auto* column_references = dynamic_cast<P::ColumnReferencesContext*>(ctx)) {
    out.kind = ast::ConstraintKind::kForeignKey;
    out.referenced_table = BuildQualifiedName(column_references->qualifiedName());
    if (column_references->columnList() != nullptr) {
      out.referenced_columns = BuildColumnList(column_references->columnList());
    }
    for (auto* option : column_references->referenceOption()) {
      ApplyReferenceOption(option, out);
    }
  }
  return out;
}

ast::Constraint AstBuilder::BuildIdentity(P::IdentityKindContext* kind,
                                          P::SequenceOptionListContext* list,
                                          antlr4::ParserRuleContext* whole) {
  ast::Constraint out;
  out.kind = ast::ConstraintKind::kIdentity;
  out.range = Range(whole);
  out.identity_always = kind->ALWAYS() != nullptr;
  out.identity_options = std::make_shared<ast::SequenceOptions>();
  out.identity_options->range = Range(whole);
  if (list != nullptr) {
    for (auto* option : list->sequenceOption()) {
      ApplySequenceOption(option, *out.identity_options);
    }
  }
  return out;
}

ast::Constraint AstBuilder::BuildTableConstraint(P::TableConstraintContext* ctx) {
  ast::Constraint out;
  ReadDeclarationAnnotations(ctx, "the constraint below", out.renamed_from);
  auto* body = ctx->tableConstraintBody();
  if (auto* table_check = dynamic_cast<P::TableCheckContext*>(body)) {
    out.kind = ast::ConstraintKind::kCheck;
    out.expression = BuildExpression(table_check->expression());
  } else if (auto* table_primary_key = dynamic_cast<P::TablePrimaryKeyContext*>(body)) {
    out.kind = ast::ConstraintKind::kPrimaryKey;
    out.columns = BuildColumnList(table_primary_key->columnList());
    if (table_primary_key->includeColumns() != nullptr) {
      out.include = BuildColumnList(table_primary_key->includeColumns()->columnList());
    }
    out.index_options = BuildIndexParameters(table_primary_key->indexParameters());
  } else if (auto* table_unique = dynamic_cast<P::TableUniqueContext*>(body)) {
    out.kind = ast::ConstraintKind::kUnique;
    out.columns = BuildColumnList(table_unique->columnList());
    out.nulls_not_distinct =
        table_unique->nullsDistinct() != nullptr && table_unique->nullsDistinct()->NOT() != nullptr;
    if (table_unique->includeColumns() != nullptr) {
      out.include = BuildColumnList(table_unique->includeColumns()->columnList());
    }
    out.index_options = BuildIndexParameters(table_unique->indexParameters());
  } else if (auto* key_using_index = dynamic_cast<P::TableKeyUsingIndexContext*>(body)) {
    out.kind = key_using_index->PRIMARY() != nullptr ? ast::ConstraintKind::kPrimaryKey
                                                     : ast::ConstraintKind::kUnique;
    out.using_index = BuildIdentifier(key_using_index->identifier());
  } else if (auto* table_foreign_key = dynamic_cast<P::TableForeignKeyContext*>(body)) {
    out.kind = ast::ConstraintKind::kForeignKey;
    out.columns = BuildColumnList(table_foreign_key->columnList(0));
    out.referenced_table = BuildQualifiedName(table_foreign_key->qualifiedName());
    if (table_foreign_key->columnList(1) != nullptr) {
      out.referenced_columns = BuildColumnList(table_foreign_key->columnList(1));
    }
    for (auto* option : table_foreign_key->referenceOption()) {
      ApplyReferenceOption(option, out);
    }
  } else {
    BuildExclusion(dynamic_cast<P::TableExcludeContext*>(body), out);
  }
  if (ctx->identifier() != nullptr) {
    out.name = BuildIdentifier(ctx->identifier());
  }
  for (auto* attribute : ctx->constraintAttribute()) {
    ApplyAttribute(attribute, out);
  }
  out.range = Range(ctx);
  return out;
}

void AstBuilder::ApplyAttribute(P::ConstraintAttributeContext* ctx, ast::Constraint& constraint) {
  if (auto* deferrable_attribute = dynamic_cast<P::DeferrableAttributeContext*>(ctx)) {
    constraint.deferrable = deferrable_attribute->NOT() == nullptr;
  } else if (auto* initially_attribute = dynamic_cast<P::InitiallyAttributeContext*>(ctx)) {
    constraint.initially_deferred = initially_attribute->DEFERRED() != nullptr;
    constraint.deferrable = constraint.deferrable || constraint.initially_deferred;
  } else if (dynamic_cast<P::NoInheritAttributeContext*>(ctx) != nullptr) {
    if (constraint.kind != ast::ConstraintKind::kCheck) {
      sink_.Error("misplaced-attribute", Range(ctx),
                  "NO INHERIT applies to check constraints only (PostgreSQL refuses it on "
                  "keys, foreign keys and exclusion constraints); remove it");
    }
    constraint.no_inherit = true;
  } else {
    constraint.not_valid = true;
  }
}

void AstBuilder::ApplyReferenceOption(P::ReferenceOptionContext* ctx, ast::Constraint& constraint) {
  auto action = [&](P::ReferenceActionContext* a, std::vector<ast::Identifier>* columns) {
    if (a->CASCADE() != nullptr) {
      return ast::ReferentialAction::kCascade;
    }
    if (a->RESTRICT() != nullptr) {
      return ast::ReferentialAction::kRestrict;
    }
    if (a->SET() != nullptr) {
      if (a->columnList() != nullptr && columns != nullptr) {
        *columns = BuildColumnList(a->columnList());
      }
      return a->NULL_() != nullptr ? ast::ReferentialAction::kSetNull
                                   : ast::ReferentialAction::kSetDefault;
    }
    return ast::ReferentialAction::kNoAction;
  };
  if (auto* match_option = dynamic_cast<P::MatchOptionContext*>(ctx)) {
    constraint.match = match_option->FULL() != nullptr      ? ast::MatchType::kFull
                       : match_option->PARTIAL() != nullptr ? ast::MatchType::kPartial
                                                            : ast::MatchType::kSimple;
  } else if (auto* on_delete_option = dynamic_cast<P::OnDeleteOptionContext*>(ctx)) {
    constraint.on_delete =
        action(on_delete_option->referenceAction(), &constraint.on_delete_columns);
  } else if (auto* on_update_option = dynamic_cast<P::OnUpdateOptionContext*>(ctx)) {
    constraint.on_update = action(on_update_option->referenceAction(), nullptr);
    if (on_update_option->referenceAction()->columnList() != nullptr) {
      sink_.Error("syntax-error", Range(on_update_option->referenceAction()->columnList()),
                  "a column list is only allowed for ON DELETE SET NULL or SET DEFAULT; remove it");
    }
  }
}

void AstBuilder::RefuseTablespace(antlr4::tree::TerminalNode* node) {
  sink_.Error("unsupported-clause", RangeOfToken(file_, node->getSymbol()),
              "TABLESPACE is not supported yet; remove it to use the default one");
}

std::vector<ast::StorageOption> AstBuilder::BuildIndexParameters(P::IndexParametersContext* ctx) {
  if (ctx->TABLESPACE() != nullptr) {
    RefuseTablespace(ctx->TABLESPACE());
  }
  if (ctx->relOptions() == nullptr) {
    return {};
  }
  return BuildStorageOptions(ctx->relOptions());
}

ast::CreateIndex AstBuilder::BuildCreateIndex(P::CreateIndexStatementContext* ctx) {
  ast::CreateIndex out;
  if (ctx->identifier().size() >
      (ctx->USING() != nullptr ? 1u : 0u) + (ctx->TABLESPACE() != nullptr ? 1u : 0u)) {
    out.name = BuildIdentifier(ctx->identifier(0));
  }
  out.table = BuildQualifiedName(ctx->qualifiedName());
  out.unique = ctx->UNIQUE() != nullptr;
  out.concurrently = ctx->CONCURRENTLY() != nullptr;
  out.if_not_exists = ctx->EXISTS() != nullptr;
  out.only = ctx->ONLY() != nullptr;
  if (ctx->USING() != nullptr) {
    size_t method_index = out.name ? 1 : 0;
    out.method = BuildIdentifier(ctx->identifier(method_index));
  }
  for (auto* element : ctx->indexElement()) {
    out.elements.push_back(BuildIndexElement(element));
  }
  if (ctx->includeColumns() != nullptr) {
    out.include = BuildColumnList(ctx->includeColumns()->columnList());
  }
  out.nulls_not_distinct =
      ctx->nullsDistinct() != nullptr && ctx->nullsDistinct()->NOT() != nullptr;
  if (ctx->relOptions() != nullptr) {
    out.options = BuildStorageOptions(ctx->relOptions());
  }
  // The index is still declared, so that what names it is not reported as naming nothing.
  if (ctx->TABLESPACE() != nullptr) {
    RefuseTablespace(ctx->TABLESPACE());
  }
  if (ctx->expression() != nullptr) {
    out.where = BuildExpression(ctx->expression());
  }
  if (out.if_not_exists && !out.name) {
    sink_.Error("syntax-error", Range(ctx),
                "CREATE INDEX IF NOT EXISTS needs an index name; name the index");
  }
  return out;
}

ast::IndexElement AstBuilder::BuildIndexElement(P::IndexElementContext* ctx) {
  ast::IndexElement out;
  out.range = Range(ctx);
  auto* key = ctx->indexKey();
  if (auto* index_column_key = dynamic_cast<P::IndexColumnKeyContext*>(key)) {
    out.column = BuildIdentifier(index_column_key->identifier());
  } else if (auto* index_expression_key = dynamic_cast<P::IndexExpressionKeyContext*>(key)) {
    out.expression = BuildExpression(index_expression_key->expression());
  } else {
    out.expression = BuildExpression(key);
  }
  auto names = ctx->qualifiedName();
  size_t next = 0;
  if (ctx->COLLATE() != nullptr) {
    out.collation = BuildQualifiedName(names[next++]);
  }
  if (next < names.size()) {
    out.opclass = BuildQualifiedName(names[next]);
    if (ctx->relOptions() != nullptr) {
      out.opclass_options = BuildStorageOptions(ctx->relOptions());
    }
  }
  out.order = ctx->ASC() != nullptr    ? ast::SortOrder::kAsc
              : ctx->DESC() != nullptr ? ast::SortOrder::kDesc
                                       : ast::SortOrder::kDefault;
  out.nulls = ctx->FIRST() != nullptr  ? ast::NullsOrder::kFirst
              : ctx->LAST() != nullptr ? ast::NullsOrder::kLast
                                       : ast::NullsOrder::kDefault;
  return out;
}

void AstBuilder::BuildSetDefault(P::IdentifierContext* column,
                                 P::DefaultExpressionContext* expression,
                                 ast::AlterTableAction& out) {
  out.kind = ast::AlterTableActionKind::kSetDefault;
  out.column_name = BuildIdentifier(column);
  out.constraint.kind = ast::ConstraintKind::kDefault;
  out.constraint.expression = BuildExpression(expression);
  CheckDefaultExpression(expression);
  out.constraint.range = out.range;
}

bool AstBuilder::BuildRelationOptions(antlr4::tree::TerminalNode* word,
                                      P::RelOptionsContext* options, ast::AlterTableAction& out) {
  if (word != nullptr && FoldIdentifier(word->getSymbol()) != "reset") {
    return false;
  }
  out.kind = ast::AlterTableActionKind::kRelationOptions;
  out.reset = word != nullptr;
  out.options = BuildStorageOptions(options);
  return true;
}

ast::AlterTable AstBuilder::BuildAlterTable(P::AlterTableStatementContext* ctx) {
  ast::AlterTable out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.only = ctx->ONLY() != nullptr;
  out.if_exists = ctx->EXISTS() != nullptr;
  out.view = out.materialized = ctx->MATERIALIZED() != nullptr;
  for (auto* action : ctx->alterTableAction()) {
    ast::AlterTableAction built;
    built.range = Range(action);
    if (auto* add_column_action = dynamic_cast<P::AddColumnActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kAddColumn;
      built.column = BuildColumn(add_column_action->columnDefinition());
    } else if (auto* add_constraint_action = dynamic_cast<P::AddConstraintActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kAddConstraint;
      built.constraint = BuildTableConstraint(add_constraint_action->tableConstraint());
    } else if (auto* set_default_action = dynamic_cast<P::SetDefaultActionContext*>(action)) {
      BuildSetDefault(set_default_action->identifier(), set_default_action->defaultExpression(),
                      built);
    } else if (auto* set_not_null_action = dynamic_cast<P::SetNotNullActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kSetNotNull;
      built.column_name = BuildIdentifier(set_not_null_action->identifier());
    } else if (auto* drop_action = dynamic_cast<P::DropColumnPropertyActionContext*>(action)) {
      if (Word(drop_action->IDENTIFIER()->getSymbol()) != "drop") {
        ReportSyntaxError(drop_action->IDENTIFIER()->getSymbol(), "SET or DROP");
        continue;
      }
      built.kind = drop_action->DEFAULT() != nullptr ? ast::AlterTableActionKind::kDropDefault
                                                     : ast::AlterTableActionKind::kDropNotNull;
      built.column_name = BuildIdentifier(drop_action->identifier());
    } else if (auto* add_identity_action = dynamic_cast<P::AddIdentityActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kAddIdentity;
      built.column_name = BuildIdentifier(add_identity_action->identifier());
      built.constraint =
          BuildIdentity(add_identity_action->identityKind(),
                        add_identity_action->sequenceOptionList(), add_identity_action);
    } else if (auto* option = dynamic_cast<P::SetColumnOptionActionContext*>(action)) {
      if (!BuildColumnOption(option, built)) {
        continue;
      }
    } else if (auto* cluster = dynamic_cast<P::ClusterOnActionContext*>(action)) {
      if (FoldIdentifier(cluster->IDENTIFIER()->getSymbol()) != "cluster") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kClusterOn;
      built.index = BuildIdentifier(cluster->identifier());
    } else if (auto* without = dynamic_cast<P::SetWithoutClusterActionContext*>(action)) {
      if (FoldIdentifier(without->IDENTIFIER()->getSymbol()) != "cluster") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kClusterOn;
    } else if (auto* attribute = dynamic_cast<P::AttributeOptionsActionContext*>(action)) {
      if (attribute->IDENTIFIER() != nullptr &&
          FoldIdentifier(attribute->IDENTIFIER()->getSymbol()) != "reset") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kAttributeOptions;
      built.column_name = BuildIdentifier(attribute->identifier());
      built.reset = attribute->IDENTIFIER() != nullptr;
      built.options = BuildStorageOptions(attribute->relOptions());
    } else if (auto* column = dynamic_cast<P::ColumnGenericOptionsActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kGenericOptions;
      built.column_name = BuildIdentifier(column->identifier());
      if (!BuildAlterGenericOptions(column->alterGenericOptions(), built.generic_options)) {
        continue;
      }
    } else if (auto* table = dynamic_cast<P::TableGenericOptionsActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kGenericOptions;
      if (!BuildAlterGenericOptions(table->alterGenericOptions(), built.generic_options)) {
        continue;
      }
    } else if (auto* options = dynamic_cast<P::RelationOptionsActionContext*>(action)) {
      if (!BuildRelationOptions(options->IDENTIFIER(), options->relOptions(), built)) {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
    } else if (auto* persistence = dynamic_cast<P::PersistenceActionContext*>(action)) {
      if (persistence->IDENTIFIER() != nullptr &&
          FoldIdentifier(persistence->IDENTIFIER()->getSymbol()) != "logged") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kPersistence;
      built.on = persistence->UNLOGGED() != nullptr;
    } else if (auto* validate = dynamic_cast<P::ValidateConstraintActionContext*>(action)) {
      if (FoldIdentifier(validate->IDENTIFIER()->getSymbol()) != "validate") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kValidate;
      built.constraint.name = BuildIdentifier(validate->identifier());
    } else if (auto* replica = dynamic_cast<P::ReplicaIdentityActionContext*>(action)) {
      if (replica->IDENTIFIER() != nullptr &&
          FoldIdentifier(replica->IDENTIFIER()->getSymbol()) != "nothing") {
        ReportSyntaxError(replica->IDENTIFIER()->getSymbol(),
                          "DEFAULT, FULL, NOTHING or USING INDEX");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kReplicaIdentity;
      built.replica_identity = replica->FULL() != nullptr         ? 'f'
                               : replica->IDENTIFIER() != nullptr ? 'n'
                               : replica->INDEX() != nullptr      ? 'i'
                                                                  : 'd';
      if (replica->identifier() != nullptr) {
        built.index = BuildIdentifier(replica->identifier());
      }
    } else if (auto* of_type = dynamic_cast<P::OfTypeActionContext*>(action)) {
      // OF type, or NOT OF: anything else (a word, or NOT OF with a name) is another action.
      bool not_of = of_type->NOT() != nullptr;
      if (FoldIdentifier(of_type->IDENTIFIER()->getSymbol()) != "of" ||
          not_of == (of_type->qualifiedName() != nullptr)) {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kOfType;
      built.not_of = not_of;
      if (!not_of) {
        built.of_type = BuildQualifiedName(of_type->qualifiedName());
      }
    } else if (auto* inherit = dynamic_cast<P::InheritActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kInherit;
      built.on = inherit->NO() == nullptr;
      built.parent = BuildQualifiedName(inherit->qualifiedName());
    } else if (auto* owner_action = dynamic_cast<P::OwnerActionContext*>(action)) {
      built.kind = ast::AlterTableActionKind::kOwner;
      built.owner = BuildRoleName(owner_action->roleName());
    } else if (auto* rule_enabled = dynamic_cast<P::RuleEnabledActionContext*>(action)) {
      if (FoldIdentifier(rule_enabled->IDENTIFIER()->getSymbol()) != "rule") {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
      built.kind = ast::AlterTableActionKind::kRuleEnabled;
      built.trigger = BuildIdentifier(rule_enabled->identifier());
      built.enabled = rule_enabled->DISABLE() != nullptr   ? 'D'
                      : rule_enabled->REPLICA() != nullptr ? 'R'
                      : rule_enabled->ALWAYS() != nullptr  ? 'A'
                                                           : 'O';
    } else if (auto* enabled = dynamic_cast<P::TriggerEnabledActionContext*>(action)) {
      antlr4::Token* word = enabled->identifier()->getStart();
      if (word->getType() == P::IDENTIFIER &&
          (FoldIdentifier(word) == "all" || FoldIdentifier(word) == "user")) {
        ReportUnsupported(action, "ALTER TABLE action");  // every trigger at once
        continue;
      }
      built.kind = ast::AlterTableActionKind::kTriggerEnabled;
      built.trigger = BuildIdentifier(enabled->identifier());
      built.enabled = enabled->DISABLE() != nullptr   ? 'D'
                      : enabled->REPLICA() != nullptr ? 'R'
                      : enabled->ALWAYS() != nullptr  ? 'A'
                                                      : 'O';
    } else if (auto* attach = dynamic_cast<P::AttachPartitionActionContext*>(action)) {
      if (!BuildAttachPartition(attach, built)) {
        continue;
      }
    } else if (auto* security = dynamic_cast<P::RowSecurityActionContext*>(action)) {
      if (!BuildRowSecurity(security, built)) {
        ReportUnsupported(action, "ALTER TABLE action");
        continue;
      }
    } else {
      ReportUnsupported(action, "ALTER TABLE action");
      continue;
    }
    out.actions.push_back(std::move(built));
  }
  return out;
}

ast::AlterOwner AstBuilder::BuildAlterOwner(P::AlterOwnerStatementContext* ctx) {
  ast::AlterOwner out;
  if (ctx->routineSignature() != nullptr) {
    out.object_kind = ctx->PROCEDURE() != nullptr   ? "procedure"
                      : ctx->AGGREGATE() != nullptr ? "aggregate"
                                                    : "function";
    ast::RoutineSignature signature = BuildRoutineSignature(ctx->routineSignature());
    out.name = std::move(signature.name);
    out.parameters = std::move(signature.parameters);
  } else {
    std::vector<antlr4::tree::TerminalNode*> words = ctx->IDENTIFIER();
    out.object_kind = ctx->SCHEMA() != nullptr         ? "schema"
                      : ctx->MATERIALIZED() != nullptr ? "materialized view"
                      : ctx->VIEW() != nullptr         ? "view"
                      : ctx->DOMAIN() != nullptr       ? "domain"
                      : words.size() == 1              ? FoldIdentifier(words[0]->getSymbol())
                      : words.size() == 3 ? "text search " + FoldIdentifier(words[2]->getSymbol())
                                          : "type";
    out.name = BuildQualifiedName(ctx->qualifiedName());
  }
  out.owner = BuildRoleName(ctx->roleName());
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildComment(P::CommentStatementContext* ctx) {
  ast::Comment out;
  auto* target = ctx->commentTarget();
  if (auto* comment_on_schema = dynamic_cast<P::CommentOnSchemaContext*>(target)) {
    out.target = ast::CommentTarget::kSchema;
    out.name.parts.push_back(BuildIdentifier(comment_on_schema->identifier()));
    out.name.range = out.name.parts.back().range;
  } else if (auto* comment_on_extension = dynamic_cast<P::CommentOnExtensionContext*>(target)) {
    out.target = ast::CommentTarget::kExtension;
    out.name.parts.push_back(BuildIdentifier(comment_on_extension->identifier()));
    out.name.range = out.name.parts.back().range;
  } else if (auto* comment_on_table = dynamic_cast<P::CommentOnTableContext*>(target)) {
    out.target = ast::CommentTarget::kTable;
    out.name = BuildQualifiedName(comment_on_table->qualifiedName());
  } else if (auto* comment_on_column = dynamic_cast<P::CommentOnColumnContext*>(target)) {
    out.target = ast::CommentTarget::kColumn;
    out.name = BuildQualifiedName(comment_on_column->qualifiedName());
  } else if (auto* comment_on_index = dynamic_cast<P::CommentOnIndexContext*>(target)) {
    out.target = ast::CommentTarget::kIndex;
    out.name = BuildQualifiedName(comment_on_index->qualifiedName());
  } else if (auto* comment_on_view = dynamic_cast<P::CommentOnViewContext*>(target)) {
    out.target = comment_on_view->MATERIALIZED() != nullptr ? ast::CommentTarget::kMaterializedView
                                                            : ast::CommentTarget::kView;
    out.name = BuildQualifiedName(comment_on_view->qualifiedName());
  } else if (auto* comment_on_function = dynamic_cast<P::CommentOnFunctionContext*>(target)) {
    out.target = comment_on_function->PROCEDURE() != nullptr   ? ast::CommentTarget::kProcedure
                 : comment_on_function->AGGREGATE() != nullptr ? ast::CommentTarget::kAggregate
                                                               : ast::CommentTarget::kFunction;
    ast::RoutineSignature signature =
        BuildRoutineSignature(comment_on_function->routineSignature());
    out.name = std::move(signature.name);
    out.parameters = std::move(signature.parameters);
  } else if (auto* comment_on_domain = dynamic_cast<P::CommentOnDomainContext*>(target)) {
    out.target = ast::CommentTarget::kDomain;
    out.name = BuildQualifiedName(comment_on_domain->qualifiedName());
  } else if (auto* comment_on_trigger = dynamic_cast<P::CommentOnTriggerContext*>(target)) {
    out.target = ast::CommentTarget::kTrigger;
    out.constraint = BuildIdentifier(comment_on_trigger->identifier());
    out.name = BuildQualifiedName(comment_on_trigger->qualifiedName());
  } else if (auto* comment_on_rule = dynamic_cast<P::CommentOnRuleContext*>(target);
             comment_on_rule != nullptr &&
             FoldIdentifier(comment_on_rule->IDENTIFIER()->getSymbol()) == "rule") {
    out.target = ast::CommentTarget::kRule;
    out.constraint = BuildIdentifier(comment_on_rule->identifier());
    out.name = BuildQualifiedName(comment_on_rule->qualifiedName());
  } else if (auto* comment_on_publication = dynamic_cast<P::CommentOnStatisticsContext*>(target);
             comment_on_publication != nullptr &&
             FoldIdentifier(comment_on_publication->IDENTIFIER()->getSymbol()) == "publication") {
    out.target = ast::CommentTarget::kPublication;
    out.name = BuildQualifiedName(comment_on_publication->qualifiedName());
    if (out.name.parts.size() != 1) {
      ReportSyntaxError(comment_on_publication->qualifiedName()->getStart(),
                        "a publication's name, which has no schema");
      return std::nullopt;
    }
  } else if (auto* comment_on_server = dynamic_cast<P::CommentOnStatisticsContext*>(target);
             comment_on_server != nullptr &&
             FoldIdentifier(comment_on_server->IDENTIFIER()->getSymbol()) == "server") {
    out.target = ast::CommentTarget::kServer;
    out.name = BuildQualifiedName(comment_on_server->qualifiedName());
    if (out.name.parts.size() != 1) {
      ReportSyntaxError(comment_on_server->qualifiedName()->getStart(),
                        "a server's name, which has no schema");
      return std::nullopt;
    }
  } else if (auto* comment_on_wrapper =
                 dynamic_cast<P::CommentOnForeignDataWrapperContext*>(target)) {
    if (!IsForeignDataWrapper(comment_on_wrapper->IDENTIFIER(0),
                              comment_on_wrapper->IDENTIFIER(1))) {
      return std::nullopt;
    }
    out.target = ast::CommentTarget::kForeignDataWrapper;
    out.name.parts.push_back(BuildIdentifier(comment_on_wrapper->identifier()));
    out.name.range = out.name.parts.back().range;
  } else if (auto* comment_on_method = dynamic_cast<P::CommentOnAccessMethodContext*>(target);
             comment_on_method != nullptr &&
             IsAccessMethod(comment_on_method->IDENTIFIER(0), comment_on_method->IDENTIFIER(1))) {
    out.target = ast::CommentTarget::kAccessMethod;
    out.name.parts.push_back(BuildIdentifier(comment_on_method->identifier()));
    out.name.range = out.name.parts.back().range;
  } else if (auto* comment_on_statistics = dynamic_cast<P::CommentOnStatisticsContext*>(target);
             comment_on_statistics != nullptr &&
             FoldIdentifier(comment_on_statistics->IDENTIFIER()->getSymbol()) == "statistics") {
    out.target = ast::CommentTarget::kStatistics;
    out.name = BuildQualifiedName(comment_on_statistics->qualifiedName());
  } else if (comment_on_statistics != nullptr &&
             FoldIdentifier(comment_on_statistics->IDENTIFIER()->getSymbol()) == "collation") {
    out.target = ast::CommentTarget::kCollation;
    out.name = BuildQualifiedName(comment_on_statistics->qualifiedName());
  } else if (comment_on_statistics != nullptr &&
             FoldIdentifier(comment_on_statistics->IDENTIFIER()->getSymbol()) == "conversion") {
    out.target = ast::CommentTarget::kConversion;
    out.name = BuildQualifiedName(comment_on_statistics->qualifiedName());
  } else if (auto* comment_on_text_search = dynamic_cast<P::CommentOnTextSearchContext*>(target);
             comment_on_text_search != nullptr &&
             TextSearchKindOf(comment_on_text_search->IDENTIFIER())) {
    switch (*TextSearchKindOf(comment_on_text_search->IDENTIFIER())) {
      case ast::TextSearchKind::kConfiguration:
        out.target = ast::CommentTarget::kTextSearchConfiguration;
        break;
      case ast::TextSearchKind::kDictionary:
        out.target = ast::CommentTarget::kTextSearchDictionary;
        break;
      case ast::TextSearchKind::kParser:
        out.target = ast::CommentTarget::kTextSearchParser;
        break;
      case ast::TextSearchKind::kTemplate:
        out.target = ast::CommentTarget::kTextSearchTemplate;
        break;
    }
    out.name = BuildQualifiedName(comment_on_text_search->qualifiedName());
  } else if (auto* comment_on_event_trigger =
                 dynamic_cast<P::CommentOnEventTriggerContext*>(target);
             comment_on_event_trigger != nullptr &&
             FoldIdentifier(comment_on_event_trigger->IDENTIFIER()->getSymbol()) == "event") {
    out.target = ast::CommentTarget::kEventTrigger;
    out.name.parts.push_back(BuildIdentifier(comment_on_event_trigger->identifier()));
    out.name.range = out.name.parts.back().range;
  } else if (auto* comment_on_operator = dynamic_cast<P::CommentOnOperatorContext*>(target);
             comment_on_operator != nullptr &&
             FoldIdentifier(comment_on_operator->IDENTIFIER()->getSymbol()) == "operator") {
    out.target = ast::CommentTarget::kOperator;
    out.name = BuildOperatorName(comment_on_operator->operatorName());
    out.parameters = BuildOperatorArguments(comment_on_operator->operatorArguments());
  } else if (auto* comment_on_class = dynamic_cast<P::CommentOnOperatorClassContext*>(target);
             comment_on_class != nullptr &&
             IsWordToken(comment_on_class->IDENTIFIER(0), "operator") &&
             (IsWordToken(comment_on_class->IDENTIFIER(1), "class") ||
              IsWordToken(comment_on_class->IDENTIFIER(1), "family"))) {
    out.target = IsWordToken(comment_on_class->IDENTIFIER(1), "class")
                     ? ast::CommentTarget::kOperatorClass
                     : ast::CommentTarget::kOperatorFamily;
    out.name = BuildQualifiedName(comment_on_class->qualifiedName());
    out.method = BuildIdentifier(comment_on_class->identifier());
  } else if (auto* comment_on_cast = dynamic_cast<P::CommentOnCastContext*>(target);
             comment_on_cast != nullptr &&
             FoldIdentifier(comment_on_cast->IDENTIFIER()->getSymbol()) == "cast") {
    out.target = ast::CommentTarget::kCast;
    out.parameters = BuildCastTypes(comment_on_cast->castTypes());
    out.name.range = Range(comment_on_cast->castTypes());
  } else if (auto* comment_on_policy = dynamic_cast<P::CommentOnPolicyContext*>(target)) {
    out.target = ast::CommentTarget::kPolicy;
    out.constraint = BuildIdentifier(comment_on_policy->identifier());
    out.name = BuildQualifiedName(comment_on_policy->qualifiedName());
  } else if (auto* comment_on_sequence = dynamic_cast<P::CommentOnSequenceContext*>(target)) {
    out.target = ast::CommentTarget::kSequence;
    out.name = BuildQualifiedName(comment_on_sequence->qualifiedName());
  } else if (auto* comment_on_type = dynamic_cast<P::CommentOnTypeContext*>(target)) {
    out.target = ast::CommentTarget::kType;
    out.name = BuildQualifiedName(comment_on_type->qualifiedName());
  } else if (auto* comment_on_constraint = dynamic_cast<P::CommentOnConstraintContext*>(target)) {
    out.target = ast::CommentTarget::kConstraint;
    out.constraint = BuildIdentifier(comment_on_constraint->identifier());
    out.name = BuildQualifiedName(comment_on_constraint->qualifiedName());
  } else if (auto* comment_on_domain_constraint =
                 dynamic_cast<P::CommentOnDomainConstraintContext*>(target)) {
    out.target = ast::CommentTarget::kDomainConstraint;
    out.constraint = BuildIdentifier(comment_on_domain_constraint->identifier());
    out.name = BuildQualifiedName(comment_on_domain_constraint->qualifiedName());
  } else {
    ReportUnsupported(ctx, "statement");
    return std::nullopt;
  }
  if (ctx->stringLiteral() != nullptr) {
    out.text = Literal(ctx->stringLiteral());
  }
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildSelect(P::SelectStatementContext* ctx) {
  // pg_dump writes "SELECT pg_catalog.set_config('search_path', '', false);".
  std::vector<std::string> words;
  for (size_t i = ctx->getStart()->getTokenIndex();
       i <= ctx->getStop()->getTokenIndex() && words.size() < 5; ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      words.push_back(UpperCase(token->getText()));
    }
  }
  bool qualified = words.size() >= 5 && words[1] == "PG_CATALOG" && words[2] == "." &&
                   words[3] == "SET_CONFIG" && words[4] == "(";
  bool bare = words.size() >= 3 && words[1] == "SET_CONFIG" && words[2] == "(";
  if (qualified || bare) {
    return BuildSetConfig(ctx);
  }
  ReportUnsupported(ctx, "statement");
  return std::nullopt;
}

void AstBuilder::CheckDefaultExpression(P::DefaultExpressionContext* ctx) {
  // PostgreSQL's DEFAULT takes a b_expr: outside parentheses, it ends at a word only an a_expr
  // has (AND, OR, IS NULL, IN, LIKE, BETWEEN, AT TIME ZONE, = ANY (...), ...), and the rest of the
  // clause is a syntax error, where the grammar here would read on.
  static const std::set<std::string> kWords = {
      "and",    "or",      "in",       "like", "ilike", "similar", "between",
      "isnull", "notnull", "overlaps", "any",  "all",   "some"};
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  auto word = [&](size_t i) { return i < tokens.size() ? Word(tokens[i]) : std::string(); };
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t type = tokens[i]->getType();
    if (type == SqlLexer::OPEN_PAREN || type == SqlLexer::OPEN_BRACKET) {
      ++depth;
    } else if (type == SqlLexer::CLOSE_PAREN || type == SqlLexer::CLOSE_BRACKET) {
      --depth;
    }
    if (depth != 0) {
      continue;
    }
    std::string w = word(i);
    // A b_expr has IS [NOT] DISTINCT FROM and IS [NOT] DOCUMENT, but no other IS test.
    bool is_test =
        w == "is" && word(i + 1) != "distinct" && word(i + 1) != "document" &&
        !(word(i + 1) == "not" && (word(i + 2) == "distinct" || word(i + 2) == "document"));
    bool at_time_zone = w == "at" && word(i + 1) == "time" && word(i + 2) == "zone";
    if (kWords.count(w) != 0 || is_test || at_time_zone) {
      sink_.Error("syntax-error", RangeOfToken(file_, tokens[i]),
                  fmt::format("syntax error at \"{}\": PostgreSQL ends a DEFAULT before it; "
                              "put the whole expression in parentheses, DEFAULT (...)",
                              tokens[i]->getText()));
      return;
    }
  }
}

std::vector<antlr4::Token*> AstBuilder::DefaultTokens(antlr4::ParserRuleContext* ctx) const {
  std::vector<antlr4::Token*> out;
  for (size_t i = ctx->getStart()->getTokenIndex(); i <= ctx->getStop()->getTokenIndex(); ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      out.push_back(token);
    }
  }
  return out;
}

ast::Setting AstBuilder::BuildSetting(P::SetStatementContext* ctx) {
  ast::Setting out;
  out.text = BuildExpression(ctx).text;
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  // An unquoted word of the statement in lower case, "" past its end or for other tokens.
  auto word = [&](size_t i) { return i < tokens.size() ? Word(tokens[i]) : std::string(); };
  size_t i = 1;  // after SET
  if (word(i) == "local") {
    out.local = true;
    ++i;
  } else if (word(i) == "session" && word(i + 1) != "authorization") {
    ++i;
  }
  static const std::set<std::string> kSingleWordForms = {"schema", "names", "role", "transaction",
                                                         "constraints"};
  if (word(i) == "time" && word(i + 1) == "zone") {
    out.name = "time zone";
    i += 2;
  } else if (word(i) == "session" && word(i + 1) == "authorization") {
    out.name = "session authorization";
    i += 2;
  } else if (kSingleWordForms.count(word(i)) != 0 && word(i + 1) != "to" &&
             (i + 1 >= tokens.size() || tokens[i + 1]->getType() != SqlLexer::EQUAL)) {
    out.name = word(i);
    ++i;
  } else if (i < tokens.size()) {
    out.name = FoldIdentifier(tokens[i++]);
    while (i + 1 < tokens.size() && tokens[i]->getType() == SqlLexer::DOT) {
      out.name += "." + FoldIdentifier(tokens[i + 1]);
      i += 2;
    }
    if (word(i) == "to" || (i < tokens.size() && tokens[i]->getType() == SqlLexer::EQUAL)) {
      ++i;
    } else {
      out.unreadable = true;
    }
  }
  if (i + 1 == tokens.size() && (word(i) == "default" || word(i) == "local")) {
    out.to_default = true;
    return out;
  }
  std::string sign;
  for (; i < tokens.size(); ++i) {
    antlr4::Token* token = tokens[i];
    size_t type = token->getType();
    if (type == SqlLexer::COMMA) {
      continue;
    }
    if (type == SqlLexer::MINUS || type == SqlLexer::PLUS) {
      sign = token->getText();
      continue;
    }
    if (type == SqlLexer::STRING || type == SqlLexer::ESCAPE_STRING ||
        type == SqlLexer::DOLLAR_STRING) {
      out.values.push_back(StringValue(token).value_or(""));
    } else if (type == SqlLexer::IDENTIFIER || type == SqlLexer::QUOTED_IDENTIFIER ||
               IsKeywordToken(type)) {
      out.values.push_back(FoldIdentifier(token));
    } else {
      out.values.push_back(sign + token->getText());
    }
    sign.clear();
  }
  return out;
}

ast::Setting AstBuilder::BuildSetConfig(P::SelectStatementContext* ctx) {
  // SELECT [pg_catalog.]set_config('name', 'value', is_local): three literal arguments.
  ast::Setting out;
  out.text = BuildExpression(ctx).text;
  out.one_string = true;
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  size_t open = 0;
  while (open < tokens.size() && tokens[open]->getType() != SqlLexer::OPEN_PAREN) {
    ++open;
  }
  std::vector<antlr4::Token*> arguments;
  bool literal_list = true;
  for (size_t i = open + 1; i < tokens.size(); ++i) {
    size_t type = tokens[i]->getType();
    bool last = i + 1 == tokens.size();
    if (type == SqlLexer::CLOSE_PAREN && last) {
      break;
    }
    if (type == SqlLexer::COMMA) {
      continue;
    }
    arguments.push_back(tokens[i]);
    literal_list = literal_list && i + 1 < tokens.size() &&
                   (tokens[i + 1]->getType() == SqlLexer::COMMA ||
                    tokens[i + 1]->getType() == SqlLexer::CLOSE_PAREN);
  }
  auto is_string = [](const antlr4::Token* token) {
    size_t type = token->getType();
    return type == SqlLexer::STRING || type == SqlLexer::ESCAPE_STRING ||
           type == SqlLexer::DOLLAR_STRING;
  };
  std::string local = arguments.size() == 3 ? base::AsciiLower(arguments[2]->getText()) : "";
  if (!literal_list || arguments.size() != 3 || !is_string(arguments[0]) ||
      !is_string(arguments[1]) || (local != "true" && local != "false")) {
    out.name = "set_config";
    out.unreadable = true;
    return out;
  }
  out.name = base::AsciiLower(StringValue(arguments[0]).value_or(""));
  out.values.push_back(StringValue(arguments[1]).value_or(""));
  out.local = local == "true";
  return out;
}

ast::TypeName AstBuilder::BuildTypeName(P::TypeNameContext* ctx) {
  ast::TypeName out;
  out.range = Range(ctx);
  auto* simple = ctx->simpleTypeName();
  P::TypeModifiersContext* modifiers = nullptr;
  if (dynamic_cast<P::DoublePrecisionTypeContext*>(simple) != nullptr) {
    out.name = {"double precision"};
    out.sql_standard = true;
  } else if (auto* character_type = dynamic_cast<P::CharacterTypeContext*>(simple)) {
    out.name = {character_type->VARYING() != nullptr ? "character varying" : "character"};
    out.sql_standard = true;
    modifiers = character_type->typeModifiers();
  } else if (auto* bit_type = dynamic_cast<P::BitTypeContext*>(simple)) {
    out.name = {bit_type->VARYING() != nullptr ? "bit varying" : "bit"};
    out.sql_standard = true;
    modifiers = bit_type->typeModifiers();
  } else if (auto* datetime_type = dynamic_cast<P::DatetimeTypeContext*>(simple)) {
    std::string base = datetime_type->TIMESTAMP() != nullptr ? "timestamp" : "time";
    out.name = {base +
                (datetime_type->WITH() != nullptr ? " with time zone" : " without time zone")};
    out.sql_standard = true;
    modifiers = datetime_type->typeModifiers();
  } else if (auto* interval_type = dynamic_cast<P::IntervalTypeContext*>(simple)) {
    out.name = {"interval"};
    out.sql_standard = true;
    if (interval_type->intervalFields() != nullptr) {
      std::string fields;
      for (auto* child : interval_type->intervalFields()->children) {
        std::string word = child->getText();
        std::transform(word.begin(), word.end(), word.begin(),
                       [](char c) { return static_cast<char>(std::tolower(c)); });
        fields += fields.empty() ? word : " " + word;
      }
      out.interval_fields = fields;
    }
    modifiers = interval_type->typeModifiers();
  } else if (auto* named_type = dynamic_cast<P::NamedTypeContext*>(simple)) {
    for (const ast::Identifier& part :
         BuildQualifiedName(named_type->qualifiedName(), NameUse::kType).parts) {
      out.name.push_back(part.name);
    }
    modifiers = named_type->typeModifiers();
  }
  if (modifiers != nullptr) {
    for (auto* modifier : modifiers->typeModifier()) {
      out.modifiers.push_back(modifier->identifier() != nullptr
                                  ? BuildIdentifier(modifier->identifier(), NameUse::kLabel).name
                                  : modifier->getText());
    }
  }
  if (auto* bounds = ctx->arrayBounds()) {
    out.array_dimensions =
        bounds->ARRAY() != nullptr ? 1 : static_cast<int>(bounds->OPEN_BRACKET().size());
  }
  return out;
}

std::vector<ast::StorageOption> AstBuilder::BuildStorageOptions(P::RelOptionsContext* ctx) {
  std::vector<ast::StorageOption> out;
  for (auto* option : ctx->relOption()) {
    ast::StorageOption built;
    built.name = BuildQualifiedName(option->qualifiedName(), NameUse::kLabel).Text();
    built.range = Range(option);
    if (auto* value = option->relOptionValue()) {
      if (value->stringLiteral() != nullptr) {
        built.value = Literal(value->stringLiteral());
      } else if (value->identifier() != nullptr) {
        built.value = BuildIdentifier(value->identifier(), NameUse::kLabel).name;
      } else {
        built.value = value->getText();
        std::transform(built.value.begin(), built.value.end(), built.value.begin(),
                       [](char c) { return static_cast<char>(std::tolower(c)); });
      }
    } else {
      built.value = "true";
    }
    out.push_back(std::move(built));
  }
  return out;
}

ast::Identifier AstBuilder::BuildIdentifier(P::IdentifierContext* ctx, NameUse use) {
  CheckKeyword(ctx->getStart(), use);
  return ast::Identifier{FoldIdentifier(ctx->getStart()), Range(ctx)};
}

ast::Identifier AstBuilder::BuildRoleName(P::RoleNameContext* ctx) {
  if (ctx->identifier() != nullptr) {
    return BuildIdentifier(ctx->identifier(), NameUse::kRole);
  }
  std::string word = ctx->getText();
  std::transform(word.begin(), word.end(), word.begin(),
                 [](char c) { return static_cast<char>(std::tolower(c)); });
  return ast::Identifier{word, Range(ctx)};
}

ast::Identifier AstBuilder::BuildParameterName(P::ParameterNameContext* ctx) {
  CheckKeyword(ctx->getStart(), NameUse::kFunction);
  return ast::Identifier{FoldIdentifier(ctx->getStart()), Range(ctx)};
}

ast::QualifiedName AstBuilder::BuildQualifiedName(P::QualifiedNameContext* ctx, NameUse first) {
  ast::QualifiedName out;
  out.range = Range(ctx);
  antlr4::Token* head = ctx->getStart();
  // A qualified function name's first part is a schema's: a column identifier.
  CheckKeyword(head, first == NameUse::kFunction && !ctx->colLabel().empty()
                         ? NameUse::kColumnIdentifier
                         : first);
  out.parts.push_back(ast::Identifier{FoldIdentifier(head), RangeOfToken(file_, head)});
  for (auto* part : ctx->colLabel()) {
    out.parts.push_back(ast::Identifier{FoldIdentifier(part->getStart()), Range(part)});
  }
  return out;
}

std::vector<ast::Identifier> AstBuilder::BuildColumnList(P::ColumnListContext* ctx) {
  std::vector<ast::Identifier> out;
  for (auto* part : ctx->identifier()) {
    out.push_back(BuildIdentifier(part));
  }
  return out;
}

ast::Expression AstBuilder::BuildExpression(antlr4::ParserRuleContext* ctx) {
  return BuildExpression(ctx->getStart(), ctx->getStop());
}

ast::Expression AstBuilder::BuildExpression(antlr4::Token* start, antlr4::Token* stop) {
  ast::Expression out;
  out.range = RangeOfSpan(file_, start, stop);
  if (stop == nullptr || stop->getTokenIndex() < start->getTokenIndex()) {
    return out;
  }
  out.text = start->getInputStream()->getText(
      antlr4::misc::Interval(start->getStartIndex(), stop->getStopIndex()));
  const antlr4::Token* previous = nullptr;
  bool gap = false;
  for (size_t i = start->getTokenIndex(); i <= stop->getTokenIndex(); ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
      gap = true;
      continue;
    }
    size_t type = token->getType();
    std::string text = token->getText();
    if (type == SqlLexer::IDENTIFIER || IsKeywordToken(type)) {
      std::transform(text.begin(), text.end(), text.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
    }
    if (previous != nullptr) {
      size_t before = previous->getType();
      bool space = gap;
      if (before == SqlLexer::OPEN_PAREN || before == SqlLexer::OPEN_BRACKET ||
          before == SqlLexer::DOT || before == SqlLexer::TYPECAST) {
        space = false;
      }
      if (type == SqlLexer::CLOSE_PAREN || type == SqlLexer::CLOSE_BRACKET ||
          type == SqlLexer::COMMA || type == SqlLexer::DOT || type == SqlLexer::TYPECAST ||
          type == SqlLexer::OPEN_BRACKET) {
        space = false;
      }
      if (before == SqlLexer::COMMA) {
        space = true;
      }
      if (space) {
        out.normalized += ' ';
      }
    }
    out.normalized += text;
    out.tokens.push_back(ExpressionTokenOf(token));
    previous = token;
    gap = false;
  }
  return out;
}

std::string AstBuilder::Literal(P::StringLiteralContext* ctx) {
  std::optional<std::string> value = StringValue(ctx->getStart());
  if (!value) {
    sink_.Error("invalid-string", Range(ctx),
                "invalid escape in string literal; PostgreSQL accepts only escapes of valid "
                "UTF-8 characters other than NUL");
    return "";
  }
  return *value;
}

int64_t AstBuilder::BuildNumber(P::SignedNumberContext* ctx) {
  std::string text = ctx->getText();
  int64_t value = 0;
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    sink_.Error("invalid-number", Range(ctx),
                fmt::format("{} is not a 64-bit integer; use a whole number between "
                            "-9223372036854775808 and 9223372036854775807",
                            text));
    return 0;
  }
  return value;
}

base::SourceRange AstBuilder::Range(antlr4::ParserRuleContext* ctx) const {
  return RangeOfSpan(file_, ctx->getStart(), ctx->getStop());
}

}  // namespace schemac::parse
