#include "token_text.h"

#include <algorithm>

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

void AppendUtf8(std::string& out, uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// Decodes the body of an E'...' literal (PostgreSQL's backslash escapes).
std::string DecodeEscapes(std::string_view body) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
      out += '\'';
      ++i;
      continue;
    }
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'x': {
        int value = 0;
        size_t digits = 0;
        while (digits < 2 && i + 1 < body.size() && HexValue(body[i + 1]) >= 0) {
          value = value * 16 + HexValue(body[++i]);
          ++digits;
        }
        out += digits == 0 ? 'x' : static_cast<char>(value);
        break;
      }
      case 'u':
      case 'U': {
        size_t want = e == 'u' ? 4 : 8;
        uint32_t value = 0;
        size_t digits = 0;
        while (digits < want && i + 1 < body.size() && HexValue(body[i + 1]) >= 0) {
          value = value * 16 + static_cast<uint32_t>(HexValue(body[++i]));
          ++digits;
        }
        AppendUtf8(out, value);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int value = e - '0';
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
               ++k) {
            value = value * 8 + (body[++i] - '0');
          }
          out += static_cast<char>(value);
        } else {
          out += e;
        }
    }
  }
  return out;
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

std::string TruncateIdentifier(std::string name) {
  constexpr size_t kMaxBytes = 63;
  if (name.size() <= kMaxBytes) {
    return name;
  }
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  name.resize(cut);
  return name;
}

std::string FoldIdentifier(const antlr4::Token* token) {
  std::string text = token->getText();
  std::string out;
  if (token->getType() == SqlLexer::QUOTED_IDENTIFIER) {
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
  return TruncateIdentifier(std::move(out));
}

std::string StringValue(const antlr4::Token* token) {
  std::string text = token->getText();
  switch (token->getType()) {
    case SqlLexer::STRING: {
      std::string out;
      for (size_t i = 1; i + 1 < text.size(); ++i) {
        out += text[i];
        if (text[i] == '\'') {
          ++i;
        }
      }
      return out;
    }
    case SqlLexer::ESCAPE_STRING:
      return DecodeEscapes(std::string_view(text).substr(2, text.size() - 3));
    case SqlLexer::DOLLAR_STRING: {
      size_t open = text.find('$', 1) + 1;
      size_t close = text.size() - open;
      return text.substr(open, close - open);
    }
    default:
      return text;
  }
}

}  // namespace schemac::parse
