// LIKE in CREATE TABLE: the source whose columns the table copies and the INCLUDING and EXCLUDING
// options, applied in order as PostgreSQL applies them. The copy itself is the server's.
#include <set>

#include "ast_builder.h"
#include "token_text.h"

namespace schemac::parse {
namespace {

const std::set<std::string>& LikeOptions() {
  static const std::set<std::string> options = {
      "all",       "comments", "compression", "constraints", "defaults",
      "generated", "identity", "indexes",     "statistics",  "storage",
  };
  return options;
}

}  // namespace

std::optional<ast::TableLike> AstBuilder::BuildTableLike(P::TableLikeContext* ctx) {
  ast::TableLike out;
  out.source = BuildQualifiedName(ctx->qualifiedName());
  out.range = Range(ctx);
  // The words after the source name come in pairs: INCLUDING | EXCLUDING, then what.
  std::vector<antlr4::Token*> words;
  for (size_t i = ctx->qualifiedName()->getStop()->getTokenIndex() + 1;
       i <= ctx->getStop()->getTokenIndex(); ++i) {
    if (tokens_->get(i)->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      words.push_back(tokens_->get(i));
    }
  }
  for (size_t i = 0; i + 1 < words.size(); i += 2) {
    std::string verb = FoldIdentifier(words[i]);
    if (verb != "including" && verb != "excluding") {
      ReportSyntaxError(words[i], "INCLUDING or EXCLUDING");
      return std::nullopt;
    }
    std::string what = FoldIdentifier(words[i + 1]);
    if (LikeOptions().count(what) == 0) {
      ReportSyntaxError(words[i + 1],
                        "ALL, COMMENTS, COMPRESSION, CONSTRAINTS, DEFAULTS, GENERATED, IDENTITY, "
                        "INDEXES, STATISTICS or STORAGE");
      return std::nullopt;
    }
    out.options += (out.options.empty() ? "" : " ") + UpperCase(verb) + " " + UpperCase(what);
    bool on = verb == "including";
    bool all = what == "all";
    if (all || what == "defaults") {
      out.defaults = on;
    }
    if (all || what == "generated") {
      out.generated = on;
    }
    if (all || what == "identity") {
      out.identity = on;
    }
    if (all || what == "compression") {
      out.compression = on;
    }
  }
  return out;
}

}  // namespace schemac::parse
