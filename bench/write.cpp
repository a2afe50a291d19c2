// Writes a generated model as a schema directory of plain PostgreSQL DDL.
#include <filesystem>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "model.h"

namespace schemac::bench {
namespace {

namespace fs = std::filesystem;

std::string Literal(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    quoted += c;
    if (c == '\'') {
      quoted += '\'';
    }
  }
  return quoted + "'";
}

std::string Join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : ", ") + item;
  }
  return text;
}

std::string Named(const std::string& name) {
  return name.empty() ? std::string() : "CONSTRAINT " + name + " ";
}

std::string Reference(const ForeignKey& fk, bool on_column) {
  std::string text = Named(fk.name);
  if (!on_column) {
    text += "FOREIGN KEY (" + Join(fk.columns) + ") ";
  }
  text += "REFERENCES " + fk.target_schema + "." + fk.target_table;
  if (!fk.target_columns.empty()) {
    text += " (" + Join(fk.target_columns) + ")";
  }
  if (!fk.on_delete.empty()) {
    text += " ON DELETE " + fk.on_delete;
  }
  if (fk.deferrable) {
    text += " DEFERRABLE INITIALLY DEFERRED";
  }
  return text;
}

std::string ColumnDefinition(const Table& table, const Column& column) {
  std::string line = "    " + column.name + " " + column.type;
  if (!column.identity.empty()) {
    line += " GENERATED " + column.identity + " AS IDENTITY";
    if (!column.identity_options.empty()) {
      line += " (" + column.identity_options + ")";
    }
  }
  if (column.not_null) {
    line += " NOT NULL";
  }
  if (!column.default_value.empty()) {
    line += " DEFAULT " + column.default_value;
  }
  if (table.primary_key_inline && column.name == table.primary_key[0]) {
    line += " " + Named(table.primary_key_name) + "PRIMARY KEY";
  }
  if (column.unique) {
    line += " UNIQUE";
  }
  if (!column.check.empty()) {
    line += " " + Named(column.check_name) + "CHECK (" + column.check + ")";
  }
  for (const ForeignKey& fk : table.foreign_keys) {
    if (fk.on_column && !fk.as_alter && fk.columns[0] == column.name) {
      line += " " + Reference(fk, true);
    }
  }
  return line;
}

void WriteTable(const Table& table, const std::vector<const Sequence*>& owned, std::string& out) {
  const std::string qualified = table.schema + "." + table.name;
  std::vector<std::string> lines;
  for (const Column& column : table.columns) {
    lines.push_back(ColumnDefinition(table, column));
  }
  if (!table.primary_key.empty() && !table.primary_key_inline) {
    lines.push_back("    " + Named(table.primary_key_name) + "PRIMARY KEY (" +
                    Join(table.primary_key) + ")");
  }
  for (const UniqueKey& key : table.uniques) {
    lines.push_back("    " + Named(key.name) + "UNIQUE (" + Join(key.columns) + ")");
  }
  for (const Check& check : table.checks) {
    lines.push_back("    " + Named(check.name) + "CHECK (" + check.expression + ")");
  }
  for (const ForeignKey& fk : table.foreign_keys) {
    if (!fk.on_column && !fk.as_alter) {
      lines.push_back("    " + Reference(fk, false));
    }
  }
  out += "CREATE TABLE " + qualified + " (\n";
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
  }
  out += ");\n";
  for (const ForeignKey& fk : table.foreign_keys) {
    if (fk.as_alter) {
      out += "ALTER TABLE ONLY " + qualified + " ADD " + Reference(fk, false) + ";\n";
    }
  }
  if (!table.comment.empty()) {
    out += fmt::format("COMMENT ON TABLE {} IS {};\n", qualified, Literal(table.comment));
  }
  for (const Column& column : table.columns) {
    if (!column.comment.empty()) {
      out += fmt::format("COMMENT ON COLUMN {}.{} IS {};\n", qualified, column.name,
                         Literal(column.comment));
    }
  }
  for (const Check& check : table.checks) {
    if (!check.comment.empty()) {
      out += fmt::format("COMMENT ON CONSTRAINT {} ON {} IS {};\n", check.name, qualified,
                         Literal(check.comment));
    }
  }
  for (const Index& index : table.indexes) {
    out += fmt::format("CREATE {}INDEX {}ON {} {}({})", index.unique ? "UNIQUE " : "",
                       index.name.empty() ? "" : index.name + " ", qualified,
                       index.method.empty() ? "" : "USING " + index.method + " ", index.keys);
    if (!index.include.empty()) {
      out += " INCLUDE (" + index.include + ")";
    }
    if (!index.predicate.empty()) {
      out += " WHERE " + index.predicate;
    }
    out += ";\n";
    if (!index.comment.empty()) {
      out += fmt::format("COMMENT ON INDEX {}.{} IS {};\n", table.schema, index.name,
                         Literal(index.comment));
    }
  }
  for (const Sequence* sequence : owned) {
    out += fmt::format("ALTER SEQUENCE {}.{} OWNED BY {}.{};\n", sequence->schema, sequence->name,
                       qualified, sequence->owner_column);
  }
  out += "\n";
}

