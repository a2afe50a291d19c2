#include "token_text.h"

#include <algorithm>

#include "schemac/base/text.h"
#include "schemac/parse/literals.h"

#include "SqlLexer.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

// Converts a column counted in code points (as ANTLR counts) into bytes of `line`.
uint32_t ByteColumn(std::string_view line, size_t code_points) {
  size_t bytes = 0;
  while (code_points > 0 && bytes < line.size()) {
    ++bytes;
    while (bytes < line.size() && (static_cast<unsigned char>(line[bytes]) & 0xC0) == 0x80) {
      ++bytes;
    }
    --code_points;
  }
  return static_cast<uint32_t>(bytes + code_points + 1);
}

ast::ExpressionToken::Kind KindOf(const antlr4::Token* token) {
  using Kind = ast::ExpressionToken::Kind;
  size_t type = token->getType();
  if (IsKeywordToken(type)) {
    return Kind::kKeyword;
  }
  switch (type) {
    case SqlLexer::IDENTIFIER:
      return Kind::kIdentifier;
    case SqlLexer::QUOTED_IDENTIFIER:
      return Kind::kQuotedIdentifier;
    case SqlLexer::STRING:
    case SqlLexer::ESCAPE_STRING:
    case SqlLexer::DOLLAR_STRING:
    case SqlLexer::BIT_STRING:
      return Kind::kString;
    case SqlLexer::INTEGER:
    case SqlLexer::NUMERIC:
      return Kind::kNumber;
    case SqlLexer::OPERATOR:
    case SqlLexer::EQUAL:
    case SqlLexer::PLUS:
    case SqlLexer::MINUS:
      return Kind::kOperator;
    default:
      return Kind::kPunctuation;
  }
}

}  // namespace

base::SourceRange RangeOfToken(const std::shared_ptr<const base::SourceFile>& file,
                               const antlr4::Token* token) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) {
    uint32_t last = file->LineOfOffset(file->text().size());
    auto column = static_cast<uint32_t>(file->LineText(last).size() + 1);
    return base::SourceRange{file, last, column, 1};
  }
  auto line = static_cast<uint32_t>(token->getLine());
  std::string_view text = file->LineText(line);
  uint32_t column = ByteColumn(text, token->getCharPositionInLine());
  std::string token_text = token->getText();
  size_t end_of_line = token_text.find('\n');
  auto length = static_cast<uint32_t>(std::min(token_text.size(), end_of_line));
  return base::SourceRange{file, line, column, std::max<uint32_t>(length, 1)};
}

base::SourceRange RangeOfSpan(const std::shared_ptr<const base::SourceFile>& file,
                              const antlr4::Token* start, const antlr4::Token* stop) {
  base::SourceRange range = RangeOfToken(file, start);
  if (stop == nullptr || stop == start || stop->getType() == antlr4::Token::EOF) {
    return range;
  }
  base::SourceRange end = RangeOfToken(file, stop);
  if (end.line == range.line && end.column >= range.column) {
    range.length = end.column + end.length - range.column;
  }
  return range;
}

bool IsKeywordToken(size_t type) {
  return type >= SqlLexer::ACTION && type <= SqlLexer::ZONE;
}

ast::ExpressionToken ExpressionTokenOf(const antlr4::Token* token) {
  size_t type = token->getType();
  if (type == SqlLexer::QUOTED_IDENTIFIER) {
    return {ast::ExpressionToken::Kind::kQuotedIdentifier, FoldIdentifier(token)};
  }
  std::string text = token->getText();
  if (type == SqlLexer::IDENTIFIER || IsKeywordToken(type)) {
    std::transform(text.begin(), text.end(), text.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
  }
  return {KindOf(token), std::move(text)};
}

std::string UpperCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  });
  return text;
}

std::string TruncateIdentifier(std::string name) {
  if (name.size() <= kMaxIdentifierBytes) {
    return name;
  }
  size_t cut = kMaxIdentifierBytes;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  name.resize(cut);
  return name;
}

std::string FoldIdentifier(const antlr4::Token* token) {
  return TruncateIdentifier(FoldIdentifierWhole(token));
}

std::string FoldIdentifierWhole(const antlr4::Token* token) {
  std::string text = token->getText();
  std::string out;
  if (token->getType() == SqlLexer::QUOTED_IDENTIFIER && text[0] != '"') {
    // U&"..." [UESCAPE 'c']; the server reports an escape it rejects.
    out = DecodeUnicodeLiteral(text).value_or(text);
  } else if (token->getType() == SqlLexer::QUOTED_IDENTIFIER) {
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      out += text[i];
      if (text[i] == '"') {
        ++i;
      }
    }
  } else {
    out = std::move(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
  }
  return out;
}

std::optional<std::string> StringValue(const antlr4::Token* token) {
  return DecodeStringLiteral(token->getText());
}

std::string Word(const antlr4::Token* token) {
  if (token->getType() != SqlLexer::IDENTIFIER && !IsKeywordToken(token->getType())) {
    return "";
  }
  return base::AsciiLower(token->getText());
}

}  // namespace schemac::parse
