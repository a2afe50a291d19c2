#include "expression_types.h"

#include <algorithm>

namespace schemac::sema::expr {

std::string BaseType(std::string_view type) {
  std::string out;
  int depth = 0;
  for (char c : type) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (depth == 0) {
      out += c;
    }
  }
  if (out == "bpchar") {
    return "character";
  }
  if (out.starts_with("interval ")) {
    return "interval";
  }
  return out;
}

bool HasModifiers(std::string_view type) {
  return type.find('(') != std::string_view::npos;
}

std::pair<Family, int> Rank(std::string_view base) {
  static constexpr std::string_view kNumeric[] = {"smallint", "integer", "bigint",
                                                  "numeric",  "real",    "double precision"};
  static constexpr std::string_view kDate[] = {"date", "timestamp without time zone",
                                               "timestamp with time zone"};
  for (int i = 0; i < 6; ++i) {
    if (base == kNumeric[i]) {
      return {Family::kNumeric, i + 1};
    }
  }
  for (int i = 0; i < 3; ++i) {
    if (base == kDate[i]) {
      return {Family::kDate, i + 1};
    }
  }
  // name is left out: it casts to and from the others implicitly, and compares in C order.
  if (base == "text" || base == "character varying" || base == "character") {
    return {Family::kString, 0};
  }
  return {Family::kNone, 0};
}

std::string CommonType(const std::vector<std::string>& types, bool group, bool power) {
  Family family = Rank(types[0]).first;
  int highest = 0;
  bool all_real = true;
  bool all_same = true;
  for (const std::string& type : types) {
    auto [f, rank] = Rank(type);
    if (f != family || family == Family::kNone) {
      return "";
    }
    highest = std::max(highest, rank);
    all_real = all_real && type == "real";
    all_same = all_same && type == types[0];
  }
  if (family == Family::kString) {
    // These cast to each other implicitly both ways, so select_common_type() keeps the first
    // (text, the preferred type, wins only when first).
    if (all_same || group) {
      return types[0];
    }
    bool text = std::find(types.begin(), types.end(), "text") != types.end();
    return text ? "text" : "character";
  }
  static constexpr std::string_view kNumeric[] = {
      "", "smallint", "integer", "bigint", "numeric", "real", "double precision"};
  static constexpr std::string_view kDate[] = {"", "date", "timestamp without time zone",
                                               "timestamp with time zone"};
  if (family == Family::kDate) {
    return power ? "" : std::string(kDate[highest]);
  }
  if (power) {
    return highest == 4 ? "numeric" : "double precision";
  }
  if (highest <= 4 || all_real) {
    return std::string(kNumeric[highest]);
  }
  return group && highest == 5 ? "real" : "double precision";
}

std::optional<std::pair<std::string, std::string>> Resolve(std::string_view op,
                                                           const std::string& a,
                                                           const std::string& b) {
  bool comparison =
      expr::IsComparison(op) || op == "is distinct from" || op == "is not distinct from";
  auto [family, rank_a] = Rank(a);
  auto [family_b, rank_b] = Rank(b);
  if (family != family_b || family == Family::kNone) {
    return std::nullopt;
  }
  if (family == Family::kDate || family == Family::kString) {
    if (!comparison) {
      return std::nullopt;
    }
    if (family == Family::kDate || a == b) {
      return std::make_pair(a, b);
    }
    // character varying has no operators of its own: it uses text's, or character's.
    std::string common = CommonType({a, b}, false, false);
    return std::make_pair(common, common);
  }
  if (op == "^" || op == "%") {
    std::string common = CommonType({a, b}, false, op == "^");
    if (op == "%" && (rank_a >= 5 || rank_b >= 5)) {
      return std::nullopt;
    }
    return std::make_pair(common, common);
  }
  if ((rank_a <= 3 && rank_b <= 3) || (rank_a >= 5 && rank_b >= 5)) {
    return std::make_pair(a, b);
  }
  if (rank_a >= 5 || rank_b >= 5) {
    return std::make_pair(rank_a >= 5 ? a : std::string("double precision"),
                          rank_b >= 5 ? b : std::string("double precision"));
  }
  return std::make_pair(std::string("numeric"), std::string("numeric"));
}

std::string NumberType(std::string_view text) {
  if (text.find_first_of(".eE") != std::string_view::npos) {
    return "numeric";
  }
  // A negative constant is folded before its type is chosen, so -2147483648 is an integer.
  bool negative = text[0] == '-';
  std::string_view digits = text.substr(negative ? 1 : 0);
  digits.remove_prefix(std::min(digits.find_first_not_of('0'), digits.size()));
  auto fits = [&](std::string_view max) {
    return digits.size() < max.size() || (digits.size() == max.size() && digits <= max);
  };
  if (fits(negative ? "2147483648" : "2147483647")) {
    return "integer";
  }
  return fits(negative ? "9223372036854775808" : "9223372036854775807") ? "bigint" : "numeric";
}

std::string CastSpelling(const std::string& type) {
  return type == "character" ? "bpchar" : type;
}

bool IsUnknownLiteral(const Node& node) {
  return node.kind == NodeKind::kString || node.kind == NodeKind::kNull;
}

bool IsConstant(const Node& node) {
  if (node.kind == NodeKind::kCast) {
    return IsConstant(node.children[0]);
  }
  return node.kind == NodeKind::kString || node.kind == NodeKind::kNull ||
         node.kind == NodeKind::kNumber || node.kind == NodeKind::kBoolean ||
         node.kind == NodeKind::kBitString;
}

bool ContainsColumn(const Node& node) {
  return node.kind == NodeKind::kColumn ||
         std::any_of(node.children.begin(), node.children.end(), ContainsColumn);
}

Node MakeNode(NodeKind kind, std::string text, std::vector<Node> children) {
  Node node;
  node.kind = kind;
  node.text = std::move(text);
  node.children = std::move(children);
  return node;
}

Node Join(const std::string& word, std::vector<Node> conditions) {
  if (conditions.size() == 1) {
    return std::move(conditions[0]);
  }
  Node node = MakeNode(NodeKind::kLogical, word, {});
  for (Node& condition : conditions) {
    if (condition.kind == NodeKind::kLogical && condition.text == word) {
      for (Node& child : condition.children) {
        node.children.push_back(std::move(child));
      }
    } else {
      node.children.push_back(std::move(condition));
    }
  }
  return node;
}

}  // namespace schemac::sema::expr
