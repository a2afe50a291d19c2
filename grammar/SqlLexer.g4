// Lexer for the schemac schema language: PostgreSQL's lexical rules (SQL key words are
// case-insensitive, unquoted identifiers fold to lower case later, in the AST builder).
lexer grammar SqlLexer;

@lexer::members {
  // Consumes a block comment after its opening "/*". PostgreSQL nests block comments; a comment
  // still open at the end of the input becomes an UNTERMINATED_COMMENT token for the parser to
  // report. A loop, not a recursive rule, so that deep nesting cannot exhaust the stack.
  void ConsumeBlockComment() {
    auto* sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
    size_t depth = 1;
    while (depth > 0) {
      size_t c = _input->LA(1);
      if (c == antlr4::IntStream::EOF) {
        setType(UNTERMINATED_COMMENT);
        return;
      }
      size_t next = _input->LA(2);
      if ((c == '/' && next == '*') || (c == '*' && next == '/')) {
        depth = c == '/' ? depth + 1 : depth - 1;
        sim->consume(_input);
      }
      sim->consume(_input);
    }
    setChannel(antlr4::Token::HIDDEN_CHANNEL);
  }

  // Ends an operator as PostgreSQL does: one of several characters cannot end in + or - unless it
  // holds one of ~ ! @ # % ^ & | ` ?, so "=-" is "=" followed by "-" (n_distinct=-0.5, as pg_dump
  // writes it). The characters given back are read again as the next tokens.
  void TrimOperator() {
    std::string text = getText();
    if (text.find_first_of("~!@#%^&|`?") != std::string::npos) {
      return;
    }
    size_t length = text.size();
    while (length > 1 && (text[length - 1] == '+' || text[length - 1] == '-')) {
      --length;
    }
    if (length == text.size()) {
      return;
    }
    auto* sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
    _input->seek(tokenStartCharIndex + length);
    sim->setCharPositionInLine(tokenStartCharPositionInLine + length);
    if (length == 1) {
      setType(text[0] == '=' ? EQUAL : text[0] == '+' ? PLUS : text[0] == '-' ? MINUS : OPERATOR);
    }
  }

  // Consumes the body of a dollar-quoted string after its opening delimiter, up to the same
  // delimiter; without one, the token becomes UNTERMINATED_DOLLAR_STRING. The stream gives code
  // points, so the delimiter ($é$) is read back from it as code points too.
  void ConsumeDollarBody() {
    auto* sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
    std::vector<size_t> delimiter;
    for (size_t back = getCharIndex() - tokenStartCharIndex; back > 0; --back) {
      delimiter.push_back(_input->LA(-static_cast<ssize_t>(back)));
    }
    size_t matched = 0;
    while (matched < delimiter.size()) {
      size_t c = _input->LA(1);
      if (c == antlr4::IntStream::EOF) {
        setType(UNTERMINATED_DOLLAR_STRING);
        return;
      }
      if (c == delimiter[matched]) {
        ++matched;
      } else {
        matched = c == '$' ? 1 : 0;
      }
      sim->consume(_input);
    }
  }
}

WHITESPACE: [ \t\r\n\f\u000B]+ -> channel(HIDDEN);
LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' { ConsumeBlockComment(); };

// A psql meta-command ("\restrict KEY" in current pg_dump output) runs to the end of its line.
META_COMMAND: '\\' ~[\r\n]*;

