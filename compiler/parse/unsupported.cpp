// How the AST builder names what it does not take: statements and clauses outside the language,
// and key words PostgreSQL does not accept as unquoted names.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "schemac/base/keywords.h"

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;
using P = grammar::SqlParser;

// Words that, after the first one, still belong to the name of an unsupported statement kind.
const std::set<std::string>& StatementKindWords() {
  static const std::set<std::string> words = {
      "ACCESS",     "AGGREGATE",    "CAST",       "CLASS",      "COLLATION",    "CONFIGURATION",
      "CONSTRAINT", "CONVERSION",   "DATA",       "DATABASE",   "DEFAULT",      "DICTIONARY",
      "DOMAIN",     "EVENT",        "EXTENSION",  "FAMILY",     "FOREIGN",      "FUNCTION",
      "GLOBAL",     "GROUP",        "INDEX",      "LANGUAGE",   "LARGE",        "LOCAL",
      "MAPPING",    "MATERIALIZED", "METHOD",     "OBJECT",     "OPERATOR",     "OR",
      "PARSER",     "POLICY",       "PRIVILEGES", "PROCEDURAL", "PROCEDURE",    "PUBLICATION",
      "RECURSIVE",  "REPLACE",      "ROLE",       "ROUTINE",    "RULE",         "SCHEMA",
      "SEARCH",     "SEQUENCE",     "SERVER",     "STATISTICS", "SUBSCRIPTION", "SYSTEM",
      "TABLE",      "TABLESPACE",   "TEMP",       "TEMPLATE",   "TEMPORARY",    "TEXT",
      "TRANSFORM",  "TRANSACTION",  "TRIGGER",    "TRUSTED",    "TYPE",         "UNLOGGED",
      "USER",       "VIEW",         "WRAPPER",    "LABEL",
  };
  return words;
}

// The words a PostgreSQL 15 statement can begin with. Anything else is a syntax error, not an
// unsupported statement (the data rows of a COPY, text that is not SQL).
const std::set<std::string>& StatementStartWords() {
  static const std::set<std::string> words = {
      "ABORT",   "ALTER",   "ANALYSE", "ANALYZE", "BEGIN",    "CALL",      "CHECKPOINT",
      "CLOSE",   "CLUSTER", "COMMENT", "COMMIT",  "COPY",     "CREATE",    "DEALLOCATE",
      "DECLARE", "DELETE",  "DISCARD", "DO",      "DROP",     "END",       "EXECUTE",
      "EXPLAIN", "FETCH",   "GRANT",   "IMPORT",  "INSERT",   "LISTEN",    "LOAD",
      "LOCK",    "MERGE",   "MOVE",    "NOTIFY",  "PREPARE",  "REASSIGN",  "REFRESH",
      "REINDEX", "RELEASE", "RESET",   "REVOKE",  "ROLLBACK", "SAVEPOINT", "SECURITY",
      "SELECT",  "SET",     "SHOW",    "START",   "TABLE",    "TRUNCATE",  "UNLISTEN",
      "UPDATE",  "VACUUM",  "VALUES",  "WITH",
  };
  return words;
}

// Column name key words that PostgreSQL's grammar takes as the names of built-in types.
bool IsBuiltinTypeKeyword(const std::string& word) {
  static const std::set<std::string> words = {
      "bigint", "bit",      "boolean", "char",      "character", "dec",   "decimal",
      "float",  "int",      "integer", "interval",  "national",  "nchar", "numeric",
      "real",   "smallint", "time",    "timestamp", "varchar",
  };
  return words.count(word) > 0;
}

// Words after which a clause names an object rather than continuing with key words.
bool TakesName(const std::string& word) {
  static const std::set<std::string> words = {
      "COLUMN",    "CONSTRAINT", "EXISTS", "INDEX",      "INHERIT", "METHOD",  "OF",   "ON",
      "PARTITION", "RULE",       "SCHEMA", "TABLESPACE", "TO",      "TRIGGER", "TYPE",
  };
  return words.count(word) > 0;
}

