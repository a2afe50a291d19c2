// The compiler's state while it resolves a set of files into a catalog.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/parse/ast.h"

namespace schemac::sema {

// The extension every database has, in pg_catalog, with the comment it comes with. Declaring it
// adds nothing to the catalog.
inline constexpr std::string_view kImplicitExtension = "plpgsql";
inline constexpr std::string_view kImplicitExtensionComment = "PL/pgSQL procedural language";

class Compiler {
 public:
  explicit Compiler(base::DiagnosticSink& sink) : sink_(sink) {}

  // Run compiles `files`, releasing each statement once it is compiled.
  catalog::Catalog Run(std::vector<ast::File>& files);

 private:
  // compiler.cpp: schemas, extensions, enum types, sequences, ownership.
  void DeclareSchema(const ast::CreateSchema& statement, const base::SourceRange& range);
  void DeclareExtension(const ast::CreateExtension& statement, const base::SourceRange& range);
  // FindExtension returns the declared extension `name`, or reports it unknown (at `range`, with
  // the closest name) and returns null.
  catalog::Extension* FindExtension(const std::string& name, const base::SourceRange& range);
  // AlterExtension applies ALTER EXTENSION ... UPDATE [TO version] to a declared extension.
  void AlterExtension(const ast::AlterExtension& statement);
  void DeclareEnum(const ast::CreateEnum& statement, const base::SourceRange& range);
  // user_types.cpp: domains and composite types, and what all declared types share.
  void DeclareDomain(const ast::CreateDomain& statement, const base::SourceRange& range);
  void DeclareComposite(const ast::CreateComposite& statement, const base::SourceRange& range);
  void DeclareRange(const ast::CreateRange& statement, const base::SourceRange& range);
  // AlterEnum applies ALTER TYPE ... ADD | RENAME VALUE to a declared enum type.
  void AlterEnum(const ast::AlterEnum& statement);
  // IsUserType says whether the files declare type `name` (an enum type, a domain, a composite
  // type, a range type or its multirange type).
  bool IsUserType(const catalog::QualifiedName& name) const;
  // CommentOnAttribute applies COMMENT ON COLUMN type.attribute.
  void CommentOnAttribute(catalog::CompositeType& type, const std::string& attribute,
                          const ast::Comment& statement);
  // TypeDeclaredTwice reports, at `range`, a type `name` that the files declared already, and
  // says whether there was one.
  bool TypeDeclaredTwice(const catalog::QualifiedName& name, const base::SourceRange& range);
  void DeclareSequence(const ast::CreateSequence& statement, const base::SourceRange& range);
  void AlterSequence(const ast::AlterSequence& statement);
  // IdentityOf returns the table and identity column whose sequence is `sequence`, or nulls.
  std::pair<catalog::Table*, catalog::Column*> IdentityOf(const catalog::QualifiedName& sequence);
  // AlterIdentitySequence applies ALTER SEQUENCE to the options of an identity column.
  void AlterIdentitySequence(const catalog::Table& table, catalog::Column& column,
                             const ast::AlterSequence& statement);
  void AlterOwner(const ast::AlterOwner& statement);
  // Resolves sequence options over `base` (the defaults for `type` when null).
  catalog::SequenceOptions ResolveSequenceOptions(const ast::SequenceOptions& given,
                                                  const std::string& default_type,
                                                  const catalog::SequenceOptions* base);

