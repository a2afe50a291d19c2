#include "schemac/parse/ast.h"

namespace schemac::ast {

std::string QualifiedName::Text() const {
  std::string out;
  for (const Identifier& part : parts) {
    out += out.empty() ? part.name : "." + part.name;
  }
  return out;
}

}  // namespace schemac::ast
