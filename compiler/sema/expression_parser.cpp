// Expression tokens to a tree, with the precedence of PostgreSQL 15's gram.y.
#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <utility>

#include "schemac/base/quote.h"
#include "schemac/parse/literals.h"

#include "expression.h"
#include "expression_tree.h"
#include "types.h"

namespace schemac::sema::expr {
namespace {

using TokenKind = ast::ExpressionToken::Kind;

// Thrown inside the parser for anything outside the supported grammar; caught by Parse().
struct Unsupported {};

[[noreturn]] void Fail() {
  throw Unsupported{};
}

struct Token {
  enum Type { kWord, kQuoted, kString, kNumber, kOperator, kPunctuation };
  Type type = kPunctuation;
  std::string text;
};

bool IsOperatorChar(char c) {
  return std::string_view("+-*/<>=~!@#%^&|`?").find(c) != std::string_view::npos;
}

// PostgreSQL's lexer ends a multi-character operator before a trailing + or - unless the
// operator holds one of ~ ! @ # % ^ & | ` ? (so "<-" is "<" then "-"); the project's lexer
// keeps them together.
void SplitOperator(std::string text, std::vector<Token>& out) {
  while (!text.empty()) {
    size_t length = text.size();
    if (length > 1 && (text[length - 1] == '+' || text[length - 1] == '-') &&
        text.substr(0, length - 1).find_first_of("~!@#%^&|`?") == std::string::npos) {
      while (length > 1 && (text[length - 1] == '+' || text[length - 1] == '-')) {
        --length;
      }
    }
    std::string op = text.substr(0, length);
    out.push_back({Token::kOperator, op == "!=" ? "<>" : op});
    text.erase(0, length);
  }
}

std::vector<Token> Lex(const std::vector<ast::ExpressionToken>& tokens) {
  std::vector<Token> out;
  for (const ast::ExpressionToken& token : tokens) {
    switch (token.kind) {
      case TokenKind::kIdentifier:
      case TokenKind::kKeyword:
        out.push_back({Token::kWord, token.text});
        break;
      case TokenKind::kQuotedIdentifier:
        out.push_back({Token::kQuoted, token.text});
        break;
      case TokenKind::kString:
        out.push_back({Token::kString, token.text});
        break;
      case TokenKind::kNumber:
        out.push_back({Token::kNumber, token.text});
        break;
      case TokenKind::kOperator:
        if (!std::all_of(token.text.begin(), token.text.end(), IsOperatorChar)) {
          Fail();
        }
        SplitOperator(token.text, out);
        break;
      case TokenKind::kPunctuation:
        out.push_back({Token::kPunctuation, token.text});
        break;
    }
  }
  return out;
}

// A string token as a node: its value requoted as a standard literal.
Node StringNode(const std::string& text) {
  Node node;
  char first = text[0];
  if (first == 'b' || first == 'B' || first == 'x' || first == 'X') {
    node.kind = NodeKind::kBitString;
    node.text = text;
    return node;
  }
  std::optional<std::string> value = parse::DecodeStringLiteral(text);
  if (!value) {
    Fail();
  }
  node.kind = NodeKind::kString;
  node.text = base::QuoteLiteral(*value);
  return node;
}

// Words that are never a column or function name where a primary expression is expected.
bool IsReservedHere(const std::string& word) {
  static const std::set<std::string, std::less<>> words = {
      "all",      "and",    "any",     "as",      "asc",       "asymmetric", "at",      "between",
      "both",     "by",     "collate", "default", "desc",      "distinct",   "do",      "else",
      "end",      "escape", "except",  "exists",  "filter",    "for",        "from",    "group",
      "having",   "ilike",  "in",      "into",    "is",        "isnull",     "leading", "like",
      "limit",    "not",    "notnull", "offset",  "on",        "or",         "order",   "over",
      "placing",  "select", "similar", "some",    "symmetric", "table",      "then",    "to",
      "trailing", "union",  "using",   "values",  "variadic",  "when",       "where",   "window",
      "with",     "within"};
  return words.count(word) > 0;
}

// SQL value words written without parentheses (SQLValueFunction and friends).
bool IsValueWord(const std::string& word) {
  static const std::set<std::string, std::less<>> words = {
      "current_catalog", "current_date",      "current_role", "current_schema",
      "current_time",    "current_timestamp", "current_user", "localtime",
      "localtimestamp",  "session_user",      "system_user",  "user"};
  return words.count(word) > 0;
}

// Function names with a grammar production of their own: ruleutils prints them bare, and a
// quoted name would call a different (usually missing) function.
bool IsSqlSyntaxFunction(const std::string& word) {
  static const std::set<std::string, std::less<>> words = {
      "coalesce", "current_time", "current_timestamp", "greatest",
      "least",    "localtime",    "localtimestamp",    "normalize",
      "nullif",   "trim",         "xmlconcat"};
  return words.count(word) > 0;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Node ParseAll() {
    Node node = Expression(0);
    if (pos_ != tokens_.size()) {
      Fail();
    }
    return node;
  }

 private:
  const Token* Peek(size_t ahead = 0) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }
  bool IsWord(size_t ahead, std::string_view word) const {
    const Token* token = Peek(ahead);
    return token != nullptr && token->type == Token::kWord && token->text == word;
  }
  bool IsPunctuation(size_t ahead, std::string_view text) const {
    const Token* token = Peek(ahead);
    return token != nullptr && token->type == Token::kPunctuation && token->text == text;
  }
  bool IsOperator(size_t ahead, std::string_view text) const {
    const Token* token = Peek(ahead);
    return token != nullptr && token->type == Token::kOperator && token->text == text;
  }
  bool IsName(size_t ahead) const {
    const Token* token = Peek(ahead);
    return token != nullptr && (token->type == Token::kWord || token->type == Token::kQuoted);
  }
  void ExpectWord(std::string_view word) {
    if (!IsWord(0, word)) {
      Fail();
    }
    ++pos_;
  }
  void ExpectPunctuation(std::string_view text) {
    if (!IsPunctuation(0, text)) {
      Fail();
    }
    ++pos_;
  }

