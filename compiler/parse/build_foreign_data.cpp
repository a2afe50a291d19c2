// Foreign-data wrappers, servers and user mappings: CREATE and ALTER, whose names are parsed and
// whose statements are kept as written, for the server; ALTER ... OWNER TO; RENAME reported.
#include <fmt/format.h>

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

bool IsWord(antlr4::tree::TerminalNode* node, std::string_view word) {
  return FoldIdentifier(node->getSymbol()) == word;
}

}  // namespace

bool AstBuilder::IsForeignDataWrapper(antlr4::tree::TerminalNode* data,
                                      antlr4::tree::TerminalNode* wrapper) {
  if (!IsWord(data, "data")) {
    ReportSyntaxError(data->getSymbol(), "DATA WRAPPER");
    return false;
  }
  if (!IsWord(wrapper, "wrapper")) {
    ReportSyntaxError(wrapper->getSymbol(), "WRAPPER");
    return false;
  }
  return true;
}

std::optional<ast::StatementBody> AstBuilder::BuildCreateForeignDataWrapper(
    P::CreateForeignDataWrapperStatementContext* ctx) {
  if (!IsForeignDataWrapper(ctx->IDENTIFIER(0), ctx->IDENTIFIER(1))) {
    return std::nullopt;
  }
  ast::ForeignData out;
  out.kind = ast::ForeignDataKind::kWrapper;
  out.name = BuildIdentifier(ctx->identifier());
  out.statement = WholeStatement(ctx);
  return out;
}

