#include "schemac/plan/plan.h"

namespace schemac::plan {

std::string_view HazardCode(Hazard hazard) {
  switch (hazard) {
    case Hazard::kDeletesData:
      return "deletes-data";
    case Hazard::kTableRewrite:
      return "table-rewrite";
    case Hazard::kAccessExclusiveLock:
      return "access-exclusive-lock";
    case Hazard::kValidatesConstraint:
      return "validates-constraint";
    case Hazard::kIndexBuild:
      return "index-build";
    case Hazard::kIrreversibleDown:
      return "irreversible-down";
    case Hazard::kUntrackedDependencies:
      return "untracked-dependencies";
    case Hazard::kAuthzChange:
      return "authz-change";
  }
  return "unknown";
}

std::optional<Hazard> HazardFromCode(std::string_view code) {
  for (Hazard hazard : kAllHazards) {
    if (HazardCode(hazard) == code) {
      return hazard;
    }
  }
  return std::nullopt;
}

std::string_view HazardMeaning(Hazard hazard) {
  switch (hazard) {
    case Hazard::kDeletesData:
      return "rows or column values are deleted, or values lose part of what they hold";
    case Hazard::kTableRewrite:
      return "the table and its indexes are rewritten, which takes time and disk space";
    case Hazard::kAccessExclusiveLock:
      return "the table is locked against reads and writes while the step runs";
    case Hazard::kValidatesConstraint:
      return "every row of the table is read to check the constraint";
    case Hazard::kIndexBuild:
      return "an index is built, which blocks writes to the table while it runs";
    case Hazard::kIrreversibleDown:
      return "the down script cannot undo all of this step: the data it removes or changes, or "
             "what its note names";
    case Hazard::kUntrackedDependencies:
      return "the server does not record what the function's body uses, so nothing checks its "
             "calls and queries against later changes: test them";
    case Hazard::kAuthzChange:
      return "who may read or change what changes: review the roles, privileges and expressions";
  }
  return "";
}

std::string_view TableLockName(TableLock lock) {
  switch (lock) {
    case TableLock::kNone:
      return "none";
    case TableLock::kAccessShare:
      return "ACCESS SHARE";
    case TableLock::kRowShare:
      return "ROW SHARE";
    case TableLock::kRowExclusive:
      return "ROW EXCLUSIVE";
    case TableLock::kShareUpdateExclusive:
      return "SHARE UPDATE EXCLUSIVE";
    case TableLock::kShare:
      return "SHARE";
    case TableLock::kShareRowExclusive:
      return "SHARE ROW EXCLUSIVE";
    case TableLock::kExclusive:
      return "EXCLUSIVE";
    case TableLock::kAccessExclusive:
      return "ACCESS EXCLUSIVE";
  }
  return "";
}

char ActionSymbol(Action action) {
  switch (action) {
    case Action::kCreate:
      return '+';
    case Action::kDrop:
      return '-';
    case Action::kAlter:
      return '~';
  }
  return '?';
}

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kCreate:
      return "create";
    case Action::kDrop:
      return "drop";
    case Action::kAlter:
      return "alter";
  }
  return "";
}

}  // namespace schemac::plan
