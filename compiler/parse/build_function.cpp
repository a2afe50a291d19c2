// CREATE FUNCTION, CREATE PROCEDURE and CREATE TRIGGER: the name and parameters (a trigger's
// table) become the AST, the statement stays the token span it was written as; and the
// signatures that name a function elsewhere (COMMENT ON FUNCTION, ALTER FUNCTION ... OWNER TO).
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

std::vector<ast::FunctionParameter> AstBuilder::BuildFunctionParameters(
    P::FunctionParametersContext* ctx) {
  std::vector<ast::FunctionParameter> out;
  for (auto* parameter : ctx->functionParameter()) {
    ast::FunctionParameter built;
    if (auto* mode = parameter->parameterMode()) {
      if (mode->IN() != nullptr) {
        built.mode = mode->OUT() != nullptr ? "inout" : "in";
      } else if (mode->OUT() != nullptr) {
        built.mode = "out";
      } else if (mode->INOUT() != nullptr) {
        built.mode = "inout";
      } else {
        built.mode = "variadic";
      }
    }
    if (parameter->identifier() != nullptr) {
      built.name = BuildIdentifier(parameter->identifier());
    }
    built.type = BuildTypeName(parameter->typeName());
    built.has_default = parameter->parameterDefault() != nullptr;
    out.push_back(std::move(built));
  }
  return out;
}

ast::RoutineSignature AstBuilder::BuildRoutineSignature(P::RoutineSignatureContext* ctx) {
  ast::RoutineSignature out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  if (ctx->functionParameters() != nullptr) {
    out.parameters = BuildFunctionParameters(ctx->functionParameters());
  }
  return out;
}

ast::CreateFunction AstBuilder::BuildCreateFunction(P::CreateFunctionStatementContext* ctx) {
  ast::CreateFunction out;
  out.procedure = ctx->PROCEDURE() != nullptr;
  out.aggregate = ctx->AGGREGATE() != nullptr;
  out.or_replace = ctx->REPLACE() != nullptr;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.parameters = BuildFunctionParameters(ctx->functionParameters());
  out.statement = WholeStatement(ctx);
  return out;
}

ast::CreateTrigger AstBuilder::BuildCreateTrigger(P::CreateTriggerStatementContext* ctx) {
  ast::CreateTrigger out;
  out.name = BuildIdentifier(ctx->identifier());
  out.table = BuildQualifiedName(ctx->qualifiedName());
  out.statement = WholeStatement(ctx);
  return out;
}

ast::Expression AstBuilder::WholeStatement(antlr4::ParserRuleContext* ctx) {
  // The statement runs to its last token but the ";" that ends it (a BEGIN ATOMIC body holds
  // others, and a function's tail takes the last one too).
  antlr4::Token* stop = ctx->getStop();
  for (size_t i = stop->getTokenIndex(); i > ctx->getStart()->getTokenIndex(); --i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL && token->getType() != P::SEMI) {
      stop = token;
      break;
    }
  }
  return BuildExpression(ctx->getStart(), stop);
}

}  // namespace schemac::parse
