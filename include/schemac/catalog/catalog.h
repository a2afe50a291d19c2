// The catalog: one semantic model of a schema, whether it was compiled from files or read from
// a live database. Objects are keyed by name in sorted containers and refer to each other by
// name, never by pointer, so two catalogs compare as values: operator== compares everything but
// the source locations, the owners, the column hints and the list of what a live database
// holds besides.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "schemac/base/source.h"

namespace schemac::catalog {

// RenameHint is a `-- schemac:renamed-from <name>` annotation on the line before a declaration:
// the name the object had until now (unqualified: a table's in its schema, a column's in its
// table), and where the annotation is.
struct RenameHint {
  std::string name;
  base::SourceRange range;
};

// Origin is where an object was declared, and what its declaration says it was called before.
// It never takes part in comparisons.
struct Origin {
  base::SourceRange range;
  std::optional<RenameHint> renamed_from;
  // An enum type: the labels that annotations say had another label until now, by new label.
  std::map<std::string, RenameHint> renamed_labels;
  bool operator==(const Origin& /*other*/) const { return true; }
};

// Owner is the role an object belongs to (ALTER ... OWNER TO). It is recorded but not managed
// yet: it never takes part in comparisons and is not printed.
struct Owner {
  std::optional<std::string> role;
  bool operator==(const Owner& /*other*/) const { return true; }
};

// Written is an expression as a schema file wrote it, with the search_path its statement was
// read under: what the scratch database is given, so that the server reads what the user wrote
// rather than the compiler's rewrite of it (the canonical text beside it is for offline
// printing). It never takes part in comparisons; catalogs read from a database, and what the
// compiler makes up itself (a serial column's default), have none.
struct Written {
  std::string text;
  std::vector<std::string> search_path;
  // Where the text begins in its file, so that the server's position in it can be reported
  // there; invalid when unknown.
  base::SourceRange start;
  // For a function: whether its body is checked, as check_function_bodies was where it was
  // written (pg_dump turns it off: a body may then use what only its callers' search_path finds).
  bool check_body = true;
  // For a default or a check: whether the files set it with a statement of its own (ALTER TABLE
  // ... SET DEFAULT, ALTER TABLE ... ADD CONSTRAINT), as pg_dump writes one that calls a function
  // reading its table; the scratch load runs it so.
  bool own_statement = false;
  bool empty() const { return text.empty(); }
  bool operator==(const Written& /*other*/) const { return true; }
};

// Derived is a fact the server derives from a definition that is compared already (the functions
// a default calls are volatile, say). It is read by introspection, is false or empty in a
// compiled catalog, and never takes part in comparisons.
template <typename T>
struct Derived {
  T value{};
  bool operator==(const Derived& /*other*/) const { return true; }
};

// CreateOnly is a choice that matters only when its object is created (a materialized view
// created WITH NO DATA, say): a compiled catalog says what the schema files chose, and it never
// takes part in comparisons, since a live object keeps no trace of it that is schema.
template <typename T>
struct CreateOnly {
  T value{};
  bool operator==(const CreateOnly& /*other*/) const { return true; }
};

// ColumnHints are what the schema files say about migrating a column, in annotations on the
// lines before it (`-- schemac:using <expression>`). Like Origin, they never take part in
// comparisons.
struct ColumnHints {
  // The expression ALTER COLUMN ... TYPE ... USING converts the old values with when the column
  // changes to its declared type, as written; and the one the down migration converts them back
  // with.
  std::optional<std::string> using_expression;
  std::optional<std::string> down_using_expression;
  bool operator==(const ColumnHints& /*other*/) const { return true; }
};

// QualifiedName is a schema-qualified object name.
struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
  // Quoted returns "schema.name" with each part quoted as needed for SQL.
  std::string Quoted() const;
  // Text returns "schema.name" unquoted, for messages.
  std::string Text() const { return schema + "." + name; }
};

enum class ObjectKind {
  kSchema,
  kExtension,
  kEnum,
  kSequence,
  kTable,
  kColumn,
  kConstraint,
  kIndex,
  kView,
  kFunction,
  kTrigger,
  kDomain,
  kMaterializedView,
  kComposite,
  kRange,
  kAggregate,
  kPolicy,
  kRule,
  kStatistics,
  kCollation,
  kDefaultPrivileges,
  kTextSearchDictionary,
  kTextSearchConfiguration,
  kEventTrigger,
  kOperator,
  kCast,
  kPublication,
  kForeignDataWrapper,
  kServer,
  kUserMapping,
  kOperatorFamily,
  kOperatorClass,
  kTextSearchParser,
  kTextSearchTemplate,
  kConversion,
  kAccessMethod
};

// KindName returns the lower-case word for a kind ("table", "enum type", ...).
std::string_view KindName(ObjectKind kind);

// ObjectKey identifies any object: its kind, schema, name and, for a column or constraint, its
// own name within the table, for a function or procedure its argument types
// (FunctionName::arguments). Totally ordered.
struct ObjectKey {
  ObjectKind kind = ObjectKind::kSchema;
  std::string schema;
  std::string name;
  std::string sub_name;

  auto operator<=>(const ObjectKey&) const = default;
  bool operator==(const ObjectKey&) const = default;
};

// Dependency says that `object` uses `referenced`, as the server records it (pg_depend): a
// default calls a function or takes from a sequence, a check or an index expression reads a
// column, a column is of an enum type or of a type from an extension, a foreign key needs the
// key it references. Structural facts (a column belongs to its table, an object to its schema)
// are implied by the catalog's shape and may or may not be listed.
struct Dependency {
  ObjectKey object;
  ObjectKey referenced;
  auto operator<=>(const Dependency&) const = default;
  bool operator==(const Dependency&) const = default;
};

// OtherUser is an object the plan leaves alone (not managed, or excluded) that uses an object of
// the catalog: how messages name it ("foreign table public.events (not managed by schemac)"), and
// whether PostgreSQL refuses a new type for a column it uses (a view, rule, policy, trigger or a
// function with a body of SQL statements).
struct OtherUser {
  std::string title;
  bool blocks_retype = false;
  auto operator<=>(const OtherUser&) const = default;
  bool operator==(const OtherUser&) const = default;
};

