// Parser for the schemac schema language: the PostgreSQL DDL statements that describe a schema.
// Expressions (defaults, checks, index expressions and predicates) are kept as balanced token
// spans; the AST builder keeps their original text. A statement outside the language parses as
// unsupportedStatement, whose head cannot start a supported statement, so that a syntax error
// inside a supported statement is reported as one and not taken for an unsupported statement.
parser grammar SqlParser;

options { tokenVocab = SqlLexer; }

@parser::members {
// WordAt says whether the token `at` places ahead (1: the next one) is the unquoted word `word`
// (given in lower case), which the grammar takes as an IDENTIFIER: for the few places where such
// a word decides the parse.
bool WordAt(ssize_t at, const char* word) {
  antlr4::Token* next = _input->LT(at);
  if (next == nullptr || next->getType() != IDENTIFIER) {
    return false;
  }
  std::string text = next->getText();
  size_t i = 0;
  for (; i < text.size() && word[i] != '\0'; ++i) {
    char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (c != word[i]) {
      return false;
    }
  }
  return i == text.size() && word[i] == '\0';
}

bool NextIsWord(const char* word) { return WordAt(1, word); }
}

// The compiler splits a file into statements at each ";" (strings, comments and dollar-quoted
// bodies are single tokens, so every SEMI token ends a statement) and parses each one alone, so
// that a syntax error is reported once and never spills into the next statement.
singleStatement: statement SEMI? EOF;

statement
  : createSchemaStatement
  | createExtensionStatement
  | createEnumStatement
  | createCompositeStatement
  | createRangeStatement
  | createSequenceStatement
  | createTableStatement
  | createPartitionStatement
  | createTableOtherStatement
  | createIndexStatement
  | createViewStatement
  | createFunctionStatement
  | createTriggerStatement
  | createPolicyStatement
  | createRuleStatement
  | createStatisticsStatement
  | createCollationStatement
  | otherObjectStatement
  | createDomainStatement
  | alterTableStatement
  | alterSequenceStatement
  | alterOwnerStatement
  | alterStatisticsStatement
  | alterEnumStatement
  | alterOtherStatement
  | alterIndexStatement
  | commentStatement
  | grantStatement
  | alterDefaultPrivilegesStatement
  | setStatement
  | selectStatement
  | unsupportedStatement
  ;

createSchemaStatement
  : CREATE SCHEMA (IF NOT EXISTS)? (identifier (AUTHORIZATION roleName)? | AUTHORIZATION roleName)
    schemaElements?
  ;

// Words after the schema's name: the parser splits the statements CREATE SCHEMA holds (CREATE
// TABLE, VIEW, INDEX, SEQUENCE, TRIGGER, GRANT) off before parsing, so the AST builder reports
// what is left here as a syntax error.
schemaElements
  : (CREATE | IDENTIFIER) ~SEMI*
  ;

createExtensionStatement
  : CREATE EXTENSION (IF NOT EXISTS)? identifier WITH? extensionOption*
  ;

extensionOption
  : SCHEMA identifier
  | VERSION (identifier | stringLiteral)
  | CASCADE
  ;

createEnumStatement
  : CREATE TYPE qualifiedName AS ENUM OPEN_PAREN (stringLiteral (COMMA stringLiteral)*)? CLOSE_PAREN
  ;

// CREATE TYPE ... AS (attributes): the name and the attribute names are parsed; the statement
// is loaded as written, and the server prints the types.
createCompositeStatement
  : CREATE TYPE qualifiedName AS OPEN_PAREN (compositeAttribute (COMMA compositeAttribute)*)?
    CLOSE_PAREN
  ;

compositeAttribute
  : identifier typeName (COLLATE qualifiedName)?
  ;

// CREATE TYPE ... AS RANGE (...): RANGE is an IDENTIFIER, which the AST builder checks; the name
// is parsed, and the multirange type's name among the options; the rest is the server's.
createRangeStatement
  : CREATE TYPE qualifiedName AS IDENTIFIER parenthesized
  ;

createSequenceStatement
  : CREATE UNLOGGED? SEQUENCE (IF NOT EXISTS)? qualifiedName sequenceOption*
  ;

alterSequenceStatement
  : ALTER SEQUENCE (IF EXISTS)? qualifiedName (sequenceOption+ | OWNER TO roleName)
  ;

sequenceOption
  : AS typeName                                # sequenceType
  | INCREMENT BY? signedNumber                 # sequenceIncrement
  | MINVALUE signedNumber                      # sequenceMinValue
  | NO MINVALUE                                # sequenceNoMinValue
  | MAXVALUE signedNumber                      # sequenceMaxValue
  | NO MAXVALUE                                # sequenceNoMaxValue
  | START WITH? signedNumber                   # sequenceStart
  | RESTART (WITH? signedNumber)?              # sequenceRestart
  | CACHE signedNumber                         # sequenceCache
  | NO? CYCLE                                  # sequenceCycle
  | OWNED BY (NONE | qualifiedName)            # sequenceOwnedBy
  | SEQUENCE NAME qualifiedName                # sequenceName
  ;

// CREATE [FOREIGN] TABLE: a foreign table names its server (tableServer).
createTableStatement
  : CREATE tablePersistence? FOREIGN? TABLE (IF NOT EXISTS)? qualifiedName
    OPEN_PAREN (tableElement (COMMA tableElement)*)? CLOSE_PAREN tableOption*
  ;

tablePersistence
  : UNLOGGED
  | (LOCAL | GLOBAL)? (TEMP | TEMPORARY)
  ;

tableOption
  : WITH relOptions                                   # tableWith
  // WITH OIDS, which PostgreSQL 12 and later refuse: the AST builder says so.
  | WITH identifier                                   # tableWithWord
  | WITHOUT identifier                                # tableWithout
  // PARTITION BY RANGE | LIST | HASH (key): the strategy is an IDENTIFIER the AST builder checks.
  | PARTITION BY IDENTIFIER parenthesized             # tablePartitionBy
  | INHERITS OPEN_PAREN qualifiedName (COMMA qualifiedName)* CLOSE_PAREN  # tableInherits
  // SERVER name [OPTIONS (...)] of a foreign table: SERVER is an IDENTIFIER.
  | {NextIsWord("server")}? IDENTIFIER identifier genericOptions?  # tableServer
  // USING method: the table access method (heap, the default, or one CREATE ACCESS METHOD makes).
  | USING identifier                                  # tableUsing
  | (PARTITION | TABLESPACE | USING | ON) ~SEMI*      # tableUnsupportedOption
  ;

