// Differs for schemas, extensions, enum types, sequences and indexes.
#include <algorithm>

#include "diff_internal.h"

namespace schemac::diff {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;

// Adds a create, drop or (when `properties` is not empty) alter change for one object.
template <typename T, typename Compare>
void Pair(ObjectKey key, const T* old_object, const T* new_object, Compare compare,
          std::vector<Change>& out) {
  if (old_object == nullptr) {
    out.push_back({ChangeKind::kCreate, std::move(key), {}});
  } else if (new_object == nullptr) {
    out.push_back({ChangeKind::kDrop, std::move(key), {}});
  } else if (!(*old_object == *new_object)) {
    Change change{ChangeKind::kAlter, std::move(key), {}};
    compare(*old_object, *new_object, change);
    if (change.kind == ChangeKind::kRecreate || !change.properties.empty()) {
      out.push_back(std::move(change));
    }
  }
}

// IsSubsequence says whether every label of `a` appears in `b` in the same order.
bool IsSubsequence(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t j = 0;
  for (const std::string& label : b) {
    if (j < a.size() && a[j] == label) {
      ++j;
    }
  }
  return j == a.size();
}

}  // namespace

void DiffSchemas(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out) {
  ForEachPair(from.schemas, to.schemas, [&](const std::string& name, auto* a, auto* b) {
    Pair(
        ObjectKey{ObjectKind::kSchema, name, name, ""}, a, b,
        [](const catalog::Schema&, const catalog::Schema&, Change& change) {
          change.properties.push_back(Property::kComment);
        },
        out);
  });
}

void DiffExtensions(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  ForEachPair(from.extensions, to.extensions, [&](const std::string& name, auto* a, auto* b) {
    Pair(
        ObjectKey{ObjectKind::kExtension, b != nullptr ? b->schema : a->schema, name, ""}, a, b,
        [](const catalog::Extension& x, const catalog::Extension& y, Change& change) {
          if (x.schema != y.schema) {
            change.properties.push_back(Property::kSchema);
          }
          if (x.version != y.version) {
            change.properties.push_back(Property::kVersion);
          }
          if (x.comment != y.comment) {
            change.properties.push_back(Property::kComment);
          }
        },
        out);
  });
}

void DiffEnums(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out) {
  ForEachPair(from.enums, to.enums, [&](const catalog::QualifiedName& name, auto* a, auto* b) {
    Pair(
        ObjectKey{ObjectKind::kEnum, name.schema, name.name, ""}, a, b,
        [](const catalog::EnumType& x, const catalog::EnumType& y, Change& change) {
          if (x.labels != y.labels) {
            if (!IsSubsequence(x.labels, y.labels)) {
              change.kind = ChangeKind::kRecreate;
              return;
            }
            change.properties.push_back(Property::kLabels);
          }
          if (x.comment != y.comment) {
            change.properties.push_back(Property::kComment);
          }
        },
        out);
  });
}

void DiffSequences(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out) {
  ForEachPair(from.sequences, to.sequences,
              [&](const catalog::QualifiedName& name, auto* a, auto* b) {
                Pair(
                    ObjectKey{ObjectKind::kSequence, name.schema, name.name, ""}, a, b,
                    [](const catalog::Sequence& x, const catalog::Sequence& y, Change& change) {
                      if (!(x.options == y.options)) {
                        change.properties.push_back(Property::kSequenceOptions);
                      }
                      if (x.owned_by != y.owned_by) {
                        change.properties.push_back(Property::kOwnedBy);
                      }
                      if (x.unlogged != y.unlogged) {
                        change.properties.push_back(Property::kLogged);
                      }
                      if (x.comment != y.comment) {
                        change.properties.push_back(Property::kComment);
                      }
                    },
                    out);
              });
}

void DiffIndexes(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out) {
  ForEachPair(from.indexes, to.indexes, [&](const catalog::QualifiedName& name, auto* a, auto* b) {
    if (a == nullptr && DetachKeeps(from, to, b->table, name.name, true)) {
      return;
    }
    Pair(
        ObjectKey{ObjectKind::kIndex, name.schema, name.name, ""}, a, b,
        [](const catalog::Index& x, const catalog::Index& y, Change& change) {
          catalog::Index x_definition = x;
          x_definition.options = y.options;
          x_definition.comment = y.comment;
          bool same_statistics = true;
          for (size_t i = 0; i < x.keys.size() && i < y.keys.size(); ++i) {
            same_statistics = same_statistics && x.keys[i].statistics == y.keys[i].statistics;
            x_definition.keys[i].statistics = y.keys[i].statistics;
          }
          if (!(x_definition == y)) {
            change.kind = ChangeKind::kRecreate;
            return;
          }
          if (x.options != y.options) {
            change.properties.push_back(Property::kStorageOptions);
          }
          if (!same_statistics) {
            change.properties.push_back(Property::kColumnSettings);
          }
          if (x.comment != y.comment) {
            change.properties.push_back(Property::kComment);
          }
        },
        out);
  });
}

}  // namespace schemac::diff