  // Finishes a composite node: its height, bounded.
  static Node Finish(Node node) {
    int height = 0;
    for (const Node& child : node.children) {
      height = std::max(height, child.height);
    }
    node.height = height + 1;
    if (node.height > kMaxExpressionDepth) {
      Fail();
    }
    return node;
  }
  static Node Make(NodeKind kind, std::string text, std::vector<Node> children) {
    Node node;
    node.kind = kind;
    node.text = std::move(text);
    node.children = std::move(children);
    return Finish(std::move(node));
  }

  // The infix construct at the current token: its level, or 0 when there is none.
  int InfixLevel() const {
    const Token* token = Peek();
    if (token == nullptr) {
      return 0;
    }
    if (token->type == Token::kWord) {
      const std::string& word = token->text;
      if (word == "or") {
        return kLevelOr;
      }
      if (word == "and") {
        return kLevelAnd;
      }
      if (word == "is" || word == "isnull" || word == "notnull") {
        return kLevelIs;
      }
      if (word == "in" || word == "like" || word == "ilike" || word == "similar" ||
          word == "between") {
        return kLevelPattern;
      }
      if (word == "not" && (IsWord(1, "in") || IsWord(1, "like") || IsWord(1, "ilike") ||
                            IsWord(1, "similar") || IsWord(1, "between"))) {
        return kLevelPattern;
      }
      if (word == "at" && IsWord(1, "time") && IsWord(2, "zone")) {
        return kLevelAtTimeZone;
      }
      if (word == "collate") {
        return kLevelCollate;
      }
      return 0;
    }
    if (token->type == Token::kOperator) {
      const std::string& op = token->text;
      if (op == "=>") {
        Fail();  // named argument
      }
      if (IsComparison(op)) {
        return kLevelComparison;
      }
      if (op == "+" || op == "-") {
        return kLevelAdditive;
      }
      if (op == "*" || op == "/" || op == "%") {
        return kLevelMultiplicative;
      }
      return op == "^" ? kLevelPower : kLevelOther;
    }
    return 0;
  }

