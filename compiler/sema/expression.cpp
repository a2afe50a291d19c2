#include "expression.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "schemac/base/quote.h"
#include "schemac/parse/literals.h"

#include "expression_tree.h"
#include "expression_types.h"

namespace schemac::sema {
namespace {

using expr::BaseType;
using expr::CastSpelling;
using expr::CommonType;
using expr::ContainsColumn;
using expr::Family;
using expr::HasModifiers;
using expr::IsConstant;
using expr::IsUnknownLiteral;
using expr::Join;
using expr::MakeNode;
using expr::Node;
using expr::NodeKind;
using expr::NumberType;
using expr::Rank;
using expr::Resolve;

constexpr std::string_view kUnknown = "unknown";  // the type of a bare string or null literal

// ---------------------------------------------------------------------------------------------
// Canonicalisation.

class Canonicalizer {
 public:
  Canonicalizer(const ColumnTypes& columns, const SequenceSchema& sequence_schema,
                const std::string& target_type)
      : columns_(columns), sequence_schema_(sequence_schema), target_type_(target_type) {}

  Node Run(Node node) {
    node = Canon(std::move(node));
    // A default or generation expression is coerced to its column's type (by an assignment
    // cast, which exists from an untyped literal to any type and between numeric types): a cast
    // to that type, or between number types, changes nothing. Without a column type, every such
    // cast of a constant is taken to be one.
    std::string target = target_type_.empty() ? "" : BaseType(target_type_);
    while (node.kind == NodeKind::kCast && IsConstant(node) && !HasModifiers(node.text)) {
      const Node& operand = node.children[0];
      std::string cast = BaseType(node.text);
      bool number = Rank(TypeOf(operand)).first == Family::kNumeric &&
                    Rank(cast).first == Family::kNumeric &&
                    (target.empty() || Rank(target).first == Family::kNumeric);
      bool to_target = (target.empty() || cast == target) && IsUnknownLiteral(*Innermost(node));
      if (!number && !to_target) {
        break;
      }
      node = std::move(node.children[0]);
    }
    return node;
  }

 private:
  // The base type of an expression's value, kUnknown for a bare literal, empty when not known.
  std::string TypeOf(const Node& node) const {
    switch (node.kind) {
      case NodeKind::kNumber:
        return NumberType(node.text);
      case NodeKind::kString:
      case NodeKind::kNull:
        return std::string(kUnknown);
      case NodeKind::kBoolean:
      case NodeKind::kLogical:
      case NodeKind::kIsTest:
      case NodeKind::kIn:
      case NodeKind::kAnyAll:
        return "boolean";
      case NodeKind::kColumn: {
        auto it = node.names.size() == 1 ? columns_.find(node.names[0]) : columns_.end();
        return it == columns_.end() ? "" : BaseType(it->second);
      }
      case NodeKind::kWord:
        return WordType(node.text);
      case NodeKind::kFunction:
        return FunctionType(node);
      case NodeKind::kCast:
        return BaseType(node.text);
      case NodeKind::kUnary:
        if (node.text == "not") {
          return "boolean";
        }
        return node.text == "-" || node.text == "+" ? NumericOrEmpty(TypeOf(node.children[0])) : "";
      case NodeKind::kBinary:
        return BinaryType(node);
      case NodeKind::kCase: {
        std::vector<const Node*> results;
        if (node.has_else) {
          results.push_back(&node.children.back());
        }
        size_t end = node.children.size() - (node.has_else ? 1 : 0);
        for (size_t i = node.has_argument ? 2 : 1; i < end; i += 2) {
          results.push_back(&node.children[i]);
        }
        return GroupType(results, true);
      }
      case NodeKind::kArray: {
        std::vector<const Node*> elements;
        for (const Node& child : node.children) {
          elements.push_back(&child);
        }
        std::string element = elements.empty() ? "" : GroupType(elements, true);
        return element.empty() || element.ends_with("[]") ? element : element + "[]";
      }
      case NodeKind::kSubscript: {
        std::string array = TypeOf(node.children[0]);
        if (!array.ends_with("[]")) {
          return "";
        }
        return node.slice ? array : array.substr(0, array.size() - 2);
      }
      case NodeKind::kCollate:
        return TypeOf(node.children[0]);
      default:
        return "";
    }
  }