// The forms of CREATE TABLE whose columns come from elsewhere: CREATE TABLE name PARTITION OF
// parent [(constraints, column options)] bound [PARTITION BY ...], and a typed table, CREATE
// TABLE name OF type [(constraints, column options)] [...]. OF is an IDENTIFIER; the AST builder
// checks it, and that a partition has a bound and a typed table none.
createPartitionStatement
  : CREATE tablePersistence? FOREIGN? TABLE (IF NOT EXISTS)? qualifiedName PARTITION? IDENTIFIER qualifiedName
    (OPEN_PAREN partitionElement (COMMA partitionElement)* CLOSE_PAREN)? partitionBound? tableOption*
  ;

// A constraint of a partition or typed table, or options of a column it takes from its parent or
// type (`column WITH OPTIONS DEFAULT ...`; OPTIONS is an IDENTIFIER).
partitionElement
  : tableConstraint
  | identifier (WITH IDENTIFIER)? columnConstraint*
  ;

// FOR VALUES IN (...) | FROM (...) TO (...) | WITH (MODULUS m, REMAINDER r), or DEFAULT: FOR,
// VALUES and FROM are IDENTIFIERs, which the AST builder checks.
partitionBound
  : DEFAULT
  | IDENTIFIER IDENTIFIER (IN parenthesized | IDENTIFIER parenthesized TO parenthesized
                          | WITH parenthesized)
  ;

// CREATE TABLE ... AS (a query), reported as unsupported.
createTableOtherStatement
  : CREATE tablePersistence? TABLE (IF NOT EXISTS)? qualifiedName columnList?
    (AS | USING | WITH | WITHOUT | ON | TABLESPACE) ~SEMI*
  ;

tableElement
  : tableConstraint
  | tableLike
  | columnDefinition
  ;

// LIKE source [INCLUDING | EXCLUDING what]...: both words are IDENTIFIERs (GENERATED, IDENTITY
// and STATISTICS key words), which the AST builder checks.
tableLike
  : LIKE qualifiedName (IDENTIFIER (IDENTIFIER | GENERATED | IDENTITY))*
  ;

columnDefinition
  : identifier typeName columnConstraint*
  ;

columnConstraint
  : (CONSTRAINT identifier)? columnConstraintBody     # namedColumnConstraint
  | COLLATE qualifiedName                             # columnCollate
  | constraintAttribute                               # columnConstraintAttribute
  | genericOptions                                    # columnGenericOptions
  | IDENTIFIER identifier                             # columnOption
  // COMPRESSION default: the method default_toast_compression names when a value is stored.
  | {NextIsWord("compression")}? IDENTIFIER DEFAULT   # columnDefaultCompression
  ;

// OPTIONS (name 'value', ...) of a foreign table or of its column: OPTIONS is an IDENTIFIER; a
// name may be any word.
genericOptions
  : {NextIsWord("options")}? IDENTIFIER OPEN_PAREN genericOption (COMMA genericOption)* CLOSE_PAREN
  ;

genericOption
  : ~(COMMA | OPEN_PAREN | CLOSE_PAREN | SEMI) stringLiteral
  ;

// OPTIONS (...) of ALTER: ADD name 'value' (or without ADD), SET name 'value', DROP name. DROP is
// an IDENTIFIER the AST builder checks.
alterGenericOptions
  : {NextIsWord("options")}? IDENTIFIER OPEN_PAREN alterGenericOption (COMMA alterGenericOption)*
    CLOSE_PAREN
  ;

alterGenericOption
  : (ADD | SET)? genericOption
  | IDENTIFIER ~(COMMA | OPEN_PAREN | CLOSE_PAREN | SEMI)
  ;

columnConstraintBody
  : NOT NULL_                                                      # notNullConstraint
  | NULL_                                                          # nullConstraint
  | DEFAULT defaultExpression                                      # defaultConstraint
  | GENERATED identityKind AS IDENTITY sequenceOptionList?         # identityConstraint
  | GENERATED ALWAYS AS OPEN_PAREN expression CLOSE_PAREN STORED   # generatedConstraint
  | PRIMARY KEY indexParameters                                    # columnPrimaryKey
  | UNIQUE nullsDistinct? indexParameters                          # columnUnique
  | CHECK OPEN_PAREN expression CLOSE_PAREN (NO INHERIT)?          # columnCheck
  | REFERENCES qualifiedName columnList? referenceOption*          # columnReferences
  ;

identityKind
  : ALWAYS
  | BY DEFAULT
  ;

sequenceOptionList
  : OPEN_PAREN sequenceOption* CLOSE_PAREN
  ;

tableConstraint
  : (CONSTRAINT identifier)? tableConstraintBody constraintAttribute*
  ;

tableConstraintBody
  : CHECK OPEN_PAREN expression CLOSE_PAREN                                            # tableCheck
  | PRIMARY KEY columnList includeColumns? indexParameters                             # tablePrimaryKey
  | UNIQUE nullsDistinct? columnList includeColumns? indexParameters                   # tableUnique
  | (PRIMARY KEY | UNIQUE) USING INDEX identifier                                      # tableKeyUsingIndex
  | FOREIGN KEY columnList REFERENCES qualifiedName columnList? referenceOption*       # tableForeignKey
  // EXCLUDE [USING method] (...): a column may be named exclude (exclude integer).
  | EXCLUDE (USING | parenthesized) (parenthesized | ~(OPEN_PAREN | CLOSE_PAREN | COMMA | SEMI))*
                                                                                       # tableExclude
  ;

// In any order, as PostgreSQL takes them (CHECK (...) NOT VALID NO INHERIT).
constraintAttribute
  : NOT? DEFERRABLE                 # deferrableAttribute
  | INITIALLY (DEFERRED | IMMEDIATE) # initiallyAttribute
  | NOT VALID                       # notValidAttribute
  | NO INHERIT                      # noInheritAttribute
  ;

indexParameters
  : (WITH relOptions)? (USING INDEX TABLESPACE identifier)?
  ;

includeColumns
  : INCLUDE columnList
  ;

nullsDistinct
  : NULLS NOT? DISTINCT
  ;

referenceOption
  : MATCH (FULL | PARTIAL | SIMPLE)    # matchOption
  | ON DELETE referenceAction          # onDeleteOption
  | ON UPDATE referenceAction          # onUpdateOption
  ;

referenceAction
  : NO ACTION
  | RESTRICT
  | CASCADE
  | SET NULL_ columnList?
  | SET DEFAULT columnList?
  ;

createIndexStatement
  : CREATE UNIQUE? INDEX CONCURRENTLY? (IF NOT EXISTS)? identifier? ON ONLY? qualifiedName
    (USING identifier)? OPEN_PAREN indexElement (COMMA indexElement)* CLOSE_PAREN
    includeColumns? nullsDistinct? (WITH relOptions)? (TABLESPACE identifier)?
    (WHERE expression)?
  ;

