#include "schemac/catalog/sql.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"

namespace schemac::catalog {

using base::QuoteIdentifier;
using base::QuoteLiteral;

namespace {

// The text an expression is written with in `form`.
const std::string& Text(const std::string& expression, const Written& written,
                        ExpressionForm form) {
  return form == ExpressionForm::kWritten && !written.empty() ? written.text : expression;
}

bool SameKey(const Constraint& a, const Constraint& b) {
  if ((a.type == ConstraintType::kExclusion) != (b.type == ConstraintType::kExclusion)) {
    return false;
  }
  if (a.type == ConstraintType::kExclusion) {
    return a.expression == b.expression && a.deferrable == b.deferrable &&
           a.initially_deferred == b.initially_deferred;
  }
  return a.columns == b.columns && a.include == b.include &&
         a.nulls_not_distinct == b.nulls_not_distinct && a.deferrable == b.deferrable &&
         a.initially_deferred == b.initially_deferred;
}

// A constraint whose index CREATE TABLE may find it has made already.
bool IsKey(const Constraint& constraint) {
  return constraint.type == ConstraintType::kPrimaryKey ||
         constraint.type == ConstraintType::kUnique ||
         constraint.type == ConstraintType::kExclusion;
}

}  // namespace

std::string ColumnListSql(const std::vector<std::string>& columns) {
  std::string out = "(";
  for (size_t i = 0; i < columns.size(); ++i) {
    out += (i == 0 ? "" : ", ") + QuoteIdentifier(columns[i]);
  }
  return out + ")";
}

namespace {

// An option's name, its namespace apart: toast.autovacuum_enabled.
std::string OptionNameSql(const std::string& name) {
  size_t dot = name.find('.');
  return dot == std::string::npos
             ? QuoteIdentifier(name)
             : QuoteIdentifier(name.substr(0, dot)) + "." + QuoteIdentifier(name.substr(dot + 1));
}

}  // namespace

std::string StorageOptionsSql(const StorageOptions& options) {
  std::string out = "(";
  bool first = true;
  for (const auto& [name, value] : options) {
    out += (first ? "" : ", ") + OptionNameSql(name) + "=" + QuoteLiteral(value);
    first = false;
  }
  return out + ")";
}

std::vector<std::string> OptionsChangeSql(std::string_view alter, const StorageOptions& from,
                                          const StorageOptions& to) {
  std::vector<std::string> out;
  std::vector<std::string> reset;
  for (const auto& [option, value] : from) {
    if (to.count(option) == 0) {
      reset.push_back(OptionNameSql(option));
    }
  }
  if (!reset.empty()) {
    out.push_back(fmt::format("{} RESET ({});", alter, fmt::join(reset, ", ")));
  }
  if (!to.empty() && from != to) {
    out.push_back(fmt::format("{} SET {};", alter, StorageOptionsSql(to)));
  }
  return out;
}

std::string SequenceClausesSql(const SequenceOptions& options) {
  return fmt::format("AS {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {} {}",
                     options.type, options.increment, options.min_value, options.max_value,
                     options.start, options.cache, options.cycle ? "CYCLE" : "NO CYCLE");
}

std::string IdentitySql(const Identity& identity) {
  // The identity sequence has the column's type, so AS is left out.
  std::string clauses = SequenceClausesSql(identity.options);
  clauses = clauses.substr(clauses.find(" INCREMENT") + 1);
  return fmt::format("GENERATED {} AS IDENTITY (SEQUENCE NAME {} {})",
                     identity.kind == IdentityKind::kAlways ? "ALWAYS" : "BY DEFAULT",
                     identity.sequence.Quoted(), clauses);
}

std::string DefaultSql(const std::string& expression) {
  // DEFAULT takes a restricted expression (PostgreSQL's b_expr): one holding AND, OR, NOT, IS,
  // LIKE, IN, BETWEEN, AT TIME ZONE, COLLATE or a comparison with ANY/ALL outside parentheses must
  // be parenthesised, as written by hand it was.
  static const char* const kWords[] = {
      "and", "or",      "not", "is",  "like", "ilike",  "similar", "in",     "between",
      "at",  "collate", "any", "all", "some", "isnull", "notnull", "escape", "overlaps"};
  int depth = 0;
  bool quoted = false;
  char quote = 0;
  std::string word;
  auto check_word = [&] {
    bool found = false;
    if (!word.empty() && depth == 0) {
      std::string lower = word;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
      found = std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
    }
    word.clear();
    return found;
  };
  for (char c : expression) {
    if (quoted) {
      if (c == quote) {
        quoted = false;
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      if (check_word()) {
        return "(" + expression + ")";
      }
      quoted = true;
      quote = c;
      continue;
    }
    bool word_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                     (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
    if (word_char) {
      word += c;
      continue;
    }
    if (check_word()) {
      return "(" + expression + ")";
    }
    depth += c == '(' || c == '[' ? 1 : (c == ')' || c == ']' ? -1 : 0);
  }
  if (check_word()) {
    return "(" + expression + ")";
  }
  return expression;
}

namespace {

// What a column definition says after its type and collation: identity, generation, default and
// NOT NULL, each with a space before it.
std::string ColumnClausesSql(const Column& column, ExpressionForm form, bool with_default) {
  std::string out;
  if (column.identity) {
    out += " " + IdentitySql(*column.identity);
  }
  if (column.generated_expression) {
    out += " GENERATED ALWAYS AS (" +
           Text(*column.generated_expression, column.generated_written, form) + ") STORED";
  }
  if (column.default_expression && with_default) {
    // As written, a default already parses after DEFAULT.
    out += " DEFAULT " + (form == ExpressionForm::kWritten && !column.default_written.empty()
                              ? column.default_written.text
                              : DefaultSql(*column.default_expression));
  }
  if (column.not_null) {
    out += " NOT NULL";
  }
  return out;
}

}  // namespace

std::string ColumnDefinitionSql(const Column& column, ExpressionForm form, bool with_default) {
  std::string out = QuoteIdentifier(column.name) + " " + column.type;
  if (column.compression) {
    out += " COMPRESSION " + *column.compression;
  }
  out += GenericOptionsSql(column.options);
  if (column.collation) {
    out += " COLLATE " + *column.collation;
  }
  return out + ColumnClausesSql(column, form, with_default);
}

std::string ConstraintDefinitionSql(const Constraint& constraint, ExpressionForm form) {
  std::string out = "CONSTRAINT " + QuoteIdentifier(constraint.name) + " ";
  switch (constraint.type) {
    case ConstraintType::kPrimaryKey:
    case ConstraintType::kUnique:
      out += constraint.type == ConstraintType::kPrimaryKey ? "PRIMARY KEY " : "UNIQUE ";
      if (constraint.nulls_not_distinct) {
        out += "NULLS NOT DISTINCT ";
      }
      out += ColumnListSql(constraint.columns);
      if (!constraint.include.empty()) {
        out += " INCLUDE " + ColumnListSql(constraint.include);
      }
      if (!constraint.index_options.empty()) {
        out += " WITH " + StorageOptionsSql(constraint.index_options);
      }
      break;
    case ConstraintType::kCheck:
      out += "CHECK (" + Text(constraint.expression, constraint.expression_written, form) + ")";
      if (constraint.no_inherit) {
        out += " NO INHERIT";
      }
      break;
    case ConstraintType::kExclusion:
      out += Text(constraint.expression, constraint.expression_written, form);
      break;
    case ConstraintType::kForeignKey:
      out += "FOREIGN KEY " + ColumnListSql(constraint.columns) + " REFERENCES " +
             constraint.referenced_table.Quoted() + ColumnListSql(constraint.referenced_columns);
      if (constraint.match != MatchType::kSimple) {
        out += fmt::format(" MATCH {}", MatchSql(constraint.match));
      }
      if (constraint.on_update != ReferentialAction::kNoAction) {
        out += fmt::format(" ON UPDATE {}", ActionSql(constraint.on_update));
      }
      if (constraint.on_delete != ReferentialAction::kNoAction) {
        out += fmt::format(" ON DELETE {}", ActionSql(constraint.on_delete));
        if (!constraint.on_delete_columns.empty()) {
          out += " " + ColumnListSql(constraint.on_delete_columns);
        }
      }
      break;
  }
  if (constraint.deferrable) {
    out += constraint.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
  }
  if (!constraint.validated) {
    out += " NOT VALID";
  }
  return out;
}

bool RepeatsEarlierKey(const Table& table, const Constraint& constraint) {
  if (!IsKey(constraint)) {
    return false;
  }
  const Constraint* primary_key = table.PrimaryKey();
  if (&constraint == primary_key) {
    return false;
  }
  // The keys CREATE TABLE keeps, in the order it considers them.
  std::vector<const Constraint*> kept;
  if (primary_key != nullptr) {
    kept.push_back(primary_key);
  }
  for (const auto& [name, other] : table.constraints) {
    if (&other == primary_key || !IsKey(other)) {
      continue;
    }
    bool repeat = std::any_of(kept.begin(), kept.end(),
                              [&](const Constraint* key) { return SameKey(*key, other); });
    if (&other == &constraint) {
      return repeat;
    }
    if (!repeat) {
      kept.push_back(&other);
    }
  }
  return false;
}

bool AddedAfterTables(const Table& table, const Constraint& constraint) {
  return constraint.type == ConstraintType::kForeignKey || !constraint.validated ||
         RepeatsEarlierKey(table, constraint);
}

std::string CreateViewSql(const View& view, ExpressionForm form, bool or_replace) {
  std::vector<std::string> names;
  for (const ViewColumn& column : view.columns) {
    names.push_back(column.name);
  }
  std::string query = Text(view.query, view.query_written, form);
  if (view.materialized) {
    // pg_get_viewdef() ends the query with ";", which WITH [NO] DATA has to follow.
    while (!query.empty() && (query.back() == ';' || query.back() == '\n' || query.back() == ' ')) {
      query.pop_back();
    }
  }
  return fmt::format(
      "CREATE {}{}VIEW {}{}{}{} AS\n{}{};", or_replace ? "OR REPLACE " : "",
      view.materialized ? "MATERIALIZED " : "", view.name.Quoted(),
      names.empty() ? "" : " " + ColumnListSql(names),
      view.access_method.empty() ? "" : " USING " + QuoteIdentifier(view.access_method),
      view.options.empty() ? "" : " WITH " + StorageOptionsSql(view.options), query,
      !view.materialized ? ""
      // The scratch database is given every materialized view WITH NO DATA, so that loading
      // the files runs none of their queries (Origins carries the files' choice over).
      : view.with_data.value && form == ExpressionForm::kCatalog ? "\n  WITH DATA"
                                                                 : "\n  WITH NO DATA");
}

std::string ViewDefaultSql(const QualifiedName& view, const std::string& column,
                           const std::optional<std::string>& expression) {
  return fmt::format("ALTER VIEW {} ALTER COLUMN {} {};", view.Quoted(), QuoteIdentifier(column),
                     expression ? "SET DEFAULT " + *expression : std::string("DROP DEFAULT"));
}

std::string CreateFunctionSql(const Function& function, ExpressionForm form) {
  // A compiled catalog has no definition yet: the statement as written stands for it.
  const std::string& text = function.definition.empty()
                                ? function.written.text
                                : Text(function.definition, function.written, form);
  return text + ";";
}

std::string DomainCheckTarget(const QualifiedName& domain, const std::string& check) {
  return "CONSTRAINT " + QuoteIdentifier(check) + " ON DOMAIN " + domain.Quoted();
}

std::string AggregateTarget(const FunctionName& name) {
  // One without arguments is written (*), as count(*) is called.
  return "AGGREGATE " + (name.arguments.empty()
                             ? base::QuoteQualified(name.schema, name.name) + "(*)"
                             : name.Quoted());
}

std::string FunctionTarget(const Function& function) {
  if (function.aggregate) {
    return AggregateTarget(function.name);
  }
  return (function.procedure ? "PROCEDURE " : "FUNCTION ") + function.name.Quoted();
}

std::string DropFunctionSql(const Function& function) {
  return "DROP " + FunctionTarget(function) + ";";
}

std::string CreateRangeSql(const RangeType& type, ExpressionForm form) {
  if ((form == ExpressionForm::kWritten || type.subtype.empty()) && !type.written.empty()) {
    return type.written.text + ";";
  }
  std::string out =
      fmt::format("CREATE TYPE {} AS RANGE (\n    SUBTYPE = {}", type.name.Quoted(), type.subtype);
  if (type.subtype_opclass) {
    out += ",\n    SUBTYPE_OPCLASS = " + *type.subtype_opclass;
  }
  if (type.collation) {
    out += ",\n    COLLATION = " + *type.collation;
  }
  if (type.canonical) {
    out += ",\n    CANONICAL = " + *type.canonical;
  }
  if (type.subtype_diff) {
    out += ",\n    SUBTYPE_DIFF = " + *type.subtype_diff;
  }
  return out + ",\n    MULTIRANGE_TYPE_NAME = " + type.multirange.Quoted() + "\n);";
}

std::string CreateCompositeSql(const CompositeType& type, ExpressionForm form) {
  bool typed =
      std::all_of(type.attributes.begin(), type.attributes.end(),
                  [](const CompositeAttribute& attribute) { return !attribute.type.empty(); });
  if ((form == ExpressionForm::kWritten || !typed) && !type.written.empty()) {
    return type.written.text + ";";
  }
  std::vector<std::string> lines;
  for (const CompositeAttribute& attribute : type.attributes) {
    lines.push_back(fmt::format("    {} {}{}", QuoteIdentifier(attribute.name), attribute.type,
                                attribute.collation ? " COLLATE " + *attribute.collation : ""));
  }
  if (lines.empty()) {
    return fmt::format("CREATE TYPE {} AS ();", type.name.Quoted());
  }
  return fmt::format("CREATE TYPE {} AS (\n{}\n);", type.name.Quoted(), fmt::join(lines, ",\n"));
}

std::string CreateDomainSql(const Domain& domain) {
  std::string out = fmt::format("CREATE DOMAIN {} AS {}", domain.name.Quoted(), domain.type);
  if (domain.collation) {
    out += " COLLATE " + *domain.collation;
  }
  if (domain.default_expression) {
    out += " DEFAULT " + *domain.default_expression;
  }
  if (domain.not_null) {
    out += " NOT NULL";
  }
  for (const auto& [name, expression] : domain.checks) {
    if (domain.unvalidated_checks.count(name) == 0) {
      out += fmt::format("\n    CONSTRAINT {} CHECK ({})", QuoteIdentifier(name), expression);
    }
  }
  return out + ";";
}

std::string AddDomainCheckSql(const Domain& domain, const std::string& check) {
  return fmt::format("ALTER DOMAIN {} ADD CONSTRAINT {} CHECK ({}){};", domain.name.Quoted(),
                     QuoteIdentifier(check), domain.checks.at(check),
                     domain.unvalidated_checks.count(check) != 0 ? " NOT VALID" : "");
}

std::string TriggerTarget(const TriggerName& trigger) {
  return "TRIGGER " + QuoteIdentifier(trigger.name) + " ON " + trigger.table.Quoted();
}

namespace {

std::string PolicyRoles(const Policy& policy) {
  std::vector<std::string> roles;
  for (const std::string& role : policy.roles) {
    roles.push_back(role == "public" ? "PUBLIC" : QuoteIdentifier(role));
  }
  return fmt::format("{}", fmt::join(roles, ", "));
}

std::string PolicyExpressions(const Policy& policy) {
  std::string out;
  if (policy.using_expression) {
    out += fmt::format(" USING ({})", *policy.using_expression);
  }
  if (policy.check_expression) {
    out += fmt::format(" WITH CHECK ({})", *policy.check_expression);
  }
  return out;
}

}  // namespace

std::string PolicyTarget(const PolicyName& policy) {
  return "POLICY " + QuoteIdentifier(policy.name) + " ON " + policy.table.Quoted();
}

std::string CreatePolicySql(const Policy& policy) {
  if (!policy.written.empty()) {
    return policy.written.text + ";";
  }
  std::string out = "CREATE " + PolicyTarget(policy.name);
  if (!policy.permissive) {
    out += " AS RESTRICTIVE";
  }
  if (policy.command != "ALL") {
    out += " FOR " + policy.command;
  }
  if (policy.roles != std::vector<std::string>{"public"}) {
    out += " TO " + PolicyRoles(policy);
  }
  return out + PolicyExpressions(policy) + ";";
}

std::string AlterPolicySql(const Policy& policy) {
  return fmt::format("ALTER {} TO {}{};", PolicyTarget(policy.name), PolicyRoles(policy),
                     PolicyExpressions(policy));
}

std::vector<std::string> RowSecuritySql(const Table& table, bool from_enabled, bool from_forced) {
  std::vector<std::string> out;
  if (table.row_security != from_enabled) {
    out.push_back(fmt::format("ALTER TABLE {} {} ROW LEVEL SECURITY;", table.name.Quoted(),
                              table.row_security ? "ENABLE" : "DISABLE"));
  }
  if (table.force_row_security != from_forced) {
    out.push_back(fmt::format("ALTER TABLE {} {}FORCE ROW LEVEL SECURITY;", table.name.Quoted(),
                              table.force_row_security ? "" : "NO "));
  }
  return out;
}

namespace {

// When a trigger or rule fires, as ALTER TABLE sets it.
std::string_view EnabledWords(char enabled) {
  return enabled == 'D'   ? "DISABLE"
         : enabled == 'R' ? "ENABLE REPLICA"
         : enabled == 'A' ? "ENABLE ALWAYS"
                          : "ENABLE";
}

}  // namespace

std::string TriggerEnabledSql(const Trigger& trigger) {
  return fmt::format("ALTER TABLE {} {} TRIGGER {};", trigger.name.table.Quoted(),
                     EnabledWords(trigger.enabled), QuoteIdentifier(trigger.name.name));
}

std::string CreateTriggerSql(const Trigger& trigger, ExpressionForm form) {
  const std::string& text = trigger.definition.empty()
                                ? trigger.written.text
                                : Text(trigger.definition, trigger.written, form);
  std::string out = text + ";";
  if (trigger.enabled != 'O') {
    out += "\n" + TriggerEnabledSql(trigger);
  }
  return out;
}

std::string OperatorTarget(const FunctionName& name) {
  return fmt::format("OPERATOR {}.{} ({})", QuoteIdentifier(name.schema), name.name,
                     name.arguments);
}

std::string CastTarget(const CastName& name) {
  return "CAST " + name.Text();
}

std::string CreatePublicationSql(const Publication& publication) {
  std::string out = "CREATE PUBLICATION " + QuoteIdentifier(publication.name);
  if (publication.all_tables) {
    out += " FOR ALL TABLES";
  } else if (!publication.objects.empty()) {
    out += " FOR " + publication.objects;
  }
  return out + " WITH (" + publication.options + ");";
}

std::string CreateCastSql(const Cast& cast, ExpressionForm form) {
  const std::string& text =
      cast.definition.empty() ? cast.written.text : Text(cast.definition, cast.written, form);
  return text + ";";
}

std::string CreateOperatorSql(const Operator& op, ExpressionForm form) {
  const std::string& text =
      op.definition.empty() ? op.written.text : Text(op.definition, op.written, form);
  return text + ";";
}

std::string EventTriggerEnabledSql(const EventTrigger& trigger) {
  return fmt::format("ALTER EVENT TRIGGER {} {};", QuoteIdentifier(trigger.name),
                     EnabledWords(trigger.enabled));
}

std::string CreateAccessMethodSql(const AccessMethod& method, ExpressionForm form) {
  const std::string& text = method.definition.empty()
                                ? method.written.text
                                : Text(method.definition, method.written, form);
  return text + ";";
}

std::string SetAccessMethodSql(std::string_view relation, const QualifiedName& name,
                               const std::string& method) {
  return fmt::format("ALTER {} {} SET ACCESS METHOD {};", relation, name.Quoted(),
                     QuoteIdentifier(method.empty() ? "heap" : method));
}

std::string CreateEventTriggerSql(const EventTrigger& trigger, ExpressionForm form) {
  const std::string& text = trigger.definition.empty()
                                ? trigger.written.text
                                : Text(trigger.definition, trigger.written, form);
  std::string out = text + ";";
  if (trigger.enabled != 'O') {
    out += "\n" + EventTriggerEnabledSql(trigger);
  }
  return out;
}

std::string CreateCollationSql(const Collation& collation, ExpressionForm form) {
  const std::string& text = collation.definition.empty()
                                ? collation.written.text
                                : Text(collation.definition, collation.written, form);
  return text + ";";
}

std::string CreateConversionSql(const Conversion& conversion, ExpressionForm form) {
  const std::string& text = conversion.definition.empty()
                                ? conversion.written.text
                                : Text(conversion.definition, conversion.written, form);
  return text + ";";
}

std::string TextSearchTarget(ObjectKind kind, const QualifiedName& name) {
  switch (kind) {
    case ObjectKind::kTextSearchDictionary:
      return "TEXT SEARCH DICTIONARY " + name.Quoted();
    case ObjectKind::kTextSearchParser:
      return "TEXT SEARCH PARSER " + name.Quoted();
    case ObjectKind::kTextSearchTemplate:
      return "TEXT SEARCH TEMPLATE " + name.Quoted();
    default:
      return "TEXT SEARCH CONFIGURATION " + name.Quoted();
  }
}

std::vector<std::string> CreateTextSearchSql(const TextSearch& object) {
  std::vector<std::string> out;
  if (object.definition.empty()) {
    for (const Written& written : object.written) {
      out.push_back(written.text + ";");
    }
    return out;
  }
  out.push_back(object.definition + ";");
  // One ADD MAPPING per list of dictionaries, for its token types in name order.
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const auto& [token, dictionaries] : object.mappings) {
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& entry) { return entry.first == dictionaries; });
    if (group == groups.end()) {
      groups.push_back({dictionaries, {}});
      group = groups.end() - 1;
    }
    group->second.push_back(base::QuoteIdentifier(token));
  }
  std::string target = TextSearchTarget(object.kind, object.name);
  for (const auto& [dictionaries, tokens] : groups) {
    out.push_back(fmt::format("ALTER {} ADD MAPPING FOR {} WITH {};", target,
                              fmt::join(tokens, ", "), dictionaries));
  }
  return out;
}