// StorageOptions are "name=value" storage parameters (WITH (...)), sorted by name.
using StorageOptions = std::map<std::string, std::string>;

// GenericOptions are the options of a foreign-data wrapper, a server, a user mapping, a foreign
// table or a column of one (OPTIONS (name 'value', ...)), by name: the wrapper's validator checks
// them, PostgreSQL keeps them as text.
using GenericOptions = std::map<std::string, std::string>;

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Schema&) const = default;
};

struct Extension {
  std::string name;
  std::string schema;
  std::optional<std::string> version;
  std::optional<std::string> comment;
  // The version it is at, and the versions the update scripts of the server that read it take it
  // to, sorted: the version changes a plan can make there (introspection only).
  Derived<std::string> installed_version;
  Derived<std::vector<std::string>> update_targets;
  // CREATE EXTENSION ... CASCADE: the extensions it requires are created with it when they do not
  // exist yet (a compiled catalog; the scratch database's then holds them too).
  CreateOnly<bool> cascade;
  Origin origin;
  bool operator==(const Extension&) const = default;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const EnumType&) const = default;
};

// SequenceOptions are a sequence's parameters with every default made explicit.
struct SequenceOptions {
  std::string type = "bigint";
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = INT64_MAX;
  int64_t start = 1;
  int64_t cache = 1;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
};

// ColumnRef names a column of a table.
struct ColumnRef {
  QualifiedName table;
  std::string column;
  auto operator<=>(const ColumnRef&) const = default;
  bool operator==(const ColumnRef&) const = default;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  bool unlogged = false;
  std::optional<ColumnRef> owned_by;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Sequence&) const = default;
};

enum class IdentityKind { kAlways, kByDefault };

// Identity is an identity column's generator: its kind and its sequence, which belongs to the
// column and is not listed among the catalog's sequences.
struct Identity {
  IdentityKind kind = IdentityKind::kAlways;
  QualifiedName sequence;
  SequenceOptions options;
  bool operator==(const Identity&) const = default;
};

struct Column {
  std::string name;
  // The type as format_type() prints it with an empty search_path: built-in types by their SQL
  // name ("character varying(40)", "timestamp with time zone"), others schema-qualified.
  std::string type;
  std::optional<std::string> collation;  // qualified collation name, when given
  bool not_null = false;
  std::optional<std::string> default_expression;
  std::optional<Identity> identity;
  std::optional<std::string> generated_expression;  // GENERATED ALWAYS AS (...) STORED
  Written default_written;
  Written generated_written;
  // Whether the default calls a volatile function (a different value for every row), as the
  // server's catalog says; known only for introspected catalogs.
  Derived<bool> volatile_default;
  // SET STORAGE: "plain", "external", "extended" or "main", when not the type's own.
  std::optional<std::string> storage;
  // COMPRESSION: "pglz" or "lz4", when not the server's default (default_toast_compression).
  std::optional<std::string> compression;
  // SET STATISTICS: ANALYZE's target for the column, when not the default (-1).
  std::optional<int> statistics;
  // SET (n_distinct = ..., n_distinct_inherited = ...): what ANALYZE takes the number of distinct
  // values to be, as written.
  StorageOptions attribute_options;
  // The storage of the column's type, which SET STORAGE returns to (PostgreSQL 15 has no SET
  // STORAGE DEFAULT); known only for introspected catalogs.
  Derived<std::string> type_storage;
  // A column of a table with parents (INHERITS) that only its parents give it (not attislocal):
  // its table's CREATE TABLE does not declare it. A column the table declares as well is its own.
  CreateOnly<bool> from_parents;
  // A foreign table's column: OPTIONS (...) for its wrapper (column_name 'remote_name').
  GenericOptions options;
  std::optional<std::string> comment;
  Origin origin;
  ColumnHints hints;
  bool operator==(const Column&) const = default;
};

enum class ConstraintType { kPrimaryKey, kUnique, kForeignKey, kCheck, kExclusion };
enum class ReferentialAction { kNoAction, kRestrict, kCascade, kSetNull, kSetDefault };
enum class MatchType { kSimple, kFull, kPartial };

struct Constraint {
  std::string name;
  ConstraintType type = ConstraintType::kCheck;
  // Primary key and unique: the key columns, INCLUDE columns and index options.
  std::vector<std::string> columns;
  std::vector<std::string> include;
  bool nulls_not_distinct = false;
  StorageOptions index_options;
  std::optional<std::string> index_comment;
  // Check: its expression. Exclusion: the whole definition from EXCLUDE on (method, elements,
  // INCLUDE, index options, WHERE, deferrability), the server's business, as
  // pg_get_constraintdef() prints it (a compiled catalog: as written); `columns` are then the
  // columns its elements are, for its name.
  std::string expression;
  Written expression_written;
  // What the server prints when it reads `expression` back, when that differs: PostgreSQL does
  // not print every check the way it prints it again (`c IN ('a', 'b')` on a varchar column), so
  // a database where the check was created from the printed text holds this one. Read in the
  // scratch database; a check whose text is this one is the same check (diff::SameConstraint).
  Derived<std::optional<std::string>> reread_expression;
  // A catalog normalised from files: the check's text as the files wrote it. A database that
  // prints its check as exactly that text holds the same check, whatever the server makes of the
  // text when it reads it (the files were written from what that database prints, as `schemac
  // dump` and pg_dump write them). Compared by diff::SameConstraint only.
  Derived<std::optional<std::string>> written_expression;
  bool no_inherit = false;
  // Foreign key (`columns` are the referencing columns).
  QualifiedName referenced_table;
  std::vector<std::string> referenced_columns;
  MatchType match = MatchType::kSimple;
  ReferentialAction on_delete = ReferentialAction::kNoAction;
  ReferentialAction on_update = ReferentialAction::kNoAction;
  std::vector<std::string> on_delete_columns;
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Constraint&) const = default;
};

// TableLike is a LIKE clause of a compiled table: the relation it copies columns from, what else
// it copies ("INCLUDING ALL EXCLUDING IDENTITY", upper-case), and which of the table's columns the
// copy makes (`count` from `first_column`), for the statement the scratch database is given.
struct TableLike {
  QualifiedName source;
  std::string options;
  size_t first_column = 0;
  size_t count = 0;
  bool operator==(const TableLike&) const = default;
};

