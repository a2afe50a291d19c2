// CREATE VIEW: the header becomes the AST, the query stays the token span it was written as.
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
  if (word(0, "OPTION") && word(1, "CHECK")) {
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