std::string TextSearchMappingSql(const QualifiedName& configuration, const std::string& token,
                                 const std::optional<std::string>& from,
                                 const std::optional<std::string>& to) {
  std::string target = TextSearchTarget(ObjectKind::kTextSearchConfiguration, configuration);
  std::string quoted = base::QuoteIdentifier(token);
  if (!to) {
    return fmt::format("ALTER {} DROP MAPPING FOR {};", target, quoted);
  }
  return fmt::format("ALTER {} {} MAPPING FOR {} WITH {};", target, from ? "ALTER" : "ADD", quoted,
                     *to);
}

std::string CreateStatisticsSql(const Statistics& statistics, ExpressionForm form) {
  const std::string& text = statistics.definition.empty()
                                ? statistics.written.text
                                : Text(statistics.definition, statistics.written, form);
  return text + ";";
}

std::string ClusterOnSql(const QualifiedName& table, const std::optional<std::string>& index) {
  return index
             ? fmt::format("ALTER TABLE {} CLUSTER ON {};", table.Quoted(), QuoteIdentifier(*index))
             : fmt::format("ALTER TABLE {} SET WITHOUT CLUSTER;", table.Quoted());
}

namespace {

// The key of index `index` of `table`: the constraint's when it is a key's index.
ObjectKey TableIndexKey(const Table& table, const std::string& index) {
  if (table.constraints.count(index) != 0) {
    return ConstraintKey(table.name, index);
  }
  return IndexKeyOf({table.name.schema, index});
}

}  // namespace

