// EXCLUDE constraints: the definition is the server's business, kept as written; the elements
// are read only for the columns it uses (the compiler names an unnamed one from its tokens).
#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

using grammar::SqlLexer;

void AstBuilder::BuildExclusion(P::TableExcludeContext* ctx, ast::Constraint& out) {
  out.kind = ast::ConstraintKind::kExclude;
  out.expression = BuildExpression(ctx);
  std::vector<P::ParenthesizedContext*> groups = ctx->parenthesized();
  if (groups.empty()) {
    ReportSyntaxError(ctx->getStop(), "the elements of the constraint in parentheses");
    return;
  }
  // The first group is the elements: split it at its own commas.
  P::ParenthesizedContext* elements = groups.front();
  std::vector<std::vector<antlr4::Token*>> split(1);
  int depth = 0;
  for (size_t i = elements->getStart()->getTokenIndex() + 1;
       i < elements->getStop()->getTokenIndex(); ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
      continue;
    }
    size_t type = token->getType();
    depth += type == SqlLexer::OPEN_PAREN ? 1 : type == SqlLexer::CLOSE_PAREN ? -1 : 0;
    if (depth == 0 && type == SqlLexer::COMMA) {
      split.emplace_back();
    } else {
      split.back().push_back(token);
    }
  }
  for (const std::vector<antlr4::Token*>& element : split) {
    if (element.empty()) {
      continue;
    }
    auto is_word = [](const antlr4::Token* token) {
      return token->getType() == SqlLexer::IDENTIFIER ||
             token->getType() == SqlLexer::QUOTED_IDENTIFIER || IsKeywordToken(token->getType());
    };
    antlr4::Token* first = element.front();
    // A function's name may be qualified: the name is the last part before "(".
    size_t last = 0;
    while (last + 2 < element.size() && element[last + 1]->getType() == SqlLexer::DOT &&
           is_word(element[last + 2])) {
      last += 2;
    }
    bool call = last + 1 < element.size() && element[last + 1]->getType() == SqlLexer::OPEN_PAREN;
    if (is_word(first) && last == 0 && !call) {
      out.columns.push_back({FoldIdentifier(first), RangeOfToken(file_, first)});
    }
  }
  // INCLUDE (columns): the group after INCLUDE, whose columns the index holds too.
  for (size_t g = 1; g < groups.size(); ++g) {
    size_t before = groups[g]->getStart()->getTokenIndex();
    while (before > 0 && tokens_->get(before - 1)->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
      --before;
    }
    if (before == 0 || tokens_->get(before - 1)->getType() != SqlLexer::INCLUDE) {
      continue;
    }
    for (size_t i = groups[g]->getStart()->getTokenIndex() + 1;
         i < groups[g]->getStop()->getTokenIndex(); ++i) {
      antlr4::Token* token = tokens_->get(i);
      if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL &&
          token->getType() != SqlLexer::COMMA) {
        out.include.push_back({FoldIdentifier(token), RangeOfToken(file_, token)});
      }
    }
  }
}

}  // namespace schemac::parse