// ForeignTable is what makes a table a foreign table (CREATE FOREIGN TABLE): its server and
// OPTIONS (...), which its wrapper reads (schema_name, table_name for postgres_fdw).
struct ForeignTable {
  std::string server;
  GenericOptions options;
  bool operator==(const ForeignTable&) const = default;
};

struct Table {
  QualifiedName name;
  bool unlogged = false;
  std::vector<Column> columns;  // in declaration order
  std::map<std::string, Constraint> constraints;
  StorageOptions options;
  // A partitioned table (PARTITION BY): its partition key, as pg_get_partkeydef() prints it
  // ("RANGE (created_at)", "LIST (lower(code))"); a compiled catalog: as written.
  std::optional<std::string> partition_by;
  Written partition_by_written;
  // A partition (PARTITION OF, ATTACH PARTITION): its parent and its bound, as
  // pg_get_expr(relpartbound) prints it ("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
  // "DEFAULT"); a compiled catalog: as written. A partition's columns are its parent's: a catalog
  // read from a server lists them as the server holds them, a compiled one copies the parent's
  // names and types, unless the files create the partition as a table of its own and attach it
  // (`attached`, as pg_dump writes partitions), when they are its own as written. Constraints
  // and indexes a partition has from its parent belong to the parent alone.
  std::optional<QualifiedName> partition_of;
  // INHERITS: the tables it inherits from, in order (not a partition's parent).
  std::vector<QualifiedName> inherits;
  // A typed table (CREATE TABLE ... OF): the composite type whose attributes are its columns, in
  // their order; ALTER TYPE ... CASCADE adds, drops and retypes them.
  std::optional<QualifiedName> of_type;
  std::string partition_bound;
  Written partition_bound_written;
  CreateOnly<bool> attached;
  // A partition read from a server: the names of the constraints and indexes it has from its
  // parent, which the catalog leaves to the parent and which stay its own when it is detached.
  Derived<std::vector<std::string>> inherited_constraints;
  // CLUSTER ON: the index CLUSTER orders the table by, one of its indexes or its keys' (in the
  // table's schema).
  std::optional<std::string> cluster_on;
  Derived<std::vector<std::string>> inherited_indexes;
  // REPLICA IDENTITY: what logical replication writes of a row it updates or deletes: 'd'
  // (DEFAULT: the primary key), 'n' (NOTHING), 'f' (FULL: the whole row) or 'i' (USING INDEX:
  // `replica_index`, one of its indexes or its keys', in the table's schema).
  char replica_identity = 'd';
  std::optional<std::string> replica_index;
  // Row-level security: ALTER TABLE ... ENABLE and FORCE ROW LEVEL SECURITY.
  bool row_security = false;
  bool force_row_security = false;
  // A compiled table: its LIKE clauses, in the order written. The server copies what they copy
  // (constraints, indexes, comments, ...) into the scratch database.
  CreateOnly<std::vector<TableLike>> likes;
  // A foreign table: its rows are the server's; it has no keys, indexes or storage of its own.
  std::optional<ForeignTable> foreign;
  // USING: the table access method its rows are stored with; empty for heap, the default.
  std::string access_method;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Table&) const = default;

  const Column* FindColumn(std::string_view column) const;
  Column* FindColumn(std::string_view column);
  const Constraint* PrimaryKey() const;
};

struct IndexKey {
  // Exactly one of `column` and `expression` is non-empty.
  std::string column;
  std::string expression;
  Written expression_written;
  std::optional<std::string> collation;
  std::optional<std::string> opclass;
  StorageOptions opclass_options;
  bool descending = false;
  bool nulls_first = false;  // PostgreSQL's default: NULLS FIRST only for DESC
  // ALTER INDEX ... ALTER COLUMN n SET STATISTICS: an expression key's ANALYZE target, when not
  // the default (-1).
  std::optional<int> statistics;
  bool operator==(const IndexKey&) const = default;
};

// Index is an index created by CREATE INDEX; indexes that back primary key and unique
// constraints belong to their constraint.
struct Index {
  QualifiedName name;
  QualifiedName table;
  bool unique = false;
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  bool nulls_not_distinct = false;
  StorageOptions options;
  std::optional<std::string> predicate;
  Written predicate_written;
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Index&) const = default;
};

// ViewColumn is a column of a view: its name and, in a catalog read from a database, its type
// (as format_type() prints it, like a table column's).
struct ViewColumn {
  std::string name;
  std::string type;
  bool operator==(const ViewColumn&) const = default;
};

// ColumnSettings are how a materialized view's column is stored and analysed, as a table
// column's are (Column::storage, compression, statistics, attribute_options).
struct ColumnSettings {
  std::optional<std::string> storage;      // when not the type's own
  std::optional<std::string> compression;  // when not the server's default
  std::optional<int> statistics;           // when not the default (-1)
  StorageOptions attribute_options;
  // The storage of the column's type, which SET STORAGE returns to (introspection only).
  Derived<std::string> type_storage;
  bool Empty() const {
    return !storage && !compression && !statistics && attribute_options.empty();
  }
  bool operator==(const ColumnSettings&) const = default;
};