ObjectKey ClusterIndexKey(const Table& table) {
  return TableIndexKey(table, table.cluster_on.value_or(""));
}

std::string ReplicaIdentitySql(const Table& table) {
  std::string identity = table.replica_identity == 'n'   ? "NOTHING"
                         : table.replica_identity == 'f' ? "FULL"
                         : table.replica_identity == 'i'
                             ? "USING INDEX " + QuoteIdentifier(table.replica_index.value_or(""))
                             : "DEFAULT";
  return fmt::format("ALTER {} {} REPLICA IDENTITY {};", RelationWord(table), table.name.Quoted(),
                     identity);
}

ObjectKey ReplicaIndexKey(const Table& table) {
  return TableIndexKey(table, table.replica_index.value_or(""));
}

std::string StatisticsTargetSql(const QualifiedName& name, const std::optional<int>& target) {
  return fmt::format("ALTER STATISTICS {} SET STATISTICS {};", name.Quoted(), target.value_or(-1));
}

std::string RuleTarget(const RuleName& rule) {
  return "RULE " + QuoteIdentifier(rule.name) + " ON " + rule.table.Quoted();
}

std::string RuleEnabledSql(const Rule& rule) {
  return fmt::format("ALTER TABLE {} {} RULE {};", rule.name.table.Quoted(),
                     EnabledWords(rule.enabled), QuoteIdentifier(rule.name.name));
}