  // tables.cpp: tables, columns, constraints, indexes, ALTER TABLE. `copied` holds the columns
  // each of the statement's LIKE clauses copies, which go where the clause is; `inherited` those
  // of its parents, `parents`, which come first.
  void DeclareTable(const ast::CreateTable& statement, const base::SourceRange& range,
                    const std::vector<std::vector<catalog::Column>>& copied = {},
                    std::vector<catalog::Column> inherited = {},
                    std::vector<catalog::QualifiedName> parents = {});
  // table_like.cpp: LIKE. LikeColumns returns the columns `like` copies (none when its source is
  // reported), or nullopt while the source is not declared yet.
  std::optional<std::vector<catalog::Column>> LikeColumns(const ast::TableLike& like,
                                                          bool last_round);
  void AddCopiedColumn(catalog::Table& table, catalog::Column column);
  // AddLikeClause adds the columns one LIKE clause copies where the table's columns end, and the
  // clause, for the statement the scratch database is given.
  void AddLikeClause(catalog::Table& table, const ast::TableLike& like,
                     const std::vector<catalog::Column>& columns);
  // DeclaredLater says, of a relation `name` the files declare that is not declared yet, whether
  // to wait for it (true) or, in the last round, that it was reported as a cycle (false); nullopt
  // when the files do not declare it.
  std::optional<bool> DeclaredLater(const catalog::QualifiedName& name,
                                    const base::SourceRange& range, bool last_round);
  // table_inherits.cpp: INHERITS. DeclareDerivedTable declares a table with LIKE or INHERITS
  // once its sources and parents are declared, and says whether it could be (or was reported):
  // false while one is a table declared in a later round.
  bool DeclareDerivedTable(const ast::CreateTable& statement, const base::SourceRange& range,
                           bool last_round);
  // InheritedColumns returns the columns of the statement's parents, merged by name (the parents
  // it could find in `parents`), or nullopt while one is not declared yet.
  std::optional<std::vector<catalog::Column>> InheritedColumns(
      const ast::CreateTable& statement, bool last_round,
      std::vector<catalog::QualifiedName>& parents);
  // MergeInherited merges `column`, of the same name, into `inherited`, or reports why not.
  void MergeInherited(catalog::Column& inherited, const catalog::Column& column,
                      const base::SourceRange& range);
  // NewTable claims the name of a table and adds it with its own properties (persistence,
  // options, partition key), or reports why it cannot and returns null.
  catalog::Table* NewTable(const ast::CreateTable& statement, const base::SourceRange& range);
  // partitions.cpp: PARTITION OF, ATTACH PARTITION, ALTER INDEX ... ATTACH PARTITION.
  // DeclarePartition declares a partition once its parent is declared, and says whether it
  // could be (or was reported): false while the parent is a partition not declared yet.
  bool DeclarePartition(const ast::CreateTable& statement, const base::SourceRange& range,
                        bool last_round);
  // PartitionedParent returns the partitioned table `name` names, or reports why there is none.
  catalog::Table* PartitionedParent(const ast::QualifiedName& name);
  void AttachPartition(catalog::Table& parent, const ast::AlterTableAction& action);
  // ClusterOn sets `cluster_on`, of table or materialized view `relation` whose keys are
  // `constraints`, to `index` (none: no index), the one CLUSTER orders it by.
  void ClusterOn(const catalog::QualifiedName& relation,
                 const std::map<std::string, catalog::Constraint>& constraints,
                 std::optional<std::string>& cluster_on,
                 const std::optional<ast::Identifier>& index);
  // FindTableIndex says whether `index` is an index of `relation` or the index of one of its
  // keys (`constraints`), and reports it, as not one to do `what` ("to cluster on") with, when
  // it is not.
  bool FindTableIndex(const catalog::QualifiedName& relation,
                      const std::map<std::string, catalog::Constraint>& constraints,
                      const ast::Identifier& index, std::string_view what);
  void AttachIndex(const ast::AlterIndex& statement);
  // The domain `name` names, or null after reporting that there is none (unknown-type).
  catalog::Domain* FindDomain(const ast::QualifiedName& name);
  // cluster.cpp: ALTER INDEX ... ALTER COLUMN n SET STATISTICS, on an expression key.
  void SetIndexStatistics(const ast::AlterIndex& statement);
  // RemoveAttachedIndexes takes out of the catalog the indexes AttachIndex attached to their
  // parents' (and the keys they back).
  void RemoveAttachedIndexes();
  // A constraint waiting to be named: table constraints have no column, column constraints do.
  // NOT VALID only has an effect in ALTER TABLE ... ADD CONSTRAINT: PostgreSQL marks the
  // constraints of a new table or column valid.
  struct PendingConstraint {
    const ast::Constraint* constraint;
    std::optional<std::string> column;
    // Written by ALTER TABLE ... ADD CONSTRAINT, which alone may add it NOT VALID.
    bool may_skip_validation = false;
    // The name of a repeated key of the same statement that PostgreSQL gives this one, which was
    // written without a name (see RemoveRepeatedKeys).
    std::optional<ast::Identifier> name = std::nullopt;
  };
  // RemoveRepeatedKeys drops the primary key and unique constraints of one statement that repeat
  // one before them (same columns, INCLUDE columns, NULLS NOT DISTINCT and deferrability), as
  // PostgreSQL does: the primary key is kept first, then the others in the order written, and an
  // unnamed kept key takes the name of the first named repeat.
  static std::vector<PendingConstraint> RemoveRepeatedKeys(std::vector<PendingConstraint> pending);
  // Adds a column with its NULL/NOT NULL, DEFAULT, identity and generated clauses; its key and
  // check constraints are appended to `pending`.
  void AddColumn(catalog::Table& table, const ast::ColumnDefinition& definition,
                 std::vector<PendingConstraint>& pending);
  // Adds `column` (its name and type set) with its column constraints, declared at `range`; a
  // serial column (`serial`: its integer type) gets its sequence and default.
  void AddColumnWith(catalog::Table& table, catalog::Column column,
                     const std::vector<ast::Constraint>& constraints,
                     const base::SourceRange& range, const std::optional<std::string>& serial,
                     std::vector<PendingConstraint>& pending);
  // typed_tables.cpp: DeclareTypedTable declares a typed table (CREATE TABLE ... OF type), whose
  // columns are the composite type's attributes with the options the statement gives them.
  void DeclareTypedTable(const ast::CreateTable& statement, const base::SourceRange& range);
  // SetOfType makes `table` a typed table (ALTER TABLE ... OF type), once its columns are the
  // type's attributes in order, or a table of its own (NOT OF).
  void SetOfType(catalog::Table& table, const ast::AlterTableAction& action);
  // column_options.cpp: DefaultToDescendants gives the default of `column` of `table`, just set or
  // dropped by the statement at `range` without ONLY, to the tables that inherit it and the
  // partitions, and theirs, as PostgreSQL does.
  void DefaultToDescendants(const catalog::Table& table, const catalog::Column& column,
                            const base::SourceRange& range);
  // table_inherits.cpp: ChangeParents adds a parent to `table` (ALTER TABLE ... INHERIT), whose
  // columns it must have, or removes one (NO INHERIT), whose columns stay its own.
  void ChangeParents(catalog::Table& table, const ast::AlterTableAction& action);
  // Ancestors returns the tables `table` inherits from, and theirs (after `table` itself, with
  // `itself`).
  std::vector<catalog::QualifiedName> Ancestors(const catalog::QualifiedName& table, bool itself);
  // InheritedCheckNames returns the names of the checks `table` has from the tables it inherits
  // from, and theirs.
  std::set<std::string> InheritedCheckNames(const catalog::Table& table);
  // The composite type a typed table is of, or null after reporting that `name` is none.
  const catalog::CompositeType* FindTableType(const ast::QualifiedName& name);
  // table_inherits.cpp: AddOwnColumn adds a column the statement declares, merged in its place
  // with an inherited one of its name.
  void AddOwnColumn(catalog::Table& table, const ast::ColumnDefinition& definition,
                    std::vector<PendingConstraint>& pending);
  // Names and adds constraints in the order PostgreSQL creates them: checks, the primary key,
  // unique constraints, then foreign keys.
  void AddConstraints(catalog::Table& table, const std::vector<PendingConstraint>& pending);
  void AddConstraint(catalog::Table& table, const PendingConstraint& pending);
  bool CheckColumnsExist(const catalog::Table& table, const std::vector<ast::Identifier>& columns);
  // TakeIndex removes from the catalog the index `name` of `table`'s schema that ADD CONSTRAINT
  // ... USING INDEX makes a primary key or unique constraint of, and returns it; reports why it
  // cannot be and returns nullopt otherwise.
  std::optional<catalog::Index> TakeIndex(const catalog::Table& table, const ast::Identifier& name,
                                          bool primary);
  void SetIdentity(catalog::Table& table, catalog::Column& column, const ast::Constraint& identity);
  void DeclareIndex(const ast::CreateIndex& statement, const base::SourceRange& range);
  void DeclareView(const ast::CreateView& statement, const base::SourceRange& range);
  // functions.cpp: functions and procedures.
  void DeclareFunction(const ast::CreateFunction& statement, const base::SourceRange& range,
                       bool check_body);
  void DeclareTrigger(const ast::CreateTrigger& statement, const base::SourceRange& range);
  // TableOrView returns the table or view `name` names, or reports that there is none.
  std::optional<catalog::QualifiedName> TableOrView(const ast::QualifiedName& name);
  // DeclaredTwiceOn reports `kind` (a trigger, a rule) `key` declared again at `range` when
  // `previous`, the first declaration, is given, and says whether it was.
  bool DeclaredTwiceOn(std::string_view kind, const catalog::TriggerName& key,
                       const base::SourceRange& range, const base::SourceRange* previous);
  // ReportUnknownOn reports that `kind` `name` of `table` does not exist ("unknown-<kind>").
  void ReportUnknownOn(std::string_view kind, const catalog::QualifiedName& table,
                       const ast::Identifier& name, const std::vector<std::string>& candidates);
  // NamesOf returns the names of the objects of `maps` (keyed by QualifiedName), as the
  // candidates of an unknown name.
  template <typename... Maps>
  static std::vector<std::string> NamesOf(const Maps&... maps) {
    std::vector<std::string> names;
    auto add = [&](const auto& map) {
      for (const auto& [key, object] : map) {
        names.push_back(key.Text());
      }
    };
    (add(maps), ...);
    return names;
  }
  // NamesOn returns the names of the objects of `map` (keyed by TriggerName) on `table`.
  template <typename Map>
  static std::vector<std::string> NamesOn(const Map& map, const catalog::QualifiedName& table) {
    std::vector<std::string> names;
    for (const auto& [key, object] : map) {
      if (key.table == table) {
        names.push_back(key.name);
      }
    }
    return names;
  }
  // FindTrigger returns trigger `name` of `table`, or reports that there is none.
  catalog::Trigger* FindTrigger(const catalog::QualifiedName& table, const ast::Identifier& name);
  void DeclarePolicy(const ast::CreatePolicy& statement, const base::SourceRange& range);
  // statistics.cpp: CREATE STATISTICS and CREATE COLLATION.
  void DeclareCollation(const ast::CreateCollation& statement, const base::SourceRange& range);
  // casts.cpp. CastNameOf returns the key of the cast from `source` to `target`; FindCast the
  // cast `types` (source, target) names, or reports `unknown-cast` at `range` and returns null.
  catalog::CastName CastNameOf(const ast::TypeName& source, const ast::TypeName& target);
  void DeclareCast(const ast::CreateCast& statement, const base::SourceRange& range);
  catalog::Cast* FindCast(const std::vector<ast::FunctionParameter>& types,
                          const base::SourceRange& range);
  // operators.cpp. OperatorArguments returns an operator's argument types as its key names them
  // ("integer, integer"; "NONE, integer" for a prefix operator).
  std::string OperatorArguments(const std::optional<ast::TypeName>& left,
                                const ast::TypeName& right);
  void DeclareOperator(const ast::CreateOperator& statement, const base::SourceRange& range);
  // FindOperator returns the operator `name` names with the argument types `arguments` (the
  // right one alone for a prefix operator), or reports that there is none.
  catalog::Operator* FindOperator(const ast::QualifiedName& name,
                                  const std::vector<ast::FunctionParameter>& arguments);
  // operator_classes.cpp. DeclareOperatorFamilyOf declares the family a CREATE OPERATOR FAMILY
  // names, or the one a CREATE OPERATOR CLASS without FAMILY makes when none is declared.
  void DeclareOperatorFamilyOf(const ast::OperatorClassStatement& statement,
                               const base::SourceRange& range);
  void DeclareOperatorClass(const ast::OperatorClassStatement& statement,
                            const base::SourceRange& range);
  // OperatorClassName returns the operator class `name` of an index key, quoted as needed for
  // the statement that creates the index: qualified as written, but for pg_catalog's.
  static std::string OperatorClassName(const ast::QualifiedName& name);
  // FindOperatorClass returns the class or family `name` names for index access method `method`,
  // or reports that there is none.
  catalog::OperatorClass* FindOperatorClass(ast::OperatorClassKind kind,
                                            const ast::QualifiedName& name,
                                            const ast::Identifier& method);
  // AlterOperatorFamily adds an ALTER OPERATOR FAMILY statement to what is given to the server
  // for its family.
  void AlterOperatorFamily(const ast::OperatorClassStatement& statement);
  // publications.cpp. FindPublication returns the publication `name` names, or reports that there
  // is none; AlterPublication adds an ALTER PUBLICATION statement to what is given to the server
  // for it.
  void DeclarePublication(const ast::CreatePublication& statement, const base::SourceRange& range);
  catalog::Publication* FindPublication(const ast::Identifier& name);
  void AlterPublication(const ast::AlterPublication& statement);
  // foreign_data.cpp. FindForeignData returns the statements as written of the wrapper or server
  // `name` names, or of the user mapping for `user` on server `name`, or reports that there is
  // none; AlterForeignData adds an ALTER statement to them.
  void DeclareForeignData(const ast::ForeignData& statement, const base::SourceRange& range);
  std::vector<catalog::Written>* FindForeignData(ast::ForeignDataKind kind,
                                                 const ast::Identifier& name,
                                                 const ast::Identifier& user = {});
  void AlterForeignData(const ast::ForeignData& statement);
  // access_methods.cpp. FindAccessMethod returns the access method `name` names, or reports that
  // the files declare none.
  void DeclareAccessMethod(const ast::CreateAccessMethod& statement,
                           const base::SourceRange& range);
  catalog::AccessMethod* FindAccessMethod(const ast::Identifier& name);
  // event_triggers.cpp.
  void DeclareEventTrigger(const ast::CreateEventTrigger& statement,
                           const base::SourceRange& range);
  // FindEventTrigger returns the event trigger `name` names, or reports that there is none.
  catalog::EventTrigger* FindEventTrigger(const ast::Identifier& name);
  // text_search.cpp.
  std::map<catalog::QualifiedName, catalog::TextSearch>& TextSearchObjects(
      ast::TextSearchKind kind);
  void DeclareTextSearch(const ast::CreateTextSearch& statement, const base::SourceRange& range);
  // FindTextSearch returns the dictionary or configuration `name` names, or reports that there is
  // none.
  catalog::TextSearch* FindTextSearch(ast::TextSearchKind kind, const ast::QualifiedName& name);
  // AlterTextSearch adds an ALTER TEXT SEARCH statement to what is given to the server for its
  // object.
  void AlterTextSearch(const ast::AlterTextSearch& statement);
  void DeclareConversion(const ast::CreateConversion& statement, const base::SourceRange& range);
  // FindConversion returns the conversion `name` names, or reports that there is none.
  catalog::Conversion* FindConversion(const ast::QualifiedName& name);
  // FindCollation returns the collation `name` names, or reports that there is none.
  catalog::Collation* FindCollation(const ast::QualifiedName& name);
  // CollationName returns a collation as format_type() and pg_dump spell it (pg_catalog."C",
  // public.german): an unqualified one is the files' along the search_path, else pg_catalog's.
  std::string CollationName(const ast::QualifiedName& name) const;
  void DeclareStatistics(const ast::CreateStatistics& statement, const base::SourceRange& range);
  // FindStatistics returns the statistics object `name` names, or reports that there is none.
  catalog::Statistics* FindStatistics(const ast::QualifiedName& name);
  // rules.cpp: CREATE RULE.
  void DeclareRule(const ast::CreateRule& statement, const base::SourceRange& range);
  // FindRule returns rule `name` of `table`, or reports that there is none.
  catalog::Rule* FindRule(const catalog::QualifiedName& table, const ast::Identifier& name);
  // FindPolicy returns policy `name` of `table`, or reports that there is none.
  catalog::Policy* FindPolicy(const catalog::QualifiedName& table, const ast::Identifier& name);
  // grants.cpp: GRANT and REVOKE, kept as written with the objects they name.
  bool DeclareDefaultPrivileges(const ast::Grant& statement, catalog::GrantStatement& out);
  void DeclareGrant(const ast::Grant& statement, const base::SourceRange& range);
  // The table, view or sequence (only a sequence when `sequences_only`) a GRANT names, or
  // nullopt after reporting that there is none.
  std::optional<catalog::ObjectKey> GrantedRelation(const ast::QualifiedName& name,
                                                    bool sequences_only);
  std::optional<catalog::ObjectKey> GrantedType(const ast::QualifiedName& name);
  // Arguments returns the argument types that identify a function, as FunctionName has them.
  std::string Arguments(const std::vector<ast::FunctionParameter>& parameters);
  std::string ArgumentType(const ast::TypeName& type);
  // FindFunction returns the function, procedure or aggregate (`kind`) a signature names (by
  // its name alone when it has no parameters and no overloads), or reports why there is none
  // and returns null. `kind` "routine" takes any of the three; "function" takes an aggregate too
  // when `aggregates` is set (GRANT ON FUNCTION).
  catalog::Function* FindFunction(
      const ast::QualifiedName& name,
      const std::optional<std::vector<ast::FunctionParameter>>& parameters, std::string_view kind,
      bool aggregates = false);
  void AlterTable(const ast::AlterTable& statement);
  // AlterView applies ALTER TABLE | VIEW ... OWNER TO, SET | RESET (options), ALTER COLUMN ...
  // SET DEFAULT (a view's) and CLUSTER ON (a materialized view's) to view `name`; false when
  // there is no such view.
  bool AlterView(const catalog::QualifiedName& name, const ast::AlterTable& statement);
  // AlterNamedView applies ALTER [MATERIALIZED] VIEW, whose relation must be of that kind.
  void AlterNamedView(const ast::AlterTable& statement);
  // SetColumnOption applies SET STORAGE, COMPRESSION or STATISTICS to a column of `table` and,
  // as PostgreSQL does, to the partitions that have it (column_options.cpp).
  void SetColumnOption(catalog::Table& table, const ast::AlterTableAction& action, bool only);
  // SetColumnSetting applies SET STORAGE, COMPRESSION or STATISTICS to a table's column or a
  // materialized view's column settings.
  template <typename Settings>
  static void SetColumnSetting(Settings& column, const ast::AlterTableAction& action);
  // relation_options.cpp: SET | RESET (storage parameters) of a relation or an index, and SET
  // LOGGED | UNLOGGED of a table (with the sequences it owns, as PostgreSQL does).
  static void SetOptions(catalog::StorageOptions& options,
                         const std::vector<ast::StorageOption>& given, bool reset);
  void SetRelationOptions(catalog::Table& table, const ast::AlterTableAction& action);
  void SetPersistence(catalog::Table& table, const ast::AlterTableAction& action);
  // ValidateConstraint applies VALIDATE CONSTRAINT to a check or foreign key of `table`
  // (validate_constraint.cpp).
  void ValidateConstraint(catalog::Table& table, const ast::AlterTableAction& action);
  // AlterGenericOptions applies OPTIONS (ADD | SET | DROP ...) to a foreign table or one of its
  // columns (foreign_table_options.cpp).
  void AlterGenericOptions(catalog::Table& table, const ast::AlterTableAction& action);
  void SetIndexOptions(const ast::AlterIndex& statement);
  std::string ResolveColumnType(const ast::TypeName& type);
  // Canonical returns the canonical text of an expression on `table` (null when unknown); for a
  // default or generation expression, `target_type` is the column's type.
  std::string Canonical(const ast::Expression& expression, const catalog::Table* table,
                        const std::string& target_type = "");

