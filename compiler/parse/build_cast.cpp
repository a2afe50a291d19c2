// Casts and publications: CREATE CAST, whose source and target types are parsed and whose
// statement is kept as written, for the server, and the types COMMENT ON CAST gives; ALTER
// PUBLICATION.
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

std::vector<ast::FunctionParameter> AstBuilder::BuildCastTypes(P::CastTypesContext* ctx) {
  std::vector<ast::FunctionParameter> out;
  for (P::TypeNameContext* type : ctx->typeName()) {
    ast::FunctionParameter parameter;
    parameter.type = BuildTypeName(type);
    out.push_back(std::move(parameter));
  }
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildCreateCast(P::CreateCastStatementContext* ctx) {
  if (ctx->AS() != nullptr) {
    antlr4::Token* context = ctx->IDENTIFIER().back()->getSymbol();
    std::string word = FoldIdentifier(context);
    if (word != "assignment" && word != "implicit") {
      ReportSyntaxError(context, "ASSIGNMENT or IMPLICIT");
      return std::nullopt;
    }
  }
  ast::CreateCast out;
  std::vector<ast::FunctionParameter> types = BuildCastTypes(ctx->castTypes());
  out.source = std::move(types[0].type);
  out.target = std::move(types[1].type);
  out.range = Range(ctx->castTypes());
  out.statement = WholeStatement(ctx);
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterPublication(
    P::AlterPublicationStatementContext* ctx) {
  if (ctx->OWNER() != nullptr) {
    ast::AlterOwner out;
    out.object_kind = "publication";
    out.name.parts.push_back(BuildIdentifier(ctx->identifier()));
    out.name.range = out.name.parts.back().range;
    out.owner = BuildRoleName(ctx->roleName());
    return out;
  }
  antlr4::Token* after = TokenAfter(ctx->identifier()->getStop());
  std::string word = FoldIdentifier(after);
  if (word == "rename") {
    ReportUnsupportedStatement(ctx, "ALTER PUBLICATION ... RENAME");
    return std::nullopt;
  }
  if (word != "add" && word != "set" && word != "drop") {
    ReportSyntaxError(after, "ADD, SET, DROP, OWNER TO or RENAME");
    return std::nullopt;
  }
  ast::AlterPublication out;
  out.name = BuildIdentifier(ctx->identifier());
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