  static std::string NumericOrEmpty(std::string type) {
    return Rank(type).first == Family::kNumeric ? type : "";
  }

  static std::string WordType(const std::string& word) {
    if (word == "current_date") {
      return "date";
    }
    if (word == "current_timestamp") {
      return "timestamp with time zone";
    }
    if (word == "localtimestamp") {
      return "timestamp without time zone";
    }
    if (word == "current_time") {
      return "time with time zone";
    }
    if (word == "localtime") {
      return "time without time zone";
    }
    return "name";  // current_user, session_user, current_schema, ...
  }

  std::string FunctionType(const Node& node) const {
    if (node.names.size() != 1) {
      return "";
    }
    const std::string& name = node.names[0];
    static const std::set<std::string, std::less<>> timestamps = {
        "now", "transaction_timestamp", "statement_timestamp", "clock_timestamp",
        "current_timestamp"};
    if (timestamps.count(name) > 0) {
      return "timestamp with time zone";
    }
    if (name == "lower" || name == "upper") {
      return "text";
    }
    if (name == "length" || name == "char_length" || name == "octet_length") {
      return "integer";
    }
    if (name == "gen_random_uuid") {
      return "uuid";
    }
    if (name == "abs" && node.children.size() == 1) {
      return NumericOrEmpty(TypeOf(node.children[0]));
    }
    if (node.bare && name == "nullif" && node.children.size() == 2) {
      std::string type = TypeOf(node.children[0]);
      return type == kUnknown ? TypeOf(node.children[1]) : type;
    }
    if (node.bare && (name == "coalesce" || name == "greatest" || name == "least")) {
      std::vector<const Node*> arguments;
      for (const Node& child : node.children) {
        arguments.push_back(&child);
      }
      return arguments.empty() ? "" : GroupType(arguments, true);
    }
    return "";
  }

  std::string BinaryType(const Node& node) const {
    const std::string& op = node.text;
    if (expr::BinaryLevel(op) <= expr::kLevelPattern) {
      return "boolean";
    }
    std::string left = TypeOf(node.children[0]);
    std::string right = TypeOf(node.children[1]);
    if (op == "||") {
      bool left_text = left == kUnknown || Rank(left).first == Family::kString;
      bool right_text = right == kUnknown || Rank(right).first == Family::kString;
      return left_text && right_text ? "text" : "";
    }
    bool arithmetic = op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "^";
    if (!arithmetic || Rank(left).first != Family::kNumeric ||
        Rank(right).first != Family::kNumeric) {
      return "";
    }
    return CommonType({left, right}, false, op == "^");
  }

  // The common type of a group of values, "text" when all are bare literals, empty if unknown.
  std::string GroupType(const std::vector<const Node*>& members, bool text_default) const {
    std::vector<std::string> types;
    for (const Node* member : members) {
      std::string type = TypeOf(*member);
      if (type.empty()) {
        return "";
      }
      if (type != kUnknown) {
        types.push_back(type);
      }
    }
    if (types.empty()) {
      return text_default ? "text" : "";
    }
    if (std::all_of(types.begin(), types.end(), [&](const auto& t) { return t == types[0]; })) {
      return types[0];
    }
    return CommonType(types, true, false);
  }

  // The type of `node` without its casts, when it is a column (full type with modifiers).
  std::string FullTypeOf(const Node& node) const {
    if (node.kind == NodeKind::kColumn && node.names.size() == 1) {
      auto it = columns_.find(node.names[0]);
      return it == columns_.end() ? "" : it->second;
    }
    return node.kind == NodeKind::kCast ? node.text : "";
  }

