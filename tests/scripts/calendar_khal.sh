#!/bin/bash
# The ICS export imported into khal (Debian's khal, a vdir calendar in a scratch config, no
# network): every event khal lists for the period is one of strat's own occurrences
# (--format json), and every occurrence is there, recurrences and month ends included.
# khal reads VEVENTs only, so `due:` deadlines (VTODOs) are not expected in its list.
# usage: tests/scripts/calendar_khal.sh STRAT_BINARY   (from the source tree's root)
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
strat=$(realpath "$1")
khal=$(command -v khal) || { echo "SKIP: khal is not installed (./dev test installs it)"; exit 77; }
py=/usr/bin/python3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" TZ=UTC
sep=$'\x1f' end=$'\x1e'  # fields, and the end of a record (a title may hold a line break)

failed=0 passed=0
for ex in examples/clinic examples/clinic-he examples/multilingual tests/golden/calendar-ics-month-ends/plan.yaml; do
  name=$(basename "$ex" .yaml)
  mkdir -p "$dir/$name/vdir"
  cat > "$dir/$name/config" <<CONF
[calendars]
[[plan]]
path = $dir/$name/vdir
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
timeformat = %H:%M
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = plan
CONF
  "$strat" calendar "$ex" --today 2027-02-17 --format ics > "$dir/$name/plan.ics" || { echo "FAIL: $ex: ics exit $?"; failed=$((failed + 1)); continue; }
  "$strat" calendar "$ex" --today 2027-02-17 --format json > "$dir/$name/plan.json"
  if ! "$khal" -c "$dir/$name/config" import --batch -a plan "$dir/$name/plan.ics" > "$dir/$name/import.out" 2>&1; then
    echo "FAIL: $ex: khal import: $(head -5 "$dir/$name/import.out")"
    failed=$((failed + 1))
    continue
  fi
  read -r from to < <("$py" -c 'import json,sys; r=json.load(open(sys.argv[1]))["range"]; print(r["from"], r["to"])' "$dir/$name/plan.json")
  # Without --once khal lists a span on each of its days: the uid and start tell instances apart.
  "$khal" -c "$dir/$name/config" list --day-format "" --format "{uid}$sep{start-date}$sep{end-date}$sep{title}$end" \
    "$from" "$to" > "$dir/$name/list.out" 2> "$dir/$name/list.err" ||
    { echo "FAIL: $ex: khal list: $(head -5 "$dir/$name/list.err")"; failed=$((failed + 1)); continue; }
  if "$py" - "$dir/$name/plan.json" "$dir/$name/list.out" "$dir/$name/import.out" "$ex" <<'PY'; then
import collections, json, sys
data_path, list_path, import_path, label = sys.argv[1:5]
data = json.load(open(data_path, encoding='utf-8'))
expected = collections.Counter((o['title'], o['start'], o['end']) for o in data['occurrences'] if o['kind'] != 'due')
instances = set()
for line in open(list_path, encoding='utf-8').read().split('\x1e'):
    line = line.lstrip('\n')
    if not line:
        continue
    parts = line.split('\x1f')
    if len(parts) != 4:
        print(f'FAIL: {label}: khal printed an unexpected line: {line!r}')
        sys.exit(1)
    instances.add(tuple(parts))
got = collections.Counter((title, start, end) for _, start, end, title in instances)
problems = []
for key in sorted(set(expected) | set(got)):
    if expected[key] != got[key]:
        problems.append(f'{key[0]!r} {key[1]}..{key[2]}: strat has {expected[key]}, khal {got[key]}')
noise = [l for l in open(import_path, encoding='utf-8').read().splitlines() if 'error' in l.lower() or 'traceback' in l.lower()]
problems += [f'khal import said: {l}' for l in noise]
if sum(expected.values()) == 0:
    problems.append('no events expected: the example shows nothing')
for p in problems[:15]:
    print(f'FAIL: {label}: {p}')
if not problems:
    print(f'ok: {label}: {sum(got.values())} events in khal, as strat lists them')
sys.exit(1 if problems else 0)
PY
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "khal import: $passed passed, $failed failed"
[ "$failed" = 0 ]