indexElement
  : indexKey (COLLATE qualifiedName)? (qualifiedName relOptions?)? (ASC | DESC)?
    (NULLS (FIRST | LAST))?
  ;

indexKey
  : OPEN_PAREN expression CLOSE_PAREN   # indexExpressionKey
  | qualifiedName parenthesized         # indexFunctionKey
  | identifier                          # indexColumnKey
  ;

// CREATE [MATERIALIZED] VIEW: the header is parsed, the query kept as its token span (a trailing
// WITH [CASCADED | LOCAL] CHECK OPTION or WITH [NO] DATA among it, which the AST builder takes
// off): the server compiles it. The AST builder refuses the clauses that do not go together.
createViewStatement
  : CREATE (OR REPLACE)? (RECURSIVE | MATERIALIZED)? VIEW (IF NOT EXISTS)? qualifiedName
    columnList? (USING identifier)? (WITH relOptions)? (TABLESPACE identifier)? AS viewQuery
  ;

viewQuery
  : ~SEMI+
  ;

// CREATE FUNCTION and CREATE PROCEDURE: the name and the parameters are parsed (the argument
// types tell overloads apart); the rest, RETURNS, options and body, is kept as written: the
// server compiles it. A BEGIN ATOMIC ... END body holds ";" tokens, which the statement splitter
// keeps inside the statement.
createFunctionStatement
  : CREATE (OR REPLACE)? (FUNCTION | PROCEDURE | AGGREGATE) qualifiedName functionParameters
    functionTail?
  ;

// An aggregate without arguments is written (*): the OPERATOR token, which the AST builder checks.
// An ordered-set aggregate's aggregated arguments follow ORDER BY (an IDENTIFIER, which the AST
// builder checks, as it checks that only an aggregate has them).
functionParameters
  : OPEN_PAREN (functionParameter (COMMA functionParameter)* | OPERATOR)? CLOSE_PAREN
  | OPEN_PAREN (functionParameter (COMMA functionParameter)*)? IDENTIFIER BY functionParameter
    (COMMA functionParameter)* CLOSE_PAREN
  ;

// The type alone comes first: "double precision" is a type, not a parameter named double.
functionParameter
  : parameterMode? typeName copiedType? parameterDefault?
  | parameterMode? parameterName typeName copiedType? parameterDefault?
  | parameterName parameterMode typeName copiedType? parameterDefault?
  ;

// table.column%TYPE: the OPERATOR token, which the AST builder checks and reports.
copiedType
  : OPERATOR TYPE
  ;

parameterMode
  : IN OUT?
  | OUT
  | INOUT
  | VARIADIC
  ;

// A parameter's default is any expression (DEFAULT NOT true, DEFAULT x IS NULL, DEFAULT 'a'
// COLLATE "C"), up to the "," or ")" that ends the parameter.
parameterDefault
  : (DEFAULT | EQUAL) (parenthesized | bracketed | ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET
      | CLOSE_BRACKET | COMMA | SEMI))+
  ;

functionTail
  : (~SEMI | SEMI)+
  ;

// CREATE [CONSTRAINT] TRIGGER: the name and the table are parsed; the statement is kept as
// written, for the server.
createTriggerStatement
  : CREATE (OR REPLACE)? CONSTRAINT? TRIGGER identifier ~(ON | SEMI)+ ON qualifiedName ~SEMI*
  ;

// CREATE POLICY: the name, the table and the roles are parsed (the roles must exist on the
// scratch server); the statement is kept as written, for the server, which compiles its
// expressions. AS takes PERMISSIVE or RESTRICTIVE, which the server checks; FOR (an IDENTIFIER
// that the AST builder checks) a command.
createPolicyStatement
  : CREATE POLICY identifier ON qualifiedName policyClause*
  ;

policyClause
  : AS identifier                              # policyKind
  | IDENTIFIER ~(TO | USING | WITH | SEMI)     # policyCommand
  | TO roleName (COMMA roleName)*              # policyRoles
  | USING parenthesized                        # policyUsing
  | WITH CHECK parenthesized                   # policyCheck
  ;

// CREATE [OR REPLACE] RULE name AS ON event TO table [WHERE ...] DO ...: the name and the table
// are parsed; the statement is kept as written, for the server. RULE is an IDENTIFIER, which the
// AST builder checks.
createRuleStatement
  : CREATE (OR REPLACE)? IDENTIFIER identifier AS ON ~(TO | SEMI) TO qualifiedName
    (ruleActions | ~(OPEN_PAREN | CLOSE_PAREN | SEMI))*
  ;

// A rule's actions in parentheses, separated by ";" (a ";" may end the last one too).
ruleActions
  : OPEN_PAREN (ruleActions | ~(OPEN_PAREN | CLOSE_PAREN))* CLOSE_PAREN
  ;

// CREATE COLLATION [IF NOT EXISTS] name (options) | FROM collation: the name is parsed; the
// statement is kept as written, for the server. COLLATION and FROM are IDENTIFIERs, which the
// AST builder checks.
createCollationStatement
  : CREATE IDENTIFIER (IF NOT EXISTS)? qualifiedName (parenthesized | IDENTIFIER qualifiedName)
  ;

// The statements of text search objects, event triggers, operators, casts and publications, whose
// key words are IDENTIFIERs. Grouped in a rule of their own: with more than 33 alternatives in `statement`, the
// generated parser mispredicts its decision (an unsupported CREATE TYPE became a syntax error; a
// parser test checks it), so new kinds of statements join a group like this one.
otherObjectStatement
  : createTextSearchStatement
  | alterTextSearchStatement
  | createEventTriggerStatement
  | alterEventTriggerStatement
  | createOperatorStatement
  | alterOperatorOwnerStatement
  | createCastStatement
  | createPublicationStatement
  | alterPublicationStatement
  | createForeignDataWrapperStatement
  | alterForeignDataWrapperStatement
  | createServerStatement
  | alterServerStatement
  | userMappingStatement
  | createOperatorClassStatement
  | operatorFamilyStatement
  | createConversionStatement
  | alterDomainStatement
  | alterViewStatement
  | alterExtensionStatement
  | createAccessMethodStatement
  ;

// CREATE ACCESS METHOD name TYPE TABLE | INDEX HANDLER function: the name and the type are
// parsed (HANDLER is an IDENTIFIER the AST builder checks); the statement is kept as written, for
// the server.
createAccessMethodStatement
  : {WordAt(2, "access") && WordAt(3, "method")}? CREATE IDENTIFIER IDENTIFIER identifier
    TYPE (TABLE | INDEX) IDENTIFIER qualifiedName
  ;