  Node Expression(int min_level) {
    if (++depth_ > kMaxExpressionDepth) {
      Fail();
    }
    Node left = PrefixExpression();
    for (;;) {
      int level = InfixLevel();
      if (level == 0 || level < min_level) {
        break;
      }
      left = Infix(std::move(left), level);
      bool nonassociative =
          level == kLevelIs || level == kLevelComparison || level == kLevelPattern;
      if (nonassociative && InfixLevel() == level) {
        Fail();  // PostgreSQL rejects a = b = c
      }
    }
    --depth_;
    return left;
  }

  Node Infix(Node left, int level) {
    const Token& token = tokens_[pos_];
    if (token.type == Token::kOperator) {
      ++pos_;
      std::string op = token.text;
      if (op == "~~" || op == "~~*" || op == "!~~" || op == "!~~*") {
        op = op == "~~" ? "like" : op == "~~*" ? "ilike" : op == "!~~" ? "not like" : "not ilike";
      }
      if (IsQuantifier()) {
        return Quantified(std::move(left), op);
      }
      return Make(NodeKind::kBinary, op, {std::move(left), Expression(level + 1)});
    }
    const std::string word = token.text;
    ++pos_;
    if (word == "or" || word == "and") {
      Node right = Expression(level + 1);
      if (left.kind == NodeKind::kLogical && left.text == word) {
        left.height = std::max(left.height, right.height + 1);
        left.children.push_back(std::move(right));
        return left;
      }
      return Make(NodeKind::kLogical, word, {std::move(left), std::move(right)});
    }
    if (word == "isnull" || word == "notnull") {
      return Make(NodeKind::kIsTest, word == "isnull" ? "null" : "not null", {std::move(left)});
    }
    if (word == "is") {
      return IsTest(std::move(left));
    }
    if (word == "at") {
      pos_ += 2;
      return Make(NodeKind::kBinary, "at time zone", {std::move(left), Expression(level + 1)});
    }
    if (word == "collate") {
      std::string name = QualifiedName();
      if (name.starts_with("pg_catalog.")) {
        name.erase(0, std::string_view("pg_catalog.").size());
      }
      return Make(NodeKind::kCollate, name, {std::move(left)});
    }
    bool negated = word == "not";
    std::string what = negated ? tokens_[pos_++].text : word;
    if (what == "in") {
      return InList(std::move(left), negated);
    }
    if (what == "between") {
      return Between(std::move(left), negated);
    }
    std::string op = what;
    if (what == "similar") {
      ExpectWord("to");
      op = "similar to";
    } else if (IsQuantifier()) {
      return Quantified(std::move(left), negated ? "not " + op : op);
    }
    std::vector<Node> children = {std::move(left), Expression(level + 1)};
    if (IsWord(0, "escape")) {
      ++pos_;
      children.push_back(Expression(level + 1));
    }
    return Make(NodeKind::kBinary, negated ? "not " + op : op, std::move(children));
  }

  bool IsQuantifier() const {
    return (IsWord(0, "any") || IsWord(0, "all") || IsWord(0, "some")) && IsPunctuation(1, "(");
  }

  // "op any (array)" and "op all (array)", after the operator.
  Node Quantified(Node left, std::string op) {
    std::string quantifier = tokens_[pos_].text == "all" ? "all" : "any";
    pos_ += 2;
    if (IsWord(0, "select") || IsWord(0, "with") || IsWord(0, "values")) {
      Fail();
    }
    Node right = Expression(0);
    ExpectPunctuation(")");
    Node node = Make(NodeKind::kAnyAll, std::move(op), {std::move(left), std::move(right)});
    node.quantifier = quantifier;
    return node;
  }

