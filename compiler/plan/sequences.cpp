#include "sequences.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "dependencies.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;
using base::QuoteLiteral;

// The range of the wider of two sequence types.
std::string WiderType(const std::string& a, const std::string& b) {
  auto rank = [](const std::string& type) {
    return type == "smallint" ? 0 : type == "integer" ? 1 : 2;
  };
  return rank(a) >= rank(b) ? a : b;
}

}  // namespace

std::optional<Generator> GeneratorOf(const catalog::Catalog& catalog,
                                     const catalog::Column& column) {
  if (column.identity) {
    return Generator{column.identity->sequence, true, column.identity->options};
  }
  if (!column.default_expression) {
    return std::nullopt;
  }
  std::vector<catalog::QualifiedName> sequences = SequencesInExpression(*column.default_expression);
  if (sequences.size() != 1) {
    return std::nullopt;
  }
  auto it = catalog.sequences.find(sequences[0]);
  if (it == catalog.sequences.end()) {
    return std::nullopt;
  }
  return Generator{sequences[0], false, it->second.options};
}

std::optional<Handover> FindHandover(const catalog::Catalog& from, const catalog::Catalog& to,
                                     const catalog::Column& old_column,
                                     const catalog::Column& column) {
  std::optional<Generator> old_generator = GeneratorOf(from, old_column);
  std::optional<Generator> new_generator = GeneratorOf(to, column);
  if (!old_generator || !new_generator) {
    return std::nullopt;
  }
  bool created = new_generator->identity ? !old_column.identity || old_column.identity->sequence !=
                                                                       new_generator->sequence
                                         : from.sequences.count(new_generator->sequence) == 0;
  if (!created) {
    return std::nullopt;
  }
  return Handover{*old_generator, *new_generator};
}

std::string StashName(const catalog::QualifiedName& table, const std::string& column) {
  // FNV-1a over the parts and their lengths: distinct columns get distinct names.
  uint64_t hash = 14695981039346656037ULL;
  for (const std::string* part : {&table.schema, &table.name, &column}) {
    std::string bytes = std::to_string(part->size()) + ":" + *part;
    for (unsigned char c : bytes) {
      hash = (hash ^ c) * 1099511628211ULL;
    }
  }
  return fmt::format("pg_temp.schemac_position_{:016x}", hash);
}

std::vector<std::string> StashSql(const std::string& sequence, const std::string& stash) {
  return {fmt::format("CREATE TEMPORARY SEQUENCE {} AS bigint MINVALUE {} MAXVALUE {};", stash,
                      INT64_MIN, INT64_MAX),
          fmt::format("SELECT setval({}, last_value, is_called) FROM {};", QuoteLiteral(stash),
                      sequence)};
}

std::string ContinueSql(const catalog::QualifiedName& target,
                        const catalog::SequenceOptions& options, const std::string& source) {
  bool ascending = options.increment > 0;
  return fmt::format(
      "SELECT setval({}, previous.last_value) FROM {} AS previous, {} AS next WHERE "
      "previous.is_called AND previous.last_value {} {} AND (NOT next.is_called OR "
      "previous.last_value {} next.last_value);",
      QuoteLiteral(target.Quoted()), source, target.Quoted(),
      ascending ? ">=" : "<=", options.start, ascending ? ">" : "<");
}

std::string ContinueAfterValuesSql(const catalog::QualifiedName& target,
                                   const catalog::SequenceOptions& options,
                                   const catalog::QualifiedName& table, const std::string& column) {
  bool ascending = options.increment > 0;
  return fmt::format(
      "SELECT setval({}, existing.last) FROM (SELECT {}({}) AS last FROM {}) AS existing WHERE "
      "existing.last BETWEEN {} AND {};",
      QuoteLiteral(target.Quoted()), ascending ? "max" : "min", QuoteIdentifier(column),
      table.Quoted(), ascending ? options.start : options.min_value,
      ascending ? options.max_value : options.start);
}

std::vector<std::string> ChangeOptionsSql(
    const catalog::QualifiedName& sequence, const catalog::SequenceOptions& old,
    const catalog::SequenceOptions& options,
    const std::function<std::string(const catalog::SequenceOptions&)>& alter) {
  bool ascending = options.increment > 0;
  // The conditions under which the sequence starts again at the new start.
  std::vector<std::string> restart;
  if (old.start != options.start) {
    restart.push_back("NOT is_called");
  }
  if (ascending && old.min_value < options.min_value) {
    restart.push_back(fmt::format("last_value < {}", options.min_value));
  }
  if (!ascending && old.max_value > options.max_value) {
    restart.push_back(fmt::format("last_value > {}", options.max_value));
  }
  std::vector<std::string> out;
  if (!restart.empty()) {
    if (options.start < old.min_value || options.start > old.max_value) {
      // setval only accepts values within the current bounds.
      catalog::SequenceOptions widened = old;
      widened.type = WiderType(old.type, options.type);
      widened.min_value = std::min(old.min_value, options.min_value);
      widened.max_value = std::max(old.max_value, options.max_value);
      out.push_back(alter(widened));
    }
    out.push_back(fmt::format("SELECT setval({}, {}, false) FROM {} WHERE {};",
                              QuoteLiteral(sequence.Quoted()), options.start, sequence.Quoted(),
                              fmt::join(restart, " OR ")));
  }
  out.push_back(alter(options));
  return out;
}

}  // namespace schemac::plan