// ALTER EXTENSION name UPDATE [TO version]: the version the extension is declared at from then
// on. Its other forms (SET SCHEMA, ADD and DROP of members) are unsupported statements.
alterExtensionStatement
  : ALTER EXTENSION identifier UPDATE (TO (identifier | stringLiteral))?
  ;

// ALTER VIEW name ALTER [COLUMN] column SET DEFAULT expression | DROP DEFAULT (a view column's
// default; DROP is an IDENTIFIER the builder checks), and
// ALTER VIEW name SET | RESET (options): the AST builder makes them ALTER TABLE actions (pg_dump
// writes a default with ALTER TABLE). RESET is an IDENTIFIER the builder checks. ALTER
// MATERIALIZED VIEW is alterTableStatement.
alterViewStatement
  : ALTER VIEW (IF EXISTS)? qualifiedName ALTER COLUMN? identifier SET DEFAULT defaultExpression
  | ALTER VIEW (IF EXISTS)? qualifiedName ALTER COLUMN? identifier IDENTIFIER DEFAULT
  | ALTER VIEW (IF EXISTS)? qualifiedName (SET | IDENTIFIER) relOptions
  ;

// ALTER DOMAIN name SET | DROP DEFAULT, SET | DROP NOT NULL, ADD constraint [NOT VALID], DROP |
// VALIDATE | RENAME CONSTRAINT ...: the name is parsed; the statement is kept as written, for the
// server. DROP, VALIDATE and RENAME are IDENTIFIERs; the AST builder checks the word and refuses
// RENAME TO and SET SCHEMA. OWNER TO is alterOwnerStatement.
alterDomainStatement
  : ALTER DOMAIN qualifiedName (ADD | SET | IDENTIFIER) ~SEMI*
  ;

// CREATE [DEFAULT] CONVERSION name FOR 'encoding' TO 'encoding' FROM function: the name is parsed;
// the statement is kept as written, for the server. CONVERSION is an IDENTIFIER.
createConversionStatement
  : {WordAt(2, "conversion") || WordAt(3, "conversion")}? CREATE DEFAULT? IDENTIFIER qualifiedName
    ~SEMI*
  ;

// CREATE OPERATOR CLASS name [DEFAULT] FOR TYPE type USING method [FAMILY family] AS ...: the name,
// the method and the family are parsed; the statement is kept as written, for the server.
// OPERATOR, CLASS, FOR and FAMILY are IDENTIFIERs, which the AST builder checks.
createOperatorClassStatement
  : {WordAt(2, "operator") && WordAt(3, "class")}? CREATE IDENTIFIER IDENTIFIER qualifiedName
    DEFAULT? IDENTIFIER TYPE typeName USING identifier (IDENTIFIER qualifiedName)? AS ~SEMI+
  ;

// CREATE OPERATOR FAMILY name USING method; ALTER OPERATOR FAMILY name USING method ADD | DROP ...
// (kept as written) or OWNER TO role; ALTER OPERATOR CLASS name USING method OWNER TO role.
operatorFamilyStatement
  : {WordAt(2, "operator") && (WordAt(3, "family") || WordAt(3, "class"))}? (CREATE | ALTER)
    IDENTIFIER IDENTIFIER qualifiedName USING identifier
    (OWNER TO roleName | ~(OWNER | SEMI) ~SEMI*)?
  ;

// CREATE FOREIGN DATA WRAPPER name [HANDLER ...] [VALIDATOR ...] [OPTIONS (...)]: the name is
// parsed; the statement is kept as written, for the server. DATA and WRAPPER are IDENTIFIERs,
// which the AST builder checks.
createForeignDataWrapperStatement
  : {WordAt(3, "data")}? CREATE FOREIGN IDENTIFIER IDENTIFIER identifier ~SEMI*
  ;

// ALTER FOREIGN DATA WRAPPER name HANDLER | VALIDATOR | OPTIONS ... (kept as written) or OWNER TO
// role.
alterForeignDataWrapperStatement
  : {WordAt(3, "data")}? ALTER FOREIGN IDENTIFIER IDENTIFIER identifier
    (OWNER TO roleName | ~(OWNER | SEMI) ~SEMI*)
  ;

// CREATE SERVER [IF NOT EXISTS] name [TYPE '...'] [VERSION '...'] FOREIGN DATA WRAPPER name
// [OPTIONS (...)]: the name is parsed; the statement is kept as written, for the server.
createServerStatement
  : {WordAt(2, "server")}? CREATE IDENTIFIER (IF NOT EXISTS)? identifier ~SEMI*
  ;

// ALTER SERVER name VERSION | OPTIONS ... (kept as written) or OWNER TO role.
alterServerStatement
  : {WordAt(2, "server")}? ALTER IDENTIFIER identifier (OWNER TO roleName | ~(OWNER | SEMI) ~SEMI*)
  ;

// CREATE USER MAPPING [IF NOT EXISTS] FOR role SERVER name [OPTIONS (...)] and ALTER USER MAPPING
// FOR role SERVER name OPTIONS (...): the role and the server are parsed; the statement is kept
// as written, for the server. USER, MAPPING, FOR and SERVER are IDENTIFIERs, which the AST builder
// checks.
userMappingStatement
  : {WordAt(2, "user") && WordAt(3, "mapping")}? (CREATE | ALTER) IDENTIFIER IDENTIFIER
    (IF NOT EXISTS)? (IDENTIFIER roleName (IDENTIFIER identifier)?)? ~SEMI*
  ;

// CREATE PUBLICATION name [FOR ALL TABLES | FOR TABLE ... | FOR TABLES IN SCHEMA ...] [WITH
// (...)]: the name is parsed; the statement is kept as written, for the server. PUBLICATION is an
// IDENTIFIER, which the AST builder checks.
createPublicationStatement
  : {WordAt(2, "publication")}? CREATE IDENTIFIER identifier ~SEMI*
  ;

// ALTER PUBLICATION name ADD | SET | DROP ... (kept as written, as pg_dump writes ADD) or OWNER TO
// role.
alterPublicationStatement
  : {WordAt(2, "publication")}? ALTER IDENTIFIER identifier (OWNER TO roleName | ~(OWNER | SEMI) ~SEMI*)
  ;