  Node IsTest(Node left) {
    bool negated = IsWord(0, "not");
    pos_ += negated ? 1 : 0;
    std::string prefix = negated ? "not " : "";
    for (const char* word : {"null", "true", "false", "unknown"}) {
      if (IsWord(0, word)) {
        ++pos_;
        return Make(NodeKind::kIsTest, prefix + word, {std::move(left)});
      }
    }
    ExpectWord("distinct");
    ExpectWord("from");
    return Make(NodeKind::kBinary, "is " + prefix + "distinct from",
                {std::move(left), Expression(kLevelIs + 1)});
  }

  Node InList(Node left, bool negated) {
    ExpectPunctuation("(");
    if (IsWord(0, "select") || IsWord(0, "with") || IsWord(0, "values")) {
      Fail();
    }
    std::vector<Node> children;
    children.push_back(std::move(left));
    do {
      children.push_back(Expression(0));
    } while (IsPunctuation(0, ",") && ++pos_ > 0);
    ExpectPunctuation(")");
    Node node = Make(NodeKind::kIn, "", std::move(children));
    node.negated = negated;
    return node;
  }

  Node Between(Node left, bool negated) {
    if (IsWord(0, "symmetric")) {
      Fail();
    }
    if (IsWord(0, "asymmetric")) {
      ++pos_;
    }
    Node low = Expression(kLevelPattern + 1);
    ExpectWord("and");
    Node high = Expression(kLevelPattern + 1);
    Node copy = left;
    Node first = Make(NodeKind::kBinary, negated ? "<" : ">=", {std::move(left), std::move(low)});
    Node second = Make(NodeKind::kBinary, negated ? ">" : "<=", {std::move(copy), std::move(high)});
    return Make(NodeKind::kLogical, negated ? "or" : "and", {std::move(first), std::move(second)});
  }

  Node PrefixExpression() {
    const Token* token = Peek();
    if (token == nullptr) {
      Fail();
    }
    if (token->type == Token::kWord && token->text == "not") {
      ++pos_;
      return Make(NodeKind::kUnary, "not", {Expression(kLevelNot)});
    }
    if (token->type == Token::kOperator) {
      std::string op = token->text;
      if (IsComparison(op) || op == "*" || op == "/" || op == "%" || op == "^" || op == "=>") {
        Fail();
      }
      ++pos_;
      if (op == "-" || op == "+") {
        Node operand = Expression(kLevelUnary);
        if (op == "-" && operand.kind == NodeKind::kNumber && operand.text[0] != '-') {
          operand.text = "-" + operand.text;
          return operand;
        }
        return Make(NodeKind::kUnary, op, {std::move(operand)});
      }
      return Make(NodeKind::kUnary, op, {Expression(kLevelOther + 1)});
    }
    return Postfix(Primary());
  }

  Node Postfix(Node node) {
    for (;;) {
      if (IsPunctuation(0, "::")) {
        ++pos_;
        std::optional<std::string> type = TypeName();
        if (!type) {
          Fail();
        }
        node = Make(NodeKind::kCast, *type, {std::move(node)});
      } else if (IsPunctuation(0, "[")) {
        ++pos_;
        Node subscript = Make(NodeKind::kSubscript, "", {std::move(node), Expression(0)});
        if (IsPunctuation(0, ":")) {
          ++pos_;
          subscript.slice = true;
          subscript.children.push_back(Expression(0));
          subscript = Finish(std::move(subscript));
        }
        ExpectPunctuation("]");
        node = std::move(subscript);
      } else if (IsPunctuation(0, ".")) {
        Fail();  // field selection
      } else {
        return node;
      }
    }
  }

  Node Primary() {
    const Token& token = *Peek();
    if (token.type == Token::kNumber) {
      ++pos_;
      Node node;
      node.kind = NodeKind::kNumber;
      node.text = token.text[0] == '.' ? "0" + token.text : token.text;
      return node;
    }
    if (token.type == Token::kString) {
      ++pos_;
      if (Peek() != nullptr && Peek()->type == Token::kString) {
        Fail();
      }
      return StringNode(token.text);
    }
    if (token.type == Token::kPunctuation && token.text == "(") {
      ++pos_;
      if (IsWord(0, "select") || IsWord(0, "with") || IsWord(0, "values") || IsWord(0, "table")) {
        Fail();
      }
      std::vector<Node> items;
      do {
        items.push_back(Expression(0));
      } while (IsPunctuation(0, ",") && ++pos_ > 0);
      ExpectPunctuation(")");
      return items.size() == 1 ? std::move(items[0]) : Make(NodeKind::kRow, "", std::move(items));
    }
    if (token.type == Token::kWord) {
      return WordPrimary(token.text);
    }
    if (token.type == Token::kQuoted) {
      return NamePrimary();
    }
    Fail();
  }