// View is a view (CREATE VIEW) or a materialized view (CREATE MATERIALIZED VIEW). Its query is
// the server's business: a catalog read from a database holds it as pg_get_viewdef() prints it,
// and its columns with their types; a compiled catalog holds the query as written and the column
// names the statement lists, if any. Two views compare equal when their queries print alike, so
// only catalogs read from a server (the scratch database holds the compiled one) are compared.
// Views and materialized views share one namespace, the relations', and one map.
struct View {
  QualifiedName name;
  bool materialized = false;
  // A materialized view: whether it is filled when created (WITH DATA, the default) or left
  // empty until refreshed (WITH NO DATA, as pg_dump writes it). Its rows are data, not schema.
  CreateOnly<bool> with_data{true};
  std::vector<ViewColumn> columns;
  std::string query;
  std::optional<std::string> cluster_on;  // a materialized view's, as a table's
  std::string access_method;              // a materialized view's, as a table's
  // The query as written, with the search_path its statement was read under: what the scratch
  // database is given.
  Written query_written;
  // check_option (local, cascaded), security_barrier, security_invoker; for a materialized
  // view, its storage parameters (fillfactor, autovacuum_enabled, ...).
  StorageOptions options;
  std::optional<std::string> comment;
  std::map<std::string, std::string> column_comments;  // by column name
  // A materialized view's column settings (SET STORAGE, COMPRESSION, STATISTICS, SET (...)),
  // by column name: only the columns that have one, which pg_dump writes with ALTER TABLE ONLY
  // after the view.
  std::map<std::string, ColumnSettings> column_settings;
  // A view's column defaults (ALTER VIEW ... ALTER COLUMN ... SET DEFAULT, or ALTER TABLE as
  // pg_dump writes it), by column name: what an INSERT through the view gives a column it leaves
  // out. A catalog read from a database holds them as the server prints them; a compiled catalog
  // holds them as written (written_defaults), which the scratch database is given.
  std::map<std::string, std::string> column_defaults;
  std::map<std::string, Written> written_defaults;
  Owner owner;
  Origin origin;
  bool operator==(const View&) const = default;
};

// Collation is a collation of the schema's own (CREATE COLLATION). A catalog read from a database
// holds its definition as schemac builds it from pg_collation ("CREATE COLLATION s.n (provider
// = icu, locale = 'und-u-ks-level2', deterministic = false)"); a compiled catalog holds the
// statement as written, which the scratch database is given.
struct Collation {
  QualifiedName name;
  std::string definition;
  Written written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Collation&) const = default;
};

// Conversion is an encoding conversion of the schema's own (CREATE CONVERSION). A catalog read
// from a database holds its definition as schemac builds it from pg_conversion ("CREATE DEFAULT
// CONVERSION s.n FOR 'LATIN1' TO 'UTF8' FROM s.f"); a compiled catalog holds the statement as
// written, which the scratch database is given.
struct Conversion {
  QualifiedName name;
  std::string definition;
  Written written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Conversion&) const = default;
};

// TextSearch is a text search dictionary, configuration, parser or template of the schema's own
// (CREATE TEXT SEARCH DICTIONARY | CONFIGURATION | PARSER | TEMPLATE). A catalog read from a
// database holds a dictionary's definition as schemac builds it from pg_ts_dict ("CREATE TEXT
// SEARCH DICTIONARY s.n (TEMPLATE = pg_catalog.snowball, language = 'english')"), a parser's and
// a template's from their functions ("CREATE TEXT SEARCH TEMPLATE s.n (INIT = dsimple_init,
// LEXIZE = dsimple_lexize)"), a configuration's as its parser
// ("CREATE TEXT SEARCH CONFIGURATION s.n (PARSER = pg_catalog.\"default\")") and its mappings;
// a compiled catalog holds the statements as written (the CREATE, then each ALTER TEXT SEARCH in
// statement order), which the scratch database is given.
struct TextSearch {
  // or kTextSearchDictionary, kTextSearchParser, kTextSearchTemplate (which have no owner)
  ObjectKind kind = ObjectKind::kTextSearchConfiguration;
  QualifiedName name;
  std::string definition;
  // A configuration's: for each token type of its parser ("asciiword"), the dictionaries tried in
  // order, qualified ("pg_catalog.english_stem, public.unaccent").
  std::map<std::string, std::string> mappings;
  std::vector<Written> written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const TextSearch&) const = default;
};

// EventTrigger is an event trigger (CREATE EVENT TRIGGER), an object of the database. A catalog
// read from a database holds its definition as schemac builds it from pg_event_trigger
// ("CREATE EVENT TRIGGER n ON ddl_command_start WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION
// s.f()"); a compiled catalog holds the statement as written, which the scratch database is
// given.
struct EventTrigger {
  std::string name;
  std::string definition;
  Written written;
  char enabled = 'O';  // as pg_event_trigger.evtenabled: O, D (disabled), R (replica), A (always)
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const EventTrigger&) const = default;
};

// AccessMethod is an access method (CREATE ACCESS METHOD), an object of the database: a table
// access method that tables and materialized views are stored with (USING), or an index access
// method that indexes and operator classes use. A catalog read from a database holds its
// definition as schemac builds it from pg_am ("CREATE ACCESS METHOD n TYPE TABLE HANDLER
// s.handler"); a compiled catalog holds the statement as written, which the scratch database is
// given. It has no owner and no privileges.
struct AccessMethod {
  std::string name;
  char type = 't';  // as pg_am.amtype: t (table) or i (index)
  std::string definition;
  Written written;
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const AccessMethod&) const = default;
};

// Statistics is an extended statistics object (CREATE STATISTICS) on columns or expressions of a
// table or materialized view. Its definition is the server's business: a catalog read from a
// database holds it as pg_get_statisticsobjdef() prints it; a compiled catalog holds the
// statement as written, which the scratch database is given.
struct Statistics {
  QualifiedName name;
  QualifiedName table;
  std::string definition;  // "CREATE STATISTICS s.n (ndistinct) ON a, b FROM s.t"
  Written written;
  // ALTER STATISTICS ... SET STATISTICS: how many values ANALYZE samples for it (none: -1, the
  // columns' targets or the server's default).
  std::optional<int> target;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Statistics&) const = default;
};

// Domain is a domain type (CREATE DOMAIN): a base type with a collation, a default, NOT NULL and
// named checks, some of them perhaps not validated. A catalog read from a database holds them as
// the server prints them; a compiled catalog holds the statements as written (the CREATE, then
// each ALTER DOMAIN in statement order), which the scratch database is given.
struct Domain {
  QualifiedName name;
  std::string type;  // the base type, as a column's
  std::optional<std::string> collation;
  bool not_null = false;
  std::optional<std::string> default_expression;
  std::map<std::string, std::string> checks;          // name -> expression, inside CHECK (...)
  std::map<std::string, std::string> check_comments;  // COMMENT ON CONSTRAINT ... ON DOMAIN
  // The checks added NOT VALID (ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID) and not validated
  // since: the values stored before them were not checked.
  std::set<std::string> unvalidated_checks;
  std::vector<Written> written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Domain&) const = default;
};

