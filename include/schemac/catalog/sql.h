// SQL fragments for catalog objects: the pieces that both the canonical printer and the migration
// writer put together. Every identifier is quoted as needed and every string is a literal.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::catalog {

// ExpressionForm says which text of an expression SQL is written with: the catalog's own (the
// compiler's canonical text, or the server's), or, where the schema files gave one, the text as
// written (catalog::Written), which is what the scratch database is given.
enum class ExpressionForm { kCatalog, kWritten };

// ColumnListSql returns `("a", "b")` with each name quoted as needed.
std::string ColumnListSql(const std::vector<std::string>& columns);

// StorageOptionsSql returns `(name='value', ...)`; a name with a namespace (toast.name) is quoted
// part by part.
std::string StorageOptionsSql(const StorageOptions& options);
// OptionsChangeSql returns the statements that change options `from` into `to`: `alter RESET
// (name, ...);` for those `to` lacks, then `alter SET (name='value', ...);` with those of `to`.
// `alter` is the start of the statement ("ALTER TABLE public.t").
std::vector<std::string> OptionsChangeSql(std::string_view alter, const StorageOptions& from,
                                          const StorageOptions& to);

// SequenceClausesSql returns every sequence parameter: `AS bigint INCREMENT BY 1 ... NO CYCLE`.
std::string SequenceClausesSql(const SequenceOptions& options);

// IdentitySql returns `GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME s.n INCREMENT BY ...)`.
std::string IdentitySql(const Identity& identity);

// DefaultSql returns an expression as it can follow DEFAULT, which takes PostgreSQL's restricted
// b_expr: in parentheses when it holds AND, OR, NOT, IS, LIKE, IN, BETWEEN, AT TIME ZONE,
// COLLATE, ANY or ALL outside parentheses and quotes.
std::string DefaultSql(const std::string& expression);

// ColumnDefinitionSql returns a column as CREATE TABLE and ADD COLUMN write it; without
// `with_default`, its default is left out.
std::string ColumnDefinitionSql(const Column& column,
                                ExpressionForm form = ExpressionForm::kCatalog,
                                bool with_default = true);

// ConstraintDefinitionSql returns `CONSTRAINT name ...` as CREATE TABLE and ADD write it.
std::string ConstraintDefinitionSql(const Constraint& constraint,
                                    ExpressionForm form = ExpressionForm::kCatalog);

// RepeatsEarlierKey says whether `constraint`, a primary key, unique or exclusion constraint of
// `table`, has the definition (columns, INCLUDE columns, NULLS NOT DISTINCT, deferrability; an
// exclusion constraint's whole definition) of one that one CREATE TABLE creates before it: the
// primary key, then the others by name. PostgreSQL keeps only the first of such constraints of
// one CREATE TABLE, so a repeat has to be added after the table.
bool RepeatsEarlierKey(const Table& table, const Constraint& constraint);

// AddedAfterTables says whether a constraint of `table` is not part of its CREATE TABLE in
// canonical output: foreign keys (their tables may form a cycle), constraints not validated yet,
// and keys that repeat an earlier one (RepeatsEarlierKey).
bool AddedAfterTables(const Table& table, const Constraint& constraint);

// The CREATE statements, each ending with ";".
std::string CreateSchemaSql(const Schema& schema);
std::string CreateExtensionSql(const Extension& extension);
std::string CreateEnumSql(const EnumType& type);
std::string CreateSequenceSql(const Sequence& sequence);
// CreateTableSql writes the columns that `include_column` accepts (all when null), with their
// defaults when `include_default` accepts them (all when null), and the constraints that
// `include` accepts but for keys that repeat an earlier one (RepeatsEarlierKey), each on lines of
// its own. When `line_origins` is given, it receives the origin of every line of the statement:
// the table's for the first and the last, each column's and constraint's for its own lines.
struct TableParts {
  std::function<bool(const Constraint&)> include;
  std::function<bool(const Column&)> include_column;
  std::function<bool(const Column&)> include_default;
};
// A partition that is not `attached` is written `CREATE TABLE name PARTITION OF parent (its
// constraints) FOR VALUES ...`, without columns: they are its parent's. A partitioned table's
// partition key follows its columns (PARTITION BY ...).
std::string CreateTableSql(const Table& table, const TableParts& parts,
                           std::vector<base::SourceRange>* line_origins = nullptr,
                           ExpressionForm form = ExpressionForm::kCatalog);
