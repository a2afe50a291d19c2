// ALTER TABLE ... ALTER COLUMN ... SET STORAGE | COMPRESSION | STATISTICS: how a column's values
// are stored and how closely ANALYZE samples them; ALTER STATISTICS ... SET STATISTICS, how
// closely it samples for a statistics object.
#include <set>
#include <string>

#include <fmt/format.h>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

bool AstBuilder::BuildColumnOption(P::SetColumnOptionActionContext* ctx,
                                   ast::AlterTableAction& out) {
  std::string word = FoldIdentifier(ctx->IDENTIFIER()->getSymbol());
  antlr4::Token* value = ctx->getStop();
  out.column_name = BuildIdentifier(ctx->identifier(0));
  if (word == "storage" && ctx->identifier().size() == 2) {
    static const std::set<std::string> kStorages = {"plain", "external", "extended", "main"};
    out.kind = ast::AlterTableActionKind::kSetStorage;
    out.value = FoldIdentifier(value);
    if (kStorages.count(out.value) == 0 || value->getType() == P::QUOTED_IDENTIFIER) {
      ReportSyntaxError(value, "PLAIN, EXTERNAL, EXTENDED or MAIN");
      return false;
    }
    return true;
  }
  if (word == "compression" && ctx->signedNumber() == nullptr) {
    out.kind = ast::AlterTableActionKind::kSetCompression;
    out.value = ctx->DEFAULT() != nullptr ? "default" : FoldIdentifier(value);
    if (out.value != "pglz" && out.value != "lz4" && out.value != "default") {
      ReportSyntaxError(value, "pglz, lz4 or DEFAULT");
      return false;
    }
    return true;
  }
  if (word == "statistics" && ctx->signedNumber() != nullptr) {
    out.kind = ast::AlterTableActionKind::kSetStatistics;
    std::optional<int> target = StatisticsTarget(ctx->signedNumber());
    if (!target) {
      return false;
    }
    out.value = std::to_string(*target);
    return true;
  }
  ReportUnsupported(ctx, "ALTER TABLE action");
  return false;
}

std::optional<int> AstBuilder::StatisticsTarget(P::SignedNumberContext* ctx) {
  std::string text = ctx->getText();
  bool integer = ctx->INTEGER() != nullptr && text.size() <= 6;
  long long target = integer ? std::stoll(text) : 0;
  if (!integer || target < -1 || target > 10000) {
    ReportSyntaxError(ctx->getStart(), "a statistics target from -1 to 10000");
    return std::nullopt;
  }
  return static_cast<int>(target);
}

// ALTER STATISTICS name SET STATISTICS target.
std::optional<ast::StatementBody> AstBuilder::BuildAlterStatistics(
    P::AlterStatisticsStatementContext* ctx) {
  if (FoldIdentifier(ctx->IDENTIFIER(1)->getSymbol()) != "statistics") {
    ReportUnsupportedStatement(
        ctx, fmt::format("ALTER STATISTICS ... SET {}", UpperCase(ctx->IDENTIFIER(1)->getText())));
    return std::nullopt;
  }
  ast::AlterStatistics out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  std::optional<int> target = StatisticsTarget(ctx->signedNumber());
  if (!target) {
    return std::nullopt;
  }
  out.target = *target;
  out.target_range = Range(ctx->signedNumber());
  return out;
}

}  // namespace schemac::parse
