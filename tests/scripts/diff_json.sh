#!/bin/bash
# strat diff --format json, checked by a JSON Schema validator (python3-jsonschema) against
# the schema that strat-diff(1) documents, on the golden inputs in both directions.
# usage: tests/scripts/diff_json.sh STRAT_BINARY
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 STRAT_BINARY" >&2; exit 2; }
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema is not installed"; exit 77; }
in=$root/tests/golden/diff-inputs
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failed=0
for pair in "old new" "new old" "old reordered" "old/plan.yaml new/plan.yaml"; do
  set -- $pair
  "$binary" diff "$in/$1" "$in/$2" --format json --today 2027-01-05 > "$dir/out.json"
  st=$?
  [ "$st" -le 1 ] || { echo "FAIL: $pair: exit $st"; failed=1; continue; }
  /usr/bin/python3 - "$root/tests/scripts/diff_schema.json" "$dir/out.json" <<'PY' || { echo "FAIL: $pair"; failed=1; }
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.validate(json.load(open(sys.argv[2])), schema)
PY
done
"$binary" diff "$in/old" "$in/new" --format json --impact-only --today 2027-01-05 > "$dir/out.json"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "changes" not in d and d["impact"]["plans"][0]["budget"]["delta"] == 450' "$dir/out.json" || { echo "FAIL: --impact-only json"; failed=1; }
[ "$failed" -eq 0 ] && echo "diff_json: ok"
exit $failed
