#include "schemac/parse/parser.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "SqlLexer.h"
#include "SqlParser.h"
#include "ast_builder.h"
#include "failed_declaration.h"
#include "schema_elements.h"
#include "settings.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;
using grammar::SqlParser;

// Describes a token for a message: its text, or "end of input".
std::string Describe(const antlr4::Token* token) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) {
    return "end of input";
  }
  std::string text = token->getText();
  if (text.size() > 40) {
    text = text.substr(0, 37) + "...";
  }
  return fmt::format("\"{}\"", text);
}

// Reports syntax errors as diagnostics, with a readable message instead of ANTLR's token lists.
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  ErrorListener(std::shared_ptr<const base::SourceFile> file, base::DiagnosticSink& sink)
      : file_(std::move(file)), sink_(sink) {}

  // StartStatement begins a statement: only its first syntax error is reported, since the
  // ones after it are mostly consequences of the first.
  void StartStatement() { reported_in_statement_ = false; }

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t /*line*/,
                   size_t /*column*/, const std::string& /*message*/,
                   std::exception_ptr /*error*/) override {
    if (reported_in_statement_) {
      return;
    }
    reported_in_statement_ = true;
    ++count_;
    std::string message = fmt::format("syntax error at {}", Describe(offending));
    auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
    if (parser != nullptr) {
      std::string expected = ExpectedTokens(*parser);
      if (!expected.empty()) {
        message += "; expected " + expected;
      }
    }
    sink_.Error("syntax-error", RangeOfToken(file_, offending), message);
  }

  size_t count() const { return count_; }

 private:
  // Lists what the parser expected when it is a short list of key words or punctuation.
  static std::string ExpectedTokens(antlr4::Parser& parser) {
    antlr4::misc::IntervalSet expected;
    try {
      expected = parser.getExpectedTokens();
    } catch (const std::exception&) {
      return "";
    }
    std::vector<std::string> names;
    for (auto type : expected.toList()) {
      if (type == static_cast<decltype(type)>(antlr4::Token::EOF)) {
        names.emplace_back("end of input");
        continue;
      }
      std::string literal = parser.getVocabulary().getLiteralName(static_cast<size_t>(type));
      std::string symbolic = parser.getVocabulary().getSymbolicName(static_cast<size_t>(type));
      if (!literal.empty()) {
        names.push_back("\"" + literal.substr(1, literal.size() - 2) + "\"");
      } else if (symbolic == "IDENTIFIER" || symbolic == "QUOTED_IDENTIFIER") {
        if (std::find(names.begin(), names.end(), "a name") == names.end()) {
          names.emplace_back("a name");
        }
      } else if (symbolic == "INTEGER" || symbolic == "NUMERIC") {
        if (std::find(names.begin(), names.end(), "a number") == names.end()) {
          names.emplace_back("a number");
        }
      } else if (symbolic == "STRING" || symbolic == "ESCAPE_STRING" ||
                 symbolic == "DOLLAR_STRING") {
        if (std::find(names.begin(), names.end(), "a string") == names.end()) {
          names.emplace_back("a string");
        }
      } else if (symbolic == "NULL_") {
        names.emplace_back("NULL");
      } else if (!symbolic.empty() && symbolic.find('_') == std::string::npos) {
        names.push_back(symbolic);
      }
    }
    if (names.empty() || names.size() > 6) {
      return "";
    }
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
      out += i == 0 ? "" : (i + 1 == names.size() ? " or " : ", ");
      out += names[i];
    }
    return out;
  }

  std::shared_ptr<const base::SourceFile> file_;
  base::DiagnosticSink& sink_;
  size_t count_ = 0;
  bool reported_in_statement_ = false;
};

// A statement's tokens (with the comments and white space inside it), whether a lexical error
// was already reported in it, and whether it is a COPY whose data rows follow it.
struct StatementTokens {
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  bool has_content = false;
  bool failed = false;
  bool copy_from_stdin = false;
};

bool IsWord(const antlr4::Token& token, std::string_view word) {
  if (token.getType() != SqlLexer::IDENTIFIER) {
    return false;
  }
  std::string text = token.getText();
  return text.size() == word.size() &&
         std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

// Reports whether `tokens` are "COPY ... FROM stdin", which psql follows with data rows.
bool IsCopyFromStdin(const std::vector<std::unique_ptr<antlr4::Token>>& tokens) {
  std::vector<const antlr4::Token*> words;
  for (const auto& token : tokens) {
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      words.push_back(token.get());
    }
  }
  if (words.empty() || !IsWord(*words[0], "copy")) {
    return false;
  }
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (IsWord(*words[i], "from") && IsWord(*words[i + 1], "stdin")) {
      return true;
    }
  }
  return false;
}

