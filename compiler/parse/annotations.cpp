// The `-- schemac:` annotations: comments on the lines before a declaration that say how to
// migrate it (`schemac:using`, `schemac:down-using` before a column) or what it was called until
// now (`schemac:renamed-from` before a column, a table constraint or a statement).
#include <fmt/format.h>

#include "schemac/base/text.h"

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;
using P = grammar::SqlParser;

// Why `text` is not one expression schemac can write into a statement as it is, or nothing when
// it is: it must lex, hold no ";" and no comment, and balance its parentheses and brackets.
std::optional<std::string> AnnotationExpressionProblem(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  int depth = 0;
  bool empty = true;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF;
       token = lexer.nextToken()) {
    switch (token->getType()) {
      case SqlLexer::WHITESPACE:
        continue;
      case SqlLexer::SEMI:
        return "it holds a \";\"";
      case SqlLexer::LINE_COMMENT:
      case SqlLexer::BLOCK_COMMENT:
      case SqlLexer::UNTERMINATED_COMMENT:
        return "it holds a comment";
      case SqlLexer::OPEN_PAREN:
      case SqlLexer::OPEN_BRACKET:
        ++depth;
        break;
      case SqlLexer::CLOSE_PAREN:
      case SqlLexer::CLOSE_BRACKET:
        if (--depth < 0) {
          return "its parentheses do not balance";
        }
        break;
      case SqlLexer::UNTERMINATED_STRING:
      case SqlLexer::UNTERMINATED_ESCAPE_STRING:
      case SqlLexer::UNTERMINATED_QUOTED_IDENTIFIER:
      case SqlLexer::UNTERMINATED_DOLLAR_STRING:
        return "a literal or quoted name in it is not closed";
      case SqlLexer::ERROR_CHAR:
      case SqlLexer::META_COMMAND:
        return fmt::format("it holds the unexpected character {}", token->getText());
      default:
        break;
    }
    empty = false;
  }
  if (empty) {
    return "it is empty";
  }
  if (depth != 0) {
    return "its parentheses do not balance";
  }
  return std::nullopt;
}

// The name an annotation's argument writes, as PostgreSQL reads an identifier (folded to lower
// case unless quoted), or nothing when it is not one identifier.
std::optional<std::string> OneIdentifier(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  std::optional<std::string> name;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF;
       token = lexer.nextToken()) {
    if (token->getType() == SqlLexer::WHITESPACE) {
      continue;
    }
    if (name) {
      return std::nullopt;
    }
    std::string word = token->getText();
    if (token->getType() == SqlLexer::QUOTED_IDENTIFIER) {
      name = FoldIdentifier(token.get());
      if (name->empty()) {
        return std::nullopt;
      }
    } else if (!word.empty() &&
               (std::isalpha(static_cast<unsigned char>(word[0])) != 0 || word[0] == '_' ||
                static_cast<unsigned char>(word[0]) >= 0x80) &&
               word.find_first_of(" .,;()'\"") == std::string::npos) {
      name = base::AsciiLower(word);
    } else {
      return std::nullopt;
    }
  }
  return name;
}

// The value of an annotation's argument when it is one string literal ('...', quotes doubled).
std::optional<std::string> OneString(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  std::optional<std::string> value;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF;
       token = lexer.nextToken()) {
    if (token->getType() == SqlLexer::WHITESPACE) {
      continue;
    }
    std::string word = token->getText();
    if (value || word.size() < 2 || word.front() != '\'' || word.back() != '\'') {
      return std::nullopt;
    }
    std::string decoded;
    for (size_t i = 1; i + 1 < word.size(); ++i) {
      decoded += word[i];
      if (word[i] == '\'') {
        ++i;
      }
    }
    value = std::move(decoded);
  }
  return value;
}

}  // namespace

void AstBuilder::ReadLabelAnnotations(antlr4::ParserRuleContext* ctx, ast::CreateEnum& out) {
  const std::string& label = out.labels.back().first;
  for (const Annotation& annotation : ReadAnnotations(ctx)) {
    if (annotation.name != "renamed-from") {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("unknown annotation schemac:{}; an enum label takes "
                              "schemac:renamed-from",
                              annotation.name));
      continue;
    }
    std::optional<std::string> old_label = OneString(annotation.argument);
    if (!old_label || old_label->empty()) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("schemac:renamed-from before enum label '{}' takes the label it had "
                              "before, as one string literal (-- schemac:renamed-from 'old')",
                              label));
      continue;
    }
    if (!out.renamed_labels.emplace(label, ast::RenamedFrom{*old_label, annotation.range}).second) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("enum label '{}' has a second schemac:renamed-from annotation; keep "
                              "one",
                              label));
    }
  }
}

