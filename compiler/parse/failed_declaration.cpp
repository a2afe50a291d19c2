#include "failed_declaration.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "SqlLexer.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

// Words between CREATE and the kind: CREATE OR REPLACE, CREATE GLOBAL TEMPORARY, ...
constexpr std::array<std::string_view, 9> kModifiers = {
    "or", "replace", "global", "local", "temp", "temporary", "unlogged", "recursive", "foreign"};
constexpr std::array<std::string_view, 10> kKinds = {
    "schema", "table",  "view",     "materialized", "sequence",
    "type",   "domain", "function", "procedure",    "aggregate"};

bool OneOf(const std::string& word, const auto& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool IsName(const antlr4::Token* token) {
  size_t type = token->getType();
  return type == SqlLexer::IDENTIFIER || type == SqlLexer::QUOTED_IDENTIFIER ||
         IsKeywordToken(type);
}

}  // namespace

std::optional<ast::FailedDeclaration> FailedDeclarationOf(
    const std::shared_ptr<const base::SourceFile>& file,
    const std::vector<std::unique_ptr<antlr4::Token>>& tokens) {
  // The longest beginning read: CREATE OR REPLACE GLOBAL TEMPORARY TABLE IF NOT EXISTS s . t
  constexpr size_t kMostWords = 12;
  std::vector<const antlr4::Token*> words;
  for (size_t i = 0; i < tokens.size() && words.size() < kMostWords; ++i) {
    if (tokens[i]->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      words.push_back(tokens[i].get());
    }
  }
  size_t at = 0;
  auto word = [&](size_t i) { return i < words.size() ? Word(words[i]) : std::string(); };
  if (word(at++) != "create") {
    return std::nullopt;
  }
  while (OneOf(word(at), kModifiers)) {
    ++at;
  }
  std::string kind = word(at++);
  if (!OneOf(kind, kKinds)) {
    return std::nullopt;
  }
  if (kind == "materialized" && word(at++) != "view") {
    return std::nullopt;
  }
  if (word(at) == "if" && word(at + 1) == "not" && word(at + 2) == "exists") {
    at += 3;
  } else if (kind == "schema" && word(at) == "authorization") {
    ++at;  // the schema is named after its owner
  }
  ast::FailedDeclaration out;
  const antlr4::Token* last = nullptr;
  while (at < words.size() && IsName(words[at])) {
    last = words[at];
    out.name.push_back(FoldIdentifier(last));
    if (at + 1 >= words.size() || words[at + 1]->getType() != SqlLexer::DOT) {
      break;
    }
    at += 2;
  }
  if (last == nullptr || out.name.size() > 2) {
    return std::nullopt;
  }
  out.range = RangeOfToken(file, last);
  return out;
}

}  // namespace schemac::parse
