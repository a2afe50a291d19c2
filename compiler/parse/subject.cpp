// The object an unsupported statement is about, so that excluding it on purpose excuses the
// statement (base::Subject, catalog::Scope).
#include <string>
#include <vector>

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

// A kind of object the language has no statement for, by the words that name it after CREATE,
// ALTER, DROP or COMMENT ON; longer names first.
struct SubjectKind {
  std::vector<std::string> words;
  const char* token;  // as exclusion patterns name the kind
  bool in_schema;     // whether its name is qualified by a schema
};

const std::vector<SubjectKind>& SubjectKinds() {
  static const std::vector<SubjectKind> kinds = {
      {{"FOREIGN", "DATA", "WRAPPER"}, "foreign_data_wrapper", false},
      {{"FOREIGN", "TABLE"}, "foreign_table", true},
      {{"OPERATOR", "CLASS"}, "operator_class", true},
      {{"OPERATOR", "FAMILY"}, "operator_family", true},
      {{"OPERATOR"}, "operator", true},
      {{"TEXT", "SEARCH", "CONFIGURATION"}, "text_search_configuration", true},
      {{"TEXT", "SEARCH", "DICTIONARY"}, "text_search_dictionary", true},
      {{"TEXT", "SEARCH", "PARSER"}, "text_search_parser", true},
      {{"TEXT", "SEARCH", "TEMPLATE"}, "text_search_template", true},
      {{"EVENT", "TRIGGER"}, "event_trigger", false},
      {{"DEFAULT", "CONVERSION"}, "conversion", true},
      {{"CONVERSION"}, "conversion", true},
      {{"ACCESS", "METHOD"}, "access_method", false},
      {{"TRUSTED", "PROCEDURAL", "LANGUAGE"}, "language", false},
      {{"PROCEDURAL", "LANGUAGE"}, "language", false},
      {{"TRUSTED", "LANGUAGE"}, "language", false},
      {{"LANGUAGE"}, "language", false},
      {{"PUBLICATION"}, "publication", false},
      {{"SUBSCRIPTION"}, "subscription", false},
      {{"SERVER"}, "server", false},
  };
  return kinds;
}

}  // namespace

std::optional<base::Subject> AstBuilder::UnsupportedSubject(antlr4::ParserRuleContext* ctx) const {
  std::vector<antlr4::Token*> tokens;
  for (size_t i = ctx->getStart()->getTokenIndex(); i <= ctx->getStop()->getTokenIndex(); ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL &&
        token->getType() != SqlLexer::EOF) {
      tokens.push_back(token);
    }
  }
  size_t at = 0;
  auto word = [&](size_t i) {
    return i < tokens.size() && tokens[i]->getType() != SqlLexer::QUOTED_IDENTIFIER
               ? UpperCase(tokens[i]->getText())
               : std::string();
  };
  std::string verb = word(at++);
  if (verb == "COMMENT" && word(at) == "ON") {
    ++at;
  } else if (verb == "CREATE" && word(at) == "OR" && word(at + 1) == "REPLACE") {
    at += 2;
  } else if (verb != "CREATE" && verb != "ALTER" && verb != "DROP") {
    return std::nullopt;
  }
  const SubjectKind* kind = nullptr;
  for (const SubjectKind& candidate : SubjectKinds()) {
    bool matches = true;
    for (size_t i = 0; i < candidate.words.size() && matches; ++i) {
      matches = word(at + i) == candidate.words[i];
    }
    if (matches) {
      kind = &candidate;
      at += candidate.words.size();
      break;
    }
  }
  if (kind == nullptr) {
    return std::nullopt;
  }
  if (word(at) == "IF" && word(at + 1) == "NOT" && word(at + 2) == "EXISTS") {
    at += 3;
  } else if (word(at) == "IF" && word(at + 1) == "EXISTS") {
    at += 2;
  }
  // The name: words joined by dots; an operator's name is its symbol, after its schema.
  std::vector<std::string> parts;
  bool is_operator = std::string(kind->token) == "operator";
  while (at < tokens.size()) {
    antlr4::Token* token = tokens[at];
    bool is_word = token->getType() == SqlLexer::IDENTIFIER ||
                   token->getType() == SqlLexer::QUOTED_IDENTIFIER ||
                   IsKeywordToken(token->getType());
    if (is_word) {
      parts.push_back(FoldIdentifier(token));
    } else if (is_operator && token->getType() != SqlLexer::DOT &&
               token->getType() != SqlLexer::OPEN_PAREN) {
      std::string symbol;
      while (at < tokens.size() && tokens[at]->getType() != SqlLexer::OPEN_PAREN) {
        symbol += tokens[at++]->getText();
      }
      parts.push_back(symbol);
      break;
    } else {
      break;
    }
    if (++at < tokens.size() && tokens[at]->getType() == SqlLexer::DOT) {
      ++at;
      continue;
    }
    break;
  }
  size_t needed = kind->in_schema ? 2 : 1;
  if (parts.empty() || parts.size() > needed) {
    return std::nullopt;
  }
  base::Subject subject{kind->token, "", parts.back()};
  if (kind->in_schema) {
    if (parts.size() == 2) {
      subject.schema = parts[0];
    } else if (search_path_ != nullptr) {
      // An unqualified name is created in the first schema of the search_path.
      for (const std::string& schema : *search_path_) {
        if (schema != "$user") {
          subject.schema = schema;
          break;
        }
      }
    }
  }
  return subject;
}

}  // namespace schemac::parse