std::string CreateRuleSql(const Rule& rule, ExpressionForm form) {
  const std::string& text =
      rule.definition.empty() ? rule.written.text : Text(rule.definition, rule.written, form);
  std::string out = text + ";";
  if (rule.enabled != 'O') {
    out += "\n" + RuleEnabledSql(rule);
  }
  return out;
}

std::vector<std::string> IndexStatisticsSql(const Index* from, const Index& index) {
  std::vector<std::string> out;
  for (size_t i = 0; i < index.keys.size(); ++i) {
    std::optional<int> before =
        from != nullptr && i < from->keys.size() ? from->keys[i].statistics : std::nullopt;
    if (index.keys[i].statistics != before) {
      out.push_back(fmt::format("ALTER INDEX {} ALTER COLUMN {} SET STATISTICS {};",
                                index.name.Quoted(), i + 1, index.keys[i].statistics.value_or(-1)));
    }
  }
  return out;
}

std::string CreateIndexSql(const Index& index, ExpressionForm form) {
  std::string out = fmt::format("CREATE {}INDEX {} ON {} USING {} (", index.unique ? "UNIQUE " : "",
                                QuoteIdentifier(index.name.name), index.table.Quoted(),
                                QuoteIdentifier(index.method));
  for (size_t i = 0; i < index.keys.size(); ++i) {
    const IndexKey& key = index.keys[i];
    out += i == 0 ? "" : ", ";
    out += key.column.empty() ? "(" + Text(key.expression, key.expression_written, form) + ")"
                              : QuoteIdentifier(key.column);
    if (key.collation) {
      out += " COLLATE " + *key.collation;
    }
    if (key.opclass) {
      out += " " + *key.opclass;
      if (!key.opclass_options.empty()) {
        out += " " + StorageOptionsSql(key.opclass_options);
      }
    }
    if (key.descending) {
      out += " DESC";
    }
    if (key.nulls_first != key.descending) {
      out += key.nulls_first ? " NULLS FIRST" : " NULLS LAST";
    }
  }
  out += ")";
  if (!index.include.empty()) {
    out += " INCLUDE " + ColumnListSql(index.include);
  }
  if (index.nulls_not_distinct) {
    out += " NULLS NOT DISTINCT";
  }
  if (!index.options.empty()) {
    out += " WITH " + StorageOptionsSql(index.options);
  }
  if (index.predicate) {
    out += " WHERE " + Text(*index.predicate, index.predicate_written, form);
  }
  return out + ";";
}