bool IsWordToken(size_t type) {
  return type == SqlLexer::IDENTIFIER || type == SqlLexer::QUOTED_IDENTIFIER ||
         IsKeywordToken(type);
}

// Words returns a kind token as words: "foreign_table" -> "foreign table".
std::string Words(std::string token) {
  std::replace(token.begin(), token.end(), '_', ' ');
  return token;
}

constexpr const char* kLanguage =
    "schema files may declare schemas, extensions, enum types, domains, composite and range "
    "types, sequences, tables (partitioned or not) and their partitions, indexes, views, "
    "materialized views, functions, procedures, aggregates, triggers, rules, statistics "
    "objects, collations, conversions, text search dictionaries, configurations, parsers and "
    "templates, operators, operator classes and families, access methods, casts, event "
    "triggers, publications, foreign-data wrappers, servers, user mappings, row-level security "
    "policies, comments, the privileges granted on them and default privileges";

constexpr const char* kRenameAdvice =
    "schema files declare objects as they are, not changes to them: to rename one, change its "
    "name where it is declared and write -- schemac:renamed-from <old name> on the line before "
    "the declaration";

// ExclusionAdvice says how to exclude the object an unsupported statement is about, when it
// names one: then plans go on without it.
std::string ExclusionAdvice(const std::optional<base::Subject>& subject) {
  if (!subject) {
    return "";
  }
  std::string name =
      subject->schema.empty() ? subject->name : subject->schema + "." + subject->name;
  return fmt::format(", or exclude the {} on purpose (--exclude {}:{}, or in schemac.toml)",
                     Words(subject->kind), subject->kind, name);
}

}  // namespace

std::string AstBuilder::UnsupportedAdvice(antlr4::ParserRuleContext* ctx) const {
  for (size_t i = ctx->getStart()->getTokenIndex(); i <= ctx->getStop()->getTokenIndex(); ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getType() == SqlLexer::IDENTIFIER && FoldIdentifier(token) == "rename") {
      return kRenameAdvice;
    }
  }
  return kLanguage;
}

void AstBuilder::CheckKeyword(const antlr4::Token* token, NameUse use) {
  if (use == NameUse::kLabel || token->getType() == SqlLexer::QUOTED_IDENTIFIER) {
    return;
  }
  using base::KeywordCategory;
  std::string word = FoldIdentifier(token);
  KeywordCategory category = base::KeywordCategoryOf(word);
  bool refused = false;
  switch (use) {
    case NameUse::kColumnIdentifier:
      refused = !base::IsColumnIdentifier(word);
      break;
    case NameUse::kRole:
      refused = category == KeywordCategory::kReserved;
      break;
    case NameUse::kType:
      refused = category == KeywordCategory::kReserved ||
                (category == KeywordCategory::kColumnName && !IsBuiltinTypeKeyword(word));
      break;
    case NameUse::kFunction:
      refused = category == KeywordCategory::kReserved || category == KeywordCategory::kColumnName;
      break;
    case NameUse::kLabel:
      break;
  }
  if (!refused) {
    return;
  }
  std::string what =
      category == KeywordCategory::kReserved
          ? "a reserved key word, which PostgreSQL refuses as a name unless quoted"
      : category == KeywordCategory::kTypeFunctionName
          ? "a key word that PostgreSQL refuses as this name unless quoted (unquoted, it may "
            "name only a function, a parameter or a role, or refer to a type)"
          : "a key word that PostgreSQL refuses as a type or function name unless quoted";
  sink_.Error(
      "reserved-keyword", RangeOfToken(file_, token),
      fmt::format("\"{}\" is {}; quote it as \"{}\" or choose another name", word, what, word));
}

antlr4::Token* AstBuilder::TokenAfter(const antlr4::Token* token) const {
  antlr4::Token* next = tokens_->get(token->getTokenIndex() + 1);
  while (next->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
    next = tokens_->get(next->getTokenIndex() + 1);
  }
  return next;
}

