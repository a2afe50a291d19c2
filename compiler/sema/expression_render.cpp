#include <string>

#include "schemac/base/quote.h"

#include "expression_tree.h"

namespace schemac::sema::expr {
namespace {

int LevelOf(const Node& node) {
  switch (node.kind) {
    case NodeKind::kLogical:
      return node.text == "or" ? expr::kLevelOr : expr::kLevelAnd;
    case NodeKind::kUnary:
      return node.text == "not"                     ? expr::kLevelNot
             : node.text == "-" || node.text == "+" ? expr::kLevelUnary
                                                    : expr::kLevelOther;
    case NodeKind::kIsTest:
      return expr::kLevelIs;
    case NodeKind::kBinary:
    case NodeKind::kAnyAll:
      return expr::BinaryLevel(node.text);
    case NodeKind::kIn:
      return expr::kLevelPattern;
    case NodeKind::kCollate:
      return expr::kLevelCollate;
    case NodeKind::kCast:
    case NodeKind::kSubscript:
      return expr::kLevelPostfix;
    case NodeKind::kNumber:
      return node.text[0] == '-' ? expr::kLevelUnary : expr::kLevelPrimary;
    default:
      return expr::kLevelPrimary;
  }
}

std::string Operand(const Node& node, int min_level) {
  std::string text = Render(node);
  return LevelOf(node) < min_level ? "(" + text + ")" : text;
}

std::string List(const std::vector<Node>& nodes, size_t first) {
  std::string text;
  for (size_t i = first; i < nodes.size(); ++i) {
    text += (i == first ? "" : ", ") + Render(nodes[i]);
  }
  return text;
}

}  // namespace

std::string Render(const Node& node) {
  const std::vector<Node>& children = node.children;
  switch (node.kind) {
    case NodeKind::kNull:
      return "null";
    case NodeKind::kColumn: {
      std::string text;
      for (const std::string& part : node.names) {
        text += (text.empty() ? "" : ".") + base::QuoteIdentifier(part);
      }
      return text;
    }
    case NodeKind::kFunction: {
      std::string name;
      for (const std::string& part : node.names) {
        name += (name.empty() ? "" : ".") + (node.bare ? part : base::QuoteIdentifier(part));
      }
      return name + "(" + (node.star ? "*" : List(children, 0)) + ")";
    }
    case NodeKind::kCast:
      return Operand(children[0], expr::kLevelPostfix) + "::" + node.text;
    case NodeKind::kUnary: {
      if (node.text == "not") {
        return "not " + Operand(children[0], expr::kLevelNot);
      }
      if (node.text != "-" && node.text != "+") {
        return node.text + " " + Operand(children[0], expr::kLevelOther + 1);
      }
      std::string operand = Operand(children[0], expr::kLevelUnary);
      bool sign = operand[0] == '-' || operand[0] == '+';
      return node.text + (sign ? "(" + operand + ")" : operand);
    }
    case NodeKind::kBinary: {
      int level = expr::BinaryLevel(node.text);
      bool nonassociative = level == expr::kLevelIs || level == expr::kLevelComparison ||
                            level == expr::kLevelPattern;
      std::string text = Operand(children[0], nonassociative ? level + 1 : level) + " " +
                         node.text + " " + Operand(children[1], level + 1);
      if (children.size() == 3) {
        text += " escape " + Operand(children[2], level + 1);
      }
      return text;
    }
    case NodeKind::kLogical: {
      int level = LevelOf(node);
      std::string text;
      for (const Node& child : children) {
        text += (text.empty() ? "" : " " + node.text + " ") + Operand(child, level + 1);
      }
      return text;
    }
    case NodeKind::kIsTest:
      return Operand(children[0], expr::kLevelIs + 1) + " is " + node.text;
    case NodeKind::kIn:
      return Operand(children[0], expr::kLevelPattern + 1) +
             (node.negated ? " not in (" : " in (") + List(children, 1) + ")";
    case NodeKind::kAnyAll:
      return Operand(children[0], LevelOf(node) + 1) + " " + node.text + " " + node.quantifier +
             " (" + Render(children[1]) + ")";
    case NodeKind::kCase: {
      std::string text = "case";
      size_t i = 0;
      if (node.has_argument) {
        text += " " + Render(children[i++]);
      }
      for (; i + 1 < children.size(); i += 2) {
        text += " when " + Render(children[i]) + " then " + Render(children[i + 1]);
      }
      if (node.has_else) {
        text += " else " + Render(children.back());
      }
      return text + " end";
    }
    case NodeKind::kArray:
      return "array[" + List(children, 0) + "]";
    case NodeKind::kRow:
      return "row(" + List(children, 0) + ")";
    case NodeKind::kSubscript: {
      std::string array = Render(children[0]);
      if (children[0].kind != NodeKind::kColumn && children[0].kind != NodeKind::kSubscript) {
        array = "(" + array + ")";
      }
      return array + "[" + Render(children[1]) + (node.slice ? ":" + Render(children[2]) : "") +
             "]";
    }
    case NodeKind::kCollate:
      return Operand(children[0], expr::kLevelCollate) + " collate " + node.text;
    default:
      return node.text;
  }
}

}  // namespace schemac::sema::expr