// CREATE CAST (source AS target) WITH FUNCTION f[(arguments)] | WITHOUT FUNCTION | WITH INOUT
// [AS ASSIGNMENT | AS IMPLICIT]: the types are parsed; the statement is kept as written, for the
// server. CAST, ASSIGNMENT and IMPLICIT are IDENTIFIERs, which the AST builder checks.
createCastStatement
  : {WordAt(2, "cast")}? CREATE IDENTIFIER castTypes
    (WITH FUNCTION qualifiedName parenthesized? | WITHOUT FUNCTION | WITH INOUT) (AS IDENTIFIER)?
  ;

// The source and target types of a cast.
castTypes
  : OPEN_PAREN typeName AS typeName CLOSE_PAREN
  ;

// CREATE OPERATOR name (FUNCTION = f, LEFTARG = t, RIGHTARG = t, ...): the name and the argument
// types are parsed; the statement is kept as written, for the server. OPERATOR and the options'
// names are IDENTIFIERs, which the AST builder checks.
createOperatorStatement
  : {WordAt(2, "operator")}? CREATE IDENTIFIER operatorName OPEN_PAREN operatorOption
    (COMMA operatorOption)* CLOSE_PAREN
  ;

// An operator's name: its symbol, after its schema.
operatorName
  : (identifier DOT)? (OPERATOR | EQUAL | PLUS | MINUS)
  ;

// LEFTARG = type, FUNCTION = name, COMMUTATOR = OPERATOR(s.op), HASHES, ...
operatorOption
  : identifier (EQUAL (typeName | (parenthesized | ~(COMMA | OPEN_PAREN | CLOSE_PAREN))+))?
  ;

// The argument types that tell an operator from others of its name: (left, right), NONE on the
// left for a prefix operator.
operatorArguments
  : OPEN_PAREN (NONE | typeName) COMMA typeName CLOSE_PAREN
  ;

// ALTER OPERATOR name (left, right) OWNER TO role, as pg_dump writes it.
alterOperatorOwnerStatement
  : {WordAt(2, "operator")}? ALTER IDENTIFIER operatorName operatorArguments OWNER TO roleName
  ;

// CREATE TEXT SEARCH CONFIGURATION | DICTIONARY name (options): the kind and the name are parsed;
// the statement is kept as written, for the server. TEXT, SEARCH and the kind are IDENTIFIERs,
// which the AST builder checks (parsers and templates are unsupported).
createTextSearchStatement
  : {WordAt(2, "text") && WordAt(3, "search")}? CREATE IDENTIFIER IDENTIFIER IDENTIFIER
    qualifiedName parenthesized
  ;

// CREATE EVENT TRIGGER name ON event [WHEN ...] EXECUTE FUNCTION f(): the name is parsed; the
// statement is kept as written, for the server. EVENT is an IDENTIFIER.
createEventTriggerStatement
  : {WordAt(2, "event")}? CREATE IDENTIFIER TRIGGER identifier ON ~SEMI+
  ;

// ALTER EVENT TRIGGER name ENABLE [REPLICA | ALWAYS] | DISABLE: whether and when it fires; or
// its owner.
alterEventTriggerStatement
  : {WordAt(2, "event")}? ALTER IDENTIFIER TRIGGER identifier
    (ENABLE (REPLICA | ALWAYS)? | DISABLE | OWNER TO roleName)
  ;

// CREATE STATISTICS name [(kinds)] ON column | (expression), ... FROM table: the name and the
// table are parsed; the statement is kept as written, for the server. STATISTICS and FROM are
// IDENTIFIERs, which the AST builder checks.
createStatisticsStatement
  : CREATE IDENTIFIER (IF NOT EXISTS)? qualifiedName parenthesized? ON statisticsElement
    (COMMA statisticsElement)* IDENTIFIER qualifiedName
  ;

// A column, an expression in parentheses, or a function call (as pg_get_statisticsobjdef()
// prints one: lower(city), COALESCE(a, b)).
statisticsElement
  : qualifiedName parenthesized?
  | parenthesized
  | ~(COMMA | OPEN_PAREN | CLOSE_PAREN | SEMI | IDENTIFIER) parenthesized
  ;

// CREATE DOMAIN: the name and the base type are parsed; the statement is kept as written, for the
// server.
createDomainStatement
  : CREATE DOMAIN qualifiedName AS? typeName ~SEMI*
  ;

// The parameters of a function named by ALTER FUNCTION or COMMENT ON FUNCTION, when given.
routineSignature
  : qualifiedName functionParameters?
  ;

// ALTER MATERIALIZED VIEW takes the actions of ALTER TABLE; the compiler applies those that apply
// to a materialized view (CLUSTER ON, SET | RESET, a column's settings, OWNER TO).
alterTableStatement
  : ALTER (FOREIGN? TABLE | MATERIALIZED VIEW) (IF EXISTS)? ONLY? qualifiedName alterTableAction
    (COMMA alterTableAction)*
  ;

