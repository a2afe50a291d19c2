#include "schemac/parse/parser.h"

#include <fmt/format.h>

#include "SqlLexer.h"
#include "SqlParser.h"
#include "ast_builder.h"
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

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t /*line*/,
                   size_t /*column*/, const std::string& /*message*/,
                   std::exception_ptr /*error*/) override {
    ++count_;
    if (count_ > kMaxSyntaxErrorsPerFile) {
      return;
    }
    if (count_ == kMaxSyntaxErrorsPerFile) {
      sink_.Error("too-many-errors", RangeOfToken(file_, offending),
                  fmt::format("too many syntax errors in this file; stopping after {}",
                              kMaxSyntaxErrorsPerFile));
      return;
    }
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
      } else if (!symbolic.empty() && symbolic.find('_') == std::string::npos) {
        std::string word = symbolic;
        names.push_back(word);
      } else if (symbolic == "NULL_") {
        names.emplace_back("NULL");
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
};

// Reports lexical errors (unterminated literals and comments, stray characters) and nesting
// beyond kMaxNestingDepth; returns false when the file should not be parsed.
bool CheckTokens(const std::shared_ptr<const base::SourceFile>& file,
                 const std::vector<antlr4::Token*>& tokens, base::DiagnosticSink& sink) {
  bool ok = true;
  int depth = 0;
  size_t errors = 0;
  for (const antlr4::Token* token : tokens) {
    const char* message = nullptr;
    const char* code = "unterminated-literal";
    switch (token->getType()) {
      case SqlLexer::UNTERMINATED_STRING:
      case SqlLexer::UNTERMINATED_ESCAPE_STRING:
        message = "unterminated quoted string; close it with '";
        break;
      case SqlLexer::UNTERMINATED_QUOTED_IDENTIFIER:
        message = "unterminated quoted identifier; close it with \"";
        break;
      case SqlLexer::UNTERMINATED_DOLLAR_STRING:
        message = "unterminated dollar-quoted string; close it with its opening delimiter";
        break;
      case SqlLexer::UNTERMINATED_COMMENT:
        message = "unterminated /* comment; close it with */ (comments nest)";
        code = "unterminated-comment";
        break;
      case SqlLexer::ERROR_CHAR:
        sink.Error("syntax-error", RangeOfToken(file, token),
                   fmt::format("unexpected character {}", Describe(token)));
        ok = false;
        if (++errors >= kMaxSyntaxErrorsPerFile) {
          return false;
        }
        continue;
      case SqlLexer::OPEN_PAREN:
      case SqlLexer::OPEN_BRACKET:
        if (++depth > kMaxNestingDepth) {
          sink.Error("nesting-too-deep", RangeOfToken(file, token),
                     fmt::format("parentheses nested more than {} deep; simplify the expression",
                                 kMaxNestingDepth));
          return false;
        }
        continue;
      case SqlLexer::CLOSE_PAREN:
      case SqlLexer::CLOSE_BRACKET:
        depth = depth > 0 ? depth - 1 : 0;
        continue;
      case SqlLexer::SEMI:
        depth = 0;
        continue;
      default:
        continue;
    }
    base::SourceRange range = RangeOfToken(file, token);
    range.length = 1;
    sink.Error(code, range, message);
    return false;
  }
  return ok;
}

}  // namespace

ast::File ParseFile(const std::shared_ptr<const base::SourceFile>& file,
                    base::DiagnosticSink& sink) {
  ast::File result;
  result.source = file;
  antlr4::ANTLRInputStream input(file->text());
  SqlLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  if (!CheckTokens(file, tokens.getTokens(), sink)) {
    return result;
  }

  // Two-stage parsing: the fast SLL mode first, the full LL mode only when SLL fails.
  SqlParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  SqlParser::SchemaFileContext* tree = nullptr;
  try {
    tree = parser.schemaFile();
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  ErrorListener listener(file, sink);
  if (tree == nullptr) {
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(&listener);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    tree = parser.schemaFile();
  }
  AstBuilder builder(file, tokens, sink);
  result.statements = builder.BuildFile(tree, listener.count() > 0);
  return result;
}

}  // namespace schemac::parse
