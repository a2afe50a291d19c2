// A directed graph over object keys, stored compactly: the dependency index of a catalog of
// 10,000 tables has some 150,000 keys, which repeat the same schema, table and column names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::plan {

class KeyGraph {
 public:
  // AddEdge adds the edge from -> to; an edge added again counts once (where it was first added).
  // Only before Finish.
  void AddEdge(const catalog::ObjectKey& from, const catalog::ObjectKey& to);
  // Finish makes the graph ready to read and frees what building it took.
  void Finish();

  // Out returns the keys `key` has edges to and In the keys with an edge to `key`, each in the
  // order the edges were first added; nothing for a key the graph lacks. Only after Finish.
  std::vector<catalog::ObjectKey> Out(const catalog::ObjectKey& key) const;
  std::vector<catalog::ObjectKey> In(const catalog::ObjectKey& key) const;

  size_t key_count() const { return keys_.size(); }

 private:
  // A key as the numbers of its strings, each string stored once.
  struct PackedKey {
    catalog::ObjectKind kind;
    uint32_t schema;
    uint32_t name;
    uint32_t sub_name;
    bool operator==(const PackedKey&) const = default;
  };
  struct PackedKeyHash {
    size_t operator()(const PackedKey& key) const;
  };
  // Edges of every key in one array: the targets of key k are targets[offsets[k]] up to
  // targets[offsets[k + 1]].
  struct Adjacency {
    std::vector<uint32_t> offsets;
    std::vector<uint32_t> targets;
  };

  uint32_t InternString(const std::string& text);
  uint32_t Intern(const catalog::ObjectKey& key);
  std::optional<uint32_t> Find(const catalog::ObjectKey& key) const;
  catalog::ObjectKey Unpack(uint32_t id) const;
  std::vector<catalog::ObjectKey> Read(const catalog::ObjectKey& key,
                                       const Adjacency& adjacency) const;
  // Grouped returns the numbers of the edges in edges_ grouped by their first key (by their second
  // with `reverse`), leaving out the edges whose `skip` is set; each group keeps the order the
  // edges were added in. Lists is the same with the other key of each edge in place of its number.
  Adjacency Grouped(const std::vector<bool>& skip, bool reverse) const;
  Adjacency Lists(const std::vector<bool>& skip, bool reverse) const;

  std::deque<std::string> strings_;  // a deque: the views in string_ids_ must stay valid
  std::unordered_map<std::string_view, uint32_t> string_ids_;
  std::vector<PackedKey> keys_;
  std::unordered_map<PackedKey, uint32_t, PackedKeyHash> ids_;
  std::vector<std::pair<uint32_t, uint32_t>> edges_;  // in the order added, until Finish
  Adjacency out_;
  Adjacency in_;
};

}  // namespace schemac::plan
