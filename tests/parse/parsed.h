// A schema file parsed in a test, with what the parse reported.
#pragma once

#include <memory>
#include <string>

#include "schemac/parse/parser.h"

namespace schemac::parse {

struct Parsed {
  ast::File file;
  base::DiagnosticSink sink;
};

// Parse parses `text` as the file t.sql.
inline std::unique_ptr<Parsed> Parse(const std::string& text) {
  auto parsed = std::make_unique<Parsed>();
  parsed->file = ParseFile(std::make_shared<const base::SourceFile>("t.sql", text), parsed->sink);
  return parsed;
}

}  // namespace schemac::parse