alterTableAction
  : ADD COLUMN? (IF NOT EXISTS)? columnDefinition                                 # addColumnAction
  | ADD tableConstraint                                                           # addConstraintAction
  | ALTER COLUMN? identifier SET DEFAULT defaultExpression                        # setDefaultAction
  | ALTER COLUMN? identifier SET NOT NULL_                                        # setNotNullAction
  // DROP DEFAULT and DROP NOT NULL: DROP is an IDENTIFIER the builder checks.
  | ALTER COLUMN? identifier IDENTIFIER (DEFAULT | NOT NULL_)                      # dropColumnPropertyAction
  | ALTER COLUMN? identifier ADD GENERATED identityKind AS IDENTITY sequenceOptionList?  # addIdentityAction
  // SET STORAGE, SET COMPRESSION, SET STATISTICS: the word is an IDENTIFIER the builder checks.
  | ALTER COLUMN? identifier SET IDENTIFIER (identifier | DEFAULT | signedNumber)   # setColumnOptionAction
  // SET (n_distinct = ...) and RESET (n_distinct): RESET is an IDENTIFIER the builder checks.
  | ALTER COLUMN? identifier (SET | IDENTIFIER) relOptions                         # attributeOptionsAction
  | OWNER TO roleName                                                             # ownerAction
  | (ENABLE (REPLICA | ALWAYS)? | DISABLE) TRIGGER identifier                       # triggerEnabledAction
  // [ENABLE [REPLICA | ALWAYS] | DISABLE] RULE name: RULE is an IDENTIFIER the builder checks.
  | (ENABLE (REPLICA | ALWAYS)? | DISABLE) IDENTIFIER identifier                    # ruleEnabledAction
  // [ENABLE | DISABLE | [NO] FORCE] ROW LEVEL SECURITY: FORCE, ROW, LEVEL and SECURITY are
  // IDENTIFIERs, which the AST builder checks.
  | (ENABLE | DISABLE | NO? IDENTIFIER) IDENTIFIER IDENTIFIER IDENTIFIER          # rowSecurityAction
  // ATTACH PARTITION name bound: ATTACH is an IDENTIFIER, which the AST builder checks.
  | IDENTIFIER PARTITION qualifiedName partitionBound                             # attachPartitionAction
  // CLUSTER ON index and SET WITHOUT CLUSTER: CLUSTER is an IDENTIFIER the builder checks.
  | IDENTIFIER ON identifier                                                      # clusterOnAction
  | SET WITHOUT IDENTIFIER                                                        # setWithoutClusterAction
  // REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX name: NOTHING is an IDENTIFIER.
  | REPLICA IDENTITY (DEFAULT | FULL | IDENTIFIER | USING INDEX identifier)       # replicaIdentityAction
  // OF type and NOT OF (a typed table): OF is an IDENTIFIER the builder checks.
  | NOT? IDENTIFIER qualifiedName?                                                # ofTypeAction
  | NO? INHERIT qualifiedName                                                     # inheritAction
  // OPTIONS ([ADD | SET | DROP] name ['value'], ...) of a foreign table or of its column, as
  // pg_dump writes a column's.
  | ALTER COLUMN? identifier alterGenericOptions                                  # columnGenericOptionsAction
  | alterGenericOptions                                                           # tableGenericOptionsAction
  // SET (storage_parameter = value, ...) and RESET (storage_parameter, ...) of the relation:
  // RESET is an IDENTIFIER the builder checks.
  | (SET | IDENTIFIER) relOptions                                                 # relationOptionsAction
  // SET LOGGED | UNLOGGED: LOGGED is an IDENTIFIER the builder checks.
  | SET (UNLOGGED | IDENTIFIER)                                                   # persistenceAction
  // VALIDATE CONSTRAINT name: VALIDATE is an IDENTIFIER the builder checks.
  | IDENTIFIER CONSTRAINT identifier                                              # validateConstraintAction
  | ~(ADD | COMMA | SEMI | OPEN_PAREN | CLOSE_PAREN)
    (parenthesized | ~(OPEN_PAREN | CLOSE_PAREN | COMMA | SEMI))*                  # unsupportedAction
  ;

// ALTER INDEX parent ATTACH PARTITION child, as pg_dump writes the indexes of partitions,
// ALTER INDEX name ALTER [COLUMN] n SET STATISTICS target, and ALTER INDEX name SET | RESET
// (storage parameters): ATTACH, STATISTICS and RESET are IDENTIFIERs, which the AST builder
// checks; other forms of ALTER INDEX are unsupported.
alterIndexStatement
  : ALTER INDEX (IF EXISTS)? qualifiedName IDENTIFIER PARTITION qualifiedName
  | ALTER INDEX (IF EXISTS)? qualifiedName ALTER COLUMN? signedNumber SET IDENTIFIER signedNumber
  | ALTER INDEX (IF EXISTS)? qualifiedName (SET | IDENTIFIER) relOptions
  ;

alterOwnerStatement
  : ALTER (SCHEMA | TYPE | MATERIALIZED? VIEW | DOMAIN) qualifiedName OWNER TO roleName
  | ALTER (FUNCTION | PROCEDURE | AGGREGATE) routineSignature OWNER TO roleName
  // ALTER STATISTICS, COLLATION and CONVERSION: the word is an IDENTIFIER.
  | {WordAt(2, "statistics") || WordAt(2, "collation") || WordAt(2, "conversion")}? ALTER
    IDENTIFIER qualifiedName OWNER TO roleName
  // ALTER TEXT SEARCH CONFIGURATION | DICTIONARY: the words are IDENTIFIERs.
  | {WordAt(2, "text") && WordAt(3, "search")}? ALTER IDENTIFIER IDENTIFIER IDENTIFIER
    qualifiedName OWNER TO roleName
  ;

// ALTER TEXT SEARCH CONFIGURATION name ADD | ALTER | DROP MAPPING ..., and ALTER TEXT SEARCH
// DICTIONARY name (options): the kind and the name are parsed; the statement is kept as written,
// for the server, which applies it to the object in statement order. The words are IDENTIFIERs,
// which the AST builder checks.
alterTextSearchStatement
  : {WordAt(2, "text") && WordAt(3, "search")}? ALTER IDENTIFIER IDENTIFIER IDENTIFIER
    qualifiedName (ADD | ALTER | IDENTIFIER | parenthesized) ~SEMI*
  ;

// ALTER STATISTICS name SET STATISTICS target: both words are IDENTIFIERs.
alterStatisticsStatement
  : {WordAt(2, "statistics")}? ALTER IDENTIFIER qualifiedName SET IDENTIFIER signedNumber
  ;

// The other forms of ALTER TYPE, ALTER SCHEMA and ALTER SEQUENCE (ADD VALUE, RENAME, SET
// SCHEMA, ...), reported as unsupported; RENAME and DROP are IDENTIFIERs that the AST builder
// checks.
// ALTER TYPE ... ADD VALUE and RENAME VALUE: changes of an enum type's values, applied to it in
// statement order (migration histories hold them). VALUE, BEFORE, AFTER and RENAME are
// IDENTIFIERs, which the AST builder checks.
alterEnumStatement
  : ALTER TYPE qualifiedName ADD IDENTIFIER (IF NOT EXISTS)? stringLiteral
    (IDENTIFIER stringLiteral)?                                                # alterEnumAddValue
  | ALTER TYPE qualifiedName IDENTIFIER IDENTIFIER stringLiteral TO stringLiteral  # alterEnumRenameValue
  ;

alterOtherStatement
  : ALTER TYPE qualifiedName (ADD | IDENTIFIER | SET | ALTER) ~SEMI*  # alterTypeOther
  | ALTER SCHEMA identifier IDENTIFIER ~SEMI*                               # alterSchemaOther
  | ALTER SEQUENCE (IF EXISTS)? qualifiedName (IDENTIFIER | SET) ~SEMI*     # alterSequenceOther
  ;

commentStatement
  : COMMENT ON commentTarget IS (stringLiteral | NULL_)
  ;

