#include "key_graph.h"

namespace schemac::plan {

size_t KeyGraph::PackedKeyHash::operator()(const PackedKey& key) const {
  uint64_t h = static_cast<uint64_t>(key.kind);
  for (uint32_t part : {key.schema, key.name, key.sub_name}) {
    h = (h ^ part) * 0x100000001b3ULL;  // FNV-1a's prime, one number at a time
    h ^= h >> 29;
  }
  return static_cast<size_t>(h);
}

uint32_t KeyGraph::InternString(const std::string& text) {
  auto it = string_ids_.find(text);
  if (it != string_ids_.end()) {
    return it->second;
  }
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(text);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

uint32_t KeyGraph::Intern(const catalog::ObjectKey& key) {
  const PackedKey packed{key.kind, InternString(key.schema), InternString(key.name),
                         InternString(key.sub_name)};
  auto [it, added] = ids_.emplace(packed, static_cast<uint32_t>(keys_.size()));
  if (added) {
    keys_.push_back(packed);
  }
  return it->second;
}

std::optional<uint32_t> KeyGraph::Find(const catalog::ObjectKey& key) const {
  PackedKey packed{key.kind, 0, 0, 0};
  for (auto [text, id] :
       {std::pair(&key.schema, &packed.schema), std::pair(&key.name, &packed.name),
        std::pair(&key.sub_name, &packed.sub_name)}) {
    auto it = string_ids_.find(*text);
    if (it == string_ids_.end()) {
      return std::nullopt;
    }
    *id = it->second;
  }
  auto it = ids_.find(packed);
  if (it == ids_.end()) {
    return std::nullopt;
  }
  return it->second;
}

catalog::ObjectKey KeyGraph::Unpack(uint32_t id) const {
  const PackedKey& packed = keys_[id];
  return {packed.kind, strings_[packed.schema], strings_[packed.name], strings_[packed.sub_name]};
}

void KeyGraph::AddEdge(const catalog::ObjectKey& from, const catalog::ObjectKey& to) {
  edges_.emplace_back(Intern(from), Intern(to));
}

KeyGraph::Adjacency KeyGraph::Grouped(const std::vector<bool>& skip, bool reverse) const {
  const size_t keys = keys_.size();
  Adjacency out;
  out.offsets.assign(keys + 1, 0);
  for (size_t i = 0; i < edges_.size(); ++i) {
    if (!skip[i]) {
      ++out.offsets[(reverse ? edges_[i].second : edges_[i].first) + 1];
    }
  }
  for (size_t k = 0; k < keys; ++k) {
    out.offsets[k + 1] += out.offsets[k];
  }
  out.targets.resize(out.offsets[keys]);
  std::vector<uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
  for (size_t i = 0; i < edges_.size(); ++i) {
    if (!skip[i]) {
      out.targets[next[reverse ? edges_[i].second : edges_[i].first]++] = static_cast<uint32_t>(i);
    }
  }
  return out;
}

KeyGraph::Adjacency KeyGraph::Lists(const std::vector<bool>& skip, bool reverse) const {
  Adjacency out = Grouped(skip, reverse);
  for (uint32_t& edge : out.targets) {
    edge = reverse ? edges_[edge].first : edges_[edge].second;
  }
  return out;
}

void KeyGraph::Finish() {
  // An edge added again is left out where it repeats. A key has few edges of its own.
  const Adjacency grouped = Grouped(std::vector<bool>(edges_.size(), false), false);
  std::vector<bool> repeated(edges_.size(), false);
  for (size_t k = 0; k < keys_.size(); ++k) {
    for (uint32_t i = grouped.offsets[k]; i < grouped.offsets[k + 1]; ++i) {
      for (uint32_t j = grouped.offsets[k]; j < i; ++j) {
        if (edges_[grouped.targets[j]].second == edges_[grouped.targets[i]].second) {
          repeated[grouped.targets[i]] = true;
          break;
        }
      }
    }
  }
  out_ = Lists(repeated, false);
  in_ = Lists(repeated, true);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(edges_);
}

std::vector<catalog::ObjectKey> KeyGraph::Read(const catalog::ObjectKey& key,
                                               const Adjacency& adjacency) const {
  std::vector<catalog::ObjectKey> out;
  if (std::optional<uint32_t> id = Find(key)) {
    for (uint32_t i = adjacency.offsets[*id]; i < adjacency.offsets[*id + 1]; ++i) {
      out.push_back(Unpack(adjacency.targets[i]));
    }
  }
  return out;
}

std::vector<catalog::ObjectKey> KeyGraph::Out(const catalog::ObjectKey& key) const {
  return Read(key, out_);
}

std::vector<catalog::ObjectKey> KeyGraph::In(const catalog::ObjectKey& key) const {
  return Read(key, in_);
}

}  // namespace schemac::plan
