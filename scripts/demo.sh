#!/usr/bin/env bash
# The demo behind `make demo`: take a database from the sample project (schemas/library: tables,
# views, a materialized view, functions, triggers, domains, composite and range types) to its
# next version and back, the way a pull request would. The next version is the project with the
# pull request scripts/demo/library_v2.patch applied: a column under two views changes type, a
# materialized view gets a new query, a composite type and the function that returns it get a new
# attribute, and a column is dropped.
#
#   scripts/demo.sh [SCHEMAC]          compile both versions, then run the steps below against a
#                                      temporary PostgreSQL server (`schemac sandbox`)
#   scripts/demo.sh --steps [SCHEMAC]  the steps alone, against the database given by
#                                      DATABASE_URL or the PG* variables
#
# The steps: apply the first version; plan the second and review it; apply it, refused until the
# deletion of data is allowed; plan again (no changes); run the down script and check that the
# database matches the first version again. Any unexpected exit code stops the demo with exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

v1=schemas/library
patch=scripts/demo/library_v2.patch

# next_version DIR: writes the second version of the project into DIR/schemas/library and
# prints that directory.
next_version() {
  mkdir -p "$1/schemas"
  cp -R "$v1" "$1/schemas/"
  (cd "$1" && git apply "$OLDPWD/$patch")
  echo "$1/schemas/library"
}

header() {
  echo
  echo "== $* =="
}

if [[ "${1:-}" != "--steps" ]]; then
  schemac=$(realpath "${1:-build/schemac}")
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  header "0. Compile both versions of the sample project"
  "$schemac" check "$v1"
  next_version "$work" >/dev/null
  (cd "$work" && "$schemac" check schemas/library) | sed 's/^/with the pull request: /'
  echo
  echo "Starting a temporary PostgreSQL server for the steps (schemac sandbox)."
  "$schemac" sandbox -- bash scripts/demo.sh --steps "$schemac"
  exit
fi

schemac=$(realpath "${2:-build/schemac}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/out.txt
next_version "$tmp/next" >/dev/null
v2=schemas/library

# next COMMAND...: runs COMMAND in the copy of the project that has the pull request applied, so
# that its file names read as in the project.
next() {
  (cd "$tmp/next" && "$@")
}

fail() {
  echo "demo: $*" >&2
  exit 1
}

# expect CODE COMMAND...: runs COMMAND with its output in $out; stops the demo, showing that
# output, unless COMMAND exits with CODE.
expect() {
  local want=$1 rc=0
  shift
  "$@" >"$out" 2>&1 || rc=$?
  if [[ $rc -ne $want ]]; then
    cat "$out" >&2
    fail "'$*' exited with $rc, expected $want"
  fi
}

# The review part of a human plan: the changes, the summary and the hazard legend, without the
# up script that follows them.
review() {
  sed '/^-- schemac migration: up$/,$d' "$out"
}

# Roles are not part of a schema: the policies of the sample project name two that an
# administrator creates on every server.
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE ROLE app_user NOLOGIN" -c "CREATE ROLE auditor NOLOGIN"

header "1. Apply the first version: schemac apply --schema $v1"
expect 0 "$schemac" apply --schema "$v1"
grep -E '^[-+~] ' "$out" | sed -n 1,6p
echo "... ($(grep -cE '^[-+~] ' "$out") objects in all)"
grep '^Plan:' "$out"
tail -n 1 "$out"

header "2. The pull request ($patch), and its plan: schemac plan --schema $v2"
git apply --stat "$patch"

# Exit code 2: the database and the schema differ.
expect 2 next "$schemac" plan --schema "$v2" --up "$tmp/up.sql" --down "$tmp/down.sql"
review
echo "Written with --up and --down: up.sql ($(grep -c '^-- [-+~] ' "$tmp/up.sql") steps)" \
  "and down.sql ($(grep -c '^-- [-+~] ' "$tmp/down.sql") steps). The first statements of up.sql:"
grep -v -e '^--' -e '^$' "$tmp/up.sql" | sed -n 1,6p
echo "..."

header "3. Apply it without --allow: schemac apply --schema $v2"
expect 1 next "$schemac" apply --schema "$v2"
grep -q 'deletes-data' "$out" || fail "apply was refused for another reason than deleted data"
sed -n '/^error:/,$p' "$out"
columns=$(psql -X -A -t -c "SELECT count(*) FROM information_schema.columns
                            WHERE table_schema = 'operations' AND table_name = 'suppliers'
                              AND column_name = 'account_no'")
[[ $columns == 1 ]] || fail "the refused apply changed the database"
echo "Refused: nothing was changed, operations.suppliers still has account_no."

header "4. Apply it, allowing the deletion: schemac apply --schema $v2 --allow deletes-data"
expect 0 next "$schemac" apply --schema "$v2" --allow deletes-data
grep '^Plan:' "$out"
tail -n 1 "$out"

header "5. Plan it again: schemac plan --schema $v2"
expect 0 next "$schemac" plan --schema "$v2"
cat "$out"

header "6. Roll back with the down script of step 2, then plan the first version"
echo "psql -X -v ON_ERROR_STOP=1 --single-transaction -f down.sql"
expect 0 psql -X -q -v ON_ERROR_STOP=1 --single-transaction -f "$tmp/down.sql"
echo "schemac plan --schema $v1"
expect 0 "$schemac" plan --schema "$v1"
cat "$out"

echo
echo "Done: every step gave the expected result."