// CompositeAttribute is an attribute of a composite type: its name and, in a catalog read from a
// database, its type and collation (when not its type's default), as a table column's.
struct CompositeAttribute {
  std::string name;
  std::string type;
  std::optional<std::string> collation;
  bool operator==(const CompositeAttribute&) const = default;
};

// CompositeType is a composite type (CREATE TYPE ... AS (...)). A catalog read from a database
// holds its attributes as the server prints them; a compiled catalog holds their names and the
// statement as written, which the scratch database is given. Its name is taken among both the
// types and the relations of its schema.
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;
  Written written;
  std::optional<std::string> comment;
  std::map<std::string, std::string> attribute_comments;  // by attribute name
  Owner owner;
  Origin origin;
  bool operator==(const CompositeType&) const = default;
};

// RangeType is a range type (CREATE TYPE ... AS RANGE) with its multirange type, which
// PostgreSQL creates with it. A catalog read from a database holds its parts as the server
// prints them (the operator class and collation only when they are not the subtype's default);
// a compiled catalog holds its name, its multirange's, and the statement as written, which the
// scratch database is given.
struct RangeType {
  QualifiedName name;
  std::string subtype;  // as format_type() prints it; empty in a compiled catalog
  std::optional<std::string> subtype_opclass;
  std::optional<std::string> collation;
  std::optional<std::string> canonical;     // the function, as regproc prints it
  std::optional<std::string> subtype_diff;  // likewise
  QualifiedName multirange;
  Written written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const RangeType&) const = default;
};

// FunctionName names a function or procedure as the server tells overloads apart: schema, name
// and the types of its input arguments, as format_type() prints them under an empty
// search_path, joined by ", " ("integer, character varying, public.mood"): no names, modes,
// defaults or type modifiers, and no OUT arguments.
struct FunctionName {
  std::string schema;
  std::string name;
  std::string arguments;

  auto operator<=>(const FunctionName&) const = default;
  bool operator==(const FunctionName&) const = default;
  // Text returns "schema.name(arguments)" unquoted, for messages.
  std::string Text() const { return schema + "." + name + "(" + arguments + ")"; }
  // Quoted returns "schema.name(arguments)" with the name quoted as needed, for DROP and
  // COMMENT ON (the argument types are the server's own spelling).
  std::string Quoted() const;
};

// Function is a function or procedure (CREATE FUNCTION, CREATE PROCEDURE). Like a view's query,
// its definition is the server's business: a catalog read from a database holds it as
// pg_get_functiondef() prints it (header, options and body), and two functions compare equal
// when their definitions print alike; a compiled catalog holds the statement as written, which
// the scratch database is given.
struct Function {
  FunctionName name;
  bool procedure = false;
  // A window function (CREATE FUNCTION ... WINDOW, in C or internal code). CREATE OR REPLACE
  // makes neither a window function of a function nor the reverse.
  bool window = false;
  // An aggregate (CREATE AGGREGATE): its definition is built from pg_aggregate, as "CREATE OR
  // REPLACE AGGREGATE name(arguments) (SFUNC = ..., STYPE = ..., ...)", its result is its
  // result type, and it has no body. Aggregates share the functions' map, as they share their
  // names, but not their kind (ObjectKind::kAggregate).
  bool aggregate = false;
  // An aggregate's kind (pg_aggregate.aggkind: 'n' normal, 'o' ordered-set, 'h'
  // hypothetical-set) and how many of its arguments are direct ones, before ORDER BY. CREATE OR
  // REPLACE AGGREGATE changes neither.
  char aggregate_kind = 'n';
  int direct_arguments = 0;
  // pg_get_functiondef(), without its trailing line break: "CREATE OR REPLACE FUNCTION ...".
  std::string definition;
  // The definition the server prints for a function created from `definition`, when it differs:
  // an SQL-standard body may print otherwise the second time (`SELECT 'a'` prints as
  // `SELECT 'a'::text`, which prints as `SELECT 'a'::text AS text`). The scratch database reads
  // it, so that a database whose function was created from the printed definition is not taken for
  // a different one.
  Derived<std::optional<std::string>> reread_definition;
  // What the definition says that decides whether CREATE OR REPLACE can change it in place: the
  // result (pg_get_function_result(): "integer", "SETOF public.t", "TABLE(a integer)"; empty for
  // a procedure), the names of the arguments in order ("" for an unnamed one) with their modes
  // (i, o, b for INOUT, v for VARIADIC, t for a TABLE column), and how many input arguments have
  // defaults.
  std::string result;
  std::vector<std::string> argument_names;
  std::string argument_modes;
  int defaults = 0;
  std::string language;
  // Whether the server records what the body uses (an SQL-standard body, BEGIN ATOMIC ... END or
  // RETURN ...): other bodies are plain text to it, whose uses it cannot track.
  bool body_tracked = false;
  // The statement as written, with the search_path it was read under: what the scratch database
  // is given.
  Written written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Function&) const = default;
};

// TriggerName names a trigger: the table or view it is on, and its name there.
struct TriggerName {
  QualifiedName table;
  std::string name;

  auto operator<=>(const TriggerName&) const = default;
  bool operator==(const TriggerName&) const = default;
  // Text returns "schema.table.name" unquoted, for messages.
  std::string Text() const { return table.Text() + "." + name; }
};

// Trigger is a trigger on a table or view (CREATE [CONSTRAINT] TRIGGER). Like a view's query, its
// definition is the server's business: a catalog read from a database holds it as
// pg_get_triggerdef() prints it; a compiled catalog holds the statement as written, which the
// scratch database is given.
struct Trigger {
  TriggerName name;
  std::string definition;  // "CREATE TRIGGER name BEFORE UPDATE ON s.t FOR EACH ROW ..."
  // When it fires (ALTER TABLE ... ENABLE | DISABLE TRIGGER): 'O' (enabled, the default), 'D'
  // (disabled), 'R' (ENABLE REPLICA), 'A' (ENABLE ALWAYS).
  char enabled = 'O';
  Written written;  // the statement as written
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Trigger&) const = default;
};

// PolicyName names a row-level security policy: its table, and its name there.
using PolicyName = TriggerName;

// RuleName names a rewrite rule: the table or view it is on, and its name there.
using RuleName = TriggerName;

