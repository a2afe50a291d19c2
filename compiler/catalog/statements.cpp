#include "schemac/catalog/statements.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {
namespace {

using base::QuoteIdentifier;
using Path = std::optional<std::vector<std::string>>;

class Writer {
 public:
  explicit Writer(std::vector<CreateStatement>& out) : out_(out) {}

  // Add appends a statement and returns it, for the caller to say what it creates.
  CreateStatement& Add(StatementGroup group, const QualifiedName& subject, std::string sql,
                       const Origin& origin, std::vector<base::SourceRange> line_origins = {},
                       Path search_path = std::nullopt,
                       std::optional<WrittenSpan> written = std::nullopt) {
    out_.push_back({group,
                    std::move(sql),
                    origin.range,
                    std::move(line_origins),
                    subject,
                    std::move(search_path),
                    std::move(written),
                    {},
                    {},
                    {}});
    return out_.back();
  }

  void Comment(const QualifiedName& subject, const ObjectKey& object, std::string_view target,
               const std::optional<std::string>& text, const Origin& origin) {
    if (text) {
      Add(StatementGroup::kComments, subject, CommentSql(target, text), origin).acts_on = {object};
    }
  }

 private:
  std::vector<CreateStatement>& out_;
};

Path PathOf(const Written& written) {
  return written.empty() ? Path() : Path(written.search_path);
}

// Programmable is a view or a function, as CreateStatements orders them.
struct Programmable {
  ObjectKey key;
  const Origin* origin = nullptr;
};

// Whether one of `arguments` (types as FunctionName writes them, joined by ", ") is one of
// `row_types` (quoted names of tables and views), or an array of one.
bool TakesRowType(const std::set<std::string>& row_types, const std::string& arguments) {
  size_t begin = 0;
  while (begin < arguments.size()) {
    size_t end = arguments.find(", ", begin);
    std::string type = arguments.substr(begin, end == std::string::npos ? end : end - begin);
    while (type.ends_with("[]")) {
      type.resize(type.size() - 2);
    }
    if (row_types.count(type) != 0) {
      return true;
    }
    begin = end == std::string::npos ? arguments.size() : end + 2;
  }
  return false;
}

// The functions of a catalog that use a table, a view or a sequence (or a column, an index),
// directly or through other functions, as the catalog's dependencies say, and, in a catalog
// without them (a compiled one), those that take the row type of a table or view.
std::set<ObjectKey> FunctionsOnRelations(const Catalog& catalog) {
  std::map<ObjectKey, std::vector<ObjectKey>> callers;  // function -> functions that use it
  std::set<ObjectKey> late;
  std::vector<ObjectKey> work;
  std::set<std::string> row_types;
  for (const auto& [name, table] : catalog.tables) {
    row_types.insert(name.Quoted());
  }
  for (const auto& [name, view] : catalog.views) {
    row_types.insert(name.Quoted());
  }
  for (const auto& [name, function] : catalog.functions) {
    if (TakesRowType(row_types, name.arguments) && late.insert(KeyOf(function)).second) {
      work.push_back(KeyOf(function));
    }
  }
  for (const Dependency& dependency : catalog.dependencies.value) {
    if (dependency.object.kind != ObjectKind::kFunction &&
        dependency.object.kind != ObjectKind::kAggregate) {
      continue;
    }
    switch (dependency.referenced.kind) {
      case ObjectKind::kFunction:
      case ObjectKind::kAggregate:
        callers[dependency.referenced].push_back(dependency.object);
        break;
      case ObjectKind::kTable:
      case ObjectKind::kColumn:
      case ObjectKind::kConstraint:
      case ObjectKind::kIndex:
      case ObjectKind::kSequence:
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView:
        if (late.insert(dependency.object).second) {
          work.push_back(dependency.object);
        }
        break;
      default:
        break;
    }
  }
  while (!work.empty()) {
    ObjectKey key = work.back();
    work.pop_back();
    for (const ObjectKey& caller : callers[key]) {
      if (late.insert(caller).second) {
        work.push_back(caller);
      }
    }
  }
  return late;
}

// InUseOrder returns `members` (views and functions of `catalog`), each after the members it
// uses as the catalog's dependencies say (a catalog read from a server has them), otherwise in
// the order they were declared (a compiled one: as the files list them, which loads with psql
// when the files do), then by key.
std::vector<ObjectKey> InUseOrder(const Catalog& catalog,
                                  const std::vector<Programmable>& members) {
  std::map<ObjectKey, const Origin*> origin_of;
  for (const Programmable& member : members) {
    origin_of[member.key] = member.origin;
  }
  std::map<ObjectKey, std::set<ObjectKey>> uses;
  std::map<ObjectKey, std::vector<ObjectKey>> users;
  for (const Dependency& dependency : catalog.dependencies.value) {
    if (origin_of.count(dependency.object) != 0 && origin_of.count(dependency.referenced) != 0 &&
        dependency.object != dependency.referenced &&
        uses[dependency.object].insert(dependency.referenced).second) {
      users[dependency.referenced].push_back(dependency.object);
    }
  }
  using Place = std::tuple<std::string, uint32_t, uint32_t, ObjectKey>;
  auto place = [&](const ObjectKey& key) {
    const base::SourceRange& origin = origin_of.at(key)->range;
    return Place{origin.valid() ? origin.file->path() : "", origin.line, origin.column, key};
  };
  std::set<Place> ready;
  for (const Programmable& member : members) {
    if (uses[member.key].empty()) {
      ready.insert(place(member.key));
    }
  }
  std::vector<ObjectKey> out;
  while (!ready.empty()) {
    ObjectKey key = std::get<3>(*ready.begin());
    ready.erase(ready.begin());
    out.push_back(key);
    for (const ObjectKey& user : users[key]) {
      std::set<ObjectKey>& left = uses[user];
      left.erase(key);
      if (left.empty()) {
        ready.insert(place(user));
      }
    }
  }
  // The server allows no cycle between views; one through functions whose bodies it tracks
  // cannot be created either, but whatever is left goes last rather than nowhere.
  for (const Programmable& member : members) {
    if (!uses[member.key].empty()) {
      out.push_back(member.key);
    }
  }
  return out;
}

// Adds `sql`, the statement that creates an object written whole as `written` (a function, a
// domain, a composite or range type), to `group`: in the written form, the statement as written.
CreateStatement& AddWhole(StatementGroup group, const ObjectKey& key, std::string sql,
                          const Origin& origin, const Written& written, ExpressionForm form,
                          Writer& writer) {
  std::optional<WrittenSpan> span;
  if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
    span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
  }
  CreateStatement& added = writer.Add(group, {key.schema, key.name}, std::move(sql), origin, {},
                                      PathOf(written), std::move(span));
  added.creates = {key};
  return added;
}