// IsPartition says whether a table is created as a partition of its parent, without columns of
// its own (PARTITION OF): a partition that the files do not create as a table and attach.
bool IsPartition(const Table& table);
// PartitionBySql and PartitionBoundSql return a table's partition key ("RANGE (at)") and bound
// ("FOR VALUES ...", "DEFAULT") in `form`.
std::string PartitionBySql(const Table& table, ExpressionForm form = ExpressionForm::kCatalog);
std::string PartitionBoundSql(const Table& table, ExpressionForm form = ExpressionForm::kCatalog);
// AttachPartitionSql returns `ALTER TABLE parent ATTACH PARTITION name FOR VALUES ...;` for a
// partition, DetachPartitionSql `ALTER TABLE parent DETACH PARTITION name;`.
std::string AttachPartitionSql(const Table& table, ExpressionForm form = ExpressionForm::kCatalog);
std::string DetachPartitionSql(const Table& table);
// ColumnSettingsSql returns the ALTER TABLE ONLY statements that give the columns of a table just
// created the storage, compression and statistics target it has beyond what creating it gave
// them, in column order. A table created with its columns has the type's storage, the
// compression its definition gives and no target; a partition created with PARTITION OF copies
// its parent's storage and compression (`parent`), and, when `old_parent` is given (a plan that
// changes the parent's too), either, so that every one the parents disagree on is set.
// With `copies_storage` false, a partition takes its parent's compression alone (the parent's
// storage is set after its partitions are created, as schema files are loaded and printed).
std::vector<std::string> ColumnSettingsSql(const Table& table, const Table* parent = nullptr,
                                           const Table* old_parent = nullptr,
                                           bool copies_storage = true);
// ColumnSettingSql returns `ALTER TABLE ONLY t ALTER COLUMN c SET STORAGE MAIN;` (or SET
// COMPRESSION, SET STATISTICS) for each of the three that differs between `from` and `to`
// ("default" compression and target -1 for none, the type's storage for none).
std::vector<std::string> ColumnSettingSql(const QualifiedName& table, const Column& from,
                                          const Column& to);
// ViewColumnSettingsSql returns the ALTER TABLE ONLY statements that change the column settings
// of materialized view `view` from those of `old_view` (none: a view just created, whose columns
// have none), column by column.
std::vector<std::string> ViewColumnSettingsSql(const View* old_view, const View& view);
// PartitionColumnsSql returns the ALTER TABLE statements that give the columns of `table` the
// defaults and NOT NULL it has beyond what it takes from `parents` when created as a partition of
// its parent, or inheriting from its parents (SET DEFAULT, DROP DEFAULT, SET NOT NULL), in column
// order: each column against the first parent that has it; of a table with parents (INHERITS),
// only the columns it does not declare itself.
std::vector<std::string> PartitionColumnsSql(const Table& table,
                                             const std::vector<const Table*>& parents,
                                             ExpressionForm form = ExpressionForm::kCatalog);
// IndexStatisticsSql returns ALTER INDEX ... ALTER COLUMN n SET STATISTICS for each key of
// `index` whose statistics target is not that of `from`'s (none: an index just created).
std::vector<std::string> IndexStatisticsSql(const Index* from, const Index& index);
std::string CreateIndexSql(const Index& index, ExpressionForm form = ExpressionForm::kCatalog);
// CreateViewSql returns `CREATE [OR REPLACE | MATERIALIZED] VIEW name (columns) WITH (options)
// AS\n<query>[ WITH [NO] DATA];`,
// the column list and options when there are any.
std::string CreateViewSql(const View& view, ExpressionForm form = ExpressionForm::kCatalog,
                          bool or_replace = false);