  Node WordPrimary(const std::string& word) {
    if (word == "true" || word == "false" || word == "null") {
      ++pos_;
      Node node;
      node.kind = word == "null" ? NodeKind::kNull : NodeKind::kBoolean;
      node.text = word;
      return node;
    }
    if (word == "case") {
      return Case();
    }
    if (word == "cast" && IsPunctuation(1, "(")) {
      pos_ += 2;
      Node operand = Expression(0);
      ExpectWord("as");
      std::optional<std::string> type = TypeName();
      if (!type) {
        Fail();
      }
      ExpectPunctuation(")");
      return Make(NodeKind::kCast, *type, {std::move(operand)});
    }
    if (word == "array" && IsPunctuation(1, "[")) {
      pos_ += 2;
      return ArrayBody();
    }
    if (word == "row" && IsPunctuation(1, "(")) {
      pos_ += 2;
      std::vector<Node> items;
      if (!IsPunctuation(0, ")")) {
        do {
          items.push_back(Expression(0));
        } while (IsPunctuation(0, ",") && ++pos_ > 0);
      }
      ExpectPunctuation(")");
      return Make(NodeKind::kRow, "", std::move(items));
    }
    // position(a in b) and extract(f from x) only exist in their own syntax.
    if (IsReservedHere(word) || word == "array" || word == "row" || word == "cast" ||
        ((word == "position" || word == "extract") && IsPunctuation(1, "("))) {
      Fail();
    }
    if (IsValueWord(word)) {
      ++pos_;
      if (!IsPunctuation(0, "(")) {
        Node node;
        node.kind = NodeKind::kWord;
        node.text = word;
        return node;
      }
      return Call({word}, IsSqlSyntaxFunction(word));
    }
    auto is_string = [&](size_t ahead) {
      return Peek(ahead) != nullptr && Peek(ahead)->type == Token::kString;
    };
    if ((word == "n" && is_string(1)) || (word == "u" && IsOperator(1, "&") && is_string(2))) {
      Fail();  // N'...' and U&'...' strings, which the lexer splits
    }
    // A typed literal: a type name followed by a string (interval '1 day').
    size_t start = pos_;
    if (std::optional<std::string> type = TypeName();
        type && Peek() != nullptr && Peek()->type == Token::kString) {
      Node literal = StringNode(tokens_[pos_++].text);
      if (literal.kind != NodeKind::kString) {
        Fail();
      }
      return Make(NodeKind::kCast, *type, {std::move(literal)});
    }
    pos_ = start;
    return NamePrimary();
  }

  // A column reference or a function call.
  Node NamePrimary() {
    bool quoted = Peek()->type == Token::kQuoted;
    std::vector<std::string> names = {tokens_[pos_++].text};
    while (IsPunctuation(0, ".")) {
      if (!IsName(1)) {
        Fail();  // a.*
      }
      names.push_back(tokens_[pos_ + 1].text);
      pos_ += 2;
    }
    if (IsPunctuation(0, "(")) {
      bool bare = names.size() == 1 && !quoted && IsSqlSyntaxFunction(names[0]);
      if (names.size() == 2 && names[0] == "pg_catalog") {
        names.erase(names.begin());
      }
      return Call(std::move(names), bare);
    }
    if (names.size() > 3) {
      Fail();
    }
    Node node;
    node.kind = NodeKind::kColumn;
    node.names = std::move(names);
    return node;
  }