// Adds the statements as written that make an object declared by a CREATE and changed by the
// ALTER statements after it (`written`, not empty: a text search object, a publication).
void AddWrittenStatements(StatementGroup group, const ObjectKey& key, const QualifiedName& subject,
                          const std::vector<Written>& written, const Origin& origin,
                          ExpressionForm form, Writer& writer) {
  AddWhole(group, key, written[0].text + ";", origin, written[0], form, writer);
  for (size_t i = 1; i < written.size(); ++i) {
    std::optional<WrittenSpan> span;
    if (form == ExpressionForm::kWritten && written[i].start.valid()) {
      span = WrittenSpan{0, written[i].text.size(), written[i].start};  // the whole statement
    }
    writer
        .Add(group, subject, written[i].text + ";", origin, {}, PathOf(written[i]), std::move(span))
        .acts_on = {key};
  }
}

// Adds the statements of an object that a compiled catalog holds as written (`written`) and one
// read from a server makes from its definition (`sql`).
void AddWrittenOrWhole(StatementGroup group, const ObjectKey& key,
                       const std::vector<Written>& written, const std::string& sql,
                       const Origin& origin, ExpressionForm form, Writer& writer) {
  if (!written.empty()) {
    AddWrittenStatements(group, key, {"", key.name}, written, origin, form, writer);
  } else {
    AddWhole(group, key, sql, origin, Written{}, form, writer);
  }
}

// Foreign-data wrappers, after the functions they call, then servers and user mappings, before
// the tables.
void AddForeignData(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, wrapper] : catalog.foreign_data_wrappers) {
    AddWrittenOrWhole(StatementGroup::kFunctions, ForeignDataWrapperKey(name), wrapper.written,
                      CreateForeignDataWrapperSql(wrapper), wrapper.origin, form, writer);
  }
  for (const auto& [name, server] : catalog.servers) {
    AddWrittenOrWhole(StatementGroup::kFunctions, ServerKey(name), server.written,
                      CreateServerSql(server), server.origin, form, writer);
  }
  for (const auto& [name, mapping] : catalog.user_mappings) {
    AddWrittenOrWhole(StatementGroup::kFunctions, UserMappingKey(name), mapping.written,
                      CreateUserMappingSql(mapping), mapping.origin, form, writer);
  }
}

// Operator families with what ALTER OPERATOR FAMILY adds to them, then classes: after the
// functions and operators they are made of, before the indexes that use them. A family's members
// are added before its classes exist, so that they stay the family's, as when a plan creates
// them. A class that names no FAMILY makes the family of its name, unless that exists already:
// the ALTER statements of such a family come after it (and the server ties those for the class's
// own type to the class, as introspection then reads them).
void AddOperatorClasses(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  auto as_written = [&](const OperatorClass& object) {
    return object.definition.empty() ||
           (form == ExpressionForm::kWritten && !object.written.empty());
  };
  auto add_later = [&](const OperatorClass& family, const std::vector<std::string>& statements,
                       size_t first) {
    for (size_t i = first; i < statements.size(); ++i) {
      const Written* written = as_written(family) ? &family.written[i] : nullptr;
      std::optional<WrittenSpan> span;
      if (written != nullptr && form == ExpressionForm::kWritten && written->start.valid()) {
        span = WrittenSpan{0, written->text.size(), written->start};  // the whole statement
      }
      writer
          .Add(StatementGroup::kFunctions, {family.name.schema, family.name.name}, statements[i],
               family.origin, {}, written != nullptr ? PathOf(*written) : Path(), std::move(span))
          .acts_on = {KeyOf(family)};
    }
  };
  std::vector<const OperatorClass*> made_by_classes;
  for (const auto& [name, family] : catalog.operator_families) {
    if (as_written(family) && family.implicit.value) {
      made_by_classes.push_back(&family);
      continue;
    }
    std::vector<std::string> statements = CreateOperatorClassSql(family);
    AddWhole(StatementGroup::kFunctions, OperatorFamilyKey(name), statements[0], family.origin,
             as_written(family) ? family.written[0] : Written{}, form, writer);
    add_later(family, statements, 1);
  }
  for (const auto& [name, type] : catalog.operator_classes) {
    CreateStatement& added = AddWhole(StatementGroup::kFunctions, OperatorClassKey(name),
                                      CreateOperatorClassSql(type)[0], type.origin,
                                      as_written(type) ? type.written[0] : Written{}, form, writer);
    auto family = catalog.operator_families.find(name);
    if (family != catalog.operator_families.end() && as_written(family->second) &&
        family->second.implicit.value) {
      added.creates.push_back(OperatorFamilyKey(name));
    }
  }
  for (const OperatorClass* family : made_by_classes) {
    add_later(*family, CreateOperatorClassSql(*family), 0);
  }
}

// Adds the statements that make a text search dictionary or configuration: in the written form
// (or in a compiled catalog), its CREATE and ALTER statements as written; else its definition and
// a configuration's mappings.
void AddTextSearch(const TextSearch& object, ExpressionForm form, Writer& writer) {
  ObjectKey key = KeyOf(object);
  if ((form == ExpressionForm::kWritten || object.definition.empty()) && !object.written.empty()) {
    AddWrittenStatements(StatementGroup::kTypes, key, object.name, object.written, object.origin,
                         form, writer);
    return;
  }
  std::vector<std::string> statements = CreateTextSearchSql(object);
  AddWhole(StatementGroup::kTypes, key, statements[0], object.origin, Written{}, form, writer);
  for (size_t i = 1; i < statements.size(); ++i) {
    writer.Add(StatementGroup::kTypes, object.name, statements[i], object.origin).acts_on = {key};
  }
}

void AddFunction(const Function& function, ExpressionForm form, StatementGroup group,
                 Writer& writer) {
  AddWhole(group, KeyOf(function), CreateFunctionSql(function, form), function.origin,
           function.written, form, writer);
}

// Where a statement of the files is: its file, line and column.
using Place = std::tuple<std::string, uint32_t, uint32_t>;
Place PlaceOf(const base::SourceRange& range) {
  return {range.valid() ? range.file->path() : "", range.line, range.column};
}

// An ALTER DOMAIN statement of a compiled catalog (Domain::written[index]), loaded at its place
// among the domains, types and functions: a domain over another copies the other's default when
// it is created, so a later ALTER DOMAIN ... SET DEFAULT must come after it.
struct DomainAlter {
  Place place;
  const Domain* domain;
  size_t index;
  bool operator<(const DomainAlter& other) const {
    return std::tie(place, index) < std::tie(other.place, other.index);
  }
};

