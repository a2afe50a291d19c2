#include "schemac/parse/literals.h"

#include <algorithm>
#include <cstdint>

namespace schemac::parse {
namespace {

// Appends the UTF-8 encoding of `code`; false for a code point PostgreSQL rejects.
bool AppendUtf8(uint32_t code, std::string& out) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return false;
  }
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
  return true;
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

// The value of the body of an E'' string (backslash escapes as PostgreSQL reads them).
std::optional<std::string> DecodeEscapes(std::string_view body) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'') {
      ++i;  // a doubled quote
      out += '\'';
      continue;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= body.size()) {
      return std::nullopt;
    }
    c = body[i];
    switch (c) {
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
      case 'x':
      case 'u':
      case 'U': {
        size_t max_digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t code = 0;
        size_t digits = 0;
        while (digits < max_digits && i + 1 < body.size() && HexValue(body[i + 1]) >= 0) {
          code = code * 16 + static_cast<uint32_t>(HexValue(body[++i]));
          ++digits;
        }
        // Byte escapes outside ASCII could form invalid UTF-8; a database in UTF-8 rejects them.
        if (digits == 0 || (c != 'x' && digits != max_digits) || (c == 'x' && code >= 0x80) ||
            !AppendUtf8(code, out)) {
          return std::nullopt;
        }
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          auto code = static_cast<uint32_t>(c - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
               ++k) {
            code = code * 8 + static_cast<uint32_t>(body[++i] - '0');
          }
          if (code >= 0x80 || !AppendUtf8(code, out)) {
            return std::nullopt;
          }
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Reads `count` hex digits at body[i...]; nullopt when one is missing.
std::optional<uint32_t> HexDigits(std::string_view body, size_t i, size_t count) {
  uint32_t code = 0;
  for (size_t k = 0; k < count; ++k) {
    if (i + k >= body.size() || HexValue(body[i + k]) < 0) {
      return std::nullopt;
    }
    code = code * 16 + static_cast<uint32_t>(HexValue(body[i + k]));
  }
  return code;
}

// The value of the body of a U&'' string or U&"" identifier, its doubled quotes already undone:
// `escape` followed by four hex digits, + and six hex digits, or itself (UTF-16 surrogate pairs
// combine, as PostgreSQL reads them).
std::optional<std::string> DecodeUnicodeEscapes(std::string_view body, char escape) {
  std::string out;
  uint32_t high_surrogate = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != escape) {
      if (high_surrogate != 0) {
        return std::nullopt;
      }
      out += body[i];
      continue;
    }
    if (i + 1 < body.size() && body[i + 1] == escape && high_surrogate == 0) {
      out += escape;
      ++i;
      continue;
    }
    bool wide = i + 1 < body.size() && body[i + 1] == '+';
    size_t start = i + (wide ? 2 : 1);
    std::optional<uint32_t> code = HexDigits(body, start, wide ? 6 : 4);
    if (!code) {
      return std::nullopt;
    }
    i = start + (wide ? 6 : 4) - 1;
    bool high = *code >= 0xD800 && *code <= 0xDBFF;
    bool low = *code >= 0xDC00 && *code <= 0xDFFF;
    if (high_surrogate != 0) {
      if (!low) {
        return std::nullopt;
      }
      *code = 0x10000 + ((high_surrogate - 0xD800) << 10) + (*code - 0xDC00);
      high_surrogate = 0;
    } else if (high) {
      high_surrogate = *code;
      continue;
    }
    if (!AppendUtf8(*code, out)) {
      return std::nullopt;
    }
  }
  if (high_surrogate != 0) {
    return std::nullopt;
  }
  return out;
}

// The bodies of a quoted literal joined: from the opening quote at literal[start], each part up to
// its closing quote, then each continuation PostgreSQL joins to a string (another quoted part after
// white space that holds a newline, and -- comments after it). Doubled quotes are undone, except
// in an E'' string (`escapes`), whose body DecodeEscapes reads whole; `end` is past the last quote.
struct Joined {
  std::string body;
  size_t end = 0;
};

std::optional<Joined> JoinParts(std::string_view literal, size_t start, bool escapes) {
  char quote = literal[start];
  Joined out;
  size_t i = start;
  while (true) {
    bool closed = false;
    for (++i; i < literal.size() && !closed; ++i) {
      char c = literal[i];
      if (escapes && c == '\\' && i + 1 < literal.size()) {
        out.body += c;
        out.body += literal[++i];
      } else if (c == quote && i + 1 < literal.size() && literal[i + 1] == quote) {
        out.body += escapes ? std::string(2, c) : std::string(1, c);
        ++i;
      } else if (c == quote) {
        closed = true;
      } else {
        out.body += c;
      }
    }
    if (!closed) {
      return std::nullopt;
    }
    out.end = i;
    bool newline = false;
    size_t next = i;
    while (next < literal.size() && quote == '\'') {
      char c = literal[next];
      if (c == '\n') {
        newline = true;
      } else if (newline && literal.substr(next, 2) == "--") {
        next = std::min(literal.find('\n', next), literal.size()) - 1;
      } else if (c != ' ' && c != '\t' && c != '\f' && c != '\r') {
        break;
      }
      ++next;
    }
    if (!newline || next >= literal.size() || literal[next] != quote) {
      return out;
    }
    i = next;
  }
}

}  // namespace

std::optional<std::string> DecodeUnicodeLiteral(std::string_view literal) {
  if (literal.size() < 4 || literal[1] != '&') {
    return std::nullopt;
  }
  std::optional<Joined> joined = JoinParts(literal, 2, false);
  if (!joined) {
    return std::nullopt;
  }
  // What follows the closing quote is empty or " UESCAPE 'c'".
  std::string_view rest = literal.substr(joined->end);
  char escape = '\\';
  if (!rest.empty()) {
    if (rest.size() < 3 || rest[rest.size() - 3] != '\'' || rest.back() != '\'') {
      return std::nullopt;
    }
    escape = rest[rest.size() - 2];
    if (HexValue(escape) >= 0 || escape == '+' || escape == '\'' || escape == '"' ||
        escape == ' ' || escape == '\t' || escape == '\n' || escape == '\r') {
      return std::nullopt;
    }
  }
  return DecodeUnicodeEscapes(joined->body, escape);
}

std::optional<std::string> DecodeStringLiteral(std::string_view literal) {
  if (literal.size() < 2) {
    return std::nullopt;
  }
  char first = literal[0];
  if ((first == 'u' || first == 'U') && literal[1] == '&') {
    return DecodeUnicodeLiteral(literal);
  }
  if (first == '$') {
    size_t tag = literal.find('$', 1) + 1;
    if (tag == 0 || literal.size() < 2 * tag) {
      return std::nullopt;
    }
    return std::string(literal.substr(tag, literal.size() - 2 * tag));
  }
  bool escapes = first == 'e' || first == 'E';
  size_t start = escapes ? 1 : 0;
  std::optional<Joined> joined = JoinParts(literal, start, escapes);
  if (!joined) {
    return std::nullopt;
  }
  return escapes ? DecodeEscapes(joined->body) : joined->body;
}

}  // namespace schemac::parse
