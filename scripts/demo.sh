#!/usr/bin/env bash
# The demo behind `make demo`: compile the example schema project, show a part of its canonical
# form, then load it into a temporary PostgreSQL server that schemac starts and removes itself.
set -euo pipefail
cd "$(dirname "$0")/.."
schemac=${1:-build/schemac}
example=schemas/shop

echo "== schemac check $example"
"$schemac" check "$example"
echo
echo "== schemac print $example (first 40 lines of the canonical SQL)"
"$schemac" print "$example" | sed -n 1,40p
echo "..."
echo
echo "== schemac verify $example"
"$schemac" verify "$example"
