// CREATE [MATERIALIZED] VIEW: the header becomes the AST, the query stays the token span it was
// written as.
#include <fmt/format.h>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

std::optional<ast::StatementBody> AstBuilder::BuildCreateView(P::CreateViewStatementContext* ctx) {
  if (ctx->RECURSIVE() != nullptr) {
    sink_.Error(
        "unsupported-clause", RangeOfToken(file_, ctx->RECURSIVE()->getSymbol()),
        "CREATE RECURSIVE VIEW is not supported yet; write the query as WITH RECURSIVE "
        "name (columns) AS (...) SELECT ... FROM name, which is what PostgreSQL makes of it");
    return std::nullopt;
  }
  ast::CreateView out;
  out.or_replace = ctx->REPLACE() != nullptr;
  out.materialized = ctx->MATERIALIZED() != nullptr;
  auto refuse = [&](antlr4::tree::TerminalNode* node, std::string message) {
    sink_.Error("unsupported-clause", RangeOfToken(file_, node->getSymbol()), std::move(message));
  };
  if (out.materialized && out.or_replace) {
    refuse(ctx->REPLACE(),
           "a materialized view cannot be replaced (PostgreSQL has no CREATE OR REPLACE "
           "MATERIALIZED VIEW); write CREATE MATERIALIZED VIEW, and schemac recreates it when its "
           "query changes");
    return std::nullopt;
  }
  // IF NOT EXISTS of a materialized view means what it does of a table: the view is declared.
  if (ctx->EXISTS() != nullptr && !out.materialized) {
    refuse(ctx->IF(), "CREATE VIEW takes no IF NOT EXISTS; remove it");
    return std::nullopt;
  }
  if (!out.materialized && (ctx->USING() != nullptr || ctx->TABLESPACE() != nullptr)) {
    ReportSyntaxError(
        ctx->USING() != nullptr ? ctx->USING()->getSymbol() : ctx->TABLESPACE()->getSymbol(), "AS");
    return std::nullopt;
  }
  // A materialized view with a clause outside the language is still declared, as a table is, so
  // that its indexes and comments are not reported as naming nothing.
  if (ctx->USING() != nullptr) {
    out.access_method = BuildAccessMethod(ctx->USING(), ctx->identifier(0), false);
  }
  if (ctx->TABLESPACE() != nullptr) {
    RefuseTablespace(ctx->TABLESPACE());
  }
  out.name = BuildQualifiedName(ctx->qualifiedName());
  if (ctx->columnList() != nullptr) {
    out.columns = BuildColumnList(ctx->columnList());
  }
  if (ctx->relOptions() != nullptr) {
    out.options = BuildStorageOptions(ctx->relOptions());
  }
  // A trailing WITH [CASCADED | LOCAL] CHECK OPTION is an option of the view, not of its query.
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx->viewQuery());
  auto word = [&](size_t from_end, std::string_view text) {
    return tokens.size() > from_end &&
           UpperCase(tokens[tokens.size() - 1 - from_end]->getText()) == text;
  };
  size_t end = tokens.size();
  if (out.materialized) {
    // A trailing WITH [NO] DATA says whether the view is filled when created.
    if (word(0, "DATA") && word(1, "WITH") && tokens.size() > 2) {
      end = tokens.size() - 2;
    } else if (word(0, "DATA") && word(1, "NO") && word(2, "WITH") && tokens.size() > 3) {
      out.with_data = false;
      end = tokens.size() - 3;
    }
  } else if (word(0, "OPTION") && word(1, "CHECK")) {
    size_t with = 2;
    std::string level = "cascaded";
    if (word(2, "LOCAL") || word(2, "CASCADED")) {
      level = word(2, "LOCAL") ? "local" : "cascaded";
      with = 3;
    }
    if (word(with, "WITH") && tokens.size() > with + 1) {
      out.check_option = level;
      end = tokens.size() - 1 - with;
    }
  }
  if (end == 0) {
    ReportSyntaxError(ctx->viewQuery()->getStart(), "a query");
    return std::nullopt;
  }
  out.query = BuildExpression(tokens.front(), tokens[end - 1]);
  return out;
}

}  // namespace schemac::parse
