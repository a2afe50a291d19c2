// The deterministic generator of benchmark schemas: schemas, enum types, standalone sequences and
// names. Tables are in tables.cpp, the v2 changes in mutate.cpp.
#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "generator.h"

namespace schemac::bench {
namespace {

constexpr size_t kMaxName = 63;  // PostgreSQL's NAMEDATALEN - 1
constexpr int kTablesPerFile = 100;

const char* const kSchemaNames[] = {"core",    "identity",  "catalog",  "sales",
                                    "billing", "inventory", "shipping", "crm",
                                    "support", "hr",        "finance",  "analytics",
                                    "audit",   "marketing", "content",  "scheduling"};

const char* const kSchemaTopics[] = {
    "shared reference data", "users, roles and sign-ins", "the product catalog",
    "orders and customers",  "invoices and payments",     "stock levels",
    "parcels and carriers",  "customer relationships",    "support tickets",
    "people and contracts",  "ledgers and budgets",       "reporting aggregates",
    "the audit trail",       "campaigns and leads",       "documents and media",
    "bookings and calendars"};

struct EnumPool {
  const char* suffix;
  std::vector<const char*> labels;
};

const EnumPool kEnumPools[] = {
    {"status",
     {"draft", "pending", "active", "suspended", "closed", "archived", "cancelled", "expired"}},
    {"kind", {"standard", "premium", "internal", "external", "partner", "trial", "legacy"}},
    {"level", {"low", "medium", "high", "critical", "blocker"}},
    {"state", {"new", "open", "in_progress", "blocked", "resolved", "done", "reopened"}},
};

}  // namespace

const char* const kEntities[] = {
    "customer",  "account",  "order",    "invoice", "payment",  "product",  "supplier", "shipment",
    "warehouse", "employee", "contract", "ticket",  "campaign", "document", "project",  "task",
    "asset",     "vendor",   "partner",  "region",  "store",    "device",   "course",   "member",
    "booking",   "vehicle",  "claim",    "policy",  "lead",     "quote",    "refund",   "budget",
    "report",    "session",  "message",  "review",  "coupon",   "parcel",   "route",    "branch"};
const size_t kEntityCount = std::size(kEntities);

const std::vector<ColumnKind>& ColumnKinds() {
  static const std::vector<ColumnKind> kinds = {
      {"name", "text", "", 90, "", "", "char_length({c}) > 0", Use::kText},
      {"title", "varchar(200)", "varchar(400)", 50, "", "", "", Use::kText},
      {"description", "text", "", 0, "", "''", "", Use::kPlain},
      {"code", "varchar(32)", "varchar(64)", 100, "", "", "{c} ~ '^[A-Z0-9_-]+$'", Use::kCode},
      {"email", "text", "", 40, "", "", "{c} LIKE '%@%'", Use::kText},
      {"phone", "varchar(32)", "varchar(48)", 0, "", "", "", Use::kPlain},
      {"country_code", "char(2)", "", 0, "", "", "", Use::kPlain},
      {"currency", "char(3)", "", 100, "'EUR'", "'USD'", "", Use::kPlain},
      {"amount", "numeric(12,2)", "numeric(16,2)", 100, "0", "", "{c} >= 0", Use::kNumber},
      {"quantity", "integer", "bigint", 100, "1", "0", "{c} >= 0", Use::kNumber},
      {"unit_price", "numeric(10,2)", "numeric(14,2)", 60, "", "", "{c} >= 0", Use::kNumber},
      {"price_cents", "bigint", "", 0, "", "", "{c} >= 0", Use::kNumber},
      {"weight_kg", "numeric(8,3)", "numeric(10,3)", 0, "", "", "{c} > 0", Use::kNumber},
      {"rate", "double precision", "", 0, "", "", "", Use::kNumber},
      {"ratio", "real", "double precision", 0, "", "", "{c} BETWEEN 0 AND 1", Use::kNumber},
      {"priority", "smallint", "integer", 100, "0", "5", "{c} BETWEEN 0 AND 9", Use::kNumber},
      {"retries", "smallint", "integer", 100, "0", "3", "", Use::kNumber},
      {"sort_order", "integer", "bigint", 100, "0", "", "{c} >= 0", Use::kNumber},
      {"version", "bigint", "", 100, "1", "0", "", Use::kNumber},
      {"is_active", "boolean", "", 100, "true", "false", "", Use::kFlag},
      {"is_archived", "boolean", "", 100, "false", "", "", Use::kFlag},
      {"valid_from", "date", "", 100, "CURRENT_DATE", "", "", Use::kPlain},
      {"valid_to", "date", "", 0, "", "", "", Use::kPlain},
      {"starts_at", "timestamp", "timestamp with time zone", 0, "", "", "", Use::kTime},
      {"duration", "interval", "", 0, "", "", "", Use::kPlain},
      {"opens_at", "time", "", 0, "", "", "", Use::kPlain},
      {"external_id", "uuid", "", 100, "gen_random_uuid()", "", "", Use::kCode},
      {"payload", "jsonb", "", 100, "'{}'", "", "", Use::kJson},
      {"settings", "json", "", 0, "", "", "", Use::kPlain},
      {"tags", "text[]", "", 100, "'{}'", "", "", Use::kArray},
      {"scores", "integer[]", "", 0, "", "", "", Use::kPlain},
      {"checksum", "bytea", "", 0, "", "", "", Use::kPlain},
      {"client_ip", "inet", "", 0, "", "", "", Use::kPlain},
      {"subnet", "cidr", "", 0, "", "", "", Use::kPlain},
      {"mac_address", "macaddr", "", 0, "", "", "", Use::kPlain},
      {"search_text", "tsvector", "", 0, "", "", "", Use::kSearch},
      {"notes", "text", "", 0, "", "", "", Use::kPlain},
      {"created_at", "timestamptz", "", 100, "now()", "", "", Use::kTime},
      {"updated_at", "timestamp with time zone", "", 0, "", "now()", "", Use::kTime},
      {"deleted_at", "timestamptz", "", 0, "", "", "", Use::kSoftDelete},
  };
  return kinds;
}

std::string NextEnumLabel(const Enum& type) {
  for (const EnumPool& pool : kEnumPools) {
    if (type.labels.size() < pool.labels.size() && pool.labels[0] == type.labels[0]) {
      return pool.labels[type.labels.size()];
    }
  }
  return "";
}

bool Generator::Claim(const std::string& schema, const std::string& name) {
  return name.size() <= kMaxName && names_[schema].insert(name).second;
}

std::string Generator::ClaimUnique(const std::string& schema, const std::string& base,
                                   const std::string& suffix) {
  for (int number = 0;; ++number) {
    std::string tail = "_" + suffix + (number == 0 ? "" : std::to_string(number));
    std::string stem = base.substr(0, kMaxName - tail.size());
    while (!stem.empty() && stem.back() == '_') {
      stem.pop_back();
    }
    if (Claim(schema, stem + tail)) {
      return stem + tail;
    }
  }
}

std::string Generator::ClaimDefault(const Table& table, const std::vector<std::string>& columns,
                                    const std::string& suffix, bool* automatic) {
  std::string base = table.name;
  for (const std::string& column : columns) {
    base += "_" + column;
  }
  *automatic = Claim(table.schema, base + "_" + suffix);
  return *automatic ? base + "_" + suffix : ClaimUnique(table.schema, base, suffix);
}

void Generator::AddSchemas(Model& model) {
  const size_t count = std::min<size_t>(std::size(kSchemaNames), 4 + target_tables_ / 1000);
  for (size_t i = 0; i < count; ++i) {
    Schema schema;
    schema.name = kSchemaNames[i];
    schema.comment = fmt::format("Tables for {}.", kSchemaTopics[i]);
    model.schemas.push_back(schema);
  }
  referenceable_.resize(count);
  enums_.resize(count);
  free_sequences_.resize(count);
}

void Generator::AddTypes(Model& model, size_t schema_index) {
  const std::string& schema = model.schemas[schema_index].name;
  const int64_t enum_count = random_.Between(3, 6);
  for (int64_t i = 0; i < enum_count; ++i) {
    const EnumPool& pool = kEnumPools[random_.Index(std::size(kEnumPools))];
    const std::string entity = kEntities[random_.Index(kEntityCount)];
    Enum type;
    type.schema = schema;
    type.name = entity + "_" + pool.suffix;
    if (!Claim(schema, type.name) || !Claim(schema, "_" + type.name)) {
      continue;  // an enum of that name exists already
    }
    // Leave labels for v2 to add.
    const auto labels =
        static_cast<size_t>(random_.Between(3, static_cast<int64_t>(pool.labels.size()) - 2));
    type.labels.assign(pool.labels.begin(), pool.labels.begin() + static_cast<long>(labels));
    if (random_.Percent(50)) {
      type.comment = fmt::format("The {} of a {}.", pool.suffix, entity);
    }
    enums_[schema_index].push_back(model.enums.size());
    model.enums.push_back(type);
  }
  const int64_t sequence_count = random_.Between(2, 4);
  for (int64_t i = 0; i < sequence_count; ++i) {
    const std::string entity = kEntities[random_.Index(kEntityCount)];
    Sequence sequence;
    sequence.schema = schema;
    sequence.name = entity + "_number_seq";
    if (!Claim(schema, sequence.name)) {
      continue;
    }
    sequence.type = random_.Percent(60) ? "integer" : "bigint";
    sequence.start = random_.Between(1, 10) * 1000;
    const int64_t caches[] = {1, 10, 20};
    sequence.cache = caches[random_.Index(std::size(caches))];
    if (random_.Percent(40)) {
      sequence.comment = fmt::format("Numbers printed on {} documents.", entity);
    }
    free_sequences_[schema_index].push_back(model.sequences.size());
    model.sequences.push_back(sequence);
  }
}

Model Generator::BuildV1() {
  Model model;
  AddSchemas(model);
  // Schemas of different sizes: weights from 2 to 6, the remainder to the first schemas.
  std::vector<int64_t> weights;
  int64_t total_weight = 0;
  for (size_t i = 0; i < model.schemas.size(); ++i) {
    weights.push_back(random_.Between(2, 6));
    total_weight += weights.back();
  }
  std::vector<int> counts;
  int assigned = 0;
  for (int64_t weight : weights) {
    counts.push_back(static_cast<int>(target_tables_ * weight / total_weight));
    assigned += counts.back();
  }
  for (size_t i = 0; assigned < target_tables_; i = (i + 1) % counts.size(), ++assigned) {
    ++counts[i];
  }
  for (size_t s = 0; s < model.schemas.size(); ++s) {
    AddTypes(model, s);
    for (int i = 0; i < counts[s]; ++i) {
      AddTable(model, s, i / kTablesPerFile + 1);
    }
    model.schemas[s].files = (counts[s] + kTablesPerFile - 1) / kTablesPerFile;
  }
  AddViews(model);
  AddRoutines(model);
  return model;
}

void Generator::AddRoutines(Model& model) {
  for (size_t t = 0; t < model.tables.size(); ++t) {
    Table& table = model.tables[t];
    table.has_trigger = t % 10 == 3;
    if (t % 20 != 5) {
      continue;
    }
    Column column;
    column.name = ColumnName(table, "row_code");
    column.type = "text";
    column.default_value = table.schema + ".new_code()";
    column.check = column.name + " = " + table.schema + ".clean_code(" + column.name + ")";
    column.check_name = table.name + "_" + column.name + "_clean";
    column.used = true;  // v2 keeps it as it is
    table.columns.push_back(column);
  }
}

void Generator::AddViews(Model& model) {
  for (size_t t = 0; t < model.tables.size(); t += 10) {
    Table& table = model.tables[t];
    View view;
    view.schema = table.schema;
    view.name = table.name + "_view";
    if (!Claim(view.schema, view.name)) {
      continue;
    }
    view.base = table.name;
    view.columns = table.primary_key;
    for (Column& column : table.columns) {
      bool key =
          std::find(view.columns.begin(), view.columns.end(), column.name) != view.columns.end();
      if (!key && column.kind >= 0 && view.columns.size() < table.primary_key.size() + 3) {
        view.columns.push_back(column.name);
        column.in_view = true;
      }
    }
    if (view.columns.empty()) {
      continue;
    }
    view.filter = view.columns.size() > 1 ? view.columns.back() + " IS NOT NULL" : "";
    view.comment = random_.Percent(30) ? "Rows of " + table.name + " for reports." : "";
    table.has_view = true;
    model.views.push_back(view);
    if (random_.Percent(33)) {
      View on_view;
      on_view.schema = view.schema;
      on_view.name = table.name + "_summary";
      if (!Claim(on_view.schema, on_view.name)) {
        continue;
      }
      on_view.base = view.name;
      on_view.columns = {view.columns.front()};
      model.views.push_back(on_view);
    }
  }
}

std::string ChangeSummary::Describe() const {
  std::vector<std::string> parts;
  auto add = [&parts](int count, const char* what) {
    if (count > 0) {
      parts.push_back(fmt::format("{} {}", count, what));
    }
  };
  add(columns_added, "columns added");
  add(columns_dropped, "columns dropped");
  add(types_changed, "column types changed");
  add(defaults_changed, "defaults changed");
  add(indexes_added, "indexes added");
  add(indexes_dropped, "indexes dropped");
  add(checks_added, "checks added");
  add(foreign_keys_dropped, "foreign keys dropped");
  add(comments_changed, "comments changed");
  add(tables_added, "tables added");
  add(tables_dropped, "tables dropped");
  add(enum_values_added, "enum values added");
  std::string text = fmt::format("{} existing tables touched", tables_touched);
  for (size_t i = 0; i < parts.size(); ++i) {
    text += (i == 0 ? ": " : ", ") + parts[i];
  }
  return text;
}

GeneratedSchemas Generate(int tables, uint64_t seed) {
  Generator generator(tables, seed);
  GeneratedSchemas result;
  result.v1 = generator.BuildV1();
  result.v2 = result.v1;
  result.changes = generator.ApplyChanges(result.v2);
  return result;
}

}  // namespace schemac::bench