// Rule is a rewrite rule of a table or view (CREATE RULE), but the one that makes a view. Like a
// trigger, its definition is the server's business: a catalog read from a database holds it as
// pg_get_ruledef() prints it (without its ";"); a compiled catalog holds the statement as
// written, which the scratch database is given.
struct Rule {
  RuleName name;
  std::string definition;  // "CREATE RULE name AS ON INSERT TO s.t DO INSTEAD NOTHING"
  // When it fires (ALTER TABLE ... ENABLE | DISABLE RULE), as a trigger's Trigger::enabled.
  char enabled = 'O';
  Written written;
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Rule&) const = default;
};

// Policy is a row-level security policy of a table (CREATE POLICY). Its expressions are the
// server's business, as a view's query is: a catalog read from a database holds what the server
// prints of them; a compiled catalog holds the statement as written, which the scratch database
// is given, and the roles it names (which must exist there).
struct Policy {
  PolicyName name;
  bool permissive = true;                       // AS PERMISSIVE (else RESTRICTIVE)
  std::string command = "ALL";                  // FOR ALL, SELECT, INSERT, UPDATE or DELETE
  std::vector<std::string> roles = {"public"};  // TO: sorted role names; "public" for PUBLIC
  std::optional<std::string> using_expression;  // USING (...), as the server prints it
  std::optional<std::string> check_expression;  // WITH CHECK (...)
  Written written;                              // the statement as written
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Policy&) const = default;
};

// Grant is one privilege that a role other than an object's owner holds on it (an aclitem):
// `grantee` is the role's name, "public" for PUBLIC; `privilege` the key word that grants it
// (SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, USAGE, CREATE, EXECUTE).
struct Grant {
  std::string grantee;
  std::string privilege;
  bool grantable = false;  // WITH GRANT OPTION
  auto operator<=>(const Grant&) const = default;
  bool operator==(const Grant&) const = default;
};

// Privileges are what roles other than an object's owner may do with it, as the server holds
// them (the owner's own privileges, and which role granted what, are not compared).
struct Privileges {
  std::vector<Grant> grants;  // sorted
  Origin origin;              // the first GRANT or REVOKE that names the object
  bool operator==(const Privileges&) const = default;
};

// DefaultPrivilegesName names the default privileges (ALTER DEFAULT PRIVILEGES) of one role for
// the objects of one kind it creates, in one schema or in every schema.
struct DefaultPrivilegesName {
  // The role whose new objects they are: "" for the role that reads the database or loads the
  // schema files (a statement without FOR ROLE), which is the role that applies a plan.
  std::string role;
  std::string schema;  // IN SCHEMA; "" for every schema
  // What they apply to, as ALTER DEFAULT PRIVILEGES names it, in lower case: "tables",
  // "sequences", "functions" (procedures too), "types" or "schemas".
  std::string object_type;
  auto operator<=>(const DefaultPrivilegesName&) const = default;
  bool operator==(const DefaultPrivilegesName&) const = default;
};

// DefaultPrivileges are the privileges that the objects a role creates get, besides the
// role's own: those for every schema replace the kind's defaults (catalog::DefaultGrants), those
// for a schema add to them. A catalog holds an entry only where it changes something: one for
// every schema that differs from the kind's defaults, one for a schema that grants anything.
// (A role's privileges on its own new objects are not compared, as owners are not.)
struct DefaultPrivileges {
  DefaultPrivilegesName name;
  std::vector<Grant> grants;  // sorted
  Origin origin;              // the first ALTER DEFAULT PRIVILEGES that names them
  bool operator==(const DefaultPrivileges&) const = default;
};

// GrantStatement is a GRANT or REVOKE as the files write it (compiled catalogs only), which the
// scratch server runs after everything it names exists, in the order the files hold them.
struct GrantStatement {
  Written written;
  bool revoke = false;
  // What it names: the objects, or, for ON ALL ... IN SCHEMA, the schemas.
  std::vector<ObjectKey> objects;
  std::vector<std::string> all_in_schemas;  // ON ALL ... IN SCHEMA: the schemas
  std::vector<std::string> roles;           // as written, "public" for PUBLIC
  std::vector<Origin> role_origins;         // where each role is named
  std::string text;                         // the statement, for comparisons
  // ALTER DEFAULT PRIVILEGES: the default privileges it changes (FOR ROLE roles are in `roles`
  // too); the scratch server runs these after every other statement.
  std::vector<DefaultPrivilegesName> defaults;
  Origin origin;
  bool operator==(const GrantStatement&) const = default;
};

// UnmanagedObject is something a live database holds that schemac does not manage:
//   - an object of a kind the schema language has no statement for: an operator, a rule, a
//     table in an inheritance tree, a base type, ...;
//   - an object of a managed kind that depends on one of those (a table with a column of a
//     base type, a foreign key to a table in an inheritance tree): it cannot be written as
//     schema files that load, so it is left out whole, and `detail` names what it depends on;
//   - a property of an object (`property`): row-level security switched on for what is not a
//     table. Properties are not objects: files without them
//     still compile and load, but they do not say everything about the database.
// Introspection lists them so that commands can name them; they are never printed as SQL,
// compared or planned.
struct UnmanagedObject {
  std::string kind;    // "operator", "rule", "inheritance child", "table", ...
  std::string schema;  // "" for objects outside schemas (casts, event triggers, publications)
  std::string name;    // unquoted; "" when the kind has no name (a cast)
  // How PostgreSQL identifies it, as SQL (pg_identify_object): "public.f(integer,text)",
  // "trg on public.t", "(integer AS text)"; for a property, what it belongs to: "on table
  // public.t".
  std::string identity;
  // What it belongs to or why it is not managed, for people: "inherits from public.events",
  // "depends on function public.f()", "granted to app"; may be empty.
  std::string detail;
  bool property = false;
  // Whether its name is taken among the relations (tables, views, sequences, indexes, ...) or
  // among the types of its schema, where an object of the schema files would collide with it.
  bool takes_relation_name = false;
  bool takes_type_name = false;

  // Title returns the kind and the identity: "view public.v", "privileges on table public.t".
  std::string Title() const;
  // Plural says whether the title names several things ("privileges ..."), for messages.
  bool Plural() const;
  bool operator==(const UnmanagedObject&) const = default;
};

