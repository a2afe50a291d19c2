#!/usr/bin/env bash
# The demo behind `make demo`: take a database from the first version of the example project
# (schemas/shop) to the second (schemas/shop_v2) and back, the way a pull request would.
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

v1=schemas/shop
v2=schemas/shop_v2

header() {
  echo
  echo "== $* =="
}

if [[ "${1:-}" != "--steps" ]]; then
  schemac=$(realpath "${1:-build/schemac}")
  header "0. Compile both versions of the example project"
  "$schemac" check "$v1"
  "$schemac" check "$v2"
  echo
  echo "Starting a temporary PostgreSQL server for the steps (schemac sandbox)."
  "$schemac" sandbox -- bash scripts/demo.sh --steps "$schemac"
  exit
fi

schemac=$(realpath "${2:-build/schemac}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/out.txt

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

header "1. Apply the first version: schemac apply --schema $v1"
expect 0 "$schemac" apply --schema "$v1"
grep -E '^[-+~] ' "$out" | sed -n 1,6p
echo "... ($(grep -cE '^[-+~] ' "$out") objects in all)"
grep '^Plan:' "$out"
tail -n 1 "$out"

header "2. Plan the second version: schemac plan --schema $v2"
# Exit code 2: the database and the schema differ.
expect 2 "$schemac" plan --schema "$v2" --up "$tmp/up.sql" --down "$tmp/down.sql"
review
echo "Written with --up and --down: up.sql ($(grep -c '^-- [-+~] ' "$tmp/up.sql") steps)" \
  "and down.sql ($(grep -c '^-- [-+~] ' "$tmp/down.sql") steps). The first statements of up.sql:"
grep -v -e '^--' -e '^$' "$tmp/up.sql" | sed -n 1,6p
echo "..."

header "3. Apply the second version without --allow: schemac apply --schema $v2"
expect 1 "$schemac" apply --schema "$v2"
grep -q 'deletes-data' "$out" || fail "apply was refused for another reason than deleted data"
sed -n '/^error:/,$p' "$out"
columns=$(psql -X -A -t -c "SELECT count(*) FROM information_schema.columns
                            WHERE table_schema = 'billing' AND table_name = 'payments'
                              AND column_name = 'payer_ip'")
[[ $columns == 1 ]] || fail "the refused apply changed the database"
echo "Refused: nothing was changed, billing.payments still has payer_ip."

header "4. Apply it, allowing the deletion: schemac apply --schema $v2 --allow deletes-data"
expect 0 "$schemac" apply --schema "$v2" --allow deletes-data
grep '^Plan:' "$out"
tail -n 1 "$out"

header "5. Plan the second version again: schemac plan --schema $v2"
expect 0 "$schemac" plan --schema "$v2"
cat "$out"

header "6. Roll back with the down script of step 2, then plan the first version"
echo "psql -X -v ON_ERROR_STOP=1 --single-transaction -f down.sql"
expect 0 psql -X -q -v ON_ERROR_STOP=1 --single-transaction -f "$tmp/down.sql"
echo "schemac plan --schema $v1"
expect 0 "$schemac" plan --schema "$v1"
cat "$out"

echo
echo "Done: every step gave the expected result."