// Adds the ALTER DOMAIN statements of `alters` that come before `place` (all when it is unset),
// in the order written, and removes them from it.
void AddDomainAlters(std::set<DomainAlter>& alters, const std::optional<Place>& place,
                     ExpressionForm form, Writer& writer) {
  while (!alters.empty() && (!place || alters.begin()->place < *place)) {
    const DomainAlter& alter = *alters.begin();
    const Written& written = alter.domain->written[alter.index];
    std::optional<WrittenSpan> span;
    if (form == ExpressionForm::kWritten && written.start.valid()) {
      span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
    }
    writer
        .Add(StatementGroup::kFunctions, alter.domain->name, written.text + ";",
             alter.domain->origin, {}, PathOf(written), std::move(span))
        .acts_on = {DomainKey(alter.domain->name)};
    alters.erase(alters.begin());
  }
}

// A domain: as written in a compiled catalog (the CREATE, and the ALTER DOMAIN statements after
// it go to `alters`); otherwise its CREATE, then the checks that are not validated, added NOT
// VALID.
void AddDomain(const Domain& domain, ExpressionForm form, Writer& writer,
               std::set<DomainAlter>& alters) {
  ObjectKey key = DomainKey(domain.name);
  if (!domain.written.empty() && (form == ExpressionForm::kWritten || domain.type.empty())) {
    AddWhole(StatementGroup::kFunctions, key, domain.written[0].text + ";", domain.origin,
             domain.written[0], form, writer);
    for (size_t i = 1; i < domain.written.size(); ++i) {
      alters.insert({PlaceOf(domain.written[i].start), &domain, i});
    }
    return;
  }
  AddWhole(StatementGroup::kFunctions, key, CreateDomainSql(domain), domain.origin, Written{}, form,
           writer);
  for (const std::string& check : domain.unvalidated_checks) {
    writer
        .Add(StatementGroup::kFunctions, domain.name, AddDomainCheckSql(domain, check),
             domain.origin)
        .acts_on = {key};
  }
}

void AddRange(const RangeType& type, ExpressionForm form, Writer& writer) {
  AddWhole(StatementGroup::kFunctions, RangeKey(type.name), CreateRangeSql(type, form), type.origin,
           type.written, form, writer);
}

void AddComposite(const CompositeType& type, ExpressionForm form, Writer& writer) {
  AddWhole(StatementGroup::kFunctions, CompositeKey(type.name), CreateCompositeSql(type, form),
           type.origin, type.written, form, writer);
}

void AddView(const View& view, ExpressionForm form, Writer& writer) {
  std::string sql = CreateViewSql(view, form);
  std::optional<WrittenSpan> span;
  const Written& written = view.query_written;
  if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
    // The query ends the statement, before its ";" (and a materialized view's WITH [NO] DATA).
    span = WrittenSpan{sql.rfind(written.text), written.text.size(), written.start};
  }
  writer
      .Add(StatementGroup::kViews, view.name, std::move(sql), view.origin, {}, PathOf(written),
           std::move(span))
      .creates = {KeyOf(view)};
  // Its column defaults: as the server prints them, or, in a compiled catalog, as written.
  for (const auto& [column, expression] : view.column_defaults) {
    writer
        .Add(StatementGroup::kViews, view.name, ViewDefaultSql(view.name, column, expression),
             view.origin)
        .acts_on = {KeyOf(view)};
  }
  for (const auto& [column, expression] : view.written_defaults) {
    std::string default_sql = ViewDefaultSql(view.name, column, expression.text);
    std::optional<WrittenSpan> default_span;
    if (form == ExpressionForm::kWritten && expression.start.valid()) {
      // The expression ends the statement, before its ";".
      default_span = WrittenSpan{default_sql.size() - 1 - expression.text.size(),
                                 expression.text.size(), expression.start};
    }
    writer
        .Add(StatementGroup::kViews, view.name, std::move(default_sql), view.origin, {},
             PathOf(expression), std::move(default_span))
        .acts_on = {KeyOf(view)};
  }
  // A materialized view's column settings.
  for (std::string& statement : ViewColumnSettingsSql(nullptr, view)) {
    writer.Add(StatementGroup::kViews, view.name, std::move(statement), view.origin).acts_on = {
        KeyOf(view)};
  }
}

// The parts of a table's SQL that run apart from its CREATE TABLE: the statement of the table
// takes the search_path of its first expression; a default, check or generated column written
// under another path goes in a statement of its own, as do the defaults and checks the caller
// asks for (`apart`: they call a function that uses the table) and, for the scratch load, those
// the files set by a statement of their own (Written::own_statement). A generated column moved out
// of CREATE TABLE takes the table's keys and checks with it, since they may name it.
class TableSql {
 public:
  // `parent` is a partition's parent, `parents` the tables it inherits from; `subject` the table
  // whose lock its statements take: the root of its partition tree, since creating a partition
  // locks its parent.
  TableSql(const Table& table, const Table* parent, std::vector<const Table*> parents,
           const QualifiedName& subject, ExpressionForm form, const std::set<ObjectKey>& apart)
      : table_(table),
        parent_(parent),
        parents_(std::move(parents)),
        subject_(subject),
        form_(form),
        apart_(apart) {
    if (form == ExpressionForm::kWritten) {
      for (const TableLike& like : table.likes.value) {
        group_ = StatementGroup::kCopiedTables;
        for (size_t i = like.first_column; i < like.first_column + like.count; ++i) {
          copied_.insert(table.columns[i].name);
        }
      }
    }
    Consider(table.partition_bound_written);
    Consider(table.partition_by_written);
    for (const Column& column : table.columns) {
      Consider(column.generated_written);
      Consider(column.default_written);
    }
    for (const auto& [name, constraint] : table.constraints) {
      if (!AddedAfterTables(table, constraint)) {
        Consider(constraint.expression_written);
      }
    }
    for (const Column& column : table.columns) {
      moved_columns_ = moved_columns_ || Differs(column.generated_written);
    }
    if (IsPartition(table)) {
      moved_columns_ = false;  // its columns are its parent's
    }
  }

