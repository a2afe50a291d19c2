// Access methods: CREATE ACCESS METHOD, whose name and type are parsed and whose statement is
// kept as written, for the server; USING of a table or a materialized view; COMMENT ON ACCESS
// METHOD.
#include <fmt/format.h>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

std::optional<ast::StatementBody> AstBuilder::BuildCreateAccessMethod(
    P::CreateAccessMethodStatementContext* ctx) {
  antlr4::Token* handler = ctx->IDENTIFIER(2)->getSymbol();
  if (FoldIdentifier(handler) != "handler") {
    ReportSyntaxError(handler, "HANDLER");
    return std::nullopt;
  }
  ast::CreateAccessMethod out;
  out.name = BuildIdentifier(ctx->identifier());
  out.type = ctx->TABLE() != nullptr ? 't' : 'i';
  out.statement = WholeStatement(ctx);
  return out;
}

bool AstBuilder::IsAccessMethod(antlr4::tree::TerminalNode* access,
                                antlr4::tree::TerminalNode* method) {
  return FoldIdentifier(access->getSymbol()) == "access" &&
         FoldIdentifier(method->getSymbol()) == "method";
}

std::optional<ast::Identifier> AstBuilder::BuildAccessMethod(antlr4::tree::TerminalNode* using_word,
                                                             P::IdentifierContext* method,
                                                             bool partitioned) {
  if (partitioned) {
    sink_.Error("unsupported-clause", RangeOfToken(file_, using_word->getSymbol()),
                "a partitioned table has no access method (PostgreSQL 15 refuses USING on one); "
                "remove it");
    return std::nullopt;
  }
  return BuildIdentifier(method);
}

}  // namespace schemac::parse
