// Operators: CREATE OPERATOR, whose name and argument types are parsed and whose statement is kept
// as written, for the server; and the name and argument types ALTER OPERATOR ... OWNER TO and
// COMMENT ON OPERATOR give.
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

ast::QualifiedName AstBuilder::BuildOperatorName(P::OperatorNameContext* ctx) {
  ast::QualifiedName out;
  if (ctx->identifier() != nullptr) {
    out.parts.push_back(BuildIdentifier(ctx->identifier()));
  }
  antlr4::Token* symbol = ctx->getStop();
  // An operator's symbol is never folded nor quoted.
  out.parts.push_back(ast::Identifier{symbol->getText(), RangeOfToken(file_, symbol)});
  out.range = Range(ctx);
  return out;
}

std::vector<ast::FunctionParameter> AstBuilder::BuildOperatorArguments(
    P::OperatorArgumentsContext* ctx) {
  std::vector<ast::FunctionParameter> out;
  for (P::TypeNameContext* type : ctx->typeName()) {
    ast::FunctionParameter parameter;
    parameter.type = BuildTypeName(type);
    out.push_back(std::move(parameter));
  }
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildCreateOperator(
    P::CreateOperatorStatementContext* ctx) {
  ast::CreateOperator out;
  out.name = BuildOperatorName(ctx->operatorName());
  bool has_right = false;
  for (P::OperatorOptionContext* option : ctx->operatorOption()) {
    std::string name = FoldIdentifier(option->identifier()->getStart());
    if (name != "leftarg" && name != "rightarg") {
      continue;  // the function, commutator, ...: the server's
    }
    if (option->typeName() == nullptr) {
      antlr4::Token* value =
          option->EQUAL() != nullptr ? TokenAfter(option->EQUAL()->getSymbol()) : nullptr;
      if (value != nullptr && Word(value) == "setof") {
        // PostgreSQL's grammar takes it, and CREATE OPERATOR refuses it.
        sink_.Error("invalid-operator", RangeOfToken(file_, value),
                    "an operator's argument cannot be a set (SETOF); name the type alone");
      } else {
        ReportSyntaxError(option->getStop(), "a type name");
      }
      return std::nullopt;
    }
    ast::TypeName type = BuildTypeName(option->typeName());
    if (name == "leftarg") {
      out.left = std::move(type);
    } else {
      out.right = std::move(type);
      has_right = true;
    }
  }
  if (!has_right) {
    // PostgreSQL 15 has no postfix operators: every operator takes a right argument.
    sink_.Error("invalid-operator", Range(ctx->operatorName()),
                "CREATE OPERATOR needs RIGHTARG = type; PostgreSQL 15 has no postfix operators");
    return std::nullopt;
  }
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