commentTarget
  : SCHEMA identifier                                  # commentOnSchema
  | EXTENSION identifier                               # commentOnExtension
  | FOREIGN? TABLE qualifiedName                       # commentOnTable
  | COLUMN qualifiedName                               # commentOnColumn
  | INDEX qualifiedName                                # commentOnIndex
  | MATERIALIZED? VIEW qualifiedName                   # commentOnView
  | (FUNCTION | PROCEDURE | AGGREGATE) routineSignature  # commentOnFunction
  | TRIGGER identifier ON qualifiedName                # commentOnTrigger
  | POLICY identifier ON qualifiedName                 # commentOnPolicy
  | IDENTIFIER identifier ON qualifiedName             # commentOnRule
  | IDENTIFIER qualifiedName                           # commentOnStatistics
  | IDENTIFIER IDENTIFIER IDENTIFIER qualifiedName     # commentOnTextSearch
  | IDENTIFIER TRIGGER identifier                      # commentOnEventTrigger
  | IDENTIFIER operatorName operatorArguments          # commentOnOperator
  | IDENTIFIER IDENTIFIER qualifiedName USING identifier  # commentOnOperatorClass
  | IDENTIFIER castTypes                               # commentOnCast
  | FOREIGN IDENTIFIER IDENTIFIER identifier           # commentOnForeignDataWrapper
  | IDENTIFIER IDENTIFIER identifier                   # commentOnAccessMethod
  | SEQUENCE qualifiedName                             # commentOnSequence
  | TYPE qualifiedName                                 # commentOnType
  | CONSTRAINT identifier ON qualifiedName             # commentOnConstraint
  | CONSTRAINT identifier ON DOMAIN qualifiedName      # commentOnDomainConstraint
  | DOMAIN qualifiedName                               # commentOnDomain
  | ~(SCHEMA | EXTENSION | TABLE | COLUMN | INDEX | VIEW | MATERIALIZED | FUNCTION | PROCEDURE
      | AGGREGATE | TRIGGER | POLICY | SEQUENCE | TYPE | DOMAIN | CONSTRAINT | IS | SEMI)
    ~(IS | SEMI)*                                      # commentOnOther
  ;

// GRANT and REVOKE of privileges on objects: the objects and the roles are parsed (the objects
// must be declared, the roles must exist on the scratch server); the statement is kept as
// written, for the server. GRANT, REVOKE, FROM, ALL, ROUTINE, ... are IDENTIFIERs, which the AST
// builder checks; a privilege is any run of words (SELECT, ALL PRIVILEGES, GRANT OPTION FOR
// INSERT), with the columns it applies to.
grantStatement
  : IDENTIFIER grantPrivilege (COMMA grantPrivilege)* ON grantTarget (TO | IDENTIFIER)
    roleName (COMMA roleName)* ~SEMI*
  ;

grantPrivilege
  : grantWord+ columnList?
  ;

grantWord
  : IDENTIFIER | SELECT | UPDATE | DELETE | REFERENCES | TRIGGER | CREATE | TEMPORARY | TEMP
  | SET | ALTER
  ;

// SEQUENCE, SCHEMA, FUNCTION, TYPE, ... are also names (REVOKE ... ON TYPE t FROM r reads as
// well as a table named "type" revoked from "t"): the alternatives that begin with them come
// first, since the first one that fits is taken.
grantTarget
  : IDENTIFIER IDENTIFIER IN SCHEMA identifier (COMMA identifier)*          # grantOnAllInSchema
  | SEQUENCE qualifiedName (COMMA qualifiedName)*                           # grantOnSequences
  | SCHEMA identifier (COMMA identifier)*                                   # grantOnSchemas
  | (FUNCTION | PROCEDURE) routineSignature (COMMA routineSignature)*       # grantOnRoutines
  | (TYPE | DOMAIN) qualifiedName (COMMA qualifiedName)*                    # grantOnTypes
  | TABLE? qualifiedName (COMMA qualifiedName)*                             # grantOnRelations
  | IDENTIFIER routineSignature (COMMA routineSignature)*                   # grantOnRoutines
  | FOREIGN IDENTIFIER IDENTIFIER identifier (COMMA identifier)*          # grantOnForeignDataWrappers
  | FOREIGN IDENTIFIER identifier (COMMA identifier)*                     # grantOnServers
  | ~(TO | SEMI)+                                                           # grantOnOther
  ;

// ALTER DEFAULT PRIVILEGES [FOR ROLE | USER roles] [IN SCHEMA schemas] GRANT | REVOKE ... ON
// TABLES | SEQUENCES | FUNCTIONS | ROUTINES | TYPES | SCHEMAS TO | FROM roles: PRIVILEGES, FOR,
// ROLE, USER, GRANT, REVOKE, FROM and the kind of object are IDENTIFIERs, which the AST builder
// checks. The statement is kept as written, for the server.
alterDefaultPrivilegesStatement
  : ALTER DEFAULT IDENTIFIER defaultPrivilegesScope* IDENTIFIER grantPrivilege
    (COMMA grantPrivilege)* ON IDENTIFIER (TO | IDENTIFIER) roleName (COMMA roleName)* ~SEMI*
  ;

// FOR is no key word of the lexer's: REVOKE GRANT OPTION FOR ... would read as FOR ROLE's form.
defaultPrivilegesScope
  : {NextIsWord("for")}? IDENTIFIER IDENTIFIER roleName (COMMA roleName)*  # defaultPrivilegesForRole
  | IN SCHEMA identifier (COMMA identifier)*          # defaultPrivilegesInSchema
  ;

// Session settings, as pg_dump writes them; they have no effect on the desired state.
setStatement
  : SET ~SEMI*
  ;

// Only "SELECT pg_catalog.set_config(...)" is accepted; the compiler reports any other query.
selectStatement
  : SELECT ~SEMI*
  ;

unsupportedStatement
  : CREATE (OR REPLACE)? ~(SCHEMA | EXTENSION | TYPE | SEQUENCE | TABLE | UNLOGGED | TEMP | TEMPORARY
      | LOCAL | GLOBAL | INDEX | UNIQUE | VIEW | RECURSIVE | MATERIALIZED | FUNCTION | PROCEDURE
      | TRIGGER | CONSTRAINT | DOMAIN | SEMI) ~SEMI*
  | CREATE (OR REPLACE)? (LOCAL | GLOBAL)? (TEMP | TEMPORARY) ~(TABLE | SEMI) ~SEMI*
  | CREATE UNLOGGED ~(TABLE | SEQUENCE | SEMI) ~SEMI*
  | CREATE TYPE qualifiedName (AS ~(ENUM | OPEN_PAREN | SEMI) ~SEMI* | ~(AS | SEMI) ~SEMI*)?
  | ALTER ~(TABLE | SEQUENCE | SCHEMA | TYPE | DEFAULT | SEMI) ~SEMI*
  | ~(CREATE | ALTER | COMMENT | SET | SELECT | SEMI | META_COMMAND) ~SEMI*
  ;

// Type names as PostgreSQL spells them, including its multi-word names.
typeName
  : simpleTypeName arrayBounds?
  ;