  // resolve.cpp: references between objects, checked once everything is declared.
  void ApplyComment(const ast::Comment& statement, const base::SourceRange& range);
  void CheckReferences();
  void CheckForeignKey(catalog::Table& table, catalog::Constraint& constraint);
  void CheckIndex(const catalog::Index& index);
  void CheckSequenceOwner(const catalog::Sequence& sequence);

  // Name resolution under the search_path of the statement being compiled (search_path_), as
  // PostgreSQL resolves names: a name of one part that creates an object goes to the first
  // schema of the path that exists; one that refers to a relation or a type is looked up in the
  // schemas of the path in order, among the objects the files declare anywhere (statement order
  // does not matter), and taken to be in the first existing schema when none has it. "$user" is
  // taken to name no schema. Three parts are refused.
  enum class NameUse { kCreate, kRelation, kType };
  std::optional<catalog::QualifiedName> Qualify(const ast::QualifiedName& name, NameUse use);
  // The schema an unqualified name refers to, or "" after reporting that the path names no
  // existing schema (only for kCreate).
  std::string ResolveSchema(const std::string& name, NameUse use, const base::SourceRange& range);
  // The first existing schema of the path; "" when there is none.
  std::string CreationSchema() const;
  // Records the names that CREATE TABLE and CREATE SEQUENCE statements will declare, before any
  // is compiled, so that a reference finds a relation declared later in statement order.
  void DeclareRelationName(const ast::Statement& statement);
  // Written returns an expression as written, with the search_path it is read under.
  catalog::Written Written(const ast::Expression& expression) const;
  // Checks that the schema of `name` exists; reports unknown-schema otherwise.
  bool SchemaExists(const std::string& schema, const base::SourceRange& range);
  catalog::Table* FindTable(const ast::QualifiedName& name, std::string_view role);
  // Reports a relation name already used in the schema (tables, sequences, indexes and the
  // indexes of keys share one namespace); registers it otherwise. Returns false on a clash.
  bool ClaimRelationName(const catalog::QualifiedName& name, const base::SourceRange& range);
  bool RelationNameTaken(const std::string& schema, const std::string& name) const;
  bool ConstraintNameTaken(const std::string& schema, const std::string& name) const;
  // ReportUnknown reports `code` with `message` and the candidate closest to `wanted`, unless
  // the unknown relation, type, schema or function is one a refused statement would have
  // declared (failed_), whose error is reported already.
  void ReportUnknown(std::string code, const base::SourceRange& range, std::string message,
                     const std::string& wanted, const std::vector<std::string>& candidates);
  bool DeclaredByRefusedStatement(const std::string& wanted) const;