// Key words.
ACTION: A C T I O N;
ADD: A D D;
ALTER: A L T E R;
AGGREGATE: A G G R E G A T E;
ALWAYS: A L W A Y S;
ARRAY: A R R A Y;
AS: A S;
ASC: A S C;
AUTHORIZATION: A U T H O R I Z A T I O N;
BIT: B I T;
BY: B Y;
CACHE: C A C H E;
CASCADE: C A S C A D E;
CHAR: C H A R;
CHARACTER: C H A R A C T E R;
CHECK: C H E C K;
COLLATE: C O L L A T E;
COLUMN: C O L U M N;
COMMENT: C O M M E N T;
CONCURRENTLY: C O N C U R R E N T L Y;
CONSTRAINT: C O N S T R A I N T;
CREATE: C R E A T E;
CURRENT_ROLE: C U R R E N T '_' R O L E;
CURRENT_USER: C U R R E N T '_' U S E R;
CYCLE: C Y C L E;
DAY: D A Y;
DEFAULT: D E F A U L T;
DEFERRABLE: D E F E R R A B L E;
DEFERRED: D E F E R R E D;
DELETE: D E L E T E;
DESC: D E S C;
DISABLE: D I S A B L E;
DISTINCT: D I S T I N C T;
DOMAIN: D O M A I N;
DOUBLE: D O U B L E;
ENABLE: E N A B L E;
ENUM: E N U M;
EXCLUDE: E X C L U D E;
EXISTS: E X I S T S;
EXTENSION: E X T E N S I O N;
FIRST: F I R S T;
FOREIGN: F O R E I G N;
FULL: F U L L;
FUNCTION: F U N C T I O N;
GENERATED: G E N E R A T E D;
GLOBAL: G L O B A L;
HOUR: H O U R;
IDENTITY: I D E N T I T Y;
IF: I F;
IMMEDIATE: I M M E D I A T E;
IN: I N;
INCLUDE: I N C L U D E;
INCREMENT: I N C R E M E N T;
INDEX: I N D E X;
INHERIT: I N H E R I T;
INHERITS: I N H E R I T S;
INITIALLY: I N I T I A L L Y;
INOUT: I N O U T;
INTERVAL: I N T E R V A L;
IS: I S;
KEY: K E Y;
LAST: L A S T;
LIKE: L I K E;
LOCAL: L O C A L;
MATCH: M A T C H;
MATERIALIZED: M A T E R I A L I Z E D;
MAXVALUE: M A X V A L U E;
MINUTE: M I N U T E;
MINVALUE: M I N V A L U E;
MONTH: M O N T H;
NAME: N A M E;
NATIONAL: N A T I O N A L;
NO: N O;
NONE: N O N E;
NOT: N O T;
NULL_: N U L L;
NULLS: N U L L S;
ON: O N;
ONLY: O N L Y;
OR: O R;
OUT: O U T;
OWNED: O W N E D;
OWNER: O W N E R;
PARTIAL: P A R T I A L;
PARTITION: P A R T I T I O N;
POLICY: P O L I C Y;
PRECISION: P R E C I S I O N;
PRIMARY: P R I M A R Y;
PROCEDURE: P R O C E D U R E;
RECURSIVE: R E C U R S I V E;
REFERENCES: R E F E R E N C E S;
REPLACE: R E P L A C E;
REPLICA: R E P L I C A;
RESTART: R E S T A R T;
RESTRICT: R E S T R I C T;
SCHEMA: S C H E M A;
SECOND: S E C O N D;
SELECT: S E L E C T;
SEQUENCE: S E Q U E N C E;
SESSION: S E S S I O N;
SESSION_USER: S E S S I O N '_' U S E R;
SET: S E T;
SIMPLE: S I M P L E;
START: S T A R T;
STORED: S T O R E D;
TABLE: T A B L E;
TABLESPACE: T A B L E S P A C E;
TEMP: T E M P;
TEMPORARY: T E M P O R A R Y;
TIME: T I M E;
TIMESTAMP: T I M E S T A M P;
TO: T O;
TRIGGER: T R I G G E R;
TYPE: T Y P E;
UNIQUE: U N I Q U E;
UNLOGGED: U N L O G G E D;
UPDATE: U P D A T E;
USING: U S I N G;
VALID: V A L I D;
VARIADIC: V A R I A D I C;
VARYING: V A R Y I N G;
VERSION: V E R S I O N;
VIEW: V I E W;
WHERE: W H E R E;
WITH: W I T H;
WITHOUT: W I T H O U T;
YEAR: Y E A R;
ZONE: Z O N E;