bool WriteFile(const fs::path& path, const std::string& text, std::string* error) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    *error = fmt::format("cannot write {}", path.string());
    return false;
  }
  return true;
}

}  // namespace

bool WriteSchemaDirectory(const Model& model, const std::string& directory, std::string* error) {
  std::error_code code;
  fs::remove_all(directory, code);
  fs::create_directories(directory, code);
  if (code) {
    *error = fmt::format("cannot create {}: {}", directory, code.message());
    return false;
  }
  std::string schemas = "-- The schemas of the generated benchmark project.\n\n";
  for (const Schema& schema : model.schemas) {
    schemas += fmt::format("CREATE SCHEMA {};\nCOMMENT ON SCHEMA {} IS {};\n\n", schema.name,
                           schema.name, Literal(schema.comment));
  }
  if (!WriteFile(fs::path(directory) / "00_schemas.sql", schemas, error)) {
    return false;
  }
  std::map<std::string, std::vector<const Sequence*>> owned;  // "schema.table" -> sequences
  for (const Sequence& sequence : model.sequences) {
    if (!sequence.owner_table.empty()) {
      owned[sequence.schema + "." + sequence.owner_table].push_back(&sequence);
    }
  }
  for (const Schema& schema : model.schemas) {
    const fs::path folder = fs::path(directory) / schema.name;
    fs::create_directories(folder, code);
    std::string types = fmt::format("-- Enum types and sequences of schema {}.\n\n", schema.name);
    for (const Enum& type : model.enums) {
      if (type.schema != schema.name) {
        continue;
      }
      std::vector<std::string> labels;
      for (const std::string& label : type.labels) {
        labels.push_back(Literal(label));
      }
      types +=
          fmt::format("CREATE TYPE {}.{} AS ENUM ({});\n", type.schema, type.name, Join(labels));
      if (!type.comment.empty()) {
        types += fmt::format("COMMENT ON TYPE {}.{} IS {};\n", type.schema, type.name,
                             Literal(type.comment));
      }
    }
    for (const Sequence& sequence : model.sequences) {
      if (sequence.schema != schema.name) {
        continue;
      }
      types += fmt::format("CREATE SEQUENCE {}.{} AS {} START WITH {} INCREMENT BY {} CACHE {};\n",
                           sequence.schema, sequence.name, sequence.type, sequence.start,
                           sequence.increment, sequence.cache);
      if (!sequence.comment.empty()) {
        types += fmt::format("COMMENT ON SEQUENCE {}.{} IS {};\n", sequence.schema, sequence.name,
                             Literal(sequence.comment));
      }
    }
    // Functions that defaults and checks call, and the one triggers run.
    types += fmt::format(
        "CREATE FUNCTION {0}.clean_code(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT\n"
        "    RETURN lower(btrim(value));\n"
        "CREATE FUNCTION {0}.new_code() RETURNS text LANGUAGE sql VOLATILE\n"
        "    RETURN md5(random()::text);\n"
        "CREATE FUNCTION {0}.touch_row() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  RETURN NEW;\n"
        "END;\n"
        "$$;\n",
        schema.name);
    if (!WriteFile(folder / "00_types.sql", types, error)) {
      return false;
    }
    std::vector<std::string> files(static_cast<size_t>(schema.files));
    for (size_t i = 0; i < files.size(); ++i) {
      files[i] = fmt::format("-- Tables of schema {}, part {} of {}.\n\n", schema.name, i + 1,
                             files.size());
    }
    static const std::vector<const Sequence*> kNone;
    for (const Table& table : model.tables) {
      if (table.schema == schema.name) {
        auto it = owned.find(table.schema + "." + table.name);
        WriteTable(table, it == owned.end() ? kNone : it->second,
                   files[static_cast<size_t>(table.file - 1)]);
      }
    }
    for (size_t i = 0; i < files.size(); ++i) {
      if (!WriteFile(folder / fmt::format("tables_{:03}.sql", i + 1), files[i], error)) {
        return false;
      }
    }
    std::string views = fmt::format("-- Views and triggers of schema {}.\n\n", schema.name);
    for (const View& view : model.views) {
      if (view.schema != schema.name) {
        continue;
      }
      views += fmt::format("CREATE VIEW {}.{} AS SELECT {} FROM {}.{}{};\n", view.schema, view.name,
                           Join(view.columns), view.schema, view.base,
                           view.filter.empty() ? "" : " WHERE " + view.filter);
      if (!view.comment.empty()) {
        views += fmt::format("COMMENT ON VIEW {}.{} IS {};\n", view.schema, view.name,
                             Literal(view.comment));
      }
    }
    for (const Table& table : model.tables) {
      if (table.schema == schema.name && table.has_trigger) {
        views += fmt::format(
            "CREATE TRIGGER {1}_touch BEFORE UPDATE ON {0}.{1} FOR EACH ROW EXECUTE FUNCTION "
            "{0}.touch_row();\n",
            table.schema, table.name);
      }
    }
    if (!WriteFile(folder / "views.sql", views, error)) {
      return false;
    }
  }
  return true;
}

}  // namespace schemac::bench