// The ALTER of a wrapper or a server named `name` (`what`: "FOREIGN DATA WRAPPER", "SERVER"): OWNER
// TO, one of `words` after the name kept as written, RENAME reported.
std::optional<ast::StatementBody> AstBuilder::BuildAlterForeignData(
    antlr4::ParserRuleContext* ctx, ast::ForeignDataKind kind, P::IdentifierContext* name,
    P::RoleNameContext* owner, std::string_view what, std::initializer_list<std::string_view> words,
    std::string_view expected) {
  if (owner != nullptr) {
    ast::AlterOwner out;
    out.object_kind = kind == ast::ForeignDataKind::kServer ? "server" : "foreign-data wrapper";
    out.name.parts.push_back(BuildIdentifier(name));
    out.name.range = out.name.parts.back().range;
    out.owner = BuildRoleName(owner);
    return out;
  }
  antlr4::Token* after = TokenAfter(name->getStop());
  std::string word = FoldIdentifier(after);
  if (word == "rename") {
    ReportUnsupportedStatement(ctx, fmt::format("ALTER {} ... RENAME", what));
    return std::nullopt;
  }
  if (std::find(words.begin(), words.end(), word) == words.end()) {
    ReportSyntaxError(after, std::string(expected));
    return std::nullopt;
  }
  ast::ForeignData out;
  out.kind = kind;
  out.create = false;
  out.name = BuildIdentifier(name);
  out.statement = WholeStatement(ctx);
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterForeignDataWrapper(
    P::AlterForeignDataWrapperStatementContext* ctx) {
  if (!IsForeignDataWrapper(ctx->IDENTIFIER(0), ctx->IDENTIFIER(1))) {
    return std::nullopt;
  }
  return BuildAlterForeignData(ctx, ast::ForeignDataKind::kWrapper, ctx->identifier(),
                               ctx->roleName(), "FOREIGN DATA WRAPPER",
                               {"handler", "validator", "no", "options"},
                               "HANDLER, VALIDATOR, NO, OPTIONS, OWNER TO or RENAME");
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterServer(
    P::AlterServerStatementContext* ctx) {
  return BuildAlterForeignData(ctx, ast::ForeignDataKind::kServer, ctx->identifier(),
                               ctx->roleName(), "SERVER", {"version", "options"},
                               "VERSION, OPTIONS, OWNER TO or RENAME");
}

std::optional<ast::StatementBody> AstBuilder::BuildUserMapping(
    P::UserMappingStatementContext* ctx) {
  bool create = ctx->CREATE() != nullptr;
  if (ctx->roleName() == nullptr || !IsWord(ctx->IDENTIFIER(2), "for")) {
    antlr4::Token* mapping =
        ctx->EXISTS() != nullptr ? ctx->EXISTS()->getSymbol() : ctx->IDENTIFIER(1)->getSymbol();
    ReportSyntaxError(TokenAfter(mapping), "FOR");
    return std::nullopt;
  }
  if (ctx->identifier() == nullptr || !IsWord(ctx->IDENTIFIER(3), "server")) {
    ReportSyntaxError(TokenAfter(ctx->roleName()->getStop()), "SERVER");
    return std::nullopt;
  }
  if (!create && ctx->IF() != nullptr) {
    ReportSyntaxError(ctx->IF()->getSymbol(), "FOR");
    return std::nullopt;
  }
  antlr4::Token* first = ctx->roleName()->getStart();
  if (first->getType() != SqlLexer::QUOTED_IDENTIFIER &&
      (first->getType() != SqlLexer::IDENTIFIER || FoldIdentifier(first) == "user")) {
    sink_.Error("unsupported-clause", Range(ctx->roleName()),
                fmt::format("a user mapping for {} maps whichever role runs the statement; name "
                            "the role, or PUBLIC",
                            first->getText()));
    return std::nullopt;
  }
  ast::ForeignData out;
  out.kind = ast::ForeignDataKind::kUserMapping;
  out.create = create;
  out.user = BuildRoleName(ctx->roleName());
  out.name = BuildIdentifier(ctx->identifier());
  out.statement = WholeStatement(ctx);
  return out;
}

std::vector<std::pair<std::string, std::string>> AstBuilder::BuildGenericOptions(
    P::GenericOptionsContext* ctx) {
  std::vector<std::pair<std::string, std::string>> out;
  if (ctx == nullptr) {
    return out;
  }
  for (auto* option : ctx->genericOption()) {
    out.emplace_back(FoldIdentifier(option->getStart()), Literal(option->stringLiteral()));
  }
  return out;
}

bool AstBuilder::BuildAlterGenericOptions(P::AlterGenericOptionsContext* ctx,
                                          std::vector<ast::GenericOptionChange>& out) {
  using Kind = ast::GenericOptionChange::Kind;
  for (auto* option : ctx->alterGenericOption()) {
    ast::GenericOptionChange change;
    if (auto* given = option->genericOption()) {
      change.kind = option->SET() != nullptr ? Kind::kSet : Kind::kAdd;
      change.name = ast::Identifier{FoldIdentifier(given->getStart()),
                                    RangeOfToken(file_, given->getStart())};
      change.value = Literal(given->stringLiteral());
    } else {
      if (FoldIdentifier(option->IDENTIFIER()->getSymbol()) != "drop") {
        ReportSyntaxError(option->IDENTIFIER()->getSymbol(), "ADD, SET, DROP or an option's name");
        return false;
      }
      change.kind = Kind::kDrop;
      antlr4::Token* name = option->getStop();
      change.name = ast::Identifier{FoldIdentifier(name), RangeOfToken(file_, name)};
    }
    out.push_back(std::move(change));
  }
  return true;
}

void AstBuilder::CheckForeignTable(antlr4::tree::TerminalNode* foreign,
                                   const std::vector<P::TableOptionContext*>& options,
                                   antlr4::Token* name, ast::CreateTable& out) {
  out.foreign = foreign != nullptr;
  if (!out.foreign) {
    for (auto* option : options) {
      if (auto* server = dynamic_cast<P::TableServerContext*>(option)) {
        sink_.Error("syntax-error", Range(server),
                    "only a foreign table names a server; write CREATE FOREIGN TABLE");
        out.server.reset();
      }
    }
    return;
  }
  if (out.unlogged) {
    sink_.Error("syntax-error", RangeOfToken(file_, foreign->getSymbol()),
                "a foreign table is neither logged nor unlogged; remove UNLOGGED");
  }
  if (!out.server) {
    ReportSyntaxError(TokenAfter(options.empty() ? name : options.back()->getStop()), "SERVER");
  }
}

}  // namespace schemac::parse