// Literals.
// A string may go on in another quoted part after white space holding a newline (and comments).
STRING: '\'' QUOTED_BODY '\'' (STRING_CONTINUATION '\'' QUOTED_BODY '\'')*;
UNTERMINATED_STRING: '\'' QUOTED_BODY;
ESCAPE_STRING: [eE] '\'' ESCAPE_BODY '\'' (STRING_CONTINUATION '\'' ESCAPE_BODY '\'')*;
UNTERMINATED_ESCAPE_STRING: [eE] '\'' ESCAPE_BODY;
// U&'...' and U&"..." keep the token types of their plain forms; the decoders read the prefix.
UNICODE_STRING:
  U '&' '\'' QUOTED_BODY '\'' (STRING_CONTINUATION '\'' QUOTED_BODY '\'')* UESCAPE_CLAUSE? -> type(STRING);
UNICODE_QUOTED_IDENTIFIER: U '&' '"' ('""' | ~'"')* '"' UESCAPE_CLAUSE? -> type(QUOTED_IDENTIFIER);
BIT_STRING: [bBxX] '\'' ~'\''* '\'';
DOLLAR_STRING: '$' DOLLAR_TAG? '$' { ConsumeDollarBody(); };
UNTERMINATED_DOLLAR_STRING: '$$' '\u0000'; // set by ConsumeDollarBody; never matched directly
UNTERMINATED_COMMENT: '/*' '\u0000'; // set by ConsumeBlockComment; never matched directly
PARAM: '$' DIGIT+;
INTEGER: DIGIT+;
NUMERIC: DIGIT+ '.' DIGIT* EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT;

// Identifiers.
QUOTED_IDENTIFIER: '"' ('""' | ~'"')* '"';
UNTERMINATED_QUOTED_IDENTIFIER: '"' ('""' | ~'"')*;
IDENTIFIER: IDENT_START IDENT_CHAR*;

// Punctuation and operators.
OPEN_PAREN: '(';
CLOSE_PAREN: ')';
OPEN_BRACKET: '[';
CLOSE_BRACKET: ']';
COMMA: ',';
SEMI: ';';
TYPECAST: '::';
COLON: ':';
DOT: '.';
EQUAL: '=';
PLUS: '+';
MINUS: '-';
// PostgreSQL ends an operator before "--" or "/*", which start comments, and before a trailing
// + or - (TrimOperator).
OPERATOR: (OP_CHAR | '/' {_input->LA(1) != '*'}? | '-' {_input->LA(1) != '-'}?)+ { TrimOperator(); };

// Anything else reaches the parser as one token, which reports it as a syntax error.
ERROR_CHAR: .;

fragment DIGIT: [0-9];
fragment QUOTED_BODY: ('\'\'' | ~'\'')*;
fragment ESCAPE_BODY: ('\\' . | '\'\'' | ~['\\])*;
fragment STRING_CONTINUATION: [ \t\f]* '\r'? '\n' ([ \t\f\r\n] | '--' ~[\r\n]*)*;
fragment UESCAPE_CLAUSE: [ \t\r\n]+ U E S C A P E [ \t\r\n]+ '\'' ~'\'' '\'';
fragment EXPONENT: [eE] [+-]? DIGIT+;
fragment IDENT_START: [a-zA-Z_\u0080-\u{10FFFF}];
fragment IDENT_CHAR: [a-zA-Z_0-9$\u0080-\u{10FFFF}];
fragment DOLLAR_TAG: [a-zA-Z_\u0080-\u{10FFFF}] [a-zA-Z_0-9\u0080-\u{10FFFF}]*;
fragment OP_CHAR: [+*<>=~!@#%^&|`?];

fragment A: [aA];
fragment B: [bB];
fragment C: [cC];
fragment D: [dD];
fragment E: [eE];
fragment F: [fF];
fragment G: [gG];
fragment H: [hH];
fragment I: [iI];
fragment J: [jJ];
fragment K: [kK];
fragment L: [lL];
fragment M: [mM];
fragment N: [nN];
fragment O: [oO];
fragment P: [pP];
fragment Q: [qQ];
fragment R: [rR];
fragment S: [sS];
fragment T: [tT];
fragment U: [uU];
fragment V: [vV];
fragment W: [wW];
fragment X: [xX];
fragment Y: [yY];
fragment Z: [zZ];
