// GRANT and REVOKE of privileges on objects: the objects they name and the roles become the AST,
// the statement stays the token span it was written as, for the server. The words the grammar
// takes as any IDENTIFIER (GRANT, REVOKE, FROM, ALL ... IN SCHEMA, ROUTINE) are checked here.
#include <fmt/format.h>

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

bool IsOneOf(const std::string& word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

std::optional<ast::StatementBody> AstBuilder::BuildGrant(P::GrantStatementContext* ctx) {
  ast::Grant out;
  std::string verb = FoldIdentifier(ctx->IDENTIFIER(0)->getSymbol());
  if (verb != "grant" && verb != "revoke") {
    ReportUnsupported(ctx, "statement");
    return std::nullopt;
  }
  out.revoke = verb == "revoke";
  // TO for GRANT, FROM for REVOKE: the IDENTIFIER after the target when there is no TO.
  std::string to = ctx->TO() != nullptr ? "to" : FoldIdentifier(ctx->IDENTIFIER(1)->getSymbol());
  if (to != (out.revoke ? "from" : "to")) {
    // REVOKE ... ON LANGUAGE l FROM r reads as well as a table named "language" revoked from l
    // (FROM is a name too): what the language has no privileges of is reported as such.
    auto* relations = dynamic_cast<P::GrantOnRelationsContext*>(ctx->grantTarget());
    if (relations != nullptr && relations->TABLE() == nullptr &&
        relations->qualifiedName().size() == 1 &&
        relations->qualifiedName(0)->getStart() == relations->qualifiedName(0)->getStop() &&
        relations->qualifiedName(0)->getStart()->getType() == P::IDENTIFIER) {
      std::string kind = FoldIdentifier(relations->qualifiedName(0)->getStart());
      if (IsOneOf(kind, {"language", "database", "tablespace", "parameter"})) {
        ReportUnsupportedStatement(ctx, fmt::format("{} ON {}", UpperCase(verb), UpperCase(kind)));
        return std::nullopt;
      }
    }
    antlr4::Token* word =
        ctx->TO() != nullptr ? ctx->TO()->getSymbol() : ctx->IDENTIFIER(1)->getSymbol();
    sink_.Error("syntax-error", RangeOfToken(file_, word),
                fmt::format("{} names its roles after {}, not \"{}\"", UpperCase(verb),
                            out.revoke ? "FROM" : "TO", word->getText()));
    return std::nullopt;
  }
  for (auto* privilege : ctx->grantPrivilege()) {
    if (privilege->columnList() != nullptr) {
      for (ast::Identifier& column : BuildColumnList(privilege->columnList())) {
        out.columns.push_back(std::move(column));
      }
    }
  }
  P::GrantTargetContext* target = ctx->grantTarget();
  if (auto* all = dynamic_cast<P::GrantOnAllInSchemaContext*>(target)) {
    std::string first = FoldIdentifier(all->IDENTIFIER(0)->getSymbol());
    out.all_kind = FoldIdentifier(all->IDENTIFIER(1)->getSymbol());
    if (first != "all" ||
        !IsOneOf(out.all_kind, {"tables", "sequences", "functions", "procedures", "routines"})) {
      sink_.Error("syntax-error", Range(all),
                  "expected ALL TABLES, SEQUENCES, FUNCTIONS, PROCEDURES or ROUTINES IN SCHEMA");
      return std::nullopt;
    }
    out.target = ast::GrantTarget::kAllInSchema;
    for (auto* schema : all->identifier()) {
      ast::Identifier name = BuildIdentifier(schema);
      out.names.push_back({{name}, name.range});
    }
  } else if (auto* relations = dynamic_cast<P::GrantOnRelationsContext*>(target)) {
    out.target = ast::GrantTarget::kRelations;
    for (auto* name : relations->qualifiedName()) {
      out.names.push_back(BuildQualifiedName(name));
    }
  } else if (auto* sequences = dynamic_cast<P::GrantOnSequencesContext*>(target)) {
    out.target = ast::GrantTarget::kSequences;
    for (auto* name : sequences->qualifiedName()) {
      out.names.push_back(BuildQualifiedName(name));
    }
  } else if (auto* schemas = dynamic_cast<P::GrantOnSchemasContext*>(target)) {
    out.target = ast::GrantTarget::kSchemas;
    for (auto* schema : schemas->identifier()) {
      ast::Identifier name = BuildIdentifier(schema);
      out.names.push_back({{name}, name.range});
    }
  } else if (auto* routines = dynamic_cast<P::GrantOnRoutinesContext*>(target)) {
    out.target = ast::GrantTarget::kRoutines;
    out.routine_kind = routines->FUNCTION() != nullptr ? "function"
                       : routines->PROCEDURE() != nullptr
                           ? "procedure"
                           : FoldIdentifier(routines->IDENTIFIER()->getSymbol());
    if (out.routine_kind != "function" && out.routine_kind != "procedure" &&
        out.routine_kind != "routine") {
      ReportUnsupportedStatement(
          ctx, fmt::format("{} ON {}", UpperCase(verb), UpperCase(out.routine_kind)));
      return std::nullopt;
    }
    for (auto* signature : routines->routineSignature()) {
      out.routines.push_back(BuildRoutineSignature(signature));
    }
  } else if (auto* wrappers = dynamic_cast<P::GrantOnForeignDataWrappersContext*>(target)) {
    if (!IsForeignDataWrapper(wrappers->IDENTIFIER(0), wrappers->IDENTIFIER(1))) {
      return std::nullopt;
    }
    out.target = ast::GrantTarget::kForeignDataWrappers;
    for (auto* wrapper : wrappers->identifier()) {
      ast::Identifier name = BuildIdentifier(wrapper);
      out.names.push_back({{name}, name.range});
    }
  } else if (auto* servers = dynamic_cast<P::GrantOnServersContext*>(target)) {
    if (FoldIdentifier(servers->IDENTIFIER()->getSymbol()) != "server") {
      ReportSyntaxError(servers->IDENTIFIER()->getSymbol(), "SERVER or DATA WRAPPER");
      return std::nullopt;
    }
    out.target = ast::GrantTarget::kServers;
    for (auto* server : servers->identifier()) {
      ast::Identifier name = BuildIdentifier(server);
      out.names.push_back({{name}, name.range});
    }
  } else if (auto* types = dynamic_cast<P::GrantOnTypesContext*>(target)) {
    out.target = ast::GrantTarget::kTypes;
    for (auto* name : types->qualifiedName()) {
      out.names.push_back(BuildQualifiedName(name, NameUse::kType));
    }
  } else {
    ReportUnsupportedStatement(ctx,
                               fmt::format("{} ON {}", UpperCase(verb), LeadingWords(target, 3)));
    return std::nullopt;
  }
  for (auto* role : ctx->roleName()) {
    antlr4::Token* first = role->getStart();
    if (first->getType() == SqlLexer::IDENTIFIER && FoldIdentifier(first) == "group") {
      sink_.Error(
          "unsupported-clause", RangeOfToken(file_, first),
          fmt::format("{} ... GROUP role is not supported; name the role alone", UpperCase(verb)));
      return std::nullopt;
    }
    out.roles.push_back(BuildRoleName(role));
  }
  out.statement = WholeStatement(ctx);
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildDefaultPrivileges(
    P::AlterDefaultPrivilegesStatementContext* ctx) {
  ast::Grant out;
  out.target = ast::GrantTarget::kDefaultPrivileges;
  auto expect = [&](antlr4::tree::TerminalNode* node, std::initializer_list<std::string_view> words,
                    std::string_view what) {
    if (IsOneOf(FoldIdentifier(node->getSymbol()), words)) {
      return true;
    }
    sink_.Error("syntax-error", RangeOfToken(file_, node->getSymbol()),
                fmt::format("expected {}, not \"{}\"", what, node->getText()));
    return false;
  };
  if (!expect(ctx->IDENTIFIER(0), {"privileges"}, "ALTER DEFAULT PRIVILEGES") ||
      !expect(ctx->IDENTIFIER(1), {"grant", "revoke"}, "GRANT or REVOKE") ||
      !expect(ctx->IDENTIFIER(2),
              {"tables", "sequences", "functions", "routines", "types", "schemas"},
              "TABLES, SEQUENCES, FUNCTIONS, ROUTINES, TYPES or SCHEMAS")) {
    return std::nullopt;
  }
  out.revoke = FoldIdentifier(ctx->IDENTIFIER(1)->getSymbol()) == "revoke";
  out.all_kind = FoldIdentifier(ctx->IDENTIFIER(2)->getSymbol());
  if (out.all_kind == "routines") {
    out.all_kind = "functions";  // one kind of default privileges for both
  }
  antlr4::Token* to =
      ctx->TO() != nullptr ? ctx->TO()->getSymbol() : ctx->IDENTIFIER(3)->getSymbol();
  if (FoldIdentifier(to) != (out.revoke ? "from" : "to")) {
    sink_.Error(
        "syntax-error", RangeOfToken(file_, to),
        fmt::format("{} names its roles after {}, not \"{}\"", out.revoke ? "REVOKE" : "GRANT",
                    out.revoke ? "FROM" : "TO", to->getText()));
    return std::nullopt;
  }
  for (auto* scope : ctx->defaultPrivilegesScope()) {
    if (auto* for_role = dynamic_cast<P::DefaultPrivilegesForRoleContext*>(scope)) {
      if (!expect(for_role->IDENTIFIER(0), {"for"}, "FOR ROLE or IN SCHEMA") ||
          !expect(for_role->IDENTIFIER(1), {"role", "user"}, "ROLE or USER after FOR")) {
        return std::nullopt;
      }
      for (auto* role : for_role->roleName()) {
        out.for_roles.push_back(BuildRoleName(role));
      }
    } else if (auto* in_schema = dynamic_cast<P::DefaultPrivilegesInSchemaContext*>(scope)) {
      for (auto* schema : in_schema->identifier()) {
        ast::Identifier name = BuildIdentifier(schema);
        out.names.push_back({{name}, name.range});
      }
    }
  }
  for (auto* privilege : ctx->grantPrivilege()) {
    if (privilege->columnList() != nullptr) {
      sink_.Error("syntax-error", Range(privilege->columnList()),
                  "default privileges cannot name columns");
      return std::nullopt;
    }
  }
  for (auto* role : ctx->roleName()) {
    antlr4::Token* first = role->getStart();
    if (first->getType() == SqlLexer::IDENTIFIER && FoldIdentifier(first) == "group") {
      sink_.Error("unsupported-clause", RangeOfToken(file_, first),
                  "ALTER DEFAULT PRIVILEGES ... GROUP role is not supported; name the role alone");
      return std::nullopt;
    }
    out.roles.push_back(BuildRoleName(role));
  }
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