std::string CreateSchemaSql(const Schema& schema) {
  return fmt::format("CREATE SCHEMA {};", QuoteIdentifier(schema.name));
}

std::string CreateExtensionSql(const Extension& extension) {
  std::string out = fmt::format("CREATE EXTENSION {} WITH SCHEMA {}",
                                QuoteIdentifier(extension.name), QuoteIdentifier(extension.schema));
  if (extension.version) {
    out += " VERSION " + QuoteLiteral(*extension.version);
  }
  if (extension.cascade.value) {
    out += " CASCADE";
  }
  return out + ";";
}

std::string CreateEnumSql(const EnumType& type) {
  std::string out = fmt::format("CREATE TYPE {} AS ENUM (", type.name.Quoted());
  for (size_t i = 0; i < type.labels.size(); ++i) {
    out += (i == 0 ? "" : ", ") + QuoteLiteral(type.labels[i]);
  }
  return out + ");";
}

std::string CreateSequenceSql(const Sequence& sequence) {
  return fmt::format("CREATE {}SEQUENCE {} {};", sequence.unlogged ? "UNLOGGED " : "",
                     sequence.name.Quoted(), SequenceClausesSql(sequence.options));
}

bool IsPartition(const Table& table) {
  return table.partition_of.has_value() && !table.attached.value;
}

