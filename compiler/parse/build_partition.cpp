// Partitioning: PARTITION BY, CREATE TABLE ... PARTITION OF, ALTER TABLE ... ATTACH PARTITION and
// ALTER INDEX ... ATTACH PARTITION. The key and the bound are kept as written, for the server.
#include <fmt/format.h>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

void AstBuilder::BuildPartitionBy(P::TablePartitionByContext* ctx, ast::CreateTable& out) {
  antlr4::Token* strategy = ctx->IDENTIFIER()->getSymbol();
  std::string word = FoldIdentifier(strategy);
  if (word != "range" && word != "list" && word != "hash") {
    ReportSyntaxError(strategy, "RANGE, LIST or HASH");
    return;
  }
  if (out.partition_by) {
    sink_.Error("duplicate-clause", Range(ctx),
                "PARTITION BY is given twice; keep one partition key");
    return;
  }
  out.partition_by = BuildExpression(strategy, ctx->getStop());
}

std::optional<ast::Expression> AstBuilder::BuildPartitionBound(P::PartitionBoundContext* ctx) {
  if (ctx->DEFAULT() != nullptr) {
    return BuildExpression(ctx);
  }
  std::vector<antlr4::tree::TerminalNode*> words = ctx->IDENTIFIER();
  if (FoldIdentifier(words[0]->getSymbol()) != "for") {
    ReportSyntaxError(words[0]->getSymbol(), "FOR VALUES or DEFAULT");
    return std::nullopt;
  }
  if (FoldIdentifier(words[1]->getSymbol()) != "values") {
    ReportSyntaxError(words[1]->getSymbol(), "VALUES");
    return std::nullopt;
  }
  if (words.size() > 2 && FoldIdentifier(words[2]->getSymbol()) != "from") {
    ReportSyntaxError(words[2]->getSymbol(), "IN, FROM or WITH");
    return std::nullopt;
  }
  return BuildExpression(ctx);
}

ast::CreateTable AstBuilder::BuildCreatePartition(P::CreatePartitionStatementContext* ctx) {
  ast::CreateTable out;
  std::vector<P::QualifiedNameContext*> names = ctx->qualifiedName();
  out.name = BuildQualifiedName(names[0]);
  out.if_not_exists = ctx->EXISTS() != nullptr;
  bool partition = ctx->PARTITION() != nullptr;
  if (FoldIdentifier(ctx->IDENTIFIER()->getSymbol()) != "of") {
    ReportSyntaxError(ctx->IDENTIFIER()->getSymbol(),
                      partition ? "OF" : "\"(\", OF or PARTITION OF");
    return out;
  }
  BuildPersistence(ctx->tablePersistence(), out);
  if (partition) {
    if (ctx->partitionBound() == nullptr) {
      size_t next = ctx->tableOption().empty() ? ctx->getStop()->getTokenIndex() + 1
                                               : ctx->tableOption(0)->getStart()->getTokenIndex();
      while (tokens_->get(next)->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
        ++next;
      }
      ReportSyntaxError(tokens_->get(next), "FOR VALUES or DEFAULT");
      return out;
    }
    out.partition_of = BuildQualifiedName(names[1]);
    out.partition_bound = BuildPartitionBound(ctx->partitionBound());
  } else {
    if (ctx->partitionBound() != nullptr) {
      ReportSyntaxError(ctx->partitionBound()->getStart(), "PARTITION BY, WITH or \";\"");
      return out;
    }
    if (ctx->FOREIGN() != nullptr) {
      ReportSyntaxError(ctx->IDENTIFIER()->getSymbol(), "\"(\" or PARTITION OF");
      return out;
    }
    out.of_type = BuildQualifiedName(names[1]);
  }
  for (auto* element : ctx->partitionElement()) {
    if (auto* constraint = element->tableConstraint()) {
      ast::Constraint built = BuildTableConstraint(constraint);
      if (built.using_index) {
        sink_.Error("invalid-constraint", Range(constraint),
                    "cannot use an existing index in CREATE TABLE; list the key's columns");
        continue;
      }
      out.constraints.push_back(std::move(built));
      continue;
    }
    if (element->WITH() != nullptr &&
        FoldIdentifier(element->IDENTIFIER()->getSymbol()) != "options") {
      ReportSyntaxError(element->IDENTIFIER()->getSymbol(), "OPTIONS");
      continue;
    }
    ast::ColumnDefinition column;
    column.name = BuildIdentifier(element->identifier());
    column.range = Range(element);
    BuildColumnConstraints(element->columnConstraint(), column);
    if (column.collation) {
      sink_.Error("unsupported-clause", column.range,
                  partition ? fmt::format("a partition takes the collation of its parent's column "
                                          "\"{}\"; remove COLLATE",
                                          column.name.name)
                            : fmt::format("a typed table takes the collation of its type's "
                                          "attribute \"{}\"; remove COLLATE",
                                          column.name.name));
    }
    out.columns.push_back(std::move(column));
  }
  BuildTableOptions(ctx->tableOption(), out);
  CheckForeignTable(ctx->FOREIGN(), ctx->tableOption(),
                    partition ? ctx->partitionBound()->getStop() : names[1]->getStop(), out);
  return out;
}

