// Text search configurations, dictionaries, parsers and templates: CREATE TEXT SEARCH
// CONFIGURATION | DICTIONARY | PARSER | TEMPLATE and ALTER TEXT SEARCH ... (mappings, options).
// The kind and the name are parsed; the statements are kept as written, for the server.
#include <algorithm>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

std::optional<ast::TextSearchKind> AstBuilder::TextSearchKindOf(
    const std::vector<antlr4::tree::TerminalNode*>& words) {
  if (!IsTextSearch(words)) {
    return std::nullopt;
  }
  std::string kind = FoldIdentifier(words[2]->getSymbol());
  if (kind == "configuration") {
    return ast::TextSearchKind::kConfiguration;
  }
  if (kind == "dictionary") {
    return ast::TextSearchKind::kDictionary;
  }
  if (kind == "parser") {
    return ast::TextSearchKind::kParser;
  }
  if (kind == "template") {
    return ast::TextSearchKind::kTemplate;
  }
  return std::nullopt;
}

bool AstBuilder::IsTextSearch(const std::vector<antlr4::tree::TerminalNode*>& words) {
  return words.size() >= 3 && FoldIdentifier(words[0]->getSymbol()) == "text" &&
         FoldIdentifier(words[1]->getSymbol()) == "search";
}

std::optional<ast::StatementBody> AstBuilder::BuildCreateTextSearch(
    P::CreateTextSearchStatementContext* ctx) {
  std::optional<ast::TextSearchKind> kind = TextSearchKindOf(ctx->IDENTIFIER());
  if (!kind) {
    ReportUnsupported(ctx, "statement");
    return std::nullopt;
  }
  ast::CreateTextSearch out;
  out.kind = *kind;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.statement = WholeStatement(ctx);
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterTextSearch(
    P::AlterTextSearchStatementContext* ctx) {
  std::optional<ast::TextSearchKind> kind = TextSearchKindOf(ctx->IDENTIFIER());
  // A configuration's mappings change with ADD, ALTER or DROP MAPPING; a dictionary's options
  // with a parenthesised list. RENAME, SET SCHEMA and the like are not declarations.
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  auto after_name = std::find(tokens.begin(), tokens.end(), ctx->qualifiedName()->getStop());
  bool supported = false;
  if (after_name != tokens.end() && after_name + 1 != tokens.end()) {
    std::string word = FoldIdentifier(after_name[1]);
    if (kind == ast::TextSearchKind::kConfiguration) {
      supported = word == "add" || word == "alter" || word == "drop";
    } else if (kind == ast::TextSearchKind::kDictionary) {
      supported =
          ctx->parenthesized() != nullptr && ctx->parenthesized()->getStop() == ctx->getStop();
    }
  }
  if (!supported) {
    ReportUnsupported(ctx, "statement");
    return std::nullopt;
  }
  ast::AlterTextSearch out;
  out.kind = *kind;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