  Node Canon(Node node) {
    for (Node& child : node.children) {
      child = Canon(std::move(child));
    }
    switch (node.kind) {
      case NodeKind::kColumn:
        if (node.names.size() > 1 && columns_.count(node.names.back()) > 0) {
          node.names = {node.names.back()};
        }
        return node;
      case NodeKind::kCast:
        return CanonCast(std::move(node));
      case NodeKind::kUnary:
        return CanonUnary(std::move(node));
      case NodeKind::kBinary:
        return CanonBinary(std::move(node));
      case NodeKind::kLogical:
        return Join(node.text, std::move(node.children));
      case NodeKind::kIn:
        return ShapeIn(std::move(node));
      case NodeKind::kAnyAll:
        return CanonAnyAll(std::move(node));
      case NodeKind::kCase:
        return CanonCase(std::move(node));
      case NodeKind::kArray:
        GroupOperands(node.children, 0);
        return node;
      case NodeKind::kFunction:
        if (node.bare && node.names[0] == "nullif" && node.children.size() == 2) {
          // nullif(a, b) compares with the = operator of a and b.
          Node comparison = MakeNode(NodeKind::kBinary, "=", std::move(node.children));
          BinaryOperands(comparison);
          node.children = std::move(comparison.children);
        } else if (node.bare && node.names[0] != "trim" && node.names[0] != "normalize" &&
                   !node.names[0].starts_with("current_") && !node.names[0].starts_with("local")) {
          GroupOperands(node.children, 0);
        } else {
          for (size_t i = 0; i < node.children.size(); ++i) {
            DropArgumentCasts(node.children[i], node.names.back(), i, node.children.size());
          }
          QualifySequenceArgument(node);
        }
        return node;
      default:
        return node;
    }
  }

