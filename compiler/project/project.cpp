#include "schemac/project/project.h"

#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "schemac/base/files.h"

namespace schemac::project {
namespace {

using File = std::shared_ptr<const base::SourceFile>;

base::SourceRange RangeOf(const File& file, const toml::source_region& region, size_t length = 1) {
  return {file, static_cast<uint32_t>(region.begin.line),
          static_cast<uint32_t>(region.begin.column), static_cast<uint32_t>(length)};
}

std::string Where(const File& file, const toml::source_region& region) {
  return fmt::format("{}:{}:{}", file->path(), region.begin.line, region.begin.column);
}

// Reader reads one project file into a Project, reporting every error it finds.
class Reader {
 public:
  Reader(File file, Project& project, base::DiagnosticSink& sink)
      : file_(std::move(file)), project_(project), sink_(sink) {}

  void Read(const toml::table& root) {
    // Each section: its keys and what reads each.
    using Key = std::function<void(const toml::node&)>;
    const std::map<std::string, std::map<std::string, Key>> sections = {
        {"schema", {{"dir", [&](const toml::node& value) { ReadSchemaDir(value); }}}},
        {"objects",
         {{"include-schemas", [&](const toml::node& value) { ReadIncludeSchemas(value); }},
          {"exclude", [&](const toml::node& value) { ReadExclude(value); }},
          {"manage-owners", [&](const toml::node& value) { ReadManageOwners(value); }}}},
    };
    for (const auto& [name, node] : root) {
      auto section = sections.find(std::string(name.str()));
      if (section == sections.end()) {
        sink_.Error("project-key", RangeOf(file_, name.source(), name.str().size()),
                    fmt::format("unknown section \"{}\"; the sections are {}", name.str(),
                                Names(sections)));
        continue;
      }
      const toml::table* table = node.as_table();
      if (table == nullptr) {
        sink_.Error("project-value", RangeOf(file_, name.source(), name.str().size()),
                    fmt::format("\"{}\" is a section; write it as [{}] with its keys below",
                                name.str(), name.str()));
        continue;
      }
      for (const auto& [key, value] : *table) {
        auto reader = section->second.find(std::string(key.str()));
        if (reader == section->second.end()) {
          sink_.Error("project-key", RangeOf(file_, key.source(), key.str().size()),
                      fmt::format("unknown key \"{}\" in [{}]; the keys there are {}", key.str(),
                                  section->first, Names(section->second)));
          continue;
        }
        reader->second(value);
      }
    }
  }

 private:
  template <typename Map>
  static std::string Names(const Map& map) {
    std::string names;
    for (const auto& entry : map) {
      names += (names.empty() ? "" : ", ") + entry.first;
    }
    return names;
  }

  void WrongType(const toml::node& value, std::string_view key, std::string_view expected) {
    sink_.Error("project-value", RangeOf(file_, value.source()),
                fmt::format("{} must be {}", key, expected));
  }

  // Strings reads an array of strings, reporting each element that is not one, or nothing when
  // the value is not an array.
  std::optional<std::vector<std::pair<std::string, const toml::node*>>> Strings(
      const toml::node& value, std::string_view key) {
    const toml::array* array = value.as_array();
    if (array == nullptr) {
      WrongType(value, key, "an array of strings: [\"...\", \"...\"]");
      return std::nullopt;
    }
    std::vector<std::pair<std::string, const toml::node*>> out;
    for (const toml::node& element : *array) {
      std::optional<std::string> text = element.value<std::string>();
      if (!text || element.type() != toml::node_type::string) {
        WrongType(element, key, "an array of strings: [\"...\", \"...\"]");
        continue;
      }
      out.emplace_back(*text, &element);
    }
    return out;
  }

  void ReadSchemaDir(const toml::node& value) {
    std::optional<std::string> dir = value.value<std::string>();
    if (!dir || value.type() != toml::node_type::string || dir->empty()) {
      WrongType(value, "[schema] dir", "a directory or .sql file, as a string: dir = \"schema\"");
      return;
    }
    project_.schema_dir = project_.path.parent_path() / *dir;
  }

  void ReadIncludeSchemas(const toml::node& value) {
    auto names = Strings(value, "[objects] include-schemas");
    if (!names) {
      return;
    }
    if (names->empty()) {
      WrongType(value, "[objects] include-schemas",
                "at least one schema name (an empty list would include nothing; remove the key "
                "to manage every schema)");
      return;
    }
    for (const auto& [name, element] : *names) {
      if (name.empty()) {
        WrongType(*element, "a schema name", "a name: \"public\"");
        continue;
      }
      project_.scope.include_schemas.push_back(name);
    }
    project_.scope.include_origin = Where(file_, value.source());
  }

  void ReadManageOwners(const toml::node& value) {
    if (value.type() != toml::node_type::boolean) {
      WrongType(value, "[objects] manage-owners", "true or false");
      return;
    }
    project_.manage_owners = value.as_boolean()->get();
  }

  void ReadExclude(const toml::node& value) {
    auto patterns = Strings(value, "[objects] exclude");
    if (!patterns) {
      return;
    }
    for (const auto& [text, element] : *patterns) {
      catalog::ParsedPattern parsed = catalog::ParseExclusionPattern(text);
      if (!parsed.pattern) {
        sink_.Error("project-value", RangeOf(file_, element->source(), text.size() + 2),
                    parsed.error);
        continue;
      }
      project_.scope.exclude.push_back(
          {std::move(*parsed.pattern), Where(file_, element->source())});
    }
  }

  File file_;
  Project& project_;
  base::DiagnosticSink& sink_;
};

}  // namespace

std::optional<Project> LoadProject(const std::filesystem::path& path, base::DiagnosticSink& sink) {
  std::error_code code;
  if (!std::filesystem::is_regular_file(path, code)) {
    bool exists = std::filesystem::exists(path, code);
    sink.Error("io-error", {},
               fmt::format("the project file {} {}; give its path with --project", path.string(),
                           exists ? "is not a file" : "does not exist"));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  if (in) {
    text << in.rdbuf();
  }
  if (!in || in.bad()) {
    sink.Error("io-error", {},
               fmt::format("cannot read the project file {}; give its path with --project",
                           path.string()));
    return std::nullopt;
  }
  auto file = std::make_shared<const base::SourceFile>(path.string(), text.str());
  if (!base::CheckText(file, sink)) {
    return std::nullopt;
  }
  Project project;
  project.path = path;
  toml::table root;
  try {
    root = toml::parse(file->text(), path.string());
  } catch (const toml::parse_error& error) {
    sink.Error("project-syntax", RangeOf(file, error.source()),
               fmt::format("{}; the project file is TOML (https://toml.io)", error.description()));
    return std::nullopt;
  }
  size_t errors = sink.error_count();
  Reader(file, project, sink).Read(root);
  if (sink.error_count() > errors) {
    return std::nullopt;
  }
  return project;
}

}  // namespace schemac::project
