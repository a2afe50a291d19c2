// Keeping a sequence's position: a column whose generator (its identity, or the sequence its
// default calls with nextval) is replaced by one the plan creates continues where the old one
// was, and a sequence whose options change keeps its position when the new bounds hold it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::plan {

// Generator is the sequence a column's values come from.
struct Generator {
  catalog::QualifiedName sequence;
  bool identity = false;  // the column's identity; otherwise a sequence its default calls
  catalog::SequenceOptions options;
};

// GeneratorOf returns the identity of a column, or the one sequence of `catalog` its default
// calls with nextval; nothing otherwise.
std::optional<Generator> GeneratorOf(const catalog::Catalog& catalog,
                                     const catalog::Column& column);

// Handover is a column that stays while its generator is replaced by one the plan creates (an
// identity added or given a new sequence, or a sequence default on a sequence the plan creates):
// the new generator continues from the old one.
struct Handover {
  Generator from;
  Generator to;
};
std::optional<Handover> FindHandover(const catalog::Catalog& from, const catalog::Catalog& to,
                                     const catalog::Column& old_column,
                                     const catalog::Column& column);

// StashName returns the name of the temporary sequence that holds the old generator's position
// of a column while no generator exists (`pg_temp.schemac_position_<hash>`), the same for the
// same column in every plan.
std::string StashName(const catalog::QualifiedName& table, const std::string& column);

// StashSql returns the statements that copy the position of `sequence` (quoted) into a new
// temporary sequence `stash`.
std::vector<std::string> StashSql(const std::string& sequence, const std::string& stash);

// ContinueSql returns the statement that moves sequence `target` (with `options`) to the last
// value `source` (a sequence or a stash, quoted) gave, when `source` gave one at or beyond the
// target's start and beyond the target's own position.
std::string ContinueSql(const catalog::QualifiedName& target,
                        const catalog::SequenceOptions& options, const std::string& source);

// ContinueAfterValuesSql returns the statement that moves sequence `target` (with `options`) to
// the largest value (the smallest, for a descending sequence) column `column` of `table` holds,
// when that value lies at or beyond the start and within the bounds: an identity added to a
// column that has values gives new rows the values after them.
std::string ContinueAfterValuesSql(const catalog::QualifiedName& target,
                                   const catalog::SequenceOptions& options,
                                   const catalog::QualifiedName& table, const std::string& column);

// ChangeOptionsSql returns the statements that change a sequence's options from `old` to
// `options` without moving it: `alter(options)` writes the statement that sets every option.
// When the new bounds may not hold the sequence's position, the bounds are first widened to hold
// both, then a sequence that never gave a value, or whose last value lies before the new range,
// restarts at the new start; a position beyond the new range makes the last statement fail.
std::vector<std::string> ChangeOptionsSql(
    const catalog::QualifiedName& sequence, const catalog::SequenceOptions& old,
    const catalog::SequenceOptions& options,
    const std::function<std::string(const catalog::SequenceOptions&)>& alter);

}  // namespace schemac::plan