  Node Call(std::vector<std::string> names, bool bare) {
    ExpectPunctuation("(");
    Node node;
    node.kind = NodeKind::kFunction;
    node.names = std::move(names);
    node.bare = bare;
    if (IsOperator(0, "*") && IsPunctuation(1, ")")) {
      ++pos_;
      node.star = true;
    } else if (!IsPunctuation(0, ")")) {
      do {
        node.children.push_back(Expression(0));
      } while (IsPunctuation(0, ",") && ++pos_ > 0);
    }
    ExpectPunctuation(")");
    return Finish(std::move(node));
  }

  Node Case() {
    ++pos_;
    Node node;
    node.kind = NodeKind::kCase;
    if (!IsWord(0, "when")) {
      node.has_argument = true;
      node.children.push_back(Expression(0));
    }
    while (IsWord(0, "when")) {
      ++pos_;
      node.children.push_back(Expression(0));
      ExpectWord("then");
      node.children.push_back(Expression(0));
    }
    if (node.children.size() < (node.has_argument ? 3u : 2u)) {
      Fail();
    }
    if (IsWord(0, "else")) {
      ++pos_;
      node.has_else = true;
      node.children.push_back(Expression(0));
    }
    ExpectWord("end");
    return Finish(std::move(node));
  }

  // The elements of an array constructor after its "[", through the closing "]".
  Node ArrayBody() {
    if (++depth_ > kMaxExpressionDepth) {
      Fail();
    }
    Node node;
    node.kind = NodeKind::kArray;
    if (!IsPunctuation(0, "]")) {
      do {
        if (IsPunctuation(0, "[")) {
          ++pos_;
          node.children.push_back(ArrayBody());
        } else {
          node.children.push_back(Expression(0));
        }
      } while (IsPunctuation(0, ",") && ++pos_ > 0);
    }
    ExpectPunctuation("]");
    --depth_;
    return Finish(std::move(node));
  }

  // A possibly qualified name, each part quoted as needed, joined with dots.
  std::string QualifiedName() {
    std::string text;
    do {
      if (!IsName(0)) {
        Fail();
      }
      text += (text.empty() ? "" : ".") + base::QuoteIdentifier(tokens_[pos_++].text);
    } while (IsPunctuation(0, ".") && ++pos_ > 0);
    return text;
  }

  // A type name at the current token in format_type()'s spelling; nullopt, with the position
  // anywhere, when the tokens do not spell one.
  std::optional<std::string> TypeName() {
    ast::TypeName type;
    if (IsWord(0, "double") && IsWord(1, "precision")) {
      pos_ += 2;
      type.name = {"double precision"};
      type.sql_standard = true;
    } else if (IsWord(0, "character") || IsWord(0, "char") ||
               (IsWord(0, "national") && (IsWord(1, "character") || IsWord(1, "char")))) {
      pos_ += IsWord(0, "national") ? 2 : 1;
      bool varying = IsWord(0, "varying");
      pos_ += varying ? 1 : 0;
      type.name = {varying ? "character varying" : "character"};
      type.sql_standard = true;
    } else if (IsWord(0, "bit")) {
      ++pos_;
      bool varying = IsWord(0, "varying");
      pos_ += varying ? 1 : 0;
      type.name = {varying ? "bit varying" : "bit"};
      type.sql_standard = true;
    } else if (IsWord(0, "timestamp") || IsWord(0, "time")) {
      std::string name = tokens_[pos_++].text;
      if (!TypeModifiers(type)) {
        return std::nullopt;
      }
      bool zone =
          (IsWord(0, "with") || IsWord(0, "without")) && IsWord(1, "time") && IsWord(2, "zone");
      bool with = zone && IsWord(0, "with");
      pos_ += zone ? 3 : 0;
      type.name = {name + (with ? " with time zone" : " without time zone")};
      type.sql_standard = true;
    } else if (IsWord(0, "interval")) {
      ++pos_;
      type.name = {"interval"};
      type.sql_standard = true;
    } else if (IsName(0)) {
      type.name.push_back(tokens_[pos_++].text);
      while (IsPunctuation(0, ".") && IsName(1)) {
        type.name.push_back(tokens_[pos_ + 1].text);
        pos_ += 2;
      }
    } else {
      return std::nullopt;
    }
    if (!TypeModifiers(type)) {
      return std::nullopt;
    }
    while (IsPunctuation(0, "[")) {
      bool bounded = Peek(1) != nullptr && Peek(1)->type == Token::kNumber;
      if (!IsPunctuation(bounded ? 2 : 1, "]")) {
        return std::nullopt;
      }
      pos_ += bounded ? 3 : 2;
      ++type.array_dimensions;
    }
    if (type.array_dimensions == 0 && IsWord(0, "array")) {
      ++pos_;
      type.array_dimensions = 1;
      if (IsPunctuation(0, "[") && Peek(1) != nullptr && Peek(1)->type == Token::kNumber &&
          IsPunctuation(2, "]")) {
        pos_ += 3;
      }
    }
    return FormatType(type);
  }

