#include "origins.h"

#include <type_traits>

#include "schemac/catalog/objects.h"
#include "schemac/normalize/normalize.h"

namespace schemac::normalize {
namespace {

// The key origins are kept under: an extension's by its name alone, since the server may
// install it in a schema of its own choosing.
catalog::ObjectKey OriginKey(catalog::ObjectKey key) {
  if (key.kind == catalog::ObjectKind::kExtension) {
    key.schema.clear();
  }
  return key;
}

template <typename Object>
constexpr bool kIsColumn = std::is_same_v<std::decay_t<Object>, catalog::Column>;
template <typename Object>
constexpr bool kIsConstraint = std::is_same_v<std::decay_t<Object>, catalog::Constraint>;
template <typename Object>
constexpr bool kIsFunction = std::is_same_v<std::decay_t<Object>, catalog::Function>;

}  // namespace

Origins::Origins(const catalog::Catalog& catalog) {
  catalog::ForEachObject(catalog, [&](const catalog::ObjectKey& key, const auto& object) {
    origins_.emplace(OriginKey(key), object.origin);
    if constexpr (requires { object.owner.role; }) {
      // OWNER TO CURRENT_USER (and the like) names no role of its own: whoever applies.
      const std::optional<std::string>& role = object.owner.role;
      if (role && *role != "current_user" && *role != "session_user" && *role != "current_role") {
        owners_.emplace(OriginKey(key), *role);
      }
    }
    if constexpr (kIsColumn<decltype(object)>) {
      if (object.hints.using_expression || object.hints.down_using_expression) {
        column_hints_.emplace(key, object.hints);
      }
    }
    if constexpr (kIsFunction<decltype(object)>) {
      functions_.emplace(object.name, object.written);
    }
    if constexpr (requires { object.with_data; }) {
      with_data_.emplace(key, object.with_data.value);
    }
    if constexpr (kIsConstraint<decltype(object)>) {
      if (object.type == catalog::ConstraintType::kCheck && !object.expression_written.empty()) {
        check_texts_.emplace(key, object.expression_written.text);
      }
    }
  });
  // Privileges: where the first GRANT or REVOKE that names an object is, or that names its schema
  // with ON ALL ... IN SCHEMA.
  for (const catalog::GrantStatement& statement : catalog.grant_statements) {
    for (const catalog::ObjectKey& key : statement.objects) {
      privileges_.emplace(key, statement.origin.range);
    }
    for (const std::string& schema : statement.all_in_schemas) {
      schema_privileges_.emplace(schema, statement.origin.range);
    }
    // Default privileges: where the first ALTER DEFAULT PRIVILEGES that names them is.
    for (const catalog::DefaultPrivilegesName& name : statement.defaults) {
      origins_.emplace(catalog::DefaultPrivilegesKey(name), statement.origin);
    }
  }
  for (const auto& [key, privileges] : catalog.privileges) {
    privileges_.emplace(key, privileges.origin.range);
  }
}

const catalog::FunctionName* Origins::DeclaredAs(const catalog::FunctionName& name) const {
  auto it = functions_.find(name);
  if (it != functions_.end()) {
    return &it->first;
  }
  auto first = functions_.lower_bound({name.schema, name.name, ""});
  auto same_name = [&](auto at) {
    return at != functions_.end() && at->first.schema == name.schema && at->first.name == name.name;
  };
  if (!same_name(first) || same_name(std::next(first))) {
    return nullptr;
  }
  return &first->first;
}

const catalog::Written* Origins::WrittenFunction(const catalog::FunctionName& name) const {
  const catalog::FunctionName* declared = DeclaredAs(name);
  return declared == nullptr ? nullptr : &functions_.at(*declared);
}

template <typename Object>
std::optional<base::SourceRange> Origins::TableRange(const catalog::ObjectKey& key,
                                                     const Object& object) const {
  catalog::ObjectKey table = catalog::ParentKey(key);
  if constexpr (std::is_same_v<std::decay_t<Object>, catalog::Index>) {
    table = catalog::TableKey(object.table);
  }
  if (table.kind != catalog::ObjectKind::kTable || table == key) {
    return std::nullopt;
  }
  auto origin = origins_.find(table);
  if (origin == origins_.end()) {
    return std::nullopt;
  }
  return origin->second.range;
}

void Origins::ApplyTo(catalog::Catalog& target) const {
  catalog::ForEachObject(target, [&](const catalog::ObjectKey& key, auto& object) {
    auto origin = origins_.find(OriginKey(key));
    if (origin != origins_.end()) {
      object.origin = origin->second;
    } else if (std::optional<base::SourceRange> range = TableRange(key, object)) {
      object.origin.range = *range;  // what the server made for a table (LIKE copied it, say)
    }
    if constexpr (requires { object.with_data; }) {
      auto with_data = with_data_.find(key);
      if (with_data != with_data_.end()) {
        object.with_data.value = with_data->second;  // the scratch database has none
      }
    }
    if constexpr (requires { object.owner.role; }) {
      // The owner the files name, not the scratch database's role.
      auto owner = owners_.find(OriginKey(key));
      object.owner.role =
          owner != owners_.end() ? std::optional<std::string>(owner->second) : std::nullopt;
    }
    if constexpr (kIsFunction<decltype(object)>) {
      if (object.body_tracked) {
        // Created as written when its definition prints otherwise (plan::BuildFunctionSteps),
        // and the same as a function whose definition is that text (diff::SameFunction).
        if (const catalog::Written* written = WrittenFunction(object.name)) {
          object.written = *written;
        }
      }
      const catalog::FunctionName* declared = DeclaredAs(object.name);
      if (origin == origins_.end() && declared != nullptr) {
        origin = origins_.find(catalog::FunctionKey(*declared));
        if (origin == origins_.end()) {
          origin = origins_.find(catalog::AggregateKey(*declared));
        }
        if (origin != origins_.end()) {
          object.origin = origin->second;
        }
      }
    }
    if constexpr (kIsConstraint<decltype(object)>) {
      auto text = check_texts_.find(key);
      if (text != check_texts_.end()) {
        object.written_expression.value = text->second;
      }
    }
    if constexpr (kIsColumn<decltype(object)>) {
      auto hints = column_hints_.find(key);
      if (hints != column_hints_.end()) {
        object.hints = hints->second;
      }
    }
  });
  for (auto& [key, privileges] : target.privileges) {
    auto range = privileges_.find(key);
    if (range != privileges_.end()) {
      privileges.origin.range = range->second;
    } else if (auto schema = schema_privileges_.find(key.schema);
               schema != schema_privileges_.end()) {
      privileges.origin.range = schema->second;
    }
  }
  // An extension the files do not declare, which CREATE EXTENSION ... CASCADE created for one
  // that requires it, is shown where that one is declared (through a chain of them, too).
  for (bool changed = true; changed;) {
    changed = false;
    for (const catalog::Dependency& dependency : target.dependencies.value) {
      if (dependency.object.kind != catalog::ObjectKind::kExtension ||
          dependency.referenced.kind != catalog::ObjectKind::kExtension) {
        continue;
      }
      auto user = target.extensions.find(dependency.object.name);
      auto required = target.extensions.find(dependency.referenced.name);
      if (user != target.extensions.end() && required != target.extensions.end() &&
          user->second.origin.range.valid() && !required->second.origin.range.valid()) {
        required->second.origin = user->second.origin;
        changed = true;
      }
    }
  }
}

void CopyOrigins(const catalog::Catalog& source, catalog::Catalog& target) {
  Origins(source).ApplyTo(target);
}

}  // namespace schemac::normalize