// ExcludedObject is an object that the project's scope leaves out on purpose (catalog::Scope):
// schemac neither compares nor plans it, and counts it by the rule that excluded it.
struct ExcludedObject {
  size_t rank = 0;     // the rule's place in the scope: its exclusions first, then the schemas
  std::string rule;    // the pattern that excluded it, or "include-schemas"
  std::string origin;  // where the rule was given: "schemac.toml:7:12", "--exclude"
  std::string kind;    // the kind's word: "table", "trigger", "operator"
  std::string
      identity;        // "public.tmp_users", "public.orders.audit_t", "audit.===(integer,integer)"
  std::string schema;  // the schema it is in ("" for what is in none); a schema's own name
  auto operator<=>(const ExcludedObject&) const = default;
  bool operator==(const ExcludedObject&) const = default;
};

// Unmanaged is the list of what a live database holds that schemac does not manage, objects
// first, then properties, each by schema, name, kind and identity, and of what the project's
// scope excluded. It never takes part in comparisons (as Origin and Owner do not): two catalogs
// that differ only in it are equal. A compiled catalog has no items.
struct Unmanaged {
  std::vector<UnmanagedObject> items;
  // Excluded on purpose, by rule, kind and identity, each once.
  std::vector<ExcludedObject> excluded;
  bool operator==(const Unmanaged& /*other*/) const { return true; }

  size_t ObjectCount() const;
  size_t PropertyCount() const;
  // Sort puts the items and the excluded objects in the orders above and removes duplicates.
  void Sort();
};

// Operator is an operator of the schema's own (CREATE OPERATOR), named by its schema, its symbol
// and its argument types ("integer, integer"; "NONE, integer" for a prefix operator), as
// FunctionName names a function. A catalog read from a database holds its definition as schemac
// builds it from pg_operator ("CREATE OPERATOR s.=== (FUNCTION = s.f, LEFTARG = integer,
// RIGHTARG = integer, COMMUTATOR = OPERATOR(s.===))"); a compiled catalog holds the statement as
// written, which the scratch database is given.
struct Operator {
  FunctionName name;
  std::string definition;
  Written written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Operator&) const = default;
};

// CastName names a cast by its source and target types, as format_type() prints them
// ("integer", "public.money_amount").
struct CastName {
  std::string source;
  std::string target;
  auto operator<=>(const CastName&) const = default;
  bool operator==(const CastName&) const = default;
  // Text returns "(source AS target)", for messages and statements.
  std::string Text() const { return "(" + source + " AS " + target + ")"; }
};

// Cast is a cast between two types (CREATE CAST), an object of the database with no owner of
// its own. A catalog read from a database holds its definition as schemac builds it from pg_cast
// ("CREATE CAST (integer AS s.t) WITH FUNCTION s.f(integer) AS IMPLICIT"); a compiled catalog
// holds the statement as written, which the scratch database is given.
struct Cast {
  CastName name;
  std::string definition;
  Written written;
  std::optional<std::string> comment;
  Origin origin;
  bool operator==(const Cast&) const = default;
};

// Publication is a publication for logical replication (CREATE PUBLICATION), an object of the
// database. A catalog read from a database holds what it publishes, as schemac writes it from
// pg_publication_rel and pg_publication_namespace ("TABLE ONLY s.t (a, b) WHERE (a > 0), TABLES
// IN SCHEMA s"; empty for none), or that it publishes every table, and its options ("publish =
// 'insert, update, delete, truncate', publish_via_partition_root = false"); a compiled catalog
// holds the statements as written (CREATE, then the ALTER ... ADD | SET | DROP after it), which
// the scratch database is given.
struct Publication {
  std::string name;
  bool all_tables = false;
  std::string objects;
  std::string options;
  std::vector<Written> written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const Publication&) const = default;
};

// ForeignDataWrapper is a foreign-data wrapper (CREATE FOREIGN DATA WRAPPER), an object of the
// database. A catalog read from a database holds its functions as ALTER FOREIGN DATA WRAPPER
// writes them ("HANDLER s.handler VALIDATOR s.validator", "NO HANDLER NO VALIDATOR") and its
// options; a compiled catalog holds the statements as written (CREATE, then the ALTER ... after
// it), which the scratch database is given.
struct ForeignDataWrapper {
  std::string name;
  std::string functions;
  GenericOptions options;
  std::vector<Written> written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const ForeignDataWrapper&) const = default;
};

// ForeignServer is a foreign server (CREATE SERVER), an object of the database: its wrapper, its
// type and version when given, and its options. A compiled catalog holds the statements as
// written, which the scratch database is given.
struct ForeignServer {
  std::string name;
  std::string wrapper;
  std::optional<std::string> type;
  std::optional<std::string> version;
  GenericOptions options;
  std::vector<Written> written;
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const ForeignServer&) const = default;
};

// UserMappingName names a user mapping by its server and its role ("public" for PUBLIC).
struct UserMappingName {
  std::string server;
  std::string user;
  auto operator<=>(const UserMappingName&) const = default;
  bool operator==(const UserMappingName&) const = default;
  // Text returns "for user server server", for messages.
  std::string Text() const { return "for " + user + " server " + server; }
};

// UserMapping is a user mapping (CREATE USER MAPPING): the options a server's wrapper uses when
// the role connects to it (a remote user name and password, for postgres_fdw). It has no owner or
// comment of its own. A compiled catalog holds the statements as written.
struct UserMapping {
  UserMappingName name;
  GenericOptions options;
  std::vector<Written> written;
  Origin origin;
  bool operator==(const UserMapping&) const = default;
};

// OperatorClassName names an operator class or family by its schema, its name and the index
// access method it is for ("btree"): a class and a family of one name may be for two methods.
struct OperatorClassName {
  std::string schema;
  std::string name;
  std::string method;
  auto operator<=>(const OperatorClassName&) const = default;
  bool operator==(const OperatorClassName&) const = default;
  // Quoted returns "schema.name USING method", quoted as needed, for statements.
  std::string Quoted() const;
  // Text returns "schema.name using method", for messages.
  std::string Text() const { return schema + "." + name + " using " + method; }
};