  void Write(Writer& writer) const {
    TableParts parts;
    parts.include_column = [&](const Column& column) { return !Differs(column.generated_written); };
    parts.include_default = [&](const Column& column) { return !DefaultApart(column); };
    parts.include = [&](const Constraint& constraint) { return InCreateTable(constraint); };
    std::vector<base::SourceRange> line_origins;
    std::string sql = CreateTableSql(table_, parts, &line_origins, form_);
    std::vector<ObjectKey> creates = {TableKey(table_.name)};
    for (const Column& column : table_.columns) {
      if (parts.include_column(column)) {
        creates.push_back(ColumnKey(table_.name, column.name));
      }
    }
    for (const auto& [name, constraint] : table_.constraints) {
      if (InCreateTable(constraint)) {
        creates.push_back(ConstraintKey(table_.name, name));
      }
    }
    CreateStatement& create =
        writer.Add(group_, subject_, std::move(sql), table_.origin, std::move(line_origins), path_);
    create.creates = std::move(creates);
    if (IsPartition(table_)) {
      create.acts_on = {TableKey(*table_.partition_of)};
      if (parent_ != nullptr) {
        for (std::string& statement : PartitionColumnsSql(table_, {parent_}, form_)) {
          writer.Add(group_, subject_, std::move(statement), table_.origin).acts_on = {
              TableKey(table_.name)};
        }
      }
      WriteConstraintsApart(writer);
      return;
    }
    if (table_.partition_of) {
      writer
          .Add(group_, subject_, AttachPartitionSql(table_, form_), table_.origin, {},
               PathOf(table_.partition_bound_written))
          .acts_on = {TableKey(table_.name), TableKey(*table_.partition_of)};
    }
    for (std::string& statement : PartitionColumnsSql(table_, parents_, form_)) {
      writer.Add(group_, subject_, std::move(statement), table_.origin).acts_on = {
          TableKey(table_.name)};
    }
    std::string alter = "ALTER TABLE " + table_.name.Quoted();
    for (const Column& column : table_.columns) {
      if (Differs(column.generated_written)) {
        writer
            .Add(group_, subject_,
                 fmt::format("{} ADD COLUMN {};", alter, ColumnDefinitionSql(column, form_)),
                 column.origin, {}, PathOf(column.generated_written))
            .creates = {ColumnKey(table_.name, column.name)};
      }
    }
    for (const Column& column : table_.columns) {
      if (column.default_expression && DefaultApart(column) && !Differs(column.generated_written) &&
          copied_.count(column.name) == 0 && !column.from_parents.value) {
        std::string text = form_ == ExpressionForm::kWritten
                               ? column.default_written.text
                               : DefaultSql(*column.default_expression);
        CreateStatement& statement =
            writer.Add(group_, subject_,
                       fmt::format("{} ALTER COLUMN {} SET DEFAULT {};", alter,
                                   QuoteIdentifier(column.name), text),
                       column.origin, {}, PathOf(column.default_written));
        statement.acts_on = {ColumnKey(table_.name, column.name)};
        statement.sets_default = statement.acts_on;
      }
    }
    WriteCopiedColumns(writer);
    WriteConstraintsApart(writer);
  }

 private:
  // A column a LIKE clause copies, as the statements after it leave it: an ALTER TABLE of the
  // files may set its default, NOT NULL or compression, which the copy does not give.
  void WriteCopiedColumns(Writer& writer) const {
    for (const Column& column : table_.columns) {
      if (copied_.count(column.name) == 0) {
        continue;
      }
      std::string alter = fmt::format("ALTER TABLE {} ALTER COLUMN {} ", table_.name.Quoted(),
                                      QuoteIdentifier(column.name));
      auto add = [&](const std::string& sql, const Path& path) {
        CreateStatement& statement =
            writer.Add(group_, subject_, alter + sql + ";", column.origin, {}, path);
        statement.acts_on = {ColumnKey(table_.name, column.name)};
        return &statement;
      };
      if (!column.default_written.empty()) {
        add("SET DEFAULT " + column.default_written.text, PathOf(column.default_written))
            ->sets_default = {ColumnKey(table_.name, column.name)};
      }
      if (column.not_null) {
        add("SET NOT NULL", std::nullopt);
      }
      if (column.compression) {
        add("SET COMPRESSION " + *column.compression, std::nullopt);
      }
    }
  }

  void WriteConstraintsApart(Writer& writer) const {
    std::string alter = "ALTER TABLE " + table_.name.Quoted();
    for (const auto& [name, constraint] : table_.constraints) {
      if (!AddedAfterTables(table_, constraint) && !InCreateTable(constraint)) {
        writer
            .Add(group_, subject_,
                 fmt::format("{} ADD {};", alter, ConstraintDefinitionSql(constraint, form_)),
                 constraint.origin, {}, PathOf(constraint.expression_written))
            .creates = {ConstraintKey(table_.name, name)};
      }
    }
  }
  void Consider(const Written& written) {
    if (!path_ && !written.empty()) {
      path_ = written.search_path;
    }
  }
  bool Differs(const Written& written) const {
    return !written.empty() && path_ && written.search_path != *path_;
  }
  // Whether a written expression goes apart for the scratch load, as the files wrote it.
  bool WrittenApart(const Written& written) const {
    return form_ == ExpressionForm::kWritten && written.own_statement;
  }
  bool DefaultApart(const Column& column) const {
    return column.default_expression &&
           (Differs(column.default_written) || WrittenApart(column.default_written) ||
            apart_.count(ColumnKey(table_.name, column.name)) != 0);
  }
  bool InCreateTable(const Constraint& constraint) const {
    if (AddedAfterTables(table_, constraint) || Differs(constraint.expression_written) ||
        WrittenApart(constraint.expression_written) ||
        apart_.count(ConstraintKey(table_.name, constraint.name)) != 0) {
      return false;
    }
    bool moves_with_columns = constraint.type == ConstraintType::kCheck ||
                              constraint.type == ConstraintType::kPrimaryKey ||
                              constraint.type == ConstraintType::kUnique;
    return !(moved_columns_ && moves_with_columns);
  }

  const Table& table_;
  const Table* parent_;
  std::vector<const Table*> parents_;  // the tables it inherits from
  QualifiedName subject_;
  ExpressionForm form_;
  const std::set<ObjectKey>& apart_;
  // What the table's LIKE clauses copy, as the files write it: they go in a later group.
  StatementGroup group_ = StatementGroup::kTables;
  std::set<std::string> copied_;
  Path path_;
  bool moved_columns_ = false;
};

Path IndexPath(const Index& index) {
  if (!index.predicate_written.empty()) {
    return index.predicate_written.search_path;
  }
  for (const IndexKey& key : index.keys) {
    if (!key.expression_written.empty()) {
      return key.expression_written.search_path;
    }
  }
  return std::nullopt;
}

