// Types: CREATE TYPE ... AS RANGE (...), whose name becomes the AST with the multirange type's
// name when an option gives it, the statement staying as written; ALTER TYPE ... ADD | RENAME
// VALUE on an enum type; ALTER DOMAIN, kept as written.
#include <algorithm>

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

std::optional<ast::StatementBody> AstBuilder::BuildAlterEnum(P::AlterEnumStatementContext* ctx) {
  ast::AlterEnum out;
  // The IDENTIFIERs the rule leaves to be checked: each must be the word expected there.
  auto expect = [&](antlr4::tree::TerminalNode* node,
                    std::initializer_list<std::string_view> words) {
    std::string word = UpperCase(node->getText());
    for (std::string_view expected : words) {
      if (word == expected) {
        return true;
      }
    }
    std::string list;
    for (std::string_view expected : words) {
      list += (list.empty() ? "" : " or ") + std::string(expected);
    }
    ReportSyntaxError(node->getSymbol(), list);
    return false;
  };
  if (auto* add = dynamic_cast<P::AlterEnumAddValueContext*>(ctx)) {
    if (!expect(add->IDENTIFIER(0), {"VALUE"}) ||
        (add->IDENTIFIER(1) != nullptr && !expect(add->IDENTIFIER(1), {"BEFORE", "AFTER"}))) {
      return std::nullopt;
    }
    out.name = BuildQualifiedName(add->qualifiedName());
    out.if_not_exists = add->EXISTS() != nullptr;
    out.value = Literal(add->stringLiteral(0));
    out.value_range = Range(add->stringLiteral(0));
    if (add->IDENTIFIER(1) != nullptr) {
      out.before = UpperCase(add->IDENTIFIER(1)->getText()) == "BEFORE";
      out.neighbor = Literal(add->stringLiteral(1));
      out.neighbor_range = Range(add->stringLiteral(1));
    }
    return out;
  }
  auto* rename = dynamic_cast<P::AlterEnumRenameValueContext*>(ctx);
  if (!expect(rename->IDENTIFIER(0), {"RENAME"}) || !expect(rename->IDENTIFIER(1), {"VALUE"})) {
    return std::nullopt;
  }
  out.rename = true;
  out.name = BuildQualifiedName(rename->qualifiedName());
  out.value = Literal(rename->stringLiteral(0));
  out.value_range = Range(rename->stringLiteral(0));
  out.new_value = Literal(rename->stringLiteral(1));
  out.new_value_range = Range(rename->stringLiteral(1));
  return out;
}

std::optional<ast::StatementBody> AstBuilder::BuildAlterDomain(
    P::AlterDomainStatementContext* ctx) {
  // What follows the name: SET or DROP DEFAULT and NOT NULL, ADD, DROP, VALIDATE and RENAME
  // CONSTRAINT shape the domain; RENAME TO and SET SCHEMA are not declarations.
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  auto word = std::find(tokens.begin(), tokens.end(), ctx->qualifiedName()->getStop()) + 1;
  std::string first = FoldIdentifier(*word);  // the rule makes sure there is one
  std::string second = word + 1 < tokens.end() ? FoldIdentifier(word[1]) : "";
  if (first != "add" && first != "drop" && first != "set" && first != "validate" &&
      first != "rename") {
    ReportSyntaxError(*word, "SET, DROP, ADD, VALIDATE, RENAME or OWNER");
    return std::nullopt;
  }
  if ((first == "set" && second == "schema") || (first == "rename" && second != "constraint")) {
    ReportUnsupportedStatement(
        ctx, "ALTER DOMAIN ... " +
                 DescribeWords((*word)->getTokenIndex(), ctx->getStop()->getTokenIndex(), 2));
    return std::nullopt;
  }
  ast::AlterDomain out;
  out.name = BuildQualifiedName(ctx->qualifiedName());
  out.statement = WholeStatement(ctx);
  return out;
}

}  // namespace schemac::parse