// AtomicBody follows the SQL-standard body (BEGIN ATOMIC ... END) of CREATE FUNCTION and CREATE
// PROCEDURE, whose statements end with ";" inside the CREATE statement, as psql does: in a
// statement that begins CREATE [OR REPLACE] FUNCTION | PROCEDURE, BEGIN opens a level, and so
// does CASE inside one; END closes one. A ";" ends the statement only outside every level.
class AtomicBody {
 public:
  // See takes the statement's next token of the default channel.
  void See(const antlr4::Token& token) {
    switch (state_) {
      case State::kStart:
        state_ = token.getType() == SqlLexer::CREATE ? State::kCreate : State::kOther;
        return;
      case State::kCreate:
        if (token.getType() == SqlLexer::FUNCTION || token.getType() == SqlLexer::PROCEDURE) {
          state_ = State::kRoutine;
        } else if (IsWord(token, "rule")) {
          state_ = State::kRule;
        } else if (token.getType() != SqlLexer::OR && token.getType() != SqlLexer::REPLACE) {
          state_ = State::kOther;
        }
        return;
      case State::kRoutine:
        if (IsWord(token, "begin") || (depth_ > 0 && IsWord(token, "case"))) {
          ++depth_;
        } else if (depth_ > 0 && IsWord(token, "end")) {
          --depth_;
        }
        return;
      case State::kRule:
      case State::kOther:
        return;
    }
  }
  bool Open() const { return depth_ > 0; }
  // Whether the statement is CREATE [OR REPLACE] RULE, whose actions in parentheses end with ";".
  bool Rule() const { return state_ == State::kRule; }
  void Reset() { *this = AtomicBody(); }

 private:
  enum class State { kStart, kCreate, kRoutine, kRule, kOther };
  State state_ = State::kStart;
  int depth_ = 0;
};

// Skips the data rows psql reads after "COPY ... FROM stdin;": the rest of the statement's line,
// then every line up to and including the one that is "\." (or to the end of the file).
void SkipCopyData(antlr4::ANTLRInputStream& input, SqlLexer& lexer) {
  auto* simulator = lexer.getInterpreter<antlr4::atn::LexerATNSimulator>();
  // Consumes one line with its end; returns whether it is the end marker "\.".
  auto line = [&] {
    std::string start;
    while (input.LA(1) != antlr4::IntStream::EOF) {
      size_t c = input.LA(1);
      simulator->consume(&input);
      if (c == '\n') {
        break;
      }
      if (start.size() < 3) {
        start += static_cast<char>(c < 0x80 ? c : 0x80);
      }
    }
    return start == "\\." || start == "\\.\r";
  };
  line();
  while (input.LA(1) != antlr4::IntStream::EOF && !line()) {
  }
}

// Warns of an identifier longer than PostgreSQL's 63 bytes, which it truncates (as its NOTICE
// does), once per name and file.
void WarnTruncated(const std::shared_ptr<const base::SourceFile>& file, const antlr4::Token* token,
                   std::set<std::string>& warned, base::DiagnosticSink& sink) {
  // A folded name is never longer than the text it is written as.
  if (token->getText().size() <= kMaxIdentifierBytes) {
    return;
  }
  std::string whole = FoldIdentifierWhole(token);
  std::string name = TruncateIdentifier(whole);
  if (name.size() == whole.size() || !warned.insert(whole).second) {
    return;
  }
  sink.Warning("identifier-truncated", RangeOfToken(file, token),
               fmt::format("identifier is {} bytes long; PostgreSQL truncates it to its first 63 "
                           "bytes, {}, so two names alike in those are one: shorten it",
                           whole.size(), base::QuoteIdentifier(name)));
}

