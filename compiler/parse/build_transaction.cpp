// BEGIN, START TRANSACTION, COMMIT and END in a schema file: they group its statements into one
// transaction, as psql runs it, and declare nothing. They reach the settings of the file as a
// Setting named "begin" or "commit", since SET LOCAL lasts to the end of the transaction.
#include <set>
#include <string>

#include "SqlLexer.h"
#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

using grammar::SqlLexer;

// "begin" or "commit" for a statement that starts or ends a transaction, else "".
std::string TransactionWord(const std::vector<antlr4::Token*>& tokens) {
  std::string first = tokens.empty() ? "" : Word(tokens[0]);
  if (first == "begin" ||
      (first == "start" && tokens.size() > 1 && Word(tokens[1]) == "transaction")) {
    return "begin";
  }
  return first == "commit" || first == "end" ? "commit" : "";
}

}  // namespace

bool AstBuilder::IsTransactionControl(P::UnsupportedStatementContext* ctx) const {
  return !TransactionWord(DefaultTokens(ctx)).empty();
}

std::optional<ast::StatementBody> AstBuilder::BuildTransactionControl(
    P::UnsupportedStatementContext* ctx) {
  std::vector<antlr4::Token*> tokens = DefaultTokens(ctx);
  auto word = [&](size_t i) { return i < tokens.size() ? Word(tokens[i]) : std::string(); };
  ast::Setting out;
  out.name = TransactionWord(tokens);
  size_t i = word(0) == "start" ? 2 : 1;
  // The words of the transaction modes (ISOLATION LEVEL ..., READ WRITE, [NOT] DEFERRABLE) and of
  // WORK, TRANSACTION and AND [NO] CHAIN: none changes what the statements declare.
  static const std::set<std::string> kWords = {
      "work",       "transaction", "isolation",   "level", "serializable", "repeatable",
      "read",       "committed",   "uncommitted", "write", "only",         "not",
      "deferrable", "and",         "no",          "chain"};
  for (; i < tokens.size(); ++i) {
    if (tokens[i]->getType() != SqlLexer::COMMA && kWords.count(word(i)) == 0) {
      ReportSyntaxError(tokens[i], out.name == "begin" ? "a transaction mode" : "AND CHAIN");
      return std::nullopt;
    }
  }
  out.text = BuildExpression(ctx).text;
  return ast::StatementBody{std::move(out)};
}

}  // namespace schemac::parse