bool AstBuilder::BuildAttachPartition(P::AttachPartitionActionContext* ctx,
                                      ast::AlterTableAction& out) {
  if (FoldIdentifier(ctx->IDENTIFIER()->getSymbol()) != "attach") {
    ReportUnsupported(ctx, "ALTER TABLE action");
    return false;
  }
  std::optional<ast::Expression> bound = BuildPartitionBound(ctx->partitionBound());
  if (!bound) {
    return false;
  }
  out.kind = ast::AlterTableActionKind::kAttachPartition;
  out.partition = BuildQualifiedName(ctx->qualifiedName());
  out.bound = std::move(*bound);
  return true;
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterIndex(P::AlterIndexStatementContext* ctx) {
  std::vector<P::QualifiedNameContext*> names = ctx->qualifiedName();
  ast::AlterIndex out;
  if (ctx->relOptions() != nullptr) {
    if (ctx->IDENTIFIER() != nullptr && FoldIdentifier(ctx->IDENTIFIER()->getSymbol()) != "reset") {
      ReportUnsupported(ctx, "statement");
      return std::nullopt;
    }
    out.kind = ast::AlterIndexKind::kSetOptions;
    out.index = BuildQualifiedName(names[0]);
    out.reset = ctx->IDENTIFIER() != nullptr;
    out.options = BuildStorageOptions(ctx->relOptions());
    out.range = Range(ctx);
    return out;
  }
  if (ctx->SET() != nullptr) {
    std::vector<P::SignedNumberContext*> numbers = ctx->signedNumber();
    std::optional<int> target = StatisticsTarget(numbers[1]);
    antlr4::Token* column = numbers[0]->getStart();
    std::string text = numbers[0]->getText();
    if (FoldIdentifier(ctx->IDENTIFIER()->getSymbol()) != "statistics") {
      ReportUnsupported(ctx, "statement");
      return std::nullopt;
    }
    if (numbers[0]->INTEGER() == nullptr || text.size() > 4 || text[0] == '-' ||
        std::stoi(text) < 1) {
      sink_.Error("syntax-error", Range(numbers[0]),
                  "an index column is its number, from 1: ALTER INDEX name ALTER COLUMN 1 SET "
                  "STATISTICS n");
      return std::nullopt;
    }
    if (!target) {
      return std::nullopt;
    }
    out.kind = ast::AlterIndexKind::kSetStatistics;
    out.index = BuildQualifiedName(names[0]);
    out.column = std::stoi(text);
    out.column_range = RangeOfToken(file_, column);
    out.statistics = *target;
    return out;
  }
  if (FoldIdentifier(ctx->IDENTIFIER()->getSymbol()) != "attach") {
    ReportUnsupported(ctx, "statement");
    return std::nullopt;
  }
  out.index = BuildQualifiedName(names[0]);
  out.partition = BuildQualifiedName(names[1]);
  return out;
}

}  // namespace schemac::parse