namespace {

std::string WrittenOr(const Written& written, const std::string& text, ExpressionForm form) {
  return form == ExpressionForm::kWritten && !written.empty() ? written.text : text;
}

}  // namespace

std::string PartitionBySql(const Table& table, ExpressionForm form) {
  return WrittenOr(table.partition_by_written, table.partition_by.value_or(""), form);
}

std::string PartitionBoundSql(const Table& table, ExpressionForm form) {
  return WrittenOr(table.partition_bound_written, table.partition_bound, form);
}

std::string AttachPartitionSql(const Table& table, ExpressionForm form) {
  return fmt::format("ALTER TABLE {} ATTACH PARTITION {} {};", table.partition_of->Quoted(),
                     table.name.Quoted(), PartitionBoundSql(table, form));
}

std::string DetachPartitionSql(const Table& table) {
  return fmt::format("ALTER TABLE {} DETACH PARTITION {};", table.partition_of->Quoted(),
                     table.name.Quoted());
}

std::vector<std::string> ColumnSettingSql(const QualifiedName& table, const Column& from,
                                          const Column& to) {
  std::vector<std::string> out;
  std::string alter =
      fmt::format("ALTER TABLE ONLY {} ALTER COLUMN {} ", table.Quoted(), QuoteIdentifier(to.name));
  if (from.storage != to.storage) {
    std::string storage = to.storage.value_or(to.type_storage.value);
    if (!storage.empty()) {
      std::transform(storage.begin(), storage.end(), storage.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      out.push_back(alter + "SET STORAGE " + storage + ";");
    }
  }
  if (from.compression != to.compression) {
    out.push_back(alter + "SET COMPRESSION " + to.compression.value_or("DEFAULT") + ";");
  }
  if (from.statistics != to.statistics) {
    out.push_back(alter + "SET STATISTICS " + std::to_string(to.statistics.value_or(-1)) + ";");
  }
  for (std::string& statement : OptionsChangeSql(alter.substr(0, alter.size() - 1),
                                                 from.attribute_options, to.attribute_options)) {
    out.push_back(std::move(statement));
  }
  return out;
}

std::vector<std::string> ViewColumnSettingsSql(const View* old_view, const View& view) {
  // A column's settings as a table column's, with the type storage `type_storage` returns to.
  auto as_column = [](const std::string& name, const ColumnSettings* settings,
                      const std::string& type_storage) {
    Column column;
    column.name = name;
    column.type_storage.value = type_storage;
    if (settings != nullptr) {
      column.storage = settings->storage;
      column.compression = settings->compression;
      column.statistics = settings->statistics;
      column.attribute_options = settings->attribute_options;
    }
    return column;
  };
  std::map<std::string, std::pair<const ColumnSettings*, const ColumnSettings*>> columns;
  if (old_view != nullptr) {
    for (const auto& [name, settings] : old_view->column_settings) {
      columns[name].first = &settings;
    }
  }
  for (const auto& [name, settings] : view.column_settings) {
    columns[name].second = &settings;
  }
  std::vector<std::string> out;
  for (const auto& [name, pair] : columns) {
    const auto& [from, to] = pair;
    if (from != nullptr && to != nullptr && *from == *to) {
      continue;
    }
    std::string type_storage = from != nullptr ? from->type_storage.value : "";
    for (std::string& statement : ColumnSettingSql(view.name, as_column(name, from, type_storage),
                                                   as_column(name, to, type_storage))) {
      out.push_back(std::move(statement));
    }
  }
  return out;
}

std::vector<std::string> ColumnSettingsSql(const Table& table, const Table* parent,
                                           const Table* old_parent, bool copies_storage) {
  std::vector<std::string> out;
  for (const Column& column : table.columns) {
    // What creating the table gave the column.
    Column created;
    if (!table.of_type) {
      created.compression = column.compression;  // given by its definition
    }
    const Column* copied = parent != nullptr ? parent->FindColumn(column.name) : nullptr;
    if (copied != nullptr) {
      created.storage = copies_storage ? copied->storage : std::nullopt;
      created.compression = copied->compression;
      const Column* old = old_parent != nullptr ? old_parent->FindColumn(column.name) : nullptr;
      if (old != nullptr && copies_storage && old->storage != copied->storage) {
        created.storage = "unknown";  // either: set it whatever it is
      }
      if (old != nullptr && old->compression != copied->compression) {
        created.compression = "unknown";
      }
    }
    for (std::string& statement : ColumnSettingSql(table.name, created, column)) {
      out.push_back(std::move(statement));
    }
  }
  return out;
}

std::vector<std::string> PartitionColumnsSql(const Table& table,
                                             const std::vector<const Table*>& parents,
                                             ExpressionForm form) {
  std::vector<std::string> out;
  std::string alter = "ALTER TABLE " + table.name.Quoted() + " ALTER COLUMN ";
  for (const Column& column : table.columns) {
    const Column* inherited = nullptr;
    for (const Table* parent : parents) {
      inherited = inherited != nullptr ? inherited : parent->FindColumn(column.name);
    }
    bool declared = !table.inherits.empty() && !column.from_parents.value;
    if (inherited == nullptr || column.generated_expression || declared) {
      continue;
    }
    std::string name = QuoteIdentifier(column.name);
    if (column.default_expression != inherited->default_expression) {
      if (!column.default_expression) {
        out.push_back(alter + name + " DROP DEFAULT;");
      } else {
        out.push_back(
            alter + name + " SET DEFAULT " +
            WrittenOr(column.default_written, DefaultSql(*column.default_expression), form) + ";");
      }
    }
    if (column.not_null && !inherited->not_null) {
      out.push_back(alter + name + " SET NOT NULL;");
    }
  }
  return out;
}

std::string CreateTableSql(const Table& table, const TableParts& parts,
                           std::vector<base::SourceRange>* line_origins, ExpressionForm form) {
  bool partition = IsPartition(table);
  std::string from = partition       ? "PARTITION OF " + table.partition_of->Quoted() + " "
                     : table.of_type ? "OF " + table.of_type->Quoted() + " "
                                     : std::string();
  std::string out = fmt::format("CREATE {}{} {} {}(", table.unlogged ? "UNLOGGED " : "",
                                RelationWord(table), table.name.Quoted(), from);
  std::vector<base::SourceRange> origins = {table.origin.range};
  bool first = true;
  auto add = [&](const std::string& definition, const Origin& origin) {
    out += (first ? "\n    " : ",\n    ") + definition;
    first = false;
    // A definition spans more than one line when a string in it holds a line break.
    size_t lines = 1 + std::count(definition.begin(), definition.end(), '\n');
    origins.insert(origins.end(), lines, origin.range);
  };
  // As written, a LIKE clause stands for the columns it copies, where it is.
  const std::vector<TableLike>& likes =
      form == ExpressionForm::kWritten ? table.likes.value : std::vector<TableLike>{};
  auto like = likes.begin();
  for (size_t i = 0; i <= table.columns.size(); ++i) {
    for (; like != likes.end() && like->first_column == i; ++like) {
      add(fmt::format("LIKE {}{}", like->source.Quoted(),
                      like->options.empty() ? "" : " " + like->options),
          i < table.columns.size() ? table.columns[i].origin : table.origin);
      i += like->count;
    }
    if (i >= table.columns.size()) {
      continue;
    }
    const Column& column = table.columns[i];
    bool from_parents = column.from_parents.value && !table.inherits.empty();
    bool with_default = !parts.include_default || parts.include_default(column);
    if (table.of_type) {
      // Its type gives its columns: what it adds to one follows WITH OPTIONS.
      std::string clauses = ColumnClausesSql(column, form, with_default);
      if (!clauses.empty()) {
        add(QuoteIdentifier(column.name) + " WITH OPTIONS" + clauses, column.origin);
      }
    } else if (!partition && !from_parents &&
               (!parts.include_column || parts.include_column(column))) {
      add(ColumnDefinitionSql(column, form, with_default), column.origin);
    }
  }
  for (const auto& [name, constraint] : table.constraints) {
    if ((!parts.include || parts.include(constraint)) && !RepeatsEarlierKey(table, constraint)) {
      add(ConstraintDefinitionSql(constraint, form), constraint.origin);
    }
  }
  if (!first) {
    out += "\n)";
    origins.push_back(table.origin.range);
  } else if (partition) {
    out.resize(out.size() - 1);  // no constraints of its own: no parentheses
  } else if (table.of_type) {
    out.resize(out.size() - 2);
  } else {
    out += ")";
  }
  if (partition) {
    out += (first ? "" : " ") + PartitionBoundSql(table, form);
  }
  if (!table.inherits.empty()) {
    std::vector<std::string> parents;
    for (const QualifiedName& parent : table.inherits) {
      parents.push_back(parent.Quoted());
    }
    out += fmt::format(" INHERITS ({})", fmt::join(parents, ", "));
  }
  if (table.partition_by) {
    out += " PARTITION BY " + PartitionBySql(table, form);
  }
  if (!table.access_method.empty()) {
    out += " USING " + QuoteIdentifier(table.access_method);
  }
  if (!table.options.empty()) {
    out += " WITH " + StorageOptionsSql(table.options);
  }
  if (table.foreign) {
    out += " SERVER " + QuoteIdentifier(table.foreign->server) +
           GenericOptionsSql(table.foreign->options);
  }
  if (line_origins != nullptr) {
    *line_origins = std::move(origins);
  }
  return out + ";";
}

std::string_view RelationWord(const Table& table) {
  return table.foreign ? "FOREIGN TABLE" : "TABLE";
}

std::string SequenceOwnedBySql(const Sequence& sequence) {
  if (!sequence.owned_by) {
    return fmt::format("ALTER SEQUENCE {} OWNED BY NONE;", sequence.name.Quoted());
  }
  return fmt::format("ALTER SEQUENCE {} OWNED BY {}.{};", sequence.name.Quoted(),
                     sequence.owned_by->table.Quoted(), QuoteIdentifier(sequence.owned_by->column));
}

std::string CommentSql(std::string_view target, const std::optional<std::string>& text) {
  return fmt::format("COMMENT ON {} IS {};", target, text ? QuoteLiteral(*text) : "NULL");
}

}  // namespace schemac::catalog