  // Reads "(m, ...)" when present; false when it is not a modifier list.
  bool TypeModifiers(ast::TypeName& type) {
    if (!IsPunctuation(0, "(") || !type.modifiers.empty()) {
      return true;
    }
    ++pos_;
    do {
      const Token* token = Peek();
      if (token == nullptr) {
        return false;
      }
      if (token->type == Token::kNumber || token->type == Token::kString ||
          token->type == Token::kWord) {
        type.modifiers.push_back(token->text);
        ++pos_;
      } else if (IsOperator(0, "-") && Peek(1) != nullptr && Peek(1)->type == Token::kNumber) {
        type.modifiers.push_back("-" + Peek(1)->text);
        pos_ += 2;
      } else {
        return false;
      }
    } while (IsPunctuation(0, ",") && ++pos_ > 0);
    if (!IsPunctuation(0, ")")) {
      return false;
    }
    ++pos_;
    return true;
  }

  static std::optional<std::string> FormatType(const ast::TypeName& type) {
    FormattedType formatted;
    if (type.sql_standard) {
      formatted = FormatBuiltinType(type.name[0], type);
    } else if (type.name.size() > 2) {
      return std::nullopt;
    } else {
      std::optional<std::string> builtin;
      if (type.name.size() == 1 || type.name[0] == "pg_catalog") {
        builtin = BuiltinTypeName(type.name.back());
      }
      if (builtin && *builtin == "bit" && type.modifiers.empty()) {
        // The quoted name: bit of any length (an unquoted bit is bit(1)).
        formatted.text = type.array_dimensions > 0 ? "\"bit\"[]" : "\"bit\"";
      } else if (builtin) {
        formatted = FormatBuiltinType(*builtin, type);
      } else {
        std::string quoted;
        for (const std::string& part : type.name) {
          quoted += (quoted.empty() ? "" : ".") + base::QuoteIdentifier(part);
        }
        formatted.text = FormatUserType(quoted, type);
      }
    }
    if (!formatted.error.empty() || formatted.text.empty()) {
      return std::nullopt;
    }
    return formatted.text;
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

bool IsComparison(std::string_view op) {
  return op == "=" || op == "<>" || op == "<" || op == ">" || op == "<=" || op == ">=";
}

int BinaryLevel(std::string_view op) {
  if (IsComparison(op)) {
    return kLevelComparison;
  }
  if (op == "is distinct from" || op == "is not distinct from") {
    return kLevelIs;
  }
  if (op == "like" || op == "ilike" || op == "not like" || op == "not ilike" ||
      op == "similar to" || op == "not similar to") {
    return kLevelPattern;
  }
  if (op == "+" || op == "-") {
    return kLevelAdditive;
  }
  if (op == "*" || op == "/" || op == "%") {
    return kLevelMultiplicative;
  }
  if (op == "^") {
    return kLevelPower;
  }
  return op == "at time zone" ? kLevelAtTimeZone : kLevelOther;
}

std::optional<Node> Parse(const std::vector<ast::ExpressionToken>& tokens) {
  try {
    Parser parser(Lex(tokens));
    return parser.ParseAll();
  } catch (const Unsupported&) {
    return std::nullopt;
  }
}

}  // namespace schemac::sema::expr