  // renames.cpp: `-- schemac:renamed-from` annotations on statements.
  // NoteRenameHint keeps the annotation of a statement that declares an object a plan can
  // rename, and reports one on any other statement.
  void NoteRenameHint(const ast::Statement& statement);
  // ApplyRenameHints gives each object declared by an annotated statement its annotation.
  void ApplyRenameHints();

  base::DiagnosticSink& sink_;
  catalog::Catalog catalog_;
  // The annotations NoteRenameHint kept, by the position of their statements.
  std::map<std::tuple<const base::SourceFile*, uint32_t, uint32_t>, catalog::RenameHint>
      rename_hints_;
  // The search_path of the statement being compiled.
  const ast::SearchPath* search_path_ = nullptr;
  // Index expressions and predicates wait until every table is declared: their canonical form
  // depends on the types of the table's columns, whatever the statement order.
  struct PendingIndexExpression {
    catalog::QualifiedName index;
    std::optional<size_t> key;  // the key's position; none for the predicate
    ast::Expression expression;
    const ast::SearchPath* search_path = nullptr;
  };
  std::vector<PendingIndexExpression> pending_index_expressions_;
  // Indexes of partitions attached to their parents' (ALTER INDEX ... ATTACH PARTITION).
  std::vector<catalog::QualifiedName> attached_indexes_;
  void CanonicalizeIndexExpressions();
  // Relation names the files declare, per schema, from the first pass over the statements.
  std::map<std::string, std::set<std::string>> declared_relations_;
  // Relation names per schema, with where each was declared.
  std::map<std::string, std::map<std::string, base::SourceRange>> relations_;
  // Constraint names per schema (PostgreSQL picks constraint names unique in a schema).
  std::map<std::string, std::set<std::string>> constraint_names_;
  // The objects commented so far, with where.
  std::map<std::string, base::SourceRange> comments_;
  // The names of the CREATE statements refused by the parser (ast::File::failed).
  std::vector<std::vector<std::string>> failed_;
};

// Suggest returns the candidate closest to `wanted` by edit distance when it is close enough to
// be a likely typo, else "".
std::string Suggest(const std::string& wanted, const std::vector<std::string>& candidates);

}  // namespace schemac::sema
