// CREATE FUNCTION, CREATE PROCEDURE and CREATE TRIGGER: the name and parameters (a trigger's
// table) become the AST, the statement stays the token span it was written as; and the
// signatures that name a function elsewhere (COMMENT ON FUNCTION, ALTER FUNCTION ... OWNER TO).
#include <fmt/format.h>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {

namespace {

// OfAggregate says whether the parameters are an aggregate's: of CREATE AGGREGATE, ALTER AGGREGATE
// or COMMENT ON AGGREGATE.
bool OfAggregate(grammar::SqlParser::FunctionParametersContext* ctx) {
  auto* statement = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
  if (auto* signature = dynamic_cast<grammar::SqlParser::RoutineSignatureContext*>(statement)) {
    statement = dynamic_cast<antlr4::ParserRuleContext*>(signature->parent);
  }
  for (antlr4::tree::ParseTree* child : statement->children) {
    auto* word = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (word != nullptr && word->getSymbol()->getType() == grammar::SqlParser::AGGREGATE) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ast::FunctionParameter> AstBuilder::BuildFunctionParameters(
    P::FunctionParametersContext* ctx) {
  std::vector<ast::FunctionParameter> out;
  if (antlr4::tree::TerminalNode* star = ctx->OPERATOR()) {
    // (*): an aggregate's that takes no argument, as count(*) is called.
    if (star->getText() != "*" || !OfAggregate(ctx)) {
      ReportSyntaxError(star->getSymbol(), "a parameter or \")\"");
    }
    return out;
  }
  // (direct ORDER BY aggregated): an ordered-set aggregate's. Its arguments are both lists run
  // into one, as PostgreSQL identifies it, but for a VARIADIC one that ends the direct arguments
  // and is the only aggregated one too: a hypothetical-set aggregate's (VARIADIC "any" ORDER BY
  // VARIADIC "any") is one argument.
  size_t direct = ctx->functionParameter().size();
  if (antlr4::tree::TerminalNode* order = ctx->IDENTIFIER()) {
    if (Word(order->getSymbol()) != "order" || !OfAggregate(ctx)) {
      ReportSyntaxError(order->getSymbol(), "\",\" or \")\"");
      return out;
    }
    direct = 0;
    while (direct < ctx->functionParameter().size() &&
           ctx->functionParameter(direct)->getStart()->getTokenIndex() <
               order->getSymbol()->getTokenIndex()) {
      ++direct;
    }
  }
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
    if (parameter->parameterName() != nullptr) {
      built.name = BuildParameterName(parameter->parameterName());
    }
    built.type = BuildTypeName(parameter->typeName());
    if (auto* copied = parameter->copiedType()) {
      antlr4::Token* percent = copied->OPERATOR()->getSymbol();
      if (percent->getText() != "%") {
        ReportSyntaxError(percent, "\",\" or \")\"");
      } else {
        sink_.Error("unsupported-clause", RangeOfToken(file_, percent),
                    "%TYPE in a parameter's type is not supported yet; write the type itself "
                    "(the column's type, as \\d shows it)");
      }
    }
    built.has_default = parameter->parameterDefault() != nullptr;
    out.push_back(std::move(built));
  }
  if (direct > 0 && out.size() == direct + 1 && out[direct - 1].mode == "variadic" &&
      out[direct].mode == "variadic" && out[direct - 1].type.name == out[direct].type.name &&
      out[direct - 1].type.array_dimensions == out[direct].type.array_dimensions) {
    out.pop_back();
  }
  return out;
}

ast::RoutineSignature AstBuilder::BuildRoutineSignature(P::RoutineSignatureContext* ctx) {
  ast::RoutineSignature out;
  out.name = BuildQualifiedName(ctx->qualifiedName(), NameUse::kFunction);
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
  out.name = BuildQualifiedName(ctx->qualifiedName(), NameUse::kFunction);
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

ast::CreatePolicy AstBuilder::BuildCreatePolicy(P::CreatePolicyStatementContext* ctx) {
  ast::CreatePolicy out;
  out.name = BuildIdentifier(ctx->identifier());
  out.table = BuildQualifiedName(ctx->qualifiedName());
  for (auto* clause : ctx->policyClause()) {
    if (auto* command = dynamic_cast<P::PolicyCommandContext*>(clause)) {
      antlr4::Token* word = command->IDENTIFIER()->getSymbol();
      if (FoldIdentifier(word) != "for") {
        sink_.Error("syntax-error", RangeOfToken(file_, word),
                    fmt::format("CREATE POLICY takes AS, FOR, TO, USING and WITH CHECK here, not "
                                "\"{}\"",
                                word->getText()));
      }
    }
    if (auto* roles = dynamic_cast<P::PolicyRolesContext*>(clause)) {
      for (auto* role : roles->roleName()) {
        out.roles.push_back(BuildRoleName(role));
      }
    }
  }
  out.statement = WholeStatement(ctx);
  return out;
}

bool AstBuilder::BuildRowSecurity(P::RowSecurityActionContext* ctx, ast::AlterTableAction& out) {
  std::vector<antlr4::tree::TerminalNode*> words = ctx->IDENTIFIER();
  // ENABLE and DISABLE are tokens of their own; FORCE is the first IDENTIFIER when they are not.
  size_t first = ctx->ENABLE() != nullptr || ctx->DISABLE() != nullptr ? 0 : 1;
  if (words.size() != first + 3 || FoldIdentifier(words[first]->getSymbol()) != "row" ||
      FoldIdentifier(words[first + 1]->getSymbol()) != "level" ||
      FoldIdentifier(words[first + 2]->getSymbol()) != "security") {
    return false;
  }
  if (first == 1) {
    if (FoldIdentifier(words[0]->getSymbol()) != "force") {
      return false;
    }
    out.kind = ast::AlterTableActionKind::kForceRowSecurity;
    out.on = ctx->NO() == nullptr;
  } else {
    if (ctx->NO() != nullptr) {
      return false;
    }
    out.kind = ast::AlterTableActionKind::kRowSecurity;
    out.on = ctx->ENABLE() != nullptr;
  }
  return true;
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