void AstBuilder::ReportSyntaxError(const antlr4::Token* token, const std::string& expected) {
  std::string text = token->getText();
  std::string message = fmt::format("syntax error at \"{}\"", text);
  if (!expected.empty()) {
    message += "; expected " + expected;
  }
  sink_.Error("syntax-error", RangeOfToken(file_, token), message);
  syntax_error_ = true;
}

void AstBuilder::ReportUnsupportedStatement(antlr4::ParserRuleContext* ctx,
                                            const std::string& what) {
  base::SourceRange range = RangeOfToken(file_, ctx->getStart());
  range.length = static_cast<uint32_t>(ctx->getStart()->getText().size());
  ReportUnsupportedAt(ctx, range, what);
}

void AstBuilder::ReportUnsupportedAt(antlr4::ParserRuleContext* ctx, const base::SourceRange& range,
                                     const std::string& what) {
  std::optional<base::Subject> subject = UnsupportedSubject(ctx);
  sink_
      .Error("unsupported-statement", range,
             fmt::format("{} is not supported yet; {}{}", what, UnsupportedAdvice(ctx),
                         ExclusionAdvice(subject)))
      .subject = std::move(subject);
}

void AstBuilder::ReportCreateTableOther(P::CreateTableOtherStatementContext* ctx) {
  size_t after = (ctx->columnList() != nullptr ? ctx->columnList()->getStop()
                                               : ctx->qualifiedName()->getStop())
                     ->getTokenIndex() +
                 1;
  int depth = 0;
  for (size_t i = after; i <= ctx->getStop()->getTokenIndex(); ++i) {
    size_t type = tokens_->get(i)->getType();
    depth += type == SqlLexer::OPEN_PAREN ? 1 : type == SqlLexer::CLOSE_PAREN ? -1 : 0;
    if (depth == 0 && type == SqlLexer::AS) {
      ReportUnsupportedStatement(ctx, "CREATE TABLE ... AS");
      return;
    }
  }
  while (tokens_->get(after)->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
    ++after;
  }
  ReportSyntaxError(tokens_->get(after), "\"(\" or AS");
}

void AstBuilder::ReportAlterOther(P::AlterOtherStatementContext* ctx) {
  std::string kind;
  antlr4::ParserRuleContext* name = nullptr;
  std::string expected;
  if (auto* type = dynamic_cast<P::AlterTypeOtherContext*>(ctx)) {
    kind = "ALTER TYPE";
    name = type->qualifiedName();
    expected = "ADD, ALTER, DROP, OWNER, RENAME or SET";
  } else if (auto* schema = dynamic_cast<P::AlterSchemaOtherContext*>(ctx)) {
    kind = "ALTER SCHEMA";
    name = schema->identifier();
    expected = "OWNER or RENAME";
  } else {
    kind = "ALTER SEQUENCE";
    name = dynamic_cast<P::AlterSequenceOtherContext*>(ctx)->qualifiedName();
    expected = "a sequence option, OWNER, RENAME or SET";
  }
  antlr4::Token* word = TokenAfter(name->getStop());
  std::string folded = FoldIdentifier(word);
  bool drop = kind == "ALTER TYPE" && folded == "drop";
  if (word->getType() == SqlLexer::IDENTIFIER && folded != "rename" && !drop) {
    ReportSyntaxError(word, expected);
    return;
  }
  ReportUnsupportedStatement(
      ctx,
      kind + " ... " + DescribeWords(word->getTokenIndex(), ctx->getStop()->getTokenIndex(), 2));
}

std::string AstBuilder::LeadingWords(antlr4::ParserRuleContext* ctx, size_t count) const {
  std::string out;
  size_t words = 0;
  for (size_t i = ctx->getStart()->getTokenIndex();
       i <= ctx->getStop()->getTokenIndex() && words < count; ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
      continue;
    }
    std::string word = UpperCase(token->getText());
    bool is_word = token->getType() == SqlLexer::IDENTIFIER || IsKeywordToken(token->getType());
    if (!is_word || (words > 0 && StatementKindWords().count(word) == 0)) {
      break;
    }
    out += words == 0 ? word : " " + word;
    ++words;
  }
  return out.empty() ? UpperCase(ctx->getStart()->getText()) : out;
}

