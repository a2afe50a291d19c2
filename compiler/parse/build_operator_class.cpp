// Operator classes and families: CREATE OPERATOR CLASS | FAMILY and ALTER OPERATOR FAMILY ... ADD |
// DROP, whose names, methods and families are parsed and whose statements are kept as written,
// for the server; ALTER OPERATOR CLASS | FAMILY ... OWNER TO; RENAME and SET SCHEMA reported.
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

bool IsWord(antlr4::tree::TerminalNode* node, std::string_view word) {
  return node != nullptr && FoldIdentifier(node->getSymbol()) == word;
}

}  // namespace

std::optional<ast::StatementBody> AstBuilder::BuildCreateOperatorClass(
    P::CreateOperatorClassStatementContext* ctx) {
  if (!IsWord(ctx->IDENTIFIER(2), "for")) {
    ReportSyntaxError(ctx->IDENTIFIER(2)->getSymbol(), "FOR TYPE");
    return std::nullopt;
  }
  ast::OperatorClassStatement out;
  out.kind = ast::OperatorClassKind::kClass;
  out.name = BuildQualifiedName(ctx->qualifiedName(0));
  out.method = BuildIdentifier(ctx->identifier());
  if (ctx->qualifiedName().size() > 1) {
    if (!IsWord(ctx->IDENTIFIER(3), "family")) {
      ReportSyntaxError(ctx->IDENTIFIER(3)->getSymbol(), "FAMILY or AS");
      return std::nullopt;
    }
    out.family = BuildQualifiedName(ctx->qualifiedName(1));
  }
  out.statement = WholeStatement(ctx);
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildOperatorFamily(
    P::OperatorFamilyStatementContext* ctx) {
  bool family = IsWord(ctx->IDENTIFIER(1), "family");
  antlr4::Token* after = TokenAfter(ctx->identifier()->getStop());
  bool at_end =
      after == nullptr || after->getType() == antlr4::Token::EOF || after->getText() == ";";
  if (ctx->CREATE() != nullptr) {
    if (!family) {
      ReportSyntaxError(TokenAfter(ctx->qualifiedName()->getStop()), "FOR TYPE");
      return std::nullopt;
    }
    if (!at_end) {
      ReportSyntaxError(after, "the end of the statement");
      return std::nullopt;
    }
  } else if (ctx->roleName() != nullptr) {
    ast::AlterOwner out;
    out.object_kind = family ? "operator family" : "operator class";
    out.name = BuildQualifiedName(ctx->qualifiedName());
    out.method = BuildIdentifier(ctx->identifier());
    out.owner = BuildRoleName(ctx->roleName());
    return out;
  } else {
    std::string word = at_end ? "" : FoldIdentifier(after);
    std::string what = family ? "OPERATOR FAMILY" : "OPERATOR CLASS";
    if (word == "rename" || word == "set") {
      ReportUnsupportedStatement(
          ctx, "ALTER " + what + (word == "rename" ? " ... RENAME" : " ... SET SCHEMA"));
      return std::nullopt;
    }
    if (!family || (word != "add" && word != "drop")) {
      ReportSyntaxError(after, family ? "ADD, DROP, OWNER TO, RENAME or SET SCHEMA"
                                      : "OWNER TO, RENAME or SET SCHEMA");
      return std::nullopt;
    }
  }
  ast::OperatorClassStatement out;
  out.kind = ast::OperatorClassKind::kFamily;
  out.create = ctx->CREATE() != nullptr;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.method = BuildIdentifier(ctx->identifier());
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