// ViewDefaultSql returns `ALTER VIEW name ALTER COLUMN column SET DEFAULT expression;`, or DROP
// DEFAULT without an expression.
std::string ViewDefaultSql(const QualifiedName& view, const std::string& column,
                           const std::optional<std::string>& expression);
// CreateFunctionSql returns the statement that creates a function or procedure, ending with
// ";": as written (kWritten, when the catalog has it), or its definition as the server prints it
// (CREATE OR REPLACE FUNCTION ...).
std::string CreateFunctionSql(const Function& function,
                              ExpressionForm form = ExpressionForm::kCatalog);
// DropFunctionSql returns `DROP FUNCTION s.f(types);` (or DROP PROCEDURE).
std::string DropFunctionSql(const Function& function);
// FunctionTarget returns `FUNCTION s.f(types)` (or PROCEDURE, or AggregateTarget), for COMMENT
// ON.
std::string FunctionTarget(const Function& function);
// DomainCheckTarget returns `CONSTRAINT check ON DOMAIN s.d`, for COMMENT ON.
std::string DomainCheckTarget(const QualifiedName& domain, const std::string& check);
// AggregateTarget returns `AGGREGATE s.f(types)`, `AGGREGATE s.f(*)` for one without arguments.
std::string AggregateTarget(const FunctionName& name);
// CreateDomainSql returns `CREATE DOMAIN s.d AS type [COLLATE c] [DEFAULT e] [NOT NULL]
// [CONSTRAINT name CHECK (e)]...;` with the checks that are validated.
std::string CreateDomainSql(const Domain& domain);
// AddDomainCheckSql returns `ALTER DOMAIN s.d ADD CONSTRAINT name CHECK (e)`, with NOT VALID for
// a check that is not validated.
std::string AddDomainCheckSql(const Domain& domain, const std::string& check);
// CreateRangeSql returns `CREATE TYPE name AS RANGE (SUBTYPE = ..., ...);` with the options that
// are not the defaults, or the statement as written when `form` asks for it or the subtype is
// not known yet.
std::string CreateRangeSql(const RangeType& type, ExpressionForm form = ExpressionForm::kCatalog);
// CreateCompositeSql returns `CREATE TYPE name AS (attribute type [COLLATE c], ...);`, or the
// statement as written when `form` asks for it or the attribute types are not known yet.
std::string CreateCompositeSql(const CompositeType& type,
                               ExpressionForm form = ExpressionForm::kCatalog);
// CreateTriggerSql returns the statement that creates a trigger, ending with ";": as written
// (kWritten, when the catalog has it), or its definition as the server prints it, followed by the
// ALTER TABLE that disables it (or makes it fire on replicas) when it does not fire as created.
std::string CreateTriggerSql(const Trigger& trigger,
                             ExpressionForm form = ExpressionForm::kCatalog);
// TriggerEnabledSql returns `ALTER TABLE t ENABLE | DISABLE ... TRIGGER name;`.
std::string TriggerEnabledSql(const Trigger& trigger);
// TriggerTarget returns `TRIGGER name ON s.t`, for COMMENT ON and DROP.
std::string TriggerTarget(const TriggerName& trigger);
// CreateRuleSql returns the statement that creates a rule, ending with ";" (as written, or its
// definition as the server prints it), followed by ALTER TABLE ... ENABLE | DISABLE RULE when it
// does not fire as by default.
std::string CreateRuleSql(const Rule& rule, ExpressionForm form = ExpressionForm::kCatalog);
// RuleEnabledSql returns `ALTER TABLE s.t ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS RULE
// name;`.
std::string RuleEnabledSql(const Rule& rule);
// OperatorTarget returns `OPERATOR s.=== (integer, integer)`, for DROP, COMMENT ON and OWNER TO.
std::string OperatorTarget(const FunctionName& name);
// CreateOperatorSql returns the statement that creates an operator, ending with ";": as written,
// or its definition.
std::string CreateOperatorSql(const Operator& op, ExpressionForm form = ExpressionForm::kCatalog);
// CreatePublicationSql returns the statement that creates a publication read from a server,
// ending with ";".
std::string CreatePublicationSql(const Publication& publication);
// RelationWord returns how CREATE, DROP and COMMENT ON name a table: "TABLE", or "FOREIGN TABLE".
std::string_view RelationWord(const Table& table);
// GenericOptionsSql returns ` OPTIONS (name 'value', ...)`, empty for no options;
// GenericOptionsChangeSql the ` OPTIONS (DROP name, ADD name 'value', SET name 'value')` of an
// ALTER that changes `from` into `to`, empty when they are equal.
std::string GenericOptionsSql(const GenericOptions& options);
// OptionChange is one option an ALTER ... OPTIONS changes: `action` "DROP" (no value), "ADD" or
// "SET". GenericOptionChanges lists those that change `from` into `to`: drops first, then the
// others by name.
struct OptionChange {
  std::string action;
  std::string name;
  std::string value;
};
std::vector<OptionChange> GenericOptionChanges(const GenericOptions& from,
                                               const GenericOptions& to);