// The columns' storage, compression and statistics targets, after every table is created: a
// partition created after its parent's storage changes would copy it.
void AddColumnSettings(const Catalog& catalog, Writer& writer) {
  for (const auto& [name, table] : catalog.tables) {
    std::vector<ObjectKey> acts_on = {TableKey(name)};
    for (const auto& [partition_name, partition] : catalog.tables) {
      if (partition.partition_of == name && IsPartition(partition)) {
        acts_on.push_back(TableKey(partition_name));
      }
    }
    const Table* parent = nullptr;
    if (table.partition_of && IsPartition(table)) {
      auto it = catalog.tables.find(*table.partition_of);
      parent = it == catalog.tables.end() ? nullptr : &it->second;
    }
    for (std::string& statement : ColumnSettingsSql(table, parent, nullptr, false)) {
      writer
          .Add(StatementGroup::kColumnSettings, PartitionRoot(catalog, name), std::move(statement),
               table.origin)
          .acts_on = acts_on;
    }
  }
}

// The indexes tables are clustered on, and their replica identities, after every index and key
// is created.
void AddClustering(const Catalog& catalog, Writer& writer) {
  for (const auto& [name, table] : catalog.tables) {
    if (table.cluster_on) {
      writer
          .Add(StatementGroup::kClustering, name, ClusterOnSql(name, table.cluster_on),
               table.origin)
          .acts_on = {TableKey(name), ClusterIndexKey(table)};
    }
    if (table.replica_identity != 'd') {
      writer.Add(StatementGroup::kClustering, name, ReplicaIdentitySql(table), table.origin)
          .acts_on = table.replica_identity == 'i'
                         ? std::vector<ObjectKey>{TableKey(name), ReplicaIndexKey(table)}
                         : std::vector<ObjectKey>{TableKey(name)};
    }
  }
}

void AddObjects(const Catalog& catalog, ExpressionForm form, const std::set<ObjectKey>& apart,
                Writer& writer) {
  for (const auto& [name, schema] : catalog.schemas) {
    if (name != "public") {
      writer.Add(StatementGroup::kSchemas, {name, ""}, CreateSchemaSql(schema), schema.origin)
          .creates = {SchemaKey(name)};
    }
  }
  // Those that create what they require (CASCADE) after the others, so that a required one the
  // files declare is there first, as they declare it.
  for (bool cascade : {false, true}) {
    for (const auto& [name, extension] : catalog.extensions) {
      if (extension.cascade.value == cascade) {
        writer
            .Add(StatementGroup::kExtensions, {"", name}, CreateExtensionSql(extension),
                 extension.origin)
            .creates = {ExtensionKey(extension)};
      }
    }
  }
  for (const auto& [name, collation] : catalog.collations) {
    std::optional<WrittenSpan> span;
    const Written& written = collation.written;
    if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
      span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
    }
    writer
        .Add(StatementGroup::kTypes, name, CreateCollationSql(collation, form), collation.origin,
             {}, PathOf(written), std::move(span))
        .creates = {CollationKey(name)};
  }
  // Parsers and templates before the configurations and dictionaries made of them, dictionaries
  // before the configurations that map to them.
  for (const auto* objects : {&catalog.text_search_parsers, &catalog.text_search_templates}) {
    for (const auto& [name, object] : *objects) {
      AddTextSearch(object, form, writer);
    }
  }
  for (const auto& [name, dictionary] : catalog.text_search_dictionaries) {
    AddTextSearch(dictionary, form, writer);
  }
  for (const auto& [name, configuration] : catalog.text_search_configurations) {
    AddTextSearch(configuration, form, writer);
  }
  for (const auto& [name, type] : catalog.enums) {
    writer.Add(StatementGroup::kTypes, name, CreateEnumSql(type), type.origin).creates = {
        EnumKey(name)};
  }
  std::set<ObjectKey> late_functions = FunctionsOnRelations(catalog);
  std::vector<Programmable> early;
  for (const auto& [name, domain] : catalog.domains) {
    early.push_back({DomainKey(name), &domain.origin});
  }
  for (const auto& [name, type] : catalog.composites) {
    early.push_back({CompositeKey(name), &type.origin});
  }
  for (const auto& [name, type] : catalog.ranges) {
    early.push_back({RangeKey(name), &type.origin});
  }
  for (const auto& [name, function] : catalog.functions) {
    if (late_functions.count(KeyOf(function)) == 0) {
      early.push_back({KeyOf(function), &function.origin});
    }
  }
  std::map<ObjectKey, const Origin*> early_origins;
  for (const Programmable& member : early) {
    early_origins[member.key] = member.origin;
  }
  std::set<DomainAlter> domain_alters;
  for (const ObjectKey& key : InUseOrder(catalog, early)) {
    AddDomainAlters(domain_alters, PlaceOf(early_origins.at(key)->range), form, writer);
    if (key.kind == ObjectKind::kDomain) {
      AddDomain(catalog.domains.at({key.schema, key.name}), form, writer, domain_alters);
    } else if (key.kind == ObjectKind::kComposite) {
      AddComposite(catalog.composites.at({key.schema, key.name}), form, writer);
    } else if (key.kind == ObjectKind::kRange) {
      AddRange(catalog.ranges.at({key.schema, key.name}), form, writer);
    } else {
      AddFunction(catalog.functions.at({key.schema, key.name, key.sub_name}), form,
                  StatementGroup::kFunctions, writer);
    }
  }
  AddDomainAlters(domain_alters, std::nullopt, form, writer);
  // Operators, after the functions they are made of and before the tables whose checks and
  // defaults may use them.
  for (const auto& [name, op] : catalog.operators) {
    AddWhole(StatementGroup::kFunctions, OperatorKey(name), CreateOperatorSql(op, form), op.origin,
             op.written, form, writer);
  }
  // Casts, after the functions they call.
  for (const auto& [name, cast] : catalog.casts) {
    AddWhole(StatementGroup::kFunctions, CastKey(name), CreateCastSql(cast, form), cast.origin,
             cast.written, form, writer);
  }
  // Conversions, after the functions they call.
  for (const auto& [name, conversion] : catalog.conversions) {
    AddWhole(StatementGroup::kFunctions, ConversionKey(name), CreateConversionSql(conversion, form),
             conversion.origin, conversion.written, form, writer);
  }
  // Access methods, after their handler functions and before the operator classes, tables and
  // materialized views that use them.
  for (const auto& [name, method] : catalog.access_methods) {
    AddWhole(StatementGroup::kFunctions, AccessMethodKey(name), CreateAccessMethodSql(method, form),
             method.origin, method.written, form, writer);
  }
  AddOperatorClasses(catalog, form, writer);
  AddForeignData(catalog, form, writer);
  for (const auto& [name, sequence] : catalog.sequences) {
    writer.Add(StatementGroup::kSequences, name, CreateSequenceSql(sequence), sequence.origin)
        .creates = {SequenceKey(name)};
  }
  for (const auto& [name, table] : catalog.tables) {
    const Table* parent = nullptr;
    if (table.partition_of) {
      auto it = catalog.tables.find(*table.partition_of);
      parent = it == catalog.tables.end() ? nullptr : &it->second;
    }
    std::vector<const Table*> parents;
    for (const QualifiedName& parent_name : table.inherits) {
      if (auto it = catalog.tables.find(parent_name); it != catalog.tables.end()) {
        parents.push_back(&it->second);
      }
    }
    TableSql(table, parent, parents, PartitionRoot(catalog, name), form, apart).Write(writer);
  }
  AddColumnSettings(catalog, writer);
  for (const auto& [name, index] : catalog.indexes) {
    if (catalog.views.count(index.table) == 0) {  // a materialized view's come with it
      writer
          .Add(StatementGroup::kIndexes, PartitionRoot(catalog, index.table),
               CreateIndexSql(index, form), index.origin, {}, IndexPath(index))
          .creates = {IndexKeyOf(name)};
      for (std::string& statement : IndexStatisticsSql(nullptr, index)) {
        writer
            .Add(StatementGroup::kIndexes, PartitionRoot(catalog, index.table),
                 std::move(statement), index.origin)
            .acts_on = {IndexKeyOf(name)};
      }
    }
  }
  for (const auto& [name, table] : catalog.tables) {
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (AddedAfterTables(table, constraint)) {
        writer
            .Add(StatementGroup::kLaterConstraints, name,
                 fmt::format("ALTER TABLE {} ADD {};", name.Quoted(),
                             ConstraintDefinitionSql(constraint, form)),
                 constraint.origin, {}, PathOf(constraint.expression_written))
            .creates = {ConstraintKey(name, constraint_name)};
      }
    }
  }
  AddClustering(catalog, writer);
  for (const auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by) {
      writer
          .Add(StatementGroup::kSequenceOwnership, name, SequenceOwnedBySql(sequence),
               sequence.origin)
          .acts_on = {SequenceKey(name),
                      ColumnKey(sequence.owned_by->table, sequence.owned_by->column)};
    }
  }
  std::vector<Programmable> late;
  for (const auto& [name, view] : catalog.views) {
    late.push_back({KeyOf(view), &view.origin});
  }
  for (const auto& [name, function] : catalog.functions) {
    if (late_functions.count(KeyOf(function)) != 0) {
      late.push_back({KeyOf(function), &function.origin});
    }
  }
  std::map<QualifiedName, std::vector<const Index*>> view_indexes;
  for (const auto& [name, index] : catalog.indexes) {
    if (catalog.views.count(index.table) != 0) {
      view_indexes[index.table].push_back(&index);
    }
  }
  for (const ObjectKey& key : InUseOrder(catalog, late)) {
    if (key.kind == ObjectKind::kView || key.kind == ObjectKind::kMaterializedView) {
      const View& view = catalog.views.at({key.schema, key.name});
      AddView(view, form, writer);
      // A materialized view's indexes, which whatever uses it may need.
      for (const Index* index : view_indexes[view.name]) {
        writer
            .Add(StatementGroup::kViews, index->table, CreateIndexSql(*index, form), index->origin,
                 {}, IndexPath(*index))
            .creates = {IndexKeyOf(index->name)};
        for (std::string& statement : IndexStatisticsSql(nullptr, *index)) {
          writer.Add(StatementGroup::kViews, index->table, std::move(statement), index->origin)
              .acts_on = {IndexKeyOf(index->name)};
        }
      }
      if (view.cluster_on) {
        writer
            .Add(StatementGroup::kViews, view.name, ClusterOnSql(view.name, view.cluster_on),
                 view.origin)
            .acts_on = {KeyOf(view), IndexKeyOf({view.name.schema, *view.cluster_on})};
      }
    } else {
      AddFunction(catalog.functions.at({key.schema, key.name, key.sub_name}), form,
                  StatementGroup::kViews, writer);
    }
  }
}

