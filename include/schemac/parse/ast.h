// The abstract syntax tree of a schema file: what was written, with source ranges, before names
// are resolved. Identifiers are already folded as PostgreSQL folds them (unquoted to lower case).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemac/base/source.h"

namespace schemac::ast {

using base::SourceRange;

// Identifier is one folded name with where it was written.
struct Identifier {
  std::string name;
  SourceRange range;
};

// QualifiedName is a dotted name of one to three parts ("t", "s.t", "s.t.c").
struct QualifiedName {
  std::vector<Identifier> parts;
  SourceRange range;

  const std::string& last() const { return parts.back().name; }
  // Text returns the parts joined with dots, unquoted (for messages).
  std::string Text() const;
};

// ExpressionToken is one token of an expression: identifiers folded, other tokens as written.
struct ExpressionToken {
  enum class Kind {
    kIdentifier,
    kQuotedIdentifier,
    kKeyword,
    kString,
    kNumber,
    kPunctuation,
    kOperator
  };
  Kind kind = Kind::kPunctuation;
  std::string text;
};

// Expression is a balanced token span: its text as written; its normalized text, with comments
// removed, unquoted words in lower case and white space in canonical places (the form the
// compiler compares and prints); and its tokens.
struct Expression {
  std::string text;
  std::string normalized;
  std::vector<ExpressionToken> tokens;
  SourceRange range;
};

// TypeName is a type as written: a possibly qualified name, or one of the SQL standard's
// multi-word names (then `name` has one part such as "character varying" or "timestamp with time
// zone", and `sql_standard` is set), with its modifiers and array dimensions.
struct TypeName {
  std::vector<std::string> name;
  bool sql_standard = false;
  std::vector<std::string> modifiers;
  std::string interval_fields;
  int array_dimensions = 0;
  SourceRange range;
};

struct SequenceOptions {
  std::optional<TypeName> type;
  std::optional<int64_t> increment;
  std::optional<int64_t> min_value;
  std::optional<int64_t> max_value;
  std::optional<int64_t> start;
  std::optional<int64_t> restart;
  std::optional<int64_t> cache;
  std::optional<bool> cycle;
  bool no_min_value = false;
  bool no_max_value = false;
  bool owned_by_none = false;
  std::optional<QualifiedName> owned_by;
  std::optional<QualifiedName> sequence_name;
  SourceRange range;
};

struct StorageOption {
  std::string name;
  std::string value;
  SourceRange range;
};

enum class ConstraintKind {
  kNotNull,
  kNull,
  kDefault,
  kIdentity,
  kGenerated,
  kPrimaryKey,
  kUnique,
  kCheck,
  kForeignKey,
  kExclude,
};

// ReferentialAction values, as PostgreSQL names them.
enum class ReferentialAction { kNoAction, kRestrict, kCascade, kSetNull, kSetDefault };
enum class MatchType { kSimple, kFull, kPartial };

// RenamedFrom is a `-- schemac:renamed-from <name>` annotation on the line before a declaration:
// the name its object had until now, which the plan renames instead of dropping and creating.
struct RenamedFrom {
  std::string name;   // as PostgreSQL reads the identifier: folded to lower case unless quoted
  SourceRange range;  // the annotation
};

// Constraint is a column or table constraint. Which fields are meaningful depends on `kind`.
struct Constraint {
  ConstraintKind kind = ConstraintKind::kNotNull;
  std::optional<Identifier> name;
  SourceRange range;
  // Primary key, unique, foreign key: the constrained columns (empty on a column constraint).
  std::vector<Identifier> columns;
  std::vector<Identifier> include;
  bool nulls_not_distinct = false;
  std::vector<StorageOption> index_options;
  // Default, check, generated; exclusion: the definition from EXCLUDE to its end.
  Expression expression;
  // Exclusion: in `columns`, the elements that are columns; in `include`, its INCLUDE columns.
  bool no_inherit = false;
  // Foreign key.
  QualifiedName referenced_table;
  std::vector<Identifier> referenced_columns;
  MatchType match = MatchType::kSimple;
  ReferentialAction on_delete = ReferentialAction::kNoAction;
  ReferentialAction on_update = ReferentialAction::kNoAction;
  std::vector<Identifier> on_delete_columns;
  // Attributes.
  bool deferrable = false;
  bool initially_deferred = false;
  bool not_valid = false;
  // Primary key or unique constraint made of an existing unique index (ALTER TABLE ... ADD
  // CONSTRAINT ... USING INDEX index).
  std::optional<Identifier> using_index;
  // Identity (set only for kIdentity: held apart, since most constraints have none).
  bool identity_always = false;
  std::shared_ptr<SequenceOptions> identity_options;
  // A table constraint: its schemac:renamed-from annotation.
  std::optional<RenamedFrom> renamed_from;
};

struct ColumnDefinition {
  Identifier name;
  TypeName type;
  std::optional<QualifiedName> collation;
  std::optional<std::string> compression;  // COMPRESSION method, lower case
  // A foreign table's column: OPTIONS (name 'value', ...), names folded, values decoded.
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<Constraint> constraints;
  SourceRange range;
  // Annotations on the lines before the column: `-- schemac:using <expression>` and
  // `-- schemac:down-using <expression>`, each expression as written.
  std::optional<std::string> using_expression;
  std::optional<std::string> down_using_expression;
  std::optional<RenamedFrom> renamed_from;  // `-- schemac:renamed-from <name>`
};

struct CreateSchema {
  Identifier name;
  bool if_not_exists = false;
  std::optional<Identifier> authorization;
};

struct CreateExtension {
  Identifier name;
  bool if_not_exists = false;
  std::optional<Identifier> schema;
  std::optional<std::string> version;
  bool cascade = false;
};

struct CreateEnum {
  QualifiedName name;
  std::vector<std::pair<std::string, SourceRange>> labels;
  // `-- schemac:renamed-from 'old'` before a label: the label it had, by the new label.
  std::map<std::string, RenamedFrom> renamed_labels;
};

// CreateComposite is CREATE TYPE ... AS (attributes): the name and the attribute names parsed,
// the statement kept as written for the server, which resolves the attribute types.
struct CreateComposite {
  QualifiedName name;
  std::vector<Identifier> attributes;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateRange is CREATE TYPE ... AS RANGE (...): the name and, when an option names it, the
// multirange type's name parsed, the statement kept as written for the server.
struct CreateRange {
  QualifiedName name;
  std::optional<QualifiedName> multirange;
  Expression statement;  // from CREATE to the end, without the ";"
};

// AlterEnum is ALTER TYPE ... ADD VALUE [IF NOT EXISTS] 'v' [BEFORE | AFTER 'w'] or ALTER TYPE
// ... RENAME VALUE 'v' TO 'w'.
struct AlterEnum {
  QualifiedName name;
  bool rename = false;
  bool if_not_exists = false;
  std::string value;  // the value added, or renamed
  SourceRange value_range;
  std::optional<std::string> neighbor;  // ADD VALUE ... BEFORE | AFTER this one
  bool before = false;
  SourceRange neighbor_range;
  std::string new_value;  // RENAME VALUE ... TO this one
  SourceRange new_value_range;
};

struct CreateSequence {
  QualifiedName name;
  bool if_not_exists = false;
  bool unlogged = false;
  SequenceOptions options;
};

struct AlterSequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<Identifier> owner;
};

// TableLike is a LIKE clause of CREATE TABLE: the relation whose columns the table copies, and
// what else it copies (INCLUDING DEFAULTS, ...), which the server does.
struct TableLike {
  QualifiedName source;
  bool defaults = false;     // INCLUDING DEFAULTS or ALL, not excluded after
  bool generated = false;    // INCLUDING GENERATED
  bool identity = false;     // INCLUDING IDENTITY
  bool compression = false;  // INCLUDING COMPRESSION
  std::string options;       // the INCLUDING and EXCLUDING words, upper-case
  size_t position = 0;       // how many of the table's own columns are declared before it
  SourceRange range;
};

struct CreateTable {
  QualifiedName name;
  bool if_not_exists = false;
  bool unlogged = false;
  bool temporary = false;
  std::vector<ColumnDefinition> columns;
  std::vector<TableLike> likes;
  std::vector<QualifiedName> inherits;  // INHERITS (parent, ...), in order
  std::vector<Constraint> constraints;
  std::vector<StorageOption> options;
  // PARTITION BY: the strategy and key as written ("RANGE (at)").
  std::optional<Expression> partition_by;
  // PARTITION OF parent ... bound: the parent and the bound as written ("FOR VALUES IN (1)",
  // "DEFAULT"); `columns` then hold the options the partition gives its parent's columns (WITH
  // OPTIONS), with no type.
  std::optional<QualifiedName> partition_of;
  std::optional<Expression> partition_bound;
  // CREATE TABLE ... OF type: a typed table, whose columns are the type's attributes; `columns`
  // then hold the options it gives them (WITH OPTIONS), with no type.
  std::optional<QualifiedName> of_type;
  // CREATE FOREIGN TABLE: its server and OPTIONS (name 'value', ...).
  bool foreign = false;
  std::optional<Identifier> server;
  // USING method: the table access method (heap, the default, as well); none when not given.
  std::optional<Identifier> access_method;
  std::vector<std::pair<std::string, std::string>> server_options;
};

enum class SortOrder { kDefault, kAsc, kDesc };
enum class NullsOrder { kDefault, kFirst, kLast };

struct IndexElement {
  // Exactly one of `column` and `expression` is set.
  std::optional<Identifier> column;
  std::optional<Expression> expression;
  std::optional<QualifiedName> collation;
  std::optional<QualifiedName> opclass;
  std::vector<StorageOption> opclass_options;
  SortOrder order = SortOrder::kDefault;
  NullsOrder nulls = NullsOrder::kDefault;
  SourceRange range;
};

struct CreateIndex {
  std::optional<Identifier> name;
  QualifiedName table;
  bool unique = false;
  bool concurrently = false;
  bool if_not_exists = false;
  bool only = false;
  std::optional<Identifier> method;
  std::vector<IndexElement> elements;
  std::vector<Identifier> include;
  bool nulls_not_distinct = false;
  std::vector<StorageOption> options;
  std::optional<Expression> where;
};

// CreateView is CREATE [OR REPLACE] VIEW or CREATE MATERIALIZED VIEW: its header parsed, its
// query kept as written for the server to compile.
struct CreateView {
  QualifiedName name;
  bool or_replace = false;
  bool materialized = false;
  bool with_data = true;  // a materialized view's WITH [NO] DATA
  std::vector<Identifier> columns;
  std::vector<StorageOption> options;
  // The query, up to the end of the statement but for a trailing WITH ... CHECK OPTION or
  // WITH [NO] DATA.
  Expression query;
  // "local" or "cascaded" for WITH [LOCAL | CASCADED] CHECK OPTION.
  std::optional<std::string> check_option;
  // A materialized view's USING method: its table access method; none when not given.
  std::optional<Identifier> access_method;
};

// FunctionParameter is one parameter of CREATE FUNCTION or PROCEDURE, or of the signature that
// names one (COMMENT ON FUNCTION f(integer)).
struct FunctionParameter {
  std::string mode = "in";  // "in", "out", "inout" or "variadic"
  std::optional<Identifier> name;
  TypeName type;
  bool has_default = false;
};

// CreateFunction is CREATE [OR REPLACE] FUNCTION | PROCEDURE. The name and parameters are
// parsed; the statement as a whole (RETURNS, options, body) is kept as written, for the server.
struct CreateFunction {
  QualifiedName name;
  bool procedure = false;
  bool aggregate = false;  // CREATE AGGREGATE, its options kept as written
  bool or_replace = false;
  std::vector<FunctionParameter> parameters;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateTrigger is CREATE [OR REPLACE] [CONSTRAINT] TRIGGER. The name and the table are parsed;
// the statement as a whole is kept as written, for the server.
struct CreateTrigger {
  Identifier name;
  QualifiedName table;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateRule is CREATE [OR REPLACE] RULE. The name and the table are parsed; the statement is
// kept as written, for the server.
struct CreateRule {
  Identifier name;
  QualifiedName table;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateCollation is CREATE COLLATION. The name is parsed; the statement is kept as written, for
// the server.
struct CreateCollation {
  QualifiedName name;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateConversion is CREATE [DEFAULT] CONVERSION. The name is parsed; the statement is kept as
// written, for the server.
struct CreateConversion {
  QualifiedName name;
  Expression statement;  // from CREATE to the end, without the ";"
};

// TextSearchKind is the kind of a text search object a schema may declare.
enum class TextSearchKind { kConfiguration, kDictionary, kParser, kTemplate };

// CreateTextSearch is CREATE TEXT SEARCH CONFIGURATION or DICTIONARY. The name is parsed; the
// statement is kept as written, for the server.
struct CreateTextSearch {
  TextSearchKind kind = TextSearchKind::kConfiguration;
  QualifiedName name;
  Expression statement;  // from CREATE to the end, without the ";"
};

// AlterTextSearch is ALTER TEXT SEARCH CONFIGURATION ... ADD | ALTER | DROP MAPPING, or ALTER
// TEXT SEARCH DICTIONARY ... (options): a change the server applies to the object declared
// before it, kept as written.
struct AlterTextSearch {
  TextSearchKind kind = TextSearchKind::kConfiguration;
  QualifiedName name;
  Expression statement;  // from ALTER to the end, without the ";"
};

// CreateEventTrigger is CREATE EVENT TRIGGER. The name is parsed; the statement is kept as
// written, for the server.
struct CreateEventTrigger {
  Identifier name;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateAccessMethod is CREATE ACCESS METHOD name TYPE TABLE | INDEX HANDLER function. The name
// and the type are parsed; the statement is kept as written, for the server.
struct CreateAccessMethod {
  Identifier name;
  char type = 't';       // as pg_am.amtype: t (TABLE) or i (INDEX)
  Expression statement;  // from CREATE to the end, without the ";"
};

// AlterExtension is ALTER EXTENSION name UPDATE [TO version].
struct AlterExtension {
  Identifier name;
  std::optional<std::string> version;  // none: the default version of the server's control file
};

// AlterEventTrigger is ALTER EVENT TRIGGER name ENABLE [REPLICA | ALWAYS] | DISABLE.
struct AlterEventTrigger {
  Identifier name;
  char enabled = 'O';  // as pg_event_trigger.evtenabled: O, D, R (replica) or A (always)
};

// CreateOperator is CREATE OPERATOR. The name (its symbol, after its schema) and the argument
// types are parsed; the statement is kept as written, for the server.
struct CreateOperator {
  QualifiedName name;
  std::optional<TypeName> left;  // none for a prefix operator
  TypeName right;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreateCast is CREATE CAST. The source and target types are parsed; the statement is kept as
// written, for the server.
struct CreateCast {
  TypeName source;
  TypeName target;
  SourceRange range;     // of "(source AS target)"
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreatePublication is CREATE PUBLICATION, and AlterPublication ALTER PUBLICATION ... ADD | SET |
// DROP: the name is parsed; the statement is kept as written, for the server (an ALTER after the
// CREATE it changes, as pg_dump writes the tables of a publication).
struct CreatePublication {
  Identifier name;
  Expression statement;  // from CREATE to the end, without the ";"
};
struct AlterPublication {
  Identifier name;
  Expression statement;  // from ALTER to the end, without the ";"
};

// ForeignDataKind is the kind of object a ForeignData statement makes or changes.
enum class ForeignDataKind { kWrapper, kServer, kUserMapping };

// ForeignData is CREATE or ALTER (but OWNER TO, an AlterOwner) of a foreign-data wrapper, a server
// or a user mapping: the names are parsed; the statement is kept as written, for the server (an
// ALTER after the CREATE it changes).
struct ForeignData {
  ForeignDataKind kind = ForeignDataKind::kServer;
  bool create = true;
  Identifier name;       // the wrapper's or the server's; a user mapping's server
  Identifier user;       // a user mapping's role ("public" for PUBLIC)
  Expression statement;  // from CREATE or ALTER to the end, without the ";"
};

enum class OperatorClassKind { kClass, kFamily };

// OperatorClassStatement is CREATE OPERATOR CLASS | FAMILY or ALTER OPERATOR FAMILY ... ADD | DROP
// (OWNER TO is an AlterOwner): the name, the index access method and a class's FAMILY are parsed;
// the statement is kept as written, for the server (an ALTER after the CREATE it changes).
struct OperatorClassStatement {
  OperatorClassKind kind = OperatorClassKind::kClass;
  bool create = true;
  QualifiedName name;
  Identifier method;
  std::optional<QualifiedName> family;  // a class's FAMILY
  Expression statement;                 // from CREATE or ALTER to the end, without the ";"
};

// CreateStatistics is CREATE STATISTICS. The name and the table are parsed; the statement is
// kept as written, for the server.
struct CreateStatistics {
  QualifiedName name;
  QualifiedName table;
  bool if_not_exists = false;
  Expression statement;  // from CREATE to the end, without the ";"
};

// CreatePolicy is CREATE POLICY. The name, the table and the roles are parsed; the statement as a
// whole is kept as written, for the server.
struct CreatePolicy {
  Identifier name;
  QualifiedName table;
  std::vector<Identifier> roles;  // as written after TO (PUBLIC, CURRENT_USER, ... included)
  Expression statement;           // from CREATE to the end, without the ";"
};

// CreateDomain is CREATE DOMAIN. The name is parsed; the statement as a whole is kept as written,
// for the server.
struct CreateDomain {
  QualifiedName name;
  Expression statement;  // from CREATE to the end, without the ";"
};

// AlterDomain is an ALTER DOMAIN that changes a domain's default, NOT NULL or checks. The name is
// parsed; the statement is kept as written, for the server.
struct AlterDomain {
  QualifiedName name;
  Expression statement;  // from ALTER to the end, without the ";"
};

// RoutineSignature names a function or procedure, with its parameters when they are given.
struct RoutineSignature {
  QualifiedName name;
  std::optional<std::vector<FunctionParameter>> parameters;
};

// GrantTarget is what kind of object a GRANT or REVOKE names.
enum class GrantTarget {
  kRelations,            // ON [TABLE] names: tables, views, materialized views, sequences
  kSequences,            // ON SEQUENCE names
  kSchemas,              // ON SCHEMA names
  kRoutines,             // ON FUNCTION | PROCEDURE | ROUTINE signatures
  kTypes,                // ON TYPE | DOMAIN names
  kForeignDataWrappers,  // ON FOREIGN DATA WRAPPER names
  kServers,              // ON FOREIGN SERVER names
  kAllInSchema,  // ON ALL TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES IN SCHEMA names
  // ALTER DEFAULT PRIVILEGES ... ON TABLES | SEQUENCES | FUNCTIONS | TYPES | SCHEMAS (ROUTINES as
  // FUNCTIONS): `all_kind` says which, `names` are the IN SCHEMA schemas, `for_roles` FOR ROLE's.
  kDefaultPrivileges,
};

// Grant is GRANT or REVOKE of privileges on objects. The objects and the roles are parsed; the
// statement as a whole is kept as written, for the server.
struct Grant {
  bool revoke = false;
  GrantTarget target = GrantTarget::kRelations;
  std::string routine_kind;                // kRoutines: "function", "procedure" or "routine"
  std::string all_kind;                    // kAllInSchema, kDefaultPrivileges: "tables", ...
  std::vector<QualifiedName> names;        // the objects (schemas: one part each)
  std::vector<RoutineSignature> routines;  // kRoutines
  std::vector<Identifier> columns;         // the columns privileges are limited to
  std::vector<Identifier> roles;           // PUBLIC, CURRENT_USER, ... included
  std::vector<Identifier> for_roles;       // kDefaultPrivileges: FOR ROLE roles
  Expression statement;                    // from GRANT (or ALTER) to the end, without the ";"
};

enum class AlterTableActionKind {
  kAddColumn,
  kAddConstraint,
  kSetDefault,
  kSetNotNull,
  kDropDefault,  // ALTER COLUMN ... DROP DEFAULT
  kDropNotNull,  // ALTER COLUMN ... DROP NOT NULL
  kAddIdentity,
  kOwner,
  kTriggerEnabled,    // ENABLE [REPLICA | ALWAYS] | DISABLE TRIGGER name
  kRowSecurity,       // ENABLE | DISABLE ROW LEVEL SECURITY
  kForceRowSecurity,  // [NO] FORCE ROW LEVEL SECURITY
  kAttachPartition,   // ATTACH PARTITION name bound
  kRuleEnabled,       // ENABLE [REPLICA | ALWAYS] | DISABLE RULE name
  kSetStorage,        // ALTER COLUMN name SET STORAGE PLAIN | EXTERNAL | EXTENDED | MAIN
  kSetCompression,    // ALTER COLUMN name SET COMPRESSION method | DEFAULT
  kSetStatistics,     // ALTER COLUMN name SET STATISTICS n
  kClusterOn,         // CLUSTER ON index, or SET WITHOUT CLUSTER (no index)
  kOfType,            // OF type, or NOT OF (no type)
  kInherit,           // INHERIT parent (`on`), or NO INHERIT parent
  kReplicaIdentity,   // REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX index
  kAttributeOptions,  // ALTER COLUMN name SET (option = value, ...) | RESET (option, ...)
  kRelationOptions,   // SET (option = value, ...) | RESET (option, ...) of the relation
  kPersistence,       // SET LOGGED | UNLOGGED
  kValidate,          // VALIDATE CONSTRAINT name (the name in `constraint`)
  kGenericOptions,    // [ALTER COLUMN name] OPTIONS (...) of a foreign table
};

// GenericOptionChange is one element of OPTIONS (...) in ALTER: ADD (or none), SET or DROP.
struct GenericOptionChange {
  enum class Kind { kAdd, kSet, kDrop };
  Kind kind = Kind::kAdd;
  Identifier name;
  std::string value;  // kAdd, kSet
};

struct AlterTableAction {
  AlterTableActionKind kind = AlterTableActionKind::kAddColumn;
  ColumnDefinition column;  // kAddColumn
  Constraint constraint;    // kAddConstraint, kSetDefault, kAddIdentity
  Identifier column_name;   // kSetDefault, k{Set,Drop}NotNull, kDropDefault, kAddIdentity,
                            // kSet{Storage,Compression,Statistics},
                            // kGenericOptions (none: the table's options)
  // kSetStorage: "plain", "external", "extended" or "main"; kSetCompression: "pglz", "lz4" or
  // "default"; kSetStatistics: the number, -1 for the default.
  std::string value;
  Identifier owner;             // kOwner
  Identifier trigger;           // kTriggerEnabled, kRuleEnabled (the rule)
  char enabled = 'O';           // kTriggerEnabled, kRuleEnabled: as catalog::Trigger::enabled
  char replica_identity = 'd';  // kReplicaIdentity: as catalog::Table::replica_identity
  // kRowSecurity: ENABLE; kForceRowSecurity: FORCE; kPersistence: UNLOGGED; kInherit: INHERIT
  bool on = false;
  QualifiedName partition;                           // kAttachPartition
  QualifiedName parent;                              // kInherit
  QualifiedName of_type;                             // kOfType: the type, unless NOT OF
  bool not_of = false;                               // kOfType: NOT OF
  std::vector<StorageOption> options;                // kAttributeOptions, kRelationOptions
  std::vector<GenericOptionChange> generic_options;  // kGenericOptions
  bool reset = false;  // kAttributeOptions, kRelationOptions: RESET (the options' names alone)
  std::optional<Identifier> index;  // kClusterOn: the index; none for SET WITHOUT CLUSTER;
                                    // kReplicaIdentity: the index of USING INDEX
  Expression bound;                 // kAttachPartition: as written
  SourceRange range;
};

// AlterTable is ALTER [FOREIGN] TABLE with its actions, or ALTER VIEW ... ALTER COLUMN ... SET
// DEFAULT as its one action.
struct AlterTable {
  QualifiedName name;
  bool only = false;
  bool if_exists = false;
  // ALTER VIEW, and ALTER MATERIALIZED VIEW: the relation must be of that kind (ALTER TABLE
  // takes a view too).
  bool view = false;
  bool materialized = false;
  std::vector<AlterTableAction> actions;
};

enum class AlterIndexKind {
  kAttachPartition,  // ALTER INDEX parent ATTACH PARTITION child
  kSetStatistics,    // ALTER INDEX index ALTER COLUMN column SET STATISTICS statistics
  kSetOptions,       // ALTER INDEX index SET (option = value, ...) | RESET (option, ...)
};

// AlterIndex is "ALTER INDEX parent ATTACH PARTITION child" (the index of a partition becomes a
// part of its parent's index), "ALTER INDEX index ALTER COLUMN column SET STATISTICS statistics"
// (-1: the default) or "ALTER INDEX index SET | RESET (storage parameters)".
struct AlterIndex {
  AlterIndexKind kind = AlterIndexKind::kAttachPartition;
  QualifiedName index;
  QualifiedName partition;  // kAttachPartition
  int column = 0;           // kSetStatistics: counted from 1
  int statistics = -1;      // kSetStatistics
  SourceRange column_range;
  std::vector<StorageOption> options;  // kSetOptions
  bool reset = false;                  // kSetOptions: RESET (the options' names alone)
  SourceRange range;                   // kSetOptions: the statement
};

// AlterOwner is "ALTER SCHEMA|TYPE|VIEW|DOMAIN|FUNCTION|PROCEDURE|STATISTICS|COLLATION name OWNER
// TO role".
struct AlterOwner {
  std::string object_kind;  // "schema", "type", "view", "materialized view", "domain",
                            // "function", "procedure", "statistics", "collation",
                            // "text search configuration", "text search dictionary" or
                            // "event trigger", "operator", "operator class",
                            // "operator family" or "conversion"
  QualifiedName name;
  // A function's, when given; an operator's argument types (the right one alone for a prefix
  // operator).
  std::optional<std::vector<FunctionParameter>> parameters;
  std::optional<Identifier> method;  // an operator class's or family's index access method
  Identifier owner;
};

// AlterStatistics is "ALTER STATISTICS name SET STATISTICS target".
struct AlterStatistics {
  QualifiedName name;
  int target = -1;  // -1: the columns' targets, or the server's default
  base::SourceRange target_range;
};

enum class CommentTarget {
  kSchema,
  kExtension,
  kTable,
  kColumn,
  kIndex,
  kSequence,
  kType,
  kConstraint,
  kView,
  kMaterializedView,
  kFunction,
  kProcedure,
  kAggregate,
  kTrigger,
  kPolicy,
  kDomain,
  kDomainConstraint,  // COMMENT ON CONSTRAINT constraint ON DOMAIN name
  kRule,
  kStatistics,
  kCollation,
  kTextSearchConfiguration,
  kTextSearchDictionary,
  kTextSearchParser,
  kTextSearchTemplate,
  kEventTrigger,
  kOperator,
  kCast,
  kPublication,
  kForeignDataWrapper,
  kServer,
  kOperatorFamily,
  kOperatorClass,
  kConversion,
  kAccessMethod
};

struct Comment {
  CommentTarget target = CommentTarget::kTable;
  QualifiedName name;                    // the object, or for a constraint its table
  std::optional<Identifier> constraint;  // or the trigger, whose table `name` is
  // A function's, when given; an operator's argument types, as AlterOwner's.
  std::optional<std::vector<FunctionParameter>> parameters;
  std::optional<Identifier> method;  // an operator class's or family's index access method
  std::optional<std::string> text;   // nullopt for IS NULL
};

// Setting is a session setting (SET ..., SELECT pg_catalog.set_config(...)) or a psql
// meta-command that pg_dump writes. Settings can change how the statements after them in their
// file are read; see parse::FileSettings.
struct Setting {
  std::string text;
  // The setting in lower case ("search_path", "timezone"); for the SET forms with words of
  // their own: "time zone", "schema", "names", "role", "session authorization", "transaction",
  // "constraints"; "begin" and "commit" for BEGIN, START TRANSACTION, COMMIT and END. Empty for
  // a psql meta-command.
  std::string name;
  // The values as PostgreSQL reads them: identifiers folded, string literals decoded, other
  // tokens as written. Empty for DEFAULT.
  std::vector<std::string> values;
  bool to_default = false;  // SET name TO DEFAULT
  // Lasts to the end of the transaction only (SET LOCAL, set_config(..., true)): outside a
  // transaction block, as psql runs a schema file, it has no effect after its own statement.
  bool local = false;
  // set_config(): the one value is the whole setting as a string, a list not yet split.
  bool one_string = false;
  // The form schemac could not read (a set_config() whose arguments are not literals).
  bool unreadable = false;
};

using StatementBody =
    std::variant<CreateSchema, CreateExtension, CreateEnum, CreateComposite, CreateRange,
                 CreateSequence, AlterSequence, CreateTable, CreateIndex, CreateView,
                 CreateFunction, CreateTrigger, CreatePolicy, CreateRule, CreateStatistics,
                 CreateCollation, CreateTextSearch, CreateDomain, AlterTable, AlterOwner,
                 AlterStatistics, AlterTextSearch, AlterEnum, AlterIndex, Comment, Grant, Setting,
                 CreateEventTrigger, AlterEventTrigger, CreateOperator, CreateCast,
                 CreatePublication, AlterPublication, ForeignData, OperatorClassStatement,
                 CreateConversion, AlterDomain, AlterExtension, CreateAccessMethod>;

// SearchPath is the search_path a statement is read under, as the SET statements before it in
// its file left it: schema names in order, "$user" for the schema named like the session's user.
using SearchPath = std::vector<std::string>;

struct Statement {
  StatementBody body;
  SourceRange range;
  // Never null for a statement ParseFile returns: the default ("$user", public) unless a SET
  // before it in the file changed it.
  std::shared_ptr<const SearchPath> search_path;
  // Whether check_function_bodies is on where the statement stands (a SET before it in its file
  // may turn it off, as pg_dump does).
  bool check_function_bodies = true;
  // The `-- schemac:renamed-from <name>` annotation on the line before the statement, for the
  // object it creates (for ALTER TABLE ... ADD CONSTRAINT, the constraint's own instead).
  std::optional<RenamedFrom> renamed_from;
};

// FailedDeclaration is the name a CREATE statement that was refused with an error (a syntax
// error, an unsupported clause) would have declared: one or two parts, folded, at the name.
struct FailedDeclaration {
  std::vector<std::string> name;
  SourceRange range;
};

// File is one parsed schema file.
struct File {
  std::shared_ptr<const base::SourceFile> source;
  std::vector<Statement> statements;
  // The names of the statements refused, in file order: what refers to them is not reported
  // again as unknown.
  std::vector<FailedDeclaration> failed;
};

}  // namespace schemac::ast