// Lexes `file` and hands each statement to `visit` as soon as its ";" is read, so that only one
// statement's tokens are held at a time. Reports lexical errors (stray characters, nesting
// beyond kMaxNestingDepth, unterminated literals and comments, zero-length quoted identifiers)
// and identifiers PostgreSQL truncates into `sink`; a psql meta-command comes out as a statement of
// its own, an empty statement (a ";" alone) not at all, and the data rows after "COPY ... FROM
// stdin;" are skipped. `visit` returns false to stop early.
template <typename Visit>
void ForEachStatement(const std::shared_ptr<const base::SourceFile>& file,
                      base::DiagnosticSink& sink, Visit visit) {
  antlr4::ANTLRInputStream input(file->text());
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  StatementTokens current;
  std::set<std::string> truncated;
  int depth = 0;
  int case_depth = 0;  // CASE ... END, which nest like parentheses
  AtomicBody atomic;
  bool stop = false;
  auto flush = [&] {
    if (current.has_content && !stop) {
      stop = !visit(std::move(current));
    }
    current = StatementTokens{};
    depth = 0;
    case_depth = 0;
    atomic.Reset();
  };
  auto fail = [&](const antlr4::Token* token, const char* code, const std::string& message) {
    base::SourceRange range = RangeOfToken(file, token);
    range.length = std::min<uint32_t>(range.length, 1);
    sink.Error(code, range, message);
    current.failed = true;
  };
  while (!stop) {
    std::unique_ptr<antlr4::Token> token = lexer.nextToken();
    size_t type = token->getType();
    if (type == antlr4::Token::EOF) {
      break;
    }
    if (type == SqlLexer::META_COMMAND) {
      flush();
      current.tokens.push_back(std::move(token));
      current.has_content = true;
      flush();
      continue;
    }
    const char* unterminated = nullptr;
    switch (type) {
      case SqlLexer::UNTERMINATED_STRING:
      case SqlLexer::UNTERMINATED_ESCAPE_STRING:
        unterminated = "unterminated quoted string; close it with '";
        break;
      case SqlLexer::UNTERMINATED_QUOTED_IDENTIFIER:
        unterminated = "unterminated quoted identifier; close it with \"";
        break;
      case SqlLexer::UNTERMINATED_DOLLAR_STRING:
        unterminated = "unterminated dollar-quoted string; close it with its opening delimiter";
        break;
      case SqlLexer::UNTERMINATED_COMMENT:
        fail(token.get(), "unterminated-comment",
             "unterminated /* comment; close it with */ (comments nest)");
        flush();
        return;
      case SqlLexer::QUOTED_IDENTIFIER:
        if (FoldIdentifierWhole(token.get()).empty()) {
          fail(token.get(), "empty-identifier",
               "zero-length quoted identifier; PostgreSQL has no empty names: write the name "
               "between the quotes");
          break;
        }
        [[fallthrough]];
      case SqlLexer::IDENTIFIER:
        WarnTruncated(file, token.get(), truncated, sink);
        if (type == SqlLexer::IDENTIFIER && token->getText().size() <= 4) {
          std::string word = FoldIdentifierWhole(token.get());
          if (word == "case" && ++case_depth == kMaxNestingDepth + 1) {
            fail(token.get(), "nesting-too-deep",
                 fmt::format("CASE expressions nested more than {} deep; simplify the expression",
                             kMaxNestingDepth));
          } else if (word == "end") {
            case_depth = case_depth > 0 ? case_depth - 1 : 0;
          }
        }
        break;
      case SqlLexer::ERROR_CHAR:
        fail(token.get(), "syntax-error",
             fmt::format("unexpected character {}", Describe(token.get())));
        break;
      case SqlLexer::OPEN_PAREN:
      case SqlLexer::OPEN_BRACKET:
        if (++depth == kMaxNestingDepth + 1) {
          fail(token.get(), "nesting-too-deep",
               fmt::format("parentheses nested more than {} deep; simplify the expression",
                           kMaxNestingDepth));
        }
        break;
      case SqlLexer::CLOSE_PAREN:
      case SqlLexer::CLOSE_BRACKET:
        depth = depth > 0 ? depth - 1 : 0;
        break;
      default:
        break;
    }
    if (unterminated != nullptr) {
      // The literal runs to the end of the file: nothing after it can be parsed.
      fail(token.get(), "unterminated-literal", unterminated);
      flush();
      return;
    }
    current.has_content =
        current.has_content ||
        (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL && type != SqlLexer::SEMI);
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL && type != SqlLexer::SEMI) {
      atomic.See(*token);
    }
    current.tokens.push_back(std::move(token));
    // As psql: a ";" between the parentheses around a rule's actions does not end it.
    if (type == SqlLexer::SEMI && !atomic.Open() && !(atomic.Rule() && depth > 0)) {
      bool copy = IsCopyFromStdin(current.tokens);
      current.copy_from_stdin = copy;
      flush();
      if (copy) {
        SkipCopyData(input, lexer);
      }
    }
  }
  flush();
}

}  // namespace