void AddTriggers(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, trigger] : catalog.triggers) {
    std::string sql = CreateTriggerSql(trigger, form);
    std::optional<WrittenSpan> span;
    const Written& written = trigger.written;
    if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
      span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
    }
    writer
        .Add(StatementGroup::kTriggers, name.table, std::move(sql), trigger.origin, {},
             PathOf(written), std::move(span))
        .creates = {TriggerKey(name)};
  }
}

void AddStatistics(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, statistics] : catalog.statistics) {
    std::optional<WrittenSpan> span;
    const Written& written = statistics.written;
    if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
      span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
    }
    writer
        .Add(StatementGroup::kRules, statistics.table, CreateStatisticsSql(statistics, form),
             statistics.origin, {}, PathOf(written), std::move(span))
        .creates = {StatisticsKey(name)};
    if (statistics.target) {
      writer
          .Add(StatementGroup::kRules, statistics.table,
               StatisticsTargetSql(name, statistics.target), statistics.origin)
          .acts_on = {StatisticsKey(name)};
    }
  }
}

void AddRules(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, rule] : catalog.rules) {
    std::string sql = CreateRuleSql(rule, form);
    std::optional<WrittenSpan> span;
    const Written& written = rule.written;
    if (form == ExpressionForm::kWritten && !written.empty() && written.start.valid()) {
      span = WrittenSpan{0, written.text.size(), written.start};  // the whole statement
    }
    writer
        .Add(StatementGroup::kRules, name.table, std::move(sql), rule.origin, {}, PathOf(written),
             std::move(span))
        .creates = {RuleKey(name)};
  }
}

void AddPolicies(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, table] : catalog.tables) {
    for (std::string& sql : RowSecuritySql(table, false, false)) {
      writer.Add(StatementGroup::kPolicies, name, std::move(sql), table.origin).acts_on = {
          TableKey(name)};
    }
  }
  for (const auto& [name, policy] : catalog.policies) {
    std::optional<WrittenSpan> span;
    if (form == ExpressionForm::kWritten && !policy.written.empty() &&
        policy.written.start.valid()) {
      span = WrittenSpan{0, policy.written.text.size(), policy.written.start};
    }
    writer
        .Add(StatementGroup::kPolicies, name.table, CreatePolicySql(policy), policy.origin, {},
             PathOf(policy.written), std::move(span))
        .creates = {PolicyKey(name)};
  }
}