std::vector<AstBuilder::Annotation> AstBuilder::ReadAnnotations(antlr4::ParserRuleContext* ctx) {
  std::vector<Annotation> out;
  size_t start = ctx->getStart()->getTokenIndex();
  std::vector<antlr4::Token*> hidden = tokens_->getHiddenTokensToLeft(start);
  if (hidden.empty()) {
    return out;
  }
  // The token before the comments: an annotation on its line is a comment about something else.
  size_t leftmost = hidden.front()->getTokenIndex();
  const antlr4::Token* before = leftmost > 0 ? tokens_->get(leftmost - 1) : nullptr;
  for (const antlr4::Token* token : hidden) {
    std::string text = token->getText();
    size_t at = text.find_first_not_of(" \t", 2);
    if (token->getType() != SqlLexer::LINE_COMMENT || at == std::string::npos ||
        text.compare(at, 8, "schemac:") != 0) {
      continue;
    }
    Annotation annotation;
    annotation.range = RangeOfToken(file_, token);
    size_t name_end = text.find_first_of(" \t", at);
    annotation.name =
        text.substr(at + 8, name_end == std::string::npos ? std::string::npos : name_end - at - 8);
    if (name_end != std::string::npos) {
      size_t first = text.find_first_not_of(" \t", name_end);
      size_t last = text.find_last_not_of(" \t");
      if (first != std::string::npos) {
        annotation.argument = text.substr(first, last - first + 1);
      }
    }
    if (before != nullptr && before->getLine() == token->getLine()) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("annotation schemac:{} shares its line with what comes before it; "
                              "put it on a line of its own before what it is for",
                              annotation.name));
      continue;
    }
    out.push_back(std::move(annotation));
  }
  return out;
}

bool AstBuilder::ReadRenamedFrom(const Annotation& annotation, std::string_view what,
                                 std::optional<ast::RenamedFrom>& out) {
  if (annotation.name != "renamed-from") {
    return false;
  }
  if (out) {
    sink_.Error("invalid-annotation", annotation.range,
                fmt::format("{} has a second schemac:renamed-from annotation; keep one", what));
    return true;
  }
  std::optional<std::string> name = OneIdentifier(annotation.argument);
  if (!name) {
    sink_.Error("invalid-annotation", annotation.range,
                fmt::format("schemac:renamed-from takes the name {} had before, as one "
                            "identifier without its schema or table (-- schemac:renamed-from "
                            "old_name, or \"Old Name\" in double quotes)",
                            what));
    return true;
  }
  out = ast::RenamedFrom{std::move(*name), annotation.range};
  return true;
}

void AstBuilder::ReadDeclarationAnnotations(antlr4::ParserRuleContext* ctx, std::string_view what,
                                            std::optional<ast::RenamedFrom>& out) {
  for (const Annotation& annotation : ReadAnnotations(ctx)) {
    if (!ReadRenamedFrom(annotation, what, out)) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("unknown annotation schemac:{}; {} takes schemac:renamed-from",
                              annotation.name, what));
    }
  }
}

void AstBuilder::ReadColumnAnnotations(P::ColumnDefinitionContext* ctx,
                                       ast::ColumnDefinition& out) {
  std::string what = fmt::format("column \"{}\"", out.name.name);
  for (const Annotation& annotation : ReadAnnotations(ctx)) {
    if (ReadRenamedFrom(annotation, what, out.renamed_from)) {
      continue;
    }
    const std::string& name = annotation.name;
    std::optional<std::string>* target = name == "using"        ? &out.using_expression
                                         : name == "down-using" ? &out.down_using_expression
                                                                : nullptr;
    if (target == nullptr) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("unknown annotation schemac:{}; a column takes schemac:using, "
                              "schemac:down-using and schemac:renamed-from",
                              name));
      continue;
    }
    if (target->has_value()) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("{} has a second schemac:{} annotation; keep one", what, name));
      continue;
    }
    if (std::optional<std::string> problem = AnnotationExpressionProblem(annotation.argument)) {
      sink_.Error("invalid-annotation", annotation.range,
                  fmt::format("the expression of schemac:{} is not one SQL expression: {}; "
                              "write one expression, without \";\" or comments",
                              name, *problem));
      continue;
    }
    *target = annotation.argument;
  }
}

}  // namespace schemac::parse