ast::File ParseFile(const std::shared_ptr<const base::SourceFile>& file,
                    base::DiagnosticSink& sink) {
  ast::File result;
  result.source = file;
  // Every error of this file's parse (lexical and syntax errors, unsupported statements alike) is
  // reported into `local` first and moved to `sink` after each statement: the first
  // kMaxSyntaxErrorsPerFile are shown, the others only counted. The whole file is parsed
  // whatever the number of errors, so that every statement that parses is compiled.
  base::DiagnosticSink local;
  size_t shown = 0;
  size_t hidden = 0;
  base::SourceRange first_hidden;
  auto drain = [&] {
    for (const base::Diagnostic& diagnostic : local.diagnostics()) {
      if (diagnostic.severity != base::Severity::kError || shown < kMaxSyntaxErrorsPerFile) {
        shown += diagnostic.severity == base::Severity::kError ? 1 : 0;
        sink.Add(diagnostic);
      } else if (hidden++ == 0) {
        first_hidden = diagnostic.range;
      }
    }
    local = base::DiagnosticSink();
  };
  ErrorListener listener(file, local);
  AstBuilder builder(file, local);
  FileSettings settings;
  // Each statement is read under the settings the statements before it left (a statement of
  // CREATE SCHEMA under `path`).
  auto add = [&](ast::Statement statement, std::shared_ptr<const ast::SearchPath> path) {
    statement.search_path = path != nullptr ? std::move(path) : settings.search_path();
    statement.check_function_bodies = settings.check_function_bodies();
    settings.GiveAccessMethod(statement);
    if (const auto* setting = std::get_if<ast::Setting>(&statement.body)) {
      settings.Apply(*setting, statement.range, local);
    }
    result.statements.push_back(std::move(statement));
  };
  SqlParser parser(nullptr);
  parser.removeErrorListeners();
  // Parses one statement's tokens and builds it; nullopt after a syntax error, which it reports.
  auto parse =
      [&](std::vector<std::unique_ptr<antlr4::Token>> tokens) -> std::optional<ast::Statement> {
    antlr4::ListTokenSource source(std::move(tokens));
    antlr4::CommonTokenStream stream(&source);
    // Two-stage parsing: the fast SLL mode first, the full LL mode only when SLL fails.
    parser.setTokenStream(&stream);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    SqlParser::SingleStatementContext* tree = nullptr;
    try {
      tree = parser.singleStatement();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    if (tree == nullptr) {
      size_t errors_before = listener.count();
      stream.seek(0);
      parser.setTokenStream(&stream);
      parser.addErrorListener(&listener);
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
          antlr4::atn::PredictionMode::LL);
      listener.StartStatement();
      tree = parser.singleStatement();
      parser.removeErrorListeners();
      if (listener.count() > errors_before) {
        return std::nullopt;
      }
    }
    return builder.Build(tree->statement(), stream);
  };
  // CREATE SCHEMA with the statements it holds, which begin at `elements`: the schema, then each
  // statement as one of its own, read under the schema's path.
  auto add_create_schema = [&](std::vector<std::unique_ptr<antlr4::Token>> tokens,
                               const std::vector<size_t>& elements) {
    std::vector<std::vector<std::unique_ptr<antlr4::Token>>> pieces(elements.size() + 1);
    size_t piece = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      piece += piece < elements.size() && i == elements[piece] ? 1 : 0;
      pieces[piece].push_back(std::move(tokens[i]));
    }
    std::optional<ast::Statement> schema = parse(std::move(pieces[0]));
    const auto* create = schema ? std::get_if<ast::CreateSchema>(&schema->body) : nullptr;
    if (create == nullptr) {
      return;
    }
    if (create->if_not_exists) {
      local.Error("invalid-schema-element", schema->range,
                  "CREATE SCHEMA IF NOT EXISTS cannot hold statements (PostgreSQL refuses it); "
                  "end it with \";\" and write them as statements of their own after it");
      return;
    }
    std::string name = create->name.name;
    std::shared_ptr<const ast::SearchPath> path = SchemaElementPath(name, *settings.search_path());
    add(std::move(*schema), nullptr);
    builder.SetSearchPath(path);
    for (size_t i = 1; i < pieces.size(); ++i) {
      std::optional<ast::Statement> element = parse(std::move(pieces[i]));
      if (element && CheckSchemaElement(*element, name, local)) {
        add(std::move(*element), path);
      }
    }
  };
  bool copy_reported = false;
  ForEachStatement(file, local, [&](StatementTokens statement) {
    builder.SetSearchPath(settings.search_path());
    if (statement.copy_from_stdin) {
      // A data-only or full pg_dump: one error for the file, not one per table, and never one
      // per data row.
      if (!copy_reported && !statement.failed) {
        copy_reported = true;
        base::SourceRange range = RangeOfToken(file, statement.tokens.front().get());
        for (const auto& token : statement.tokens) {
          if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
            range = RangeOfToken(file, token.get());
            break;
          }
        }
        local.Error("unsupported-statement", range,
                    "COPY ... FROM stdin is table data, which schema files do not hold: its "
                    "rows and those of every later COPY in this file are skipped; dump the "
                    "schema alone with pg_dump --schema-only");
      }
      drain();
      return true;
    }
    std::optional<ast::FailedDeclaration> declared = FailedDeclarationOf(file, statement.tokens);
    if (statement.failed) {
      if (declared) {
        result.failed.push_back(std::move(*declared));
      }
      drain();
      return true;
    }
    if (statement.tokens.size() == 1 && statement.tokens[0]->getType() == SqlLexer::META_COMMAND) {
      if (auto built = builder.BuildMetaCommand(statement.tokens[0].get())) {
        add(std::move(*built), nullptr);
      }
      drain();
      return true;
    }
    std::vector<size_t> elements = SchemaElementStarts(statement.tokens);
    if (elements.empty()) {
      size_t errors = local.error_count();
      if (auto built = parse(std::move(statement.tokens))) {
        add(std::move(*built), nullptr);
      } else if (declared && local.error_count() > errors) {
        result.failed.push_back(std::move(*declared));
      }
    } else {
      add_create_schema(std::move(statement.tokens), elements);
    }
    drain();
    return true;
  });
  drain();
  if (hidden > 0) {
    sink.Error("too-many-errors", first_hidden,
               fmt::format("{} more error{} in this file not shown, after the first {}; fix "
                           "those and check again",
                           hidden, hidden == 1 ? "" : "s", kMaxSyntaxErrorsPerFile));
  }
  return result;
}

