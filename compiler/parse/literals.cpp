#include "schemac/parse/literals.h"

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

}  // namespace

std::optional<std::string> DecodeStringLiteral(std::string_view literal) {
  if (literal.size() < 2) {
    return std::nullopt;
  }
  char first = literal[0];
  if (first == '$') {
    size_t tag = literal.find('$', 1) + 1;
    if (tag == 0 || literal.size() < 2 * tag) {
      return std::nullopt;
    }
    return std::string(literal.substr(tag, literal.size() - 2 * tag));
  }
  if (first == 'e' || first == 'E') {
    return literal.size() < 3 ? std::nullopt : DecodeEscapes(literal.substr(2, literal.size() - 3));
  }
  std::string out;
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    out += literal[i];
    if (literal[i] == '\'') {
      ++i;
    }
  }
  return out;
}

}  // namespace schemac::parse