// OperatorClass is an operator family (CREATE OPERATOR FAMILY) or an operator class (CREATE
// OPERATOR CLASS) of the schema's own. A catalog read from a database holds a class's definition
// as schemac builds it from pg_opclass, pg_amop and pg_amproc ("CREATE OPERATOR CLASS s.c FOR TYPE
// integer USING btree FAMILY s.c AS OPERATOR 1 <(integer,integer), ..., FUNCTION 1 (integer,
// integer) s.cmp(integer,integer)"), a family's as "CREATE OPERATOR FAMILY s.f USING btree" and
// its members that belong to no class (added by ALTER OPERATOR FAMILY ... ADD), by what tells one
// from another ("OPERATOR 1 (integer, bigint)") with what ADD writes ("OPERATOR 1
// <(integer,bigint)"). A compiled catalog holds the statements as written: a family that a class
// of its name makes (CREATE OPERATOR CLASS without FAMILY) is `implicit`, with the ALTER
// OPERATOR FAMILY statements alone.
struct OperatorClass {
  ObjectKind kind = ObjectKind::kOperatorClass;  // or kOperatorFamily
  OperatorClassName name;
  std::string definition;
  std::map<std::string, std::string> members;  // a family's
  std::vector<Written> written;
  CreateOnly<bool> implicit{false};
  std::optional<std::string> comment;
  Owner owner;
  Origin origin;
  bool operator==(const OperatorClass&) const = default;
};

// Catalog is a whole schema: every object of every kind, each in a map sorted by name.
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Index> indexes;
  std::map<QualifiedName, View> views;
  std::map<FunctionName, Function> functions;
  std::map<TriggerName, Trigger> triggers;
  std::map<QualifiedName, Domain> domains;
  std::map<QualifiedName, CompositeType> composites;
  std::map<QualifiedName, RangeType> ranges;
  std::map<PolicyName, Policy> policies;
  std::map<RuleName, Rule> rules;
  std::map<QualifiedName, Statistics> statistics;
  std::map<QualifiedName, Collation> collations;
  std::map<QualifiedName, Conversion> conversions;
  std::map<QualifiedName, TextSearch> text_search_dictionaries;
  std::map<QualifiedName, TextSearch> text_search_configurations;
  std::map<QualifiedName, TextSearch> text_search_parsers;
  std::map<QualifiedName, TextSearch> text_search_templates;
  std::map<std::string, EventTrigger> event_triggers;
  std::map<std::string, AccessMethod> access_methods;
  std::map<FunctionName, Operator> operators;
  std::map<CastName, Cast> casts;
  std::map<std::string, Publication> publications;
  std::map<std::string, ForeignDataWrapper> foreign_data_wrappers;
  std::map<std::string, ForeignServer> servers;
  std::map<UserMappingName, UserMapping> user_mappings;
  std::map<OperatorClassName, OperatorClass> operator_families;
  std::map<OperatorClassName, OperatorClass> operator_classes;
  std::map<DefaultPrivilegesName, DefaultPrivileges> default_privileges;
  // The privileges of objects whose privileges are not their kind's defaults
  // (catalog::DefaultGrants), by the object's key (a column's for privileges on a column): what a
  // server holds (introspection only; a compiled catalog has its grant_statements instead).
  std::map<ObjectKey, Privileges> privileges;
  std::vector<GrantStatement> grant_statements;
  // What the database the catalog was read from holds besides (introspection only).
  Unmanaged unmanaged;
  // What its objects use, as the server recorded it, sorted, between objects of this catalog
  // (introspection only: a compiled catalog has none until the scratch server has read it).
  Derived<std::vector<Dependency>> dependencies;
  // The objects of this catalog that objects it does not hold use, as the server recorded it
  // (introspection only): for each, those users, sorted: objects schemac does not manage, and
  // objects the scope excludes (ApplyScope). A plan cannot drop what they use, nor give a column
  // another type under a user that blocks it.
  Derived<std::map<ObjectKey, std::vector<OtherUser>>> used_by_others;
  // The role that read the database (introspection only): the one whose default privileges are
  // under role "", which applies plans there.
  Derived<std::string> role;
  bool operator==(const Catalog&) const = default;
};

// NameConflict is an object of one catalog whose name is taken, in the database another
// catalog was read from, by something schemac does not manage: creating it there would fail.
struct NameConflict {
  ObjectKey object;  // a table, sequence, index or enum type; a constraint for its index
  Origin origin;     // where `object` is declared
  UnmanagedObject taken_by;
};
// FindNameConflicts returns the objects of `desired` whose names the unmanaged objects of `live`
// take: relations (tables, sequences, identity sequences, indexes, the indexes of primary keys
// and unique constraints, views) among relation names, tables and views (their row types), enum
// types and domains among type names. Sorted by object.
std::vector<NameConflict> FindNameConflicts(const Catalog& desired, const Catalog& live);

// PartitionRoot returns the table at the root of the partition tree `table` is in: its
// parent's root for a partition, `table` itself otherwise.
QualifiedName PartitionRoot(const Catalog& catalog, const QualifiedName& table);

// Counts is how many objects of each kind a catalog holds, and how many comments (for
// summaries).
struct Counts {
  std::map<ObjectKind, size_t> objects;
  size_t comments = 0;
  size_t Of(ObjectKind kind) const {
    auto it = objects.find(kind);
    return it == objects.end() ? 0 : it->second;
  }
};
Counts CountObjects(const Catalog& catalog);

// SplitBySchema returns one catalog per schema, each holding that schema and the objects in it,
// and, under "", the default privileges for every schema and the event triggers when there are
// any.
std::map<std::string, Catalog> SplitBySchema(const Catalog& catalog);

// SplitByTable returns, for one schema's catalog, one catalog per table holding the table, its
// indexes, triggers, policies and privileges and the sequences it owns, keyed by table name, plus
// the rest (the schema, extensions, enum types, domains, other sequences, views and their
// triggers, functions, with their privileges) under the empty key.
std::map<std::string, Catalog> SplitByTable(const Catalog& catalog);

// Names PostgreSQL uses for referential actions and match types in DDL ("SET NULL", "FULL").
std::string_view ActionSql(ReferentialAction action);
std::string_view MatchSql(MatchType match);

}  // namespace schemac::catalog