simpleTypeName
  : DOUBLE PRECISION                                                    # doublePrecisionType
  | (CHARACTER | CHAR | NATIONAL (CHARACTER | CHAR) | {NextIsWord("nchar")}? IDENTIFIER) VARYING?
    typeModifiers?                                                      # characterType
  | BIT VARYING? typeModifiers?                                         # bitType
  | (TIMESTAMP | TIME) typeModifiers? ((WITH | WITHOUT) TIME ZONE)?     # datetimeType
  | INTERVAL intervalFields? typeModifiers?                             # intervalType
  | qualifiedName typeModifiers?                                        # namedType
  ;

intervalFields
  : (YEAR | MONTH | DAY | HOUR | MINUTE | SECOND) (TO (YEAR | MONTH | DAY | HOUR | MINUTE | SECOND))?
  ;

typeModifiers
  : OPEN_PAREN typeModifier (COMMA typeModifier)* CLOSE_PAREN
  ;

typeModifier
  : signedNumber
  | identifier
  | stringLiteral
  ;

arrayBounds
  : (OPEN_BRACKET INTEGER? CLOSE_BRACKET)+
  | ARRAY (OPEN_BRACKET INTEGER CLOSE_BRACKET)?
  ;

relOptions
  : OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN
  ;

relOption
  : qualifiedName (EQUAL relOptionValue)?
  ;

relOptionValue
  : signedNumber
  | stringLiteral
  | identifier
  | ON
  ;

columnList
  : OPEN_PAREN identifier (COMMA identifier)* CLOSE_PAREN
  ;

// A DEFAULT expression ends where the next column constraint begins, as in PostgreSQL, whose
// DEFAULT takes a b_expr (no unparenthesized NOT, IS, COLLATE, ...).
defaultExpression
  : (NULL_ | defaultToken) defaultToken*
  ;

// After a ".", a key word is a name (DEFAULT public.generated(1), as pg_dump writes a call of a
// function of that name); so is GENERATED before "(" (DEFAULT generated(1)), which no clause
// that begins with GENERATED has there.
defaultToken
  : parenthesized
  | bracketed
  | GENERATED parenthesized
  | DOT ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET | COMMA | SEMI)
  | ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET | COMMA | SEMI | NOT | NULL_
      | CONSTRAINT | PRIMARY | UNIQUE | CHECK | REFERENCES | GENERATED | COLLATE | DEFAULT
      | DEFERRABLE | INITIALLY)
  ;

// A balanced span in brackets (ARRAY['a', 'b'], x[1]), whose commas do not end a default.
bracketed
  : OPEN_BRACKET (parenthesized | bracketed | ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET
      | CLOSE_BRACKET | SEMI))* CLOSE_BRACKET
  ;

// Any balanced token span inside parentheses or up to the end of a statement.
expression
  : (parenthesized | ~(OPEN_PAREN | CLOSE_PAREN | SEMI))+
  ;

parenthesized
  : OPEN_PAREN (parenthesized | ~(OPEN_PAREN | CLOSE_PAREN | SEMI))* CLOSE_PAREN
  ;

// After a dot, PostgreSQL takes any key word as a name (a ColLabel): public.user, public.table.
// A function's or a type's name may be a type or function name key word (is, like, full, ...),
// which the AST builder refuses where a name must be a column identifier.
qualifiedName
  : (identifier | typeFunctionKeyword) (DOT colLabel)*
  ;

// A parameter's name: an identifier or a type or function name key word.
parameterName
  : identifier
  | typeFunctionKeyword
  ;

colLabel
  : identifier
  | reservedKeyword
  ;

roleName
  : identifier
  | typeFunctionKeyword
  | CURRENT_USER
  | SESSION_USER
  | CURRENT_ROLE
  ;

signedNumber
  : (PLUS | MINUS)? (INTEGER | NUMERIC)
  ;

stringLiteral
  : STRING
  | ESCAPE_STRING
  | DOLLAR_STRING
  ;

identifier
  : IDENTIFIER
  | QUOTED_IDENTIFIER
  | nonReservedKeyword
  ;

// The lexer's key words that PostgreSQL does not accept as an unquoted name other than after a
// dot (its reserved and type or function name key words).
reservedKeyword
  : ARRAY | AS | ASC | AUTHORIZATION | CHECK | COLLATE | COLUMN | CONCURRENTLY
  | CONSTRAINT | CREATE | CURRENT_ROLE | CURRENT_USER | DEFAULT | DEFERRABLE | DESC | DISTINCT
  | FOREIGN | FULL | IN | INITIALLY | IS | LIKE | NOT | NULL_ | ON | ONLY | OR
  | PRIMARY | REFERENCES | SELECT | SESSION_USER | TABLE | TO | UNIQUE | USING
  | VARIADIC | WHERE | WITH
  ;

// The lexer's key words that PostgreSQL takes as the name of a function, a type, a parameter or
// a role, but as no other name unless quoted (its type or function name key words).
typeFunctionKeyword
  : AUTHORIZATION | CONCURRENTLY | FULL | IS | LIKE
  ;

// The lexer's key words that PostgreSQL accepts as names (unreserved and column name key words;
// the AST builder refuses the column name key words where PostgreSQL does, as type names).
nonReservedKeyword
  : ACTION | ADD | AGGREGATE | ALTER | ALWAYS | BIT | BY | CACHE | CASCADE
  | CHAR | CHARACTER | COMMENT | CYCLE | DAY | DEFERRED | DELETE | DISABLE | DOMAIN | DOUBLE
  | ENABLE
  | ENUM | EXCLUDE | EXISTS | EXTENSION | FIRST | FUNCTION | GENERATED | GLOBAL | HOUR
  | IDENTITY | IF | IMMEDIATE | INCLUDE | INCREMENT | INDEX | INHERIT | INHERITS | INOUT
  | INTERVAL | KEY | LAST | LOCAL | MATCH | MATERIALIZED | MAXVALUE | MINUTE | MINVALUE
  | MONTH | NAME | NATIONAL | NO | NONE | NULLS | OUT | OWNED | OWNER
  | PARTIAL | PARTITION | POLICY | PRECISION | PROCEDURE | RECURSIVE | REPLACE | REPLICA | RESTART | RESTRICT
  | SCHEMA | SECOND
  | SEQUENCE | SESSION | SET | SIMPLE | START | STORED | TABLESPACE | TEMP
  | TEMPORARY | TIME | TIMESTAMP | TRIGGER | TYPE | UNLOGGED | UPDATE | VALID | VARYING
  | VERSION | VIEW | WITHOUT | YEAR | ZONE
  ;