  // The sequence functions take a regclass, which PostgreSQL resolves when the expression is
  // stored: nextval('seq') comes back as nextval('public.seq'::regclass). Unqualified names are
  // resolved as the statement's search_path resolves them (sequence_schema_), in public without
  // one.
  void QualifySequenceArgument(Node& node) const {
    const std::string& function = node.names.back();
    bool sequence_function =
        node.names.size() <= 2 &&
        (function == "nextval" || function == "currval" || function == "setval");
    if (!sequence_function || node.children.empty() || node.children[0].kind != NodeKind::kString) {
      return;
    }
    std::optional<std::string> value = parse::DecodeStringLiteral(node.children[0].text);
    if (!value || value->find('.') != std::string::npos) {
      return;
    }
    std::string name = *value;
    if (name.find('"') == std::string::npos) {
      // An unquoted name in a regclass literal folds to lower case like any identifier.
      std::transform(name.begin(), name.end(), name.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
      name = base::QuoteIdentifier(name);
    }
    std::string schema = sequence_schema_ ? sequence_schema_(*value) : "public";
    node.children[0].text = base::QuoteLiteral(base::QuoteIdentifier(schema) + "." + name);
  }

  Node CanonCast(Node node) {
    Node& operand = node.children[0];
    std::string target = BaseType(node.text);
    // '-1'::integer is how PostgreSQL prints a negative constant.
    if (operand.kind == NodeKind::kString && !HasModifiers(node.text) &&
        Rank(target).first == Family::kNumeric) {
      std::string_view value = std::string_view(operand.text).substr(1, operand.text.size() - 2);
      std::string_view digits = value.substr(!value.empty() && value[0] == '-' ? 1 : 0);
      size_t point = digits.find('.');
      bool integral = Rank(target).second <= 3;
      bool number = !digits.empty() && digits[0] != '.' && digits.back() != '.' &&
                    digits.find_first_not_of("0123456789.") == std::string_view::npos &&
                    (point == std::string_view::npos ||
                     (!integral && digits.find('.', point + 1) == std::string_view::npos));
      if (number) {
        operand = MakeNode(NodeKind::kNumber, std::string(value), {});
      }
    }
    if (operand.kind == NodeKind::kString && node.text == "boolean") {
      // PostgreSQL prints boolean constants as true and false.
      static const std::set<std::string, std::less<>> truths = {"'t'",   "'true'", "'y'",
                                                                "'yes'", "'on'",   "'1'"};
      static const std::set<std::string, std::less<>> lies = {"'f'",  "'false'", "'n'",
                                                              "'no'", "'off'",   "'0'"};
      std::string lower = operand.text;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
      if (truths.count(lower) > 0 || lies.count(lower) > 0) {
        return MakeNode(NodeKind::kBoolean, truths.count(lower) > 0 ? "true" : "false", {});
      }
    }
    std::string operand_type = TypeOf(operand);
    bool same =
        operand_type == target && (!HasModifiers(node.text) || node.text == FullTypeOf(operand));
    if (same || (operand_type == "character varying" && node.text == "text")) {
      return std::move(operand);
    }
    return node;
  }

  Node CanonUnary(Node node) {
    Node& operand = node.children[0];
    if (node.text == "-" && operand.kind == NodeKind::kNumber) {
      operand.text = operand.text[0] == '-' ? operand.text.substr(1) : "-" + operand.text;
      return std::move(operand);
    }
    if (node.text == "not" && operand.kind == NodeKind::kBinary &&
        (operand.text == "is distinct from" || operand.text == "is not distinct from")) {
      operand.text =
          operand.text == "is distinct from" ? "is not distinct from" : "is distinct from";
      return std::move(operand);
    }
    return node;
  }

  Node CanonBinary(Node node) {
    std::string& op = node.text;
    Node& right = node.children[1];
    bool like = op == "like" || op == "ilike" || op == "not like" || op == "not ilike";
    bool regex = op == "~" || op == "!~";
    if (node.children.size() == 2 && right.kind == NodeKind::kFunction && right.names.size() == 1 &&
        ((like && right.names[0] == "like_escape" && right.children.size() == 2) ||
         (regex && right.names[0] == "similar_to_escape" && !right.children.empty() &&
          right.children.size() <= 2))) {
      // PostgreSQL stores "a like b escape c" as a ~~ like_escape(b, c), and "a similar to b"
      // as a ~ similar_to_escape(b).
      if (regex) {
        op = op == "~" ? "similar to" : "not similar to";
      }
      std::vector<Node> arguments = std::move(right.children);
      node.children.pop_back();
      for (Node& argument : arguments) {
        node.children.push_back(std::move(argument));
      }
    }
    Node& left = node.children[0];
    if ((op == "=" || op == "<>") && left.kind == NodeKind::kRow &&
        node.children[1].kind == NodeKind::kRow &&
        left.children.size() == node.children[1].children.size() && !left.children.empty()) {
      std::vector<Node> comparisons;
      for (size_t i = 0; i < left.children.size(); ++i) {
        comparisons.push_back(CanonBinary(
            MakeNode(NodeKind::kBinary, op,
                     {std::move(left.children[i]), std::move(node.children[1].children[i])})));
      }
      return Join(op == "=" ? "and" : "or", std::move(comparisons));
    }
    BinaryOperands(node);
    return node;
  }

  // Drops the casts of a string or null literal that PostgreSQL would infer from `context`.
  static void DropLiteralCasts(Node& operand, const std::string& context, bool allow_text) {
    while (operand.kind == NodeKind::kCast && IsConstant(operand) && !HasModifiers(operand.text)) {
      const Node* inner = &operand.children[0];
      while (inner->kind == NodeKind::kCast) {
        inner = &inner->children[0];
      }
      std::string target = BaseType(operand.text);
      // A type written without its schema names the column's type in the usual search_path.
      bool same = target == context ||
                  (target.find('.') == std::string::npos && context.ends_with("." + target));
      bool drop = IsUnknownLiteral(*inner) &&
                  ((!context.empty() && same) || (allow_text && target == "text"));
      if (!drop) {
        return;
      }
      operand = std::move(operand.children[0]);
    }
  }

  void BinaryOperands(Node& node) {
    const std::string& op = node.text;
    Node& left = node.children[0];
    Node& right = node.children[1];
    if (op == "at time zone") {
      DropArgumentCasts(right, "timezone", 0, 2);
      return;
    }
    std::string left_type = TypeOf(left);
    std::string right_type = TypeOf(right);
    DropLiteralCasts(left, right_type, true);
    DropLiteralCasts(right, left_type, true);
    static const std::set<std::string, std::less<>> patterns = {
        "like",           "not like", "ilike", "not ilike", "similar to",
        "not similar to", "~",        "!~",    "~*",        "!~*"};
    if (patterns.count(op) > 0 && right.kind == NodeKind::kCast && right.text == "text" &&
        Rank(TypeOf(right.children[0])).first == Family::kString) {
      // Every variant of these operators takes its pattern as text.
      right = std::move(right.children[0]);
    }
    if (op == "||") {
      for (Node* operand : {&left, &right}) {
        if (operand->kind == NodeKind::kCast && operand->text == "text" &&
            Rank(TypeOf(operand->children[0])).first == Family::kString) {
          *operand = std::move(operand->children[0]);
        }
      }
      return;
    }
    bool comparison =
        expr::IsComparison(op) || op == "is distinct from" || op == "is not distinct from";
    bool arithmetic = op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "^";
    if (arithmetic && (left_type == "interval" || right_type == "interval")) {
      // interval * 2 is interval * double precision, the only such operator.
      for (Node* operand : {&left, &right}) {
        if (operand->kind == NodeKind::kCast && operand->text == "double precision" &&
            operand->children[0].kind == NodeKind::kNumber) {
          *operand = std::move(operand->children[0]);
        }
      }
      return;
    }
    if (comparison || arithmetic) {
      std::vector<Node*> operands = {&left, &right};
      Normalize(operands, comparison ? Mode::kComparison : Mode::kArithmetic, op);
    }
  }

  // kList is an in list: compared like a comparison, in the common type of a group.
  enum class Mode { kComparison, kList, kArithmetic, kGroup };

  // Among operands that PostgreSQL resolves to one type, drops the casts along implicit casts
  // that resolution would add anyway, and spells out the ones it would not.
  void Normalize(const std::vector<Node*>& operands, Mode mode, const std::string& op) {
    std::vector<std::string> written;
    std::vector<Node> cores;
    std::vector<std::string> core_types;
    bool known = true;
    for (Node* operand : operands) {
      written.push_back(TypeOf(*operand));
      const Node* core = operand;
      while (core->kind == NodeKind::kCast && !HasModifiers(core->text)) {
        auto [family, rank] = Rank(TypeOf(core->children[0]));
        auto [target_family, target_rank] = Rank(BaseType(core->text));
        bool implicit = family != Family::kNone && family == target_family &&
                        (family == Family::kString || rank <= target_rank);
        if (!implicit) {
          break;
        }
        core = &core->children[0];
      }
      cores.push_back(*core);
      core_types.push_back(TypeOf(*core));
      known = known && !written.back().empty() && written.back() != kUnknown &&
              !core_types.back().empty();
    }
    if (!known) {
      // A comparison of an integer constant gives the same answer in any numeric type.
      if (mode == Mode::kArithmetic || mode == Mode::kGroup) {
        return;
      }
      for (size_t i = 0; i < operands.size(); ++i) {
        bool other_unknown = false;
        for (size_t j = 0; j < operands.size(); ++j) {
          other_unknown = other_unknown || (j != i && written[j].empty());
        }
        if (other_unknown && cores[i].kind == NodeKind::kNumber && core_types[i] != "numeric" &&
            operands[i]->kind == NodeKind::kCast) {
          *operands[i] = std::move(cores[i]);
        }
      }
      return;
    }
    // The parameter types PostgreSQL resolves operands of these types to.
    auto targets = [&](const std::vector<std::string>& types) -> std::vector<std::string> {
      if (mode == Mode::kGroup || mode == Mode::kList) {
        std::string common = CommonType(types, true, false);
        return common.empty() ? std::vector<std::string>{}
                              : std::vector<std::string>(types.size(), common);
      }
      std::optional<std::pair<std::string, std::string>> pair = Resolve(op, types[0], types[1]);
      return pair ? std::vector<std::string>{pair->first, pair->second}
                  : std::vector<std::string>{};
    };
    std::vector<std::string> wanted = targets(written);
    std::vector<std::string> bare = targets(core_types);
    if (wanted.empty() || bare.empty()) {
      return;
    }
    if (wanted == bare) {
      for (size_t i = 0; i < operands.size(); ++i) {
        *operands[i] = std::move(cores[i]);
      }
      return;
    }
    // The written casts choose other types: each non-literal operand gets the cast PostgreSQL
    // would store, and literals, from the left, only until the others resolve as written.
    std::vector<std::string> types = core_types;
    for (size_t i = 0; i < operands.size(); ++i) {
      if (cores[i].kind == NodeKind::kNumber) {
        continue;
      }
      types[i] = wanted[i];
      if (written[i] == wanted[i] || (written[i] == "character varying" && wanted[i] == "text")) {
        continue;  // as written
      }
      *operands[i] = core_types[i] == wanted[i] ? std::move(cores[i])
                                                : MakeNode(NodeKind::kCast, CastSpelling(wanted[i]),
                                                           {std::move(cores[i])});
    }
    for (size_t i = 0; i < operands.size(); ++i) {
      if (cores[i].kind == NodeKind::kNumber) {
        if (targets(types) == wanted) {
          *operands[i] = std::move(cores[i]);
        } else {
          types[i] = wanted[i];
          *operands[i] = MakeNode(NodeKind::kCast, CastSpelling(wanted[i]), {std::move(cores[i])});
        }
      }
    }
  }

  // Operands resolved to one common type: coalesce() and friends, case results, array
  // elements, and (from `first`) the values compared with a case or in-list argument.
  void GroupOperands(std::vector<Node>& members, size_t first) {
    std::vector<const Node*> typed;
    const Node* first_cast = nullptr;
    for (size_t i = first; i < members.size(); ++i) {
      if (!IsUnknownLiteral(*Innermost(members[i]))) {
        typed.push_back(&members[i]);
      } else if (first_cast == nullptr && members[i].kind == NodeKind::kCast) {
        first_cast = &members[i];
      }
    }
    if (typed.empty() && first_cast != nullptr && BaseType(first_cast->text) != "text") {
      // Only literals, typed by their casts: PostgreSQL casts each to the first one's type.
      std::string type = first_cast->text;
      for (size_t i = first; i < members.size(); ++i) {
        if (members[i].kind != NodeKind::kCast) {
          members[i] = MakeNode(NodeKind::kCast, type, {std::move(members[i])});
        }
      }
      return;
    }
    std::string context = typed.empty() ? "text" : GroupType(typed, true);
    std::vector<Node*> operands;
    for (size_t i = first; i < members.size(); ++i) {
      DropLiteralCasts(members[i], context, context == "text");
      operands.push_back(&members[i]);
    }
    if (!operands.empty()) {
      Normalize(operands, Mode::kGroup, "");
    }
  }

  static const Node* Innermost(const Node& node) {
    const Node* inner = &node;
    while (inner->kind == NodeKind::kCast) {
      inner = &inner->children[0];
    }
    return inner;
  }

  // Argument `index` of `count` of a call of `function`: drops the casts PostgreSQL adds itself
  // to reach the parameter type. Only where no overload could take the bare argument: text
  // functions (varchar has no functions of its own, and character only its length ones), and
  // round() and trunc() with a scale, which only exist for numeric.
  void DropArgumentCasts(Node& argument, std::string_view function, size_t index, size_t count) {
    while (argument.kind == NodeKind::kCast && !HasModifiers(argument.text)) {
      const Node& operand = argument.children[0];
      std::string target = BaseType(argument.text);
      std::string type = TypeOf(operand);
      bool drop = false;
      if (type == kUnknown) {
        drop = target == "text" || target == "regclass" || target == "regconfig" ||
               target == "jsonpath";
      } else if (target == "text") {
        bool length = function == "length" || function == "char_length" ||
                      function == "character_length" || function == "octet_length" ||
                      function == "bit_length";
        drop = type == "character varying" || type == "name" || (type == "character" && !length);
      } else if (target == "numeric" && index == 0 && count == 2) {
        drop = (function == "round" || function == "trunc") &&
               Rank(type).first == Family::kNumeric && Rank(type).second <= 3;
      }
      if (!drop) {
        return;
      }
      argument = std::move(argument.children[0]);
    }
  }

  // An in list in PostgreSQL's shape: two or more column-free values stay a list, compared in
  // their common type; every other value gets its own comparison.
  Node ShapeIn(Node node) {
    bool negated = node.negated;
    Node left = std::move(node.children[0]);
    size_t constants = static_cast<size_t>(
        std::count_if(node.children.begin() + 1, node.children.end(),
                      [](const Node& element) { return !ContainsColumn(element); }));
    std::vector<Node> conditions;
    if (constants >= 2) {
      Node list = MakeNode(NodeKind::kIn, "", {left});
      list.negated = negated;
      std::string context = TypeOf(left);
      for (size_t i = 1; i < node.children.size(); ++i) {
        if (!ContainsColumn(node.children[i])) {
          DropLiteralCasts(node.children[i], context, true);
          list.children.push_back(std::move(node.children[i]));
        }
      }
      std::vector<Node*> operands;
      for (Node& child : list.children) {
        operands.push_back(&child);
      }
      Normalize(operands, Mode::kList, "=");
      conditions.push_back(std::move(list));
    }
    for (size_t i = 1; i < node.children.size(); ++i) {
      if (constants < 2 || ContainsColumn(node.children[i])) {
        conditions.push_back(CanonBinary(MakeNode(NodeKind::kBinary, negated ? "<>" : "=",
                                                  {left, std::move(node.children[i])})));
      }
    }
    return Join(negated ? "and" : "or", std::move(conditions));
  }

  Node CanonAnyAll(Node node) {
    Node& right = node.children[1];
    bool in = (node.text == "=" && node.quantifier == "any") ||
              (node.text == "<>" && node.quantifier == "all");
    const Node* array = &right;
    std::string element_type;
    if (right.kind == NodeKind::kCast && right.text.ends_with("[]") &&
        right.children[0].kind == NodeKind::kArray) {
      array = &right.children[0];
      element_type = right.text.substr(0, right.text.size() - 2);
    }
    bool constants =
        array->kind == NodeKind::kArray && !array->children.empty() &&
        std::none_of(array->children.begin(), array->children.end(), [](const Node& element) {
          return ContainsColumn(element) || element.kind == NodeKind::kArray;
        });
    if (in && constants) {
      Node list = MakeNode(NodeKind::kIn, "", {std::move(node.children[0])});
      list.negated = node.text == "<>";
      for (const Node& element : array->children) {
        list.children.push_back(
            element_type.empty() ? element
                                 : CanonCast(MakeNode(NodeKind::kCast, element_type, {element})));
      }
      return ShapeIn(std::move(list));
    }
    Node& left = node.children[0];
    std::string left_type = TypeOf(left);
    DropLiteralCasts(right, left_type.empty() ? "" : left_type + "[]", false);
    std::string array_type = TypeOf(right);
    if (array_type.ends_with("[]")) {
      DropLiteralCasts(left, array_type.substr(0, array_type.size() - 2), true);
    }
    if (expr::IsComparison(node.text) && array_type.ends_with("[]") &&
        left.kind == NodeKind::kCast && !HasModifiers(left.text)) {
      // The left side against the element type, as a comparison would resolve it.
      std::string element = array_type.substr(0, array_type.size() - 2);
      auto written = Resolve(node.text, BaseType(left.text), element);
      auto bare = Resolve(node.text, TypeOf(left.children[0]), element);
      if (written && written == bare) {
        left = std::move(left.children[0]);
      }
    }
    return node;
  }

  Node CanonCase(Node node) {
    std::vector<Node>& children = node.children;
    size_t start = node.has_argument ? 1 : 0;
    if (node.has_argument) {
      // Each "when v" is its own comparison with the argument.
      std::string type = TypeOf(children[0]);
      for (size_t i = 1; i + 1 < children.size(); i += 2) {
        DropLiteralCasts(children[i], type, true);
        Node& value = children[i];
        if (value.kind == NodeKind::kCast && BaseType(value.text) == type &&
            value.children[0].kind == NodeKind::kNumber &&
            NumberType(value.children[0].text) != "numeric") {
          value = std::move(value.children[0]);  // an integer compares alike in any type
        }
      }
    }
    // select_common_type() sees the else result first.
    std::vector<size_t> order;
    if (node.has_else) {
      order.push_back(children.size() - 1);
    }
    for (size_t i = start + 1; i < children.size() - (node.has_else ? 1 : 0); i += 2) {
      order.push_back(i);
    }
    std::vector<Node> results;
    for (size_t i : order) {
      results.push_back(std::move(children[i]));
    }
    GroupOperands(results, 0);
    for (size_t k = 0; k < order.size(); ++k) {
      children[order[k]] = std::move(results[k]);
    }
    if (node.has_else && children.back().kind == NodeKind::kNull) {
      children.pop_back();  // else null is what a case without else returns
      node.has_else = false;
    }
    return node;
  }

  const ColumnTypes& columns_;
  const SequenceSchema& sequence_schema_;
  const std::string& target_type_;
};

}  // namespace

std::string CanonicalExpression(const std::vector<ast::ExpressionToken>& tokens,
                                const ColumnTypes& columns, const std::string& fallback,
                                const SequenceSchema& sequence_schema,
                                const std::string& target_type) {
  std::optional<Node> tree = expr::Parse(tokens);
  if (!tree) {
    return fallback;
  }
  return expr::Render(Canonicalizer(columns, sequence_schema, target_type).Run(std::move(*tree)));
}

}  // namespace schemac::sema
