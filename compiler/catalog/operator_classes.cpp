// The statements of operator families and classes, and of a family's members.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/catalog/sql.h"

namespace schemac::catalog {
namespace {

constexpr std::string_view kMemberSeparator = ",\n    ";

}  // namespace

std::string OperatorClassTarget(ObjectKind kind, const OperatorClassName& name) {
  return (kind == ObjectKind::kOperatorFamily ? "OPERATOR FAMILY " : "OPERATOR CLASS ") +
         name.Quoted();
}

std::vector<std::string> CreateOperatorClassSql(const OperatorClass& object) {
  std::vector<std::string> out;
  if (object.definition.empty()) {
    for (const Written& written : object.written) {
      out.push_back(written.text + ";");
    }
    return out;
  }
  out.push_back(object.definition + ";");
  for (std::string& statement : OperatorFamilyMembersSql(object.name, {}, object.members)) {
    out.push_back(std::move(statement));
  }
  return out;
}

std::vector<std::string> OperatorFamilyMembersSql(const OperatorClassName& family,
                                                  const std::map<std::string, std::string>& from,
                                                  const std::map<std::string, std::string>& to) {
  std::vector<std::string> dropped;
  std::vector<std::string> added;
  for (const auto& [key, member] : from) {
    auto after = to.find(key);
    if (after == to.end() || after->second != member) {
      dropped.push_back(key);  // "OPERATOR 1 (integer, bigint)": what DROP names a member by
    }
  }
  for (const auto& [key, member] : to) {
    auto before = from.find(key);
    if (before == from.end() || before->second != member) {
      added.push_back(member);
    }
  }
  std::string target = OperatorClassTarget(ObjectKind::kOperatorFamily, family);
  std::vector<std::string> out;
  if (!dropped.empty()) {
    out.push_back(
        fmt::format("ALTER {} DROP\n    {};", target, fmt::join(dropped, kMemberSeparator)));
  }
  if (!added.empty()) {
    out.push_back(fmt::format("ALTER {} ADD\n    {};", target, fmt::join(added, kMemberSeparator)));
  }
  return out;
}

}  // namespace schemac::catalog
