#include "sample.h"

namespace schemac::report::testing {

using catalog::ObjectKey;
using catalog::ObjectKind;
using plan::Action;
using plan::Hazard;
using plan::Step;

ObjectKey Key(ObjectKind kind, std::string name, std::string sub_name) {
  return ObjectKey{kind, "public", std::move(name), std::move(sub_name)};
}

Step MakeStep(ObjectKey object, ObjectKey target, Action action, std::string description,
              std::vector<std::string> statements) {
  Step step;
  step.object = std::move(object);
  step.target = std::move(target);
  step.action = action;
  step.description = std::move(description);
  step.statements = std::move(statements);
  return step;
}

base::SourceRange At(const std::shared_ptr<const base::SourceFile>& file, uint32_t line) {
  return base::SourceRange{file, line, 1, 6};
}

plan::Migration Sample() {
  auto users = std::make_shared<const base::SourceFile>(
      "schema/users.sql",
      "-- users\n"
      "CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL);\n"
      "\n"
      "\n"
      "\n"
      "CREATE INDEX users_email_idx ON public.users (email);\n");
  auto orders = std::make_shared<const base::SourceFile>("schema/orders.sql",
                                                         "CREATE TABLE public.\"Orders\" (\n"
                                                         "  id bigint PRIMARY KEY,\n"
                                                         "  note text,\n"
                                                         "  status text DEFAULT 'new'\n"
                                                         ");\n");
  ObjectKey users_table = Key(ObjectKind::kTable, "users");
  ObjectKey users_index = Key(ObjectKind::kIndex, "users_email_idx");
  ObjectKey old_index = Key(ObjectKind::kIndex, "old_idx");
  ObjectKey orders_table = Key(ObjectKind::kTable, "Orders");

  plan::Migration migration;
  std::vector<Step>& up = migration.up.steps;
  up.push_back(
      MakeStep(old_index, old_index, Action::kDrop, "drop index", {"DROP INDEX public.old_idx;"}));
  up.push_back(MakeStep(users_table, users_table, Action::kCreate, "create table",
                        {"CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL, "
                         "CONSTRAINT users_pkey PRIMARY KEY (id));"}));
  up.back().origin = At(users, 2);
  up.push_back(MakeStep(users_index, users_index, Action::kCreate, "create index on (email)",
                        {"CREATE INDEX users_email_idx ON public.users USING btree (email);"}));
  up.back().origin = At(users, 6);
  up.back().hazards.push_back({Hazard::kIndexBuild, "builds index \"users_email_idx\""});
  up.push_back(MakeStep(orders_table, Key(ObjectKind::kColumn, "Orders", "email"), Action::kDrop,
                        "drop column \"email\"",
                        {"ALTER TABLE public.\"Orders\" DROP COLUMN email;"}));
  up.back().hazards.push_back({Hazard::kDeletesData, "drops column \"email\" and its data"});
  up.back().hazards.push_back(
      {Hazard::kIrreversibleDown, "the down script adds \"email\" back empty"});
  up.push_back(
      MakeStep(orders_table, Key(ObjectKind::kColumn, "Orders", "status"), Action::kAlter,
               "set default of \"status\" to 'new'",
               {"ALTER TABLE public.\"Orders\" ALTER COLUMN status SET DEFAULT 'new'::text;"}));
  up.back().origin = At(orders, 4);

  std::vector<Step>& down = migration.down.steps;
  down.push_back(MakeStep(orders_table, Key(ObjectKind::kColumn, "Orders", "status"),
                          Action::kAlter, "drop default of \"status\"",
                          {"ALTER TABLE public.\"Orders\" ALTER COLUMN status DROP DEFAULT;"}));
  down.push_back(MakeStep(orders_table, Key(ObjectKind::kColumn, "Orders", "email"),
                          Action::kCreate, "add column \"email\" text",
                          {"ALTER TABLE public.\"Orders\" ADD COLUMN email text;"}));
  down.push_back(MakeStep(users_index, users_index, Action::kDrop, "drop index",
                          {"DROP INDEX public.users_email_idx;"}));
  down.push_back(MakeStep(users_table, users_table, Action::kDrop, "drop table",
                          {"DROP TABLE public.users;"}));
  down.push_back(MakeStep(old_index, old_index, Action::kCreate, "create index on (id)",
                          {"CREATE INDEX old_idx ON public.users USING btree (id);"}));
  return migration;
}

const std::string_view kSampleUpSql =
    "-- schemac migration: up\n"
    "-- 5 steps; hazards: deletes-data, index-build, irreversible-down\n"
    "\n"
    "-- - index public.old_idx: drop index\n"
    "DROP INDEX public.old_idx;\n"
    "\n"
    "-- + table public.users: create table\n"
    "CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL, CONSTRAINT users_pkey "
    "PRIMARY KEY (id));\n"
    "\n"
    "-- + index public.users_email_idx: create index on (email) [index-build]\n"
    "CREATE INDEX users_email_idx ON public.users USING btree (email);\n"
    "\n"
    "-- - table public.\"Orders\": drop column \"email\" [deletes-data, irreversible-down]\n"
    "ALTER TABLE public.\"Orders\" DROP COLUMN email;\n"
    "\n"
    "-- ~ table public.\"Orders\": set default of \"status\" to 'new'\n"
    "ALTER TABLE public.\"Orders\" ALTER COLUMN status SET DEFAULT 'new'::text;\n";

catalog::Unmanaged SampleUnmanaged() {
  auto item = [](std::string kind, std::string name, std::string identity, std::string detail,
                 bool property) {
    catalog::UnmanagedObject out;
    out.kind = std::move(kind);
    out.schema = "public";
    out.name = std::move(name);
    out.identity = std::move(identity);
    out.detail = std::move(detail);
    out.property = property;
    return out;
  };
  catalog::Unmanaged unmanaged;
  unmanaged.items = {
      item("view", "active_users", "public.active_users", "", false),
      item("table", "coded", "public.coded", "depends on function public.next_code()", false),
      item("trigger", "t`\nx", "\"t`\nx\" on public.users", "", false),
      item("privileges", "users", "on table public.users", "granted to app", true),
  };
  return unmanaged;
}

}  // namespace schemac::report::testing
