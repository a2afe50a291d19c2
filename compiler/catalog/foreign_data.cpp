// The statements of foreign-data wrappers, servers and user mappings, and of their options.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {

using base::QuoteIdentifier;
using base::QuoteLiteral;

std::string GenericOptionsSql(const GenericOptions& options) {
  if (options.empty()) {
    return "";
  }
  std::vector<std::string> parts;
  for (const auto& [name, value] : options) {
    parts.push_back(QuoteIdentifier(name) + " " + QuoteLiteral(value));
  }
  return fmt::format(" OPTIONS ({})", fmt::join(parts, ", "));
}

std::vector<OptionChange> GenericOptionChanges(const GenericOptions& from,
                                               const GenericOptions& to) {
  std::vector<OptionChange> out;
  for (const auto& [name, value] : from) {
    if (to.count(name) == 0) {
      out.push_back({"DROP", name, ""});
    }
  }
  for (const auto& [name, value] : to) {
    auto old = from.find(name);
    if (old == from.end()) {
      out.push_back({"ADD", name, value});
    } else if (old->second != value) {
      out.push_back({"SET", name, value});
    }
  }
  return out;
}

std::string GenericOptionsChangeSql(const GenericOptions& from, const GenericOptions& to) {
  std::vector<std::string> parts;
  for (const OptionChange& change : GenericOptionChanges(from, to)) {
    parts.push_back(change.action + " " + QuoteIdentifier(change.name) +
                    (change.action == "DROP" ? "" : " " + QuoteLiteral(change.value)));
  }
  return parts.empty() ? "" : fmt::format(" OPTIONS ({})", fmt::join(parts, ", "));
}

std::string CreateForeignDataWrapperSql(const ForeignDataWrapper& wrapper) {
  return fmt::format("CREATE FOREIGN DATA WRAPPER {} {}{};", QuoteIdentifier(wrapper.name),
                     wrapper.functions, GenericOptionsSql(wrapper.options));
}

std::string CreateServerSql(const ForeignServer& server) {
  std::string out = "CREATE SERVER " + QuoteIdentifier(server.name);
  if (server.type) {
    out += " TYPE " + QuoteLiteral(*server.type);
  }
  if (server.version) {
    out += " VERSION " + QuoteLiteral(*server.version);
  }
  return out + " FOREIGN DATA WRAPPER " + QuoteIdentifier(server.wrapper) +
         GenericOptionsSql(server.options) + ";";
}

std::string UserMappingTarget(const UserMappingName& name) {
  return fmt::format("USER MAPPING FOR {} SERVER {}",
                     name.user == "public" ? "PUBLIC" : QuoteIdentifier(name.user),
                     QuoteIdentifier(name.server));
}

std::string CreateUserMappingSql(const UserMapping& mapping) {
  return "CREATE " + UserMappingTarget(mapping.name) + GenericOptionsSql(mapping.options) + ";";
}

}  // namespace schemac::catalog