void AddComments(const Catalog& catalog, Writer& writer) {
  for (const auto& [name, domain] : catalog.domains) {
    writer.Comment(name, DomainKey(name), "DOMAIN " + name.Quoted(), domain.comment, domain.origin);
    for (const auto& [check, text] : domain.check_comments) {
      writer.Comment(name, DomainKey(name), DomainCheckTarget(name, check), text, domain.origin);
    }
  }
  for (const auto& [name, type] : catalog.ranges) {
    writer.Comment(name, RangeKey(name), "TYPE " + name.Quoted(), type.comment, type.origin);
  }
  for (const auto& [name, type] : catalog.composites) {
    writer.Comment(name, CompositeKey(name), "TYPE " + name.Quoted(), type.comment, type.origin);
    for (const auto& [attribute, text] : type.attribute_comments) {
      writer.Comment(name, CompositeKey(name),
                     "COLUMN " + name.Quoted() + "." + QuoteIdentifier(attribute), text,
                     type.origin);
    }
  }
  for (const auto& [name, trigger] : catalog.triggers) {
    writer.Comment(name.table, TriggerKey(name), TriggerTarget(name), trigger.comment,
                   trigger.origin);
  }
  for (const auto& [name, policy] : catalog.policies) {
    writer.Comment(name.table, PolicyKey(name), PolicyTarget(name), policy.comment, policy.origin);
  }
  for (const auto& [name, rule] : catalog.rules) {
    writer.Comment(name.table, RuleKey(name), RuleTarget(name), rule.comment, rule.origin);
  }
  for (const auto& [name, collation] : catalog.collations) {
    writer.Comment(name, CollationKey(name), "COLLATION " + name.Quoted(), collation.comment,
                   collation.origin);
  }
  for (const auto* objects :
       {&catalog.text_search_dictionaries, &catalog.text_search_configurations,
        &catalog.text_search_parsers, &catalog.text_search_templates}) {
    for (const auto& [name, object] : *objects) {
      writer.Comment(name, KeyOf(object), TextSearchTarget(object.kind, name), object.comment,
                     object.origin);
    }
  }
  for (const auto& [name, op] : catalog.operators) {
    writer.Comment({name.schema, name.name}, OperatorKey(name), OperatorTarget(name), op.comment,
                   op.origin);
  }
  for (const auto& [name, cast] : catalog.casts) {
    writer.Comment({"", name.source}, CastKey(name), CastTarget(name), cast.comment, cast.origin);
  }
  for (const auto& [name, conversion] : catalog.conversions) {
    writer.Comment(name, ConversionKey(name), "CONVERSION " + name.Quoted(), conversion.comment,
                   conversion.origin);
  }
  for (const auto* objects : {&catalog.operator_families, &catalog.operator_classes}) {
    for (const auto& [name, object] : *objects) {
      writer.Comment({name.schema, name.name}, KeyOf(object),
                     OperatorClassTarget(object.kind, name), object.comment, object.origin);
    }
  }
  for (const auto& [name, publication] : catalog.publications) {
    writer.Comment({"", name}, PublicationKey(name), "PUBLICATION " + QuoteIdentifier(name),
                   publication.comment, publication.origin);
  }
  for (const auto& [name, wrapper] : catalog.foreign_data_wrappers) {
    writer.Comment({"", name}, ForeignDataWrapperKey(name),
                   "FOREIGN DATA WRAPPER " + QuoteIdentifier(name), wrapper.comment,
                   wrapper.origin);
  }
  for (const auto& [name, server] : catalog.servers) {
    writer.Comment({"", name}, ServerKey(name), "SERVER " + QuoteIdentifier(name), server.comment,
                   server.origin);
  }
  for (const auto& [name, method] : catalog.access_methods) {
    writer.Comment({"", name}, AccessMethodKey(name), "ACCESS METHOD " + QuoteIdentifier(name),
                   method.comment, method.origin);
  }
  for (const auto& [name, statistics] : catalog.statistics) {
    writer.Comment(statistics.table, StatisticsKey(name), "STATISTICS " + name.Quoted(),
                   statistics.comment, statistics.origin);
  }
  for (const auto& [name, function] : catalog.functions) {
    writer.Comment({name.schema, name.name}, KeyOf(function), FunctionTarget(function),
                   function.comment, function.origin);
  }
  for (const auto& [name, view] : catalog.views) {
    writer.Comment(name, KeyOf(view),
                   (view.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name.Quoted(),
                   view.comment, view.origin);
    for (const auto& [column, text] : view.column_comments) {
      writer.Comment(name, KeyOf(view), "COLUMN " + name.Quoted() + "." + QuoteIdentifier(column),
                     text, view.origin);
    }
  }
  for (const auto& [name, schema] : catalog.schemas) {
    writer.Comment({name, ""}, SchemaKey(name), "SCHEMA " + QuoteIdentifier(name), schema.comment,
                   schema.origin);
  }
  for (const auto& [name, extension] : catalog.extensions) {
    writer.Comment({"", name}, ExtensionKey(extension), "EXTENSION " + QuoteIdentifier(name),
                   extension.comment, extension.origin);
  }
  for (const auto& [name, type] : catalog.enums) {
    writer.Comment(name, EnumKey(name), "TYPE " + name.Quoted(), type.comment, type.origin);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    writer.Comment(name, SequenceKey(name), "SEQUENCE " + name.Quoted(), sequence.comment,
                   sequence.origin);
  }
  for (const auto& [name, table] : catalog.tables) {
    writer.Comment(name, TableKey(name), std::string(RelationWord(table)) + " " + name.Quoted(),
                   table.comment, table.origin);
    for (const Column& column : table.columns) {
      writer.Comment(name, ColumnKey(name, column.name),
                     "COLUMN " + name.Quoted() + "." + QuoteIdentifier(column.name), column.comment,
                     column.origin);
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      ObjectKey key = ConstraintKey(name, constraint_name);
      writer.Comment(name, key,
                     "CONSTRAINT " + QuoteIdentifier(constraint_name) + " ON " + name.Quoted(),
                     constraint.comment, constraint.origin);
      writer.Comment(name, key, "INDEX " + QualifiedName{name.schema, constraint_name}.Quoted(),
                     constraint.index_comment, constraint.origin);
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    writer.Comment(index.table, IndexKeyOf(name), "INDEX " + name.Quoted(), index.comment,
                   index.origin);
  }
}

// What GRANT ... ON ALL ... IN SCHEMA `schema` may act on: its relations and routines.
void AddSchemaMembers(const Catalog& catalog, const std::string& schema,
                      std::vector<ObjectKey>& out) {
  for (const auto& [name, table] : catalog.tables) {
    if (name.schema == schema) {
      out.push_back(TableKey(name));
    }
  }
  for (const auto& [name, view] : catalog.views) {
    if (name.schema == schema) {
      out.push_back(KeyOf(view));
    }
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    if (name.schema == schema) {
      out.push_back(SequenceKey(name));
    }
  }
  for (const auto& [name, function] : catalog.functions) {
    if (name.schema == schema) {
      out.push_back(KeyOf(function));
    }
  }
}

// A GRANT, REVOKE or ALTER DEFAULT PRIVILEGES of a compiled catalog as written.
void AddGrantStatement(const Catalog& catalog, const GrantStatement& statement,
                       StatementGroup group, Writer& writer) {
  QualifiedName subject =
      statement.objects.empty()
          ? QualifiedName{statement.all_in_schemas.empty() ? std::string()
                                                           : statement.all_in_schemas.front(),
                          ""}
          : QualifiedName{statement.objects.front().schema, statement.objects.front().name};
  CreateStatement& added = writer.Add(
      group, subject, statement.written.text + ";", statement.origin, {}, PathOf(statement.written),
      statement.written.start.valid()
          ? std::optional<WrittenSpan>(
                WrittenSpan{0, statement.written.text.size(), statement.written.start})
          : std::nullopt);
  added.acts_on = statement.objects;
  for (const DefaultPrivilegesName& name : statement.defaults) {
    if (!name.schema.empty()) {
      added.acts_on.push_back(SchemaKey(name.schema));
    }
  }
  for (const std::string& schema : statement.all_in_schemas) {
    added.acts_on.push_back(SchemaKey(schema));
    AddSchemaMembers(catalog, schema, added.acts_on);
  }
}

// The event triggers, each with its comment.
// Publications, after the tables they publish: in a compiled catalog, the statements as written.
void AddPublications(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, publication] : catalog.publications) {
    ObjectKey key = PublicationKey(name);
    AddWrittenOrWhole(StatementGroup::kRules, key, publication.written,
                      CreatePublicationSql(publication), publication.origin, form, writer);
  }
}