std::string GenericOptionsChangeSql(const GenericOptions& from, const GenericOptions& to);
// The statements that create a foreign-data wrapper, a server and a user mapping read from a
// server, ending with ";".
std::string CreateForeignDataWrapperSql(const ForeignDataWrapper& wrapper);
std::string CreateServerSql(const ForeignServer& server);
std::string CreateUserMappingSql(const UserMapping& mapping);
// UserMappingTarget returns `USER MAPPING FOR role | PUBLIC SERVER s`, for CREATE, ALTER and DROP.
std::string UserMappingTarget(const UserMappingName& name);

// CreateConversionSql returns the statement that creates a conversion, ending with ";": as
// written, or its definition.
std::string CreateConversionSql(const Conversion& conversion,
                                ExpressionForm form = ExpressionForm::kCatalog);
// OperatorClassTarget returns `OPERATOR CLASS | FAMILY s.n USING method`, for DROP, COMMENT ON
// and OWNER TO.
std::string OperatorClassTarget(ObjectKind kind, const OperatorClassName& name);
// CreateOperatorClassSql returns the statements that create an operator class or family, each
// ending with ";": its definition, and for a family one ALTER OPERATOR FAMILY ... ADD of its
// members; or, for a compiled catalog, the statements as written.
std::vector<std::string> CreateOperatorClassSql(const OperatorClass& object);
// OperatorFamilyMembersSql returns the ALTER OPERATOR FAMILY statements that take a family's
// members from `from` to `to`: one DROP of those removed or changed, then one ADD of those added
// or changed; none when they are equal.
std::vector<std::string> OperatorFamilyMembersSql(const OperatorClassName& family,
                                                  const std::map<std::string, std::string>& from,
                                                  const std::map<std::string, std::string>& to);
// CastTarget returns `CAST (integer AS s.t)`, for DROP and COMMENT ON.
std::string CastTarget(const CastName& name);
// CreateCastSql returns the statement that creates a cast, ending with ";": as written, or its
// definition.
std::string CreateCastSql(const Cast& cast, ExpressionForm form = ExpressionForm::kCatalog);
// CreateAccessMethodSql returns the statement that creates an access method, ending with ";": as
// written, or its definition.
std::string CreateAccessMethodSql(const AccessMethod& method,
                                  ExpressionForm form = ExpressionForm::kCatalog);
// SetAccessMethodSql returns `ALTER TABLE | MATERIALIZED VIEW name SET ACCESS METHOD method;`
// (`relation`: the words before the name; an empty method is heap, the default).
std::string SetAccessMethodSql(std::string_view relation, const QualifiedName& name,
                               const std::string& method);
// CreateEventTriggerSql returns the statement that creates an event trigger, ending with ";" (as
// written, or its definition), followed by ALTER EVENT TRIGGER ... ENABLE | DISABLE when it does
// not fire as created.
std::string CreateEventTriggerSql(const EventTrigger& trigger,
                                  ExpressionForm form = ExpressionForm::kCatalog);