std::string AstBuilder::DescribeWords(size_t from, size_t to, size_t count) const {
  std::string out;
  size_t words = 0;
  bool named = false;
  bool name_next = false;
  for (size_t i = from; i <= to && words < count; ++i) {
    antlr4::Token* token = tokens_->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
      continue;
    }
    if (!IsWordToken(token->getType())) {
      break;
    }
    std::string upper = UpperCase(token->getText());
    bool keyword = token->getType() != SqlLexer::QUOTED_IDENTIFIER && !name_next &&
                   (IsKeywordToken(token->getType()) ||
                    base::KeywordCategoryOf(FoldIdentifier(token)) != base::KeywordCategory::kNone);
    std::string text;
    if (keyword) {
      text = upper;
      name_next = TakesName(upper);
    } else {
      if (named && !name_next) {
        break;
      }
      // A name as written, with the parts after its dots.
      text = token->getText();
      while (i + 2 <= to && tokens_->get(i + 1)->getType() == SqlLexer::DOT &&
             IsWordToken(tokens_->get(i + 2)->getType())) {
        text += "." + tokens_->get(i + 2)->getText();
        i += 2;
      }
      named = true;
      name_next = false;
    }
    out += words++ == 0 ? text : " " + text;
  }
  return out;
}

void AstBuilder::ReportUnsupported(antlr4::ParserRuleContext* ctx, std::string_view kind) {
  base::SourceRange range = RangeOfToken(file_, ctx->getStart());
  if (kind == "statement") {
    antlr4::Token* first = ctx->getStart();
    if (first->getType() == SqlLexer::OPEN_PAREN) {
      ReportUnsupportedStatement(ctx, "a query in parentheses");
      return;
    }
    bool word = first->getType() == SqlLexer::IDENTIFIER || IsKeywordToken(first->getType());
    if (!word || StatementStartWords().count(UpperCase(first->getText())) == 0) {
      ReportSyntaxError(first, "a statement such as CREATE, ALTER or COMMENT");
      return;
    }
    std::string words = LeadingWords(ctx, 5);
    range.length = static_cast<uint32_t>(words.size());
    if (words == "CREATE TYPE") {
      // Name the kind of type by what follows AS: RANGE, a composite's "(", or nothing.
      words = "CREATE TYPE (a base or shell type)";
      for (size_t i = first->getTokenIndex(); i < ctx->getStop()->getTokenIndex(); ++i) {
        if (tokens_->get(i)->getType() == SqlLexer::AS) {
          std::string next = DescribeWords(i + 1, ctx->getStop()->getTokenIndex(), 1);
          words =
              next.empty() ? "CREATE TYPE ... AS (a composite type)" : "CREATE TYPE ... AS " + next;
          break;
        }
      }
    }
    // Kinds the language has, in a form it does not read: say which form.
    if (words == "CREATE PUBLICATION") {
      // FOR followed by a name alone: PostgreSQL's grammar refuses it.
      for (size_t i = first->getTokenIndex(); i < ctx->getStop()->getTokenIndex(); ++i) {
        if (Word(tokens_->get(i)) != "for") {
          continue;
        }
        antlr4::Token* next = TokenAfter(tokens_->get(i));
        std::string after = Word(next);
        if (after != "table" && after != "tables" && after != "all") {
          ReportSyntaxError(next,
                            "TABLE, TABLES IN SCHEMA or ALL TABLES before a table or schema "
                            "name");
          return;
        }
        break;
      }
      words = "CREATE PUBLICATION in this form";
    } else if (words == "CREATE ACCESS METHOD") {
      // PostgreSQL has this one form: any other is its syntax error, at the first word that
      // does not fit it.
      antlr4::Token* name = TokenAfter(TokenAfter(TokenAfter(first)));
      if (name->getType() == SqlLexer::SEMI || name->getType() == antlr4::Token::EOF) {
        ReportSyntaxError(name, "the name of the access method");
        return;
      }
      antlr4::Token* next = TokenAfter(name);
      std::string expected = "TYPE";
      if (Word(next) == "type") {
        next = TokenAfter(next);
        expected = "TABLE or INDEX";
        if (Word(next) == "table" || Word(next) == "index") {
          next = TokenAfter(next);
          expected = "HANDLER";
          if (Word(next) == "handler") {
            next = TokenAfter(next);
            expected = "the name of the handler function";
          }
        }
      }
      ReportSyntaxError(next, expected);
      return;
    } else if (words == "CREATE OPERATOR") {
      // One form: CREATE OPERATOR [schema.]op (options). An operator PostgreSQL's lexer ends
      // early (+++ is + + +) is its syntax error, at the token that does not fit.
      antlr4::Token* next = TokenAfter(TokenAfter(first));
      auto is_operator = [](const antlr4::Token* token) {
        size_t type = token->getType();
        return type == SqlLexer::OPERATOR || type == SqlLexer::EQUAL || type == SqlLexer::PLUS ||
               type == SqlLexer::MINUS;
      };
      if (!is_operator(next) && TokenAfter(next)->getType() == SqlLexer::DOT) {
        next = TokenAfter(TokenAfter(next));
      }
      if (!is_operator(next)) {
        ReportSyntaxError(next, "an operator");
        return;
      }
      next = TokenAfter(next);
      if (next->getType() != SqlLexer::OPEN_PAREN) {
        ReportSyntaxError(next, "\"(\"");
        return;
      }
      words = "CREATE OPERATOR in this form";
    } else if (words == "CREATE STATISTICS") {
      words =
          "CREATE STATISTICS in a form other than CREATE STATISTICS name [(kinds)] ON columns "
          "or (expressions) FROM one table";
    } else if (words.ends_with("CREATE AGGREGATE") ||
               words.ends_with("CREATE OR REPLACE AGGREGATE")) {
      words += " in this form";
    }
    if (words == "CREATE" || words == "CREATE OR REPLACE" || words == "ALTER") {
      // No kind of object follows (CREATE TABLEE t ...): PostgreSQL's own syntax error.
      antlr4::Token* next = first;
      for (size_t i = 0; i < static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1;
           ++i) {
        next = TokenAfter(next);
      }
      ReportSyntaxError(next, "a kind of object, such as TABLE, VIEW, INDEX or FUNCTION");
      return;
    }
    if (words == "GRANT" || words == "REVOKE") {
      // GRANT and REVOKE of privileges on objects parse as grantStatement: without ON, the
      // statement grants a role to a role.
      sink_.Error("unsupported-statement", range,
                  fmt::format("{} of role membership is not part of a schema: roles and who "
                              "belongs to them are set up outside schema files; remove the "
                              "statement",
                              words));
      return;
    }
    if (words == "COMMENT") {
      auto* comment = dynamic_cast<P::CommentStatementContext*>(ctx);
      words = "COMMENT ON " +
              (comment != nullptr ? LeadingWords(comment->commentTarget(), 3) : std::string());
      range.length = static_cast<uint32_t>(words.size());
    }
    ReportUnsupportedAt(ctx, range, words);
    return;
  }
  if (kind == "ALTER TABLE action") {
    std::string words =
        DescribeWords(ctx->getStart()->getTokenIndex(), ctx->getStop()->getTokenIndex(), 5);
    std::string advice = UnsupportedAdvice(ctx);
    sink_.Error("unsupported-clause", range,
                fmt::format("ALTER TABLE action {} is not supported yet; {}", words,
                            advice == kRenameAdvice ? advice : "remove it"));
    return;
  }
  std::string words = LeadingWords(ctx, 4);
  sink_.Error("unsupported-clause", range,
              fmt::format("{} {} is not supported yet; remove it from the statement", words, kind));
}

}  // namespace schemac::parse
