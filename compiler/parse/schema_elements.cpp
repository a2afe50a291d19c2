#include "schema_elements.h"

#include <fmt/format.h>

#include "SqlLexer.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

constexpr const char* kCode = "invalid-schema-element";

bool OnDefaultChannel(const antlr4::Token& token) {
  return token.getChannel() == antlr4::Token::DEFAULT_CHANNEL;
}

// Reports a name qualified with a schema other than `schema`; returns whether it is one.
bool NamesAnotherSchema(const ast::QualifiedName& name, const std::string& schema,
                        base::DiagnosticSink& sink) {
  if (name.parts.size() < 2 || name.parts[name.parts.size() - 2].name == schema) {
    return false;
  }
  const ast::Identifier& other = name.parts[name.parts.size() - 2];
  sink.Error(kCode, other.range,
             fmt::format("\"{}\" lies in schema \"{}\", inside CREATE SCHEMA \"{}\", which "
                         "creates what it holds in \"{}\" (PostgreSQL refuses another schema): "
                         "leave the name unqualified, or write this statement on its own after "
                         "the CREATE SCHEMA",
                         name.Text(), other.name, schema, schema));
  return true;
}

// Qualifies a one-part table name with `schema`, as PostgreSQL reads the table of an index or
// a trigger inside CREATE SCHEMA.
void QualifyTable(ast::QualifiedName& table, const std::string& schema) {
  if (table.parts.size() == 1) {
    table.parts.insert(table.parts.begin(), ast::Identifier{schema, table.parts[0].range});
  }
}

}  // namespace

std::vector<size_t> SchemaElementStarts(const std::vector<std::unique_ptr<antlr4::Token>>& tokens) {
  std::vector<size_t> starts;
  std::vector<size_t> words;  // the positions of the default channel's tokens
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (OnDefaultChannel(*tokens[i]) && tokens[i]->getType() != SqlLexer::SEMI) {
      words.push_back(i);
    }
  }
  if (words.size() < 3 || tokens[words[0]]->getType() != SqlLexer::CREATE ||
      tokens[words[1]]->getType() != SqlLexer::SCHEMA) {
    return starts;
  }
  int depth = 0;
  for (size_t w = 2; w < words.size(); ++w) {
    const antlr4::Token& token = *tokens[words[w]];
    switch (token.getType()) {
      case SqlLexer::OPEN_PAREN:
      case SqlLexer::OPEN_BRACKET:
        ++depth;
        continue;
      case SqlLexer::CLOSE_PAREN:
      case SqlLexer::CLOSE_BRACKET:
        depth = depth > 0 ? depth - 1 : 0;
        continue;
      default:
        break;
    }
    bool begins = token.getType() == SqlLexer::CREATE || Word(&token) == "grant";
    size_t before = tokens[words[w - 1]]->getType();
    if (depth > 0 || !begins || before == SqlLexer::AS || before == SqlLexer::WITH) {
      continue;
    }
    starts.push_back(words[w - 1] + 1);
  }
  return starts;
}

std::shared_ptr<const ast::SearchPath> SchemaElementPath(const std::string& schema,
                                                         const ast::SearchPath& path) {
  ast::SearchPath elements{schema};
  elements.insert(elements.end(), path.begin(), path.end());
  return std::make_shared<const ast::SearchPath>(std::move(elements));
}

bool CheckSchemaElement(ast::Statement& element, const std::string& schema,
                        base::DiagnosticSink& sink) {
  bool allowed = true;
  bool other_schema = false;
  if (auto* table = std::get_if<ast::CreateTable>(&element.body)) {
    allowed = !table->foreign;
    other_schema = allowed && NamesAnotherSchema(table->name, schema, sink);
  } else if (auto* view = std::get_if<ast::CreateView>(&element.body)) {
    allowed = !view->materialized;
    other_schema = allowed && NamesAnotherSchema(view->name, schema, sink);
  } else if (auto* sequence = std::get_if<ast::CreateSequence>(&element.body)) {
    other_schema = NamesAnotherSchema(sequence->name, schema, sink);
  } else if (auto* index = std::get_if<ast::CreateIndex>(&element.body)) {
    other_schema = NamesAnotherSchema(index->table, schema, sink);
    QualifyTable(index->table, schema);
  } else if (auto* trigger = std::get_if<ast::CreateTrigger>(&element.body)) {
    other_schema = NamesAnotherSchema(trigger->table, schema, sink);
    QualifyTable(trigger->table, schema);
  } else if (auto* grant = std::get_if<ast::Grant>(&element.body)) {
    allowed = !grant->revoke && grant->target != ast::GrantTarget::kDefaultPrivileges;
  } else {
    allowed = false;
  }
  if (!allowed) {
    sink.Error(kCode, element.range,
               fmt::format("CREATE SCHEMA \"{}\" may hold only CREATE TABLE, CREATE VIEW, CREATE "
                           "INDEX, CREATE SEQUENCE, CREATE TRIGGER and GRANT statements, as "
                           "PostgreSQL's grammar says; end the CREATE SCHEMA with \";\" before "
                           "this statement",
                           schema));
  }
  return allowed && !other_schema;
}

}  // namespace schemac::parse