std::optional<std::vector<ast::ExpressionToken>> TokenizeExpression(std::string_view text) {
  antlr4::ANTLRInputStream input(text.data(), text.size());
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<ast::ExpressionToken> tokens;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF;
       token = lexer.nextToken()) {
    switch (token->getType()) {
      case SqlLexer::UNTERMINATED_STRING:
      case SqlLexer::UNTERMINATED_ESCAPE_STRING:
      case SqlLexer::UNTERMINATED_QUOTED_IDENTIFIER:
      case SqlLexer::UNTERMINATED_DOLLAR_STRING:
      case SqlLexer::UNTERMINATED_COMMENT:
      case SqlLexer::ERROR_CHAR:
      case SqlLexer::META_COMMAND:
      case SqlLexer::SEMI:
        return std::nullopt;
      default:
        break;
    }
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      tokens.push_back(ExpressionTokenOf(token.get()));
    }
  }
  if (tokens.empty()) {
    return std::nullopt;
  }
  return tokens;
}

std::vector<std::pair<size_t, size_t>> StatementSpans(
    const std::shared_ptr<const base::SourceFile>& file) {
  base::DiagnosticSink ignored;
  std::vector<std::pair<size_t, size_t>> spans;
  ForEachStatement(file, ignored, [&](StatementTokens statement) {
    const antlr4::Token* first = nullptr;
    const antlr4::Token* last = nullptr;
    for (const auto& token : statement.tokens) {
      if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
        first = first == nullptr ? token.get() : first;
        last = token.get();
      }
    }
    base::SourceRange begin = RangeOfToken(file, first);
    base::SourceRange end = RangeOfToken(file, last);
    spans.emplace_back(file->OffsetOf(begin.line, begin.column),
                       file->OffsetOf(end.line, end.column) + last->getText().size());
    return true;
  });
  return spans;
}

}  // namespace schemac::parse