// EventTriggerEnabledSql returns `ALTER EVENT TRIGGER name DISABLE | ENABLE [REPLICA | ALWAYS];`.
std::string EventTriggerEnabledSql(const EventTrigger& trigger);
// CreateCollationSql returns the statement that creates a collation, ending with ";": as
// written, or its definition.
std::string CreateCollationSql(const Collation& collation,
                               ExpressionForm form = ExpressionForm::kCatalog);
// TextSearchTarget returns `TEXT SEARCH DICTIONARY | CONFIGURATION s.n`, for DROP, COMMENT ON
// and OWNER TO.
std::string TextSearchTarget(ObjectKind kind, const QualifiedName& name);
// CreateTextSearchSql returns the statements that create a text search dictionary or
// configuration, each ending with ";": its definition, then a configuration's mappings one token
// type at a time; or, in a compiled catalog, the statements as written.
std::vector<std::string> CreateTextSearchSql(const TextSearch& object);
// TextSearchMappingSql returns the ALTER TEXT SEARCH CONFIGURATION that takes the mapping of
// `token` from the dictionaries `from` to `to` (ADD MAPPING without `from`, DROP MAPPING without
// `to`).
std::string TextSearchMappingSql(const QualifiedName& configuration, const std::string& token,
                                 const std::optional<std::string>& from,
                                 const std::optional<std::string>& to);
// CreateStatisticsSql returns the statement that creates a statistics object, ending with ";":
// as written, or its definition as the server prints it.
std::string CreateStatisticsSql(const Statistics& statistics,
                                ExpressionForm form = ExpressionForm::kCatalog);
// ClusterOnSql returns ALTER TABLE `table` CLUSTER ON `index`, or SET WITHOUT CLUSTER without one.
std::string ClusterOnSql(const QualifiedName& table, const std::optional<std::string>& index);
// ClusterIndexKey returns the key of the index `table` is clustered on (Table::cluster_on): the
// key constraint whose index it is, else an index of the table's schema.
ObjectKey ClusterIndexKey(const Table& table);
// ReplicaIdentitySql returns ALTER TABLE `table` REPLICA IDENTITY as Table::replica_identity says.
std::string ReplicaIdentitySql(const Table& table);
// ReplicaIndexKey returns the key of the index `table` is identified by (Table::replica_index):
// the index's, or its key constraint's.
ObjectKey ReplicaIndexKey(const Table& table);
// StatisticsTargetSql returns ALTER STATISTICS `name` SET STATISTICS `target` (-1 for none).
std::string StatisticsTargetSql(const QualifiedName& name, const std::optional<int>& target);
// RuleTarget returns `RULE name ON s.t`, for DROP and COMMENT ON.
std::string RuleTarget(const RuleName& rule);
// CreatePolicySql returns the statement that creates a policy, ending with ";": as written for
// a compiled catalog (the server compiles it), else as the server's parts make it
// (`CREATE POLICY name ON s.t [AS RESTRICTIVE] [FOR command] [TO roles] [USING (...)]
// [WITH CHECK (...)]`, the defaults left out).
std::string CreatePolicySql(const Policy& policy);
// AlterPolicySql returns `ALTER POLICY name ON s.t TO roles [USING (...)] [WITH CHECK (...)];`,
// which gives a policy the roles and expressions of `policy`.
std::string AlterPolicySql(const Policy& policy);
// PolicyTarget returns `POLICY name ON s.t`, for COMMENT ON and DROP.
std::string PolicyTarget(const PolicyName& policy);
// RowSecuritySql returns the ALTER TABLE statements that give `table` its row-level security
// switches from `from` (none when they are the same): ENABLE | DISABLE, then [NO] FORCE.
std::vector<std::string> RowSecuritySql(const Table& table, bool from_enabled, bool from_forced);
// SequenceOwnedBySql returns `ALTER SEQUENCE s OWNED BY t.c;` (or `OWNED BY NONE`).
std::string SequenceOwnedBySql(const Sequence& sequence);

// CommentSql returns `COMMENT ON <target> IS '...';` or `... IS NULL;` for no comment. `target`
// is already SQL, such as `TABLE "s"."t"`.
std::string CommentSql(std::string_view target, const std::optional<std::string>& text);

}  // namespace schemac::catalog
