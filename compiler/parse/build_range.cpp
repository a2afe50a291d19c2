// CREATE TYPE ... AS RANGE (...): the name becomes the AST, and the multirange type's name when
// an option gives it; the statement stays as written.
#include <fmt/format.h>

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

using grammar::SqlLexer;

std::optional<ast::StatementBody> AstBuilder::BuildCreateRange(
    P::CreateRangeStatementContext* ctx) {
  antlr4::Token* word = ctx->IDENTIFIER()->getSymbol();
  if (UpperCase(word->getText()) != "RANGE") {
    sink_.Error("unsupported-statement", RangeOfToken(file_, word),
                fmt::format("CREATE TYPE ... AS {} is not supported; a type is an enum type (AS "
                            "ENUM), a composite type (AS (...)) or a range type (AS RANGE)",
                            word->getText()));
    return std::nullopt;
  }
  ast::CreateRange out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  // multirange_type_name = [schema.]name, among the options at the top level of the parentheses.
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx->parenthesized());
  for (size_t i = 1; i + 2 < tokens.size(); ++i) {
    bool option = tokens[i - 1]->getType() == SqlLexer::OPEN_PAREN ||
                  tokens[i - 1]->getType() == SqlLexer::COMMA;
    if (!option || FoldIdentifier(tokens[i]) != "multirange_type_name" ||
        tokens[i + 1]->getType() != SqlLexer::EQUAL) {
      continue;
    }
    ast::QualifiedName name;
    name.range = RangeOfToken(file_, tokens[i + 2]);
    name.parts.push_back({FoldIdentifier(tokens[i + 2]), name.range});
    if (i + 4 < tokens.size() && tokens[i + 3]->getType() == SqlLexer::DOT) {
      name.parts.push_back({FoldIdentifier(tokens[i + 4]), RangeOfToken(file_, tokens[i + 4])});
    }
    out.multirange = std::move(name);
  }
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