void AddEventTriggers(const Catalog& catalog, ExpressionForm form, Writer& writer) {
  for (const auto& [name, trigger] : catalog.event_triggers) {
    ObjectKey key = EventTriggerKey(name);
    AddWhole(StatementGroup::kEventTriggers, key, CreateEventTriggerSql(trigger, form),
             trigger.origin, trigger.written, form, writer);
    if (trigger.comment) {
      writer
          .Add(StatementGroup::kEventTriggers, {"", name},
               CommentSql("EVENT TRIGGER " + QuoteIdentifier(name), trigger.comment),
               trigger.origin)
          .acts_on = {key};
    }
  }
}

// The GRANT and REVOKE statements of a compiled catalog as written, in the files' order, or the
// statements that give the objects of a catalog read from a server their privileges.
void AddPrivileges(const Catalog& catalog, Writer& writer) {
  for (const GrantStatement& statement : catalog.grant_statements) {
    if (statement.defaults.empty()) {
      AddGrantStatement(catalog, statement, StatementGroup::kPrivileges, writer);
    }
  }
  for (const auto& [key, privileges] : catalog.privileges) {
    for (std::string& sql : ObjectPrivilegesSql(catalog, key, DefaultGrants(key))) {
      writer
          .Add(StatementGroup::kPrivileges, {key.schema, key.name}, std::move(sql),
               privileges.origin)
          .acts_on = {key};
    }
  }
}

// The ALTER DEFAULT PRIVILEGES statements of a compiled catalog as written, or those that give a
// catalog read from a server its default privileges.
void AddDefaultPrivileges(const Catalog& catalog, Writer& writer) {
  for (const GrantStatement& statement : catalog.grant_statements) {
    if (!statement.defaults.empty()) {
      AddGrantStatement(catalog, statement, StatementGroup::kDefaultPrivileges, writer);
    }
  }
  for (const auto& [name, entry] : catalog.default_privileges) {
    std::vector<Grant> from =
        name.schema.empty() ? KindDefaults(name.object_type) : std::vector<Grant>{};
    for (std::string& sql : DefaultPrivilegesSql(name, from, entry.grants)) {
      CreateStatement& added = writer.Add(StatementGroup::kDefaultPrivileges, {name.schema, ""},
                                          std::move(sql), entry.origin);
      if (!name.schema.empty()) {
        added.acts_on = {SchemaKey(name.schema)};
      }
    }
  }
}

}  // namespace

std::string_view GroupTitle(StatementGroup group) {
  switch (group) {
    case StatementGroup::kSchemas:
      return "schemas";
    case StatementGroup::kExtensions:
      return "extensions";
    case StatementGroup::kTypes:
      return "types";
    case StatementGroup::kFunctions:
      return "domains, composite and range types, functions, and foreign-data objects";
    case StatementGroup::kSequences:
      return "sequences";
    case StatementGroup::kTables:
      return "tables";
    case StatementGroup::kIndexes:
      return "indexes";
    case StatementGroup::kLaterConstraints:
      return "constraints added after their tables";
    case StatementGroup::kClustering:
      return "clustering";
    case StatementGroup::kColumnSettings:
      return "column storage and statistics";
    case StatementGroup::kSequenceOwnership:
      return "sequence ownership";
    case StatementGroup::kViews:
      return "views and the functions that use tables or views";
    case StatementGroup::kTriggers:
      return "triggers";
    case StatementGroup::kRules:
      return "rules, statistics objects and publications";
    case StatementGroup::kPolicies:
      return "row-level security";
    case StatementGroup::kComments:
      return "comments";
    case StatementGroup::kCopiedTables:
      return "tables that copy columns (LIKE)";
    case StatementGroup::kPrivileges:
      return "privileges";
    case StatementGroup::kEventTriggers:
      return "event triggers";
    case StatementGroup::kDefaultPrivileges:
      return "default privileges";
  }
  return "";
}

std::vector<CreateStatement> CreateStatements(const Catalog& catalog, ExpressionForm form,
                                              const std::set<ObjectKey>& apart) {
  std::vector<CreateStatement> statements;
  Writer writer(statements);
  AddObjects(catalog, form, apart, writer);
  AddTriggers(catalog, form, writer);
  AddRules(catalog, form, writer);
  AddStatistics(catalog, form, writer);
  AddPublications(catalog, form, writer);
  AddPolicies(catalog, form, writer);
  AddComments(catalog, writer);
  AddPrivileges(catalog, writer);
  AddEventTriggers(catalog, form, writer);
  AddDefaultPrivileges(catalog, writer);
  // Tables with LIKE go after the comments, before the privileges: the groups from privileges on
  // are written last.
  auto copied = [](const CreateStatement& s) { return s.group == StatementGroup::kCopiedTables; };
  auto later = [](const CreateStatement& s) { return s.group > StatementGroup::kCopiedTables; };
  auto first_later = std::find_if(statements.begin(), statements.end(), later);
  std::stable_partition(statements.begin(), first_later, std::not_fn(copied));
  return statements;
}

}  // namespace schemac::catalog
