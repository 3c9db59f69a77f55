#!/bin/bash
# bench-findings: strat-gen injects defects into synthetic strategy + plan sets and writes the
# findings they must produce; `strat check --format json` must report exactly those
# (rule, file, line, column), no more and no fewer. A clean set must check clean.
# Usage: findings_test.sh STRAT STRAT_GEN   (needs python3, which ./dev installs)
set -uo pipefail
strat=$1
gen=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

all_defects=(no-goal unknown-goal unknown-owner no-owner budget-overrun duplicate-id bad-date-range
             bad-date unknown-key missing-title unknown-channel goal-no-kpi unserved-goal)

# check NAME EXPECTED_STATUS GEN_ARGS...
check() {
  local name=$1 want_status=$2
  shift 2
  local dir="$work/$name"
  if ! "$gen" "$dir/set" --expected "$dir/expected.tsv" "$@"; then
    echo "FAIL $name: strat-gen failed"
    failures=$((failures + 1))
    return
  fi
  (cd "$dir/set" && "$strat" check --format json --today 2027-01-15 .) >"$dir/out.json" 2>"$dir/err.txt"
  local status=$?
  if [ "$status" -ne "$want_status" ]; then
    echo "FAIL $name: exit status $status, expected $want_status"
    cat "$dir/err.txt"
    failures=$((failures + 1))
    return
  fi
  if ! python3 - "$dir/out.json" "$dir/expected.tsv" "$name" <<'PY'
import json, sys
out, expected, name = sys.argv[1:]
got = sorted((d["rule"], d["file"], d["line"], d["column"]) for d in json.load(open(out))["diagnostics"])
want = []
for line in open(expected).read().splitlines():
    rule, file, ln, col = line.split("\t")
    want.append((rule, file, int(ln), int(col)))
want.sort()
if got != want:
    print(f"FAIL {name}: {len(got)} findings, {len(want)} expected")
    for w in want:
        if w not in got: print("  missing:", *w)
    for g in got:
        if g not in want: print("  unexpected:", *g)
    sys.exit(1)
print(f"ok   {name}: {len(got)} findings as expected")
PY
  then
    failures=$((failures + 1))
  fi
}

check clean 0 --files 2 --tactics 120 --goals 8
every=()
for d in "${all_defects[@]}"; do every+=(--defect "$d=2"); done
check every-defect-1-file 1 --files 1 --tactics 400 --goals 6 --seed 1 "${every[@]}"
check every-defect-5-files 1 --files 5 --tactics 150 --goals 6 --seed 42 "${every[@]}"
for d in "${all_defects[@]}"; do
  case $d in
    no-owner | unknown-key | unknown-channel | unserved-goal) status=0 ;;  # warnings only
    *) status=1 ;;
  esac
  check "only-$d" "$status" --files 2 --tactics 60 --goals 4 --seed 3 --defect "$d=3"
done
# Many defects in one large set (strat-gen refuses a spec that would leave a goal unserved).
many=()
for d in "${all_defects[@]}"; do many+=(--defect "$d=25"); done
check many-defects 1 --files 4 --tactics 2000 --goals 30 --seed 99 "${many[@]}"

# The generator is deterministic: the same spec gives the same bytes.
"$gen" "$work/again" --expected "$work/again.tsv" --files 5 --tactics 150 --goals 6 --seed 42 "${every[@]}"
if diff -r "$work/every-defect-5-files/set" "$work/again" >/dev/null &&
   cmp -s "$work/every-defect-5-files/expected.tsv" "$work/again.tsv"; then
  echo "ok   deterministic"
else
  echo "FAIL deterministic: the same spec gave different files"
  failures=$((failures + 1))
fi

# Revision B (strat-gen --revision, for the diff bench): strat diff must count exactly the
# changes the generator made, and nothing for the tactics it only reordered.
"$gen" "$work/rev-a" --files 2 --tactics 600 --goals 8 --seed 7
"$gen" "$work/rev-b" --files 2 --tactics 600 --goals 8 --seed 7 --revision --changes "$work/changes.tsv"
"$strat" diff --format json --today 2027-01-15 "$work/rev-a" "$work/rev-b" >"$work/diff.json"
status=$?
if [ "$status" -eq 1 ] && python3 - "$work/diff.json" "$work/changes.tsv" <<'PY'
import collections, json, sys
got = collections.Counter(c["op"] for c in json.load(open(sys.argv[1]))["changes"])
want = {op: int(n) for op, n in (l.split("\t") for l in open(sys.argv[2]).read().splitlines())}
if dict(got) != {op: n for op, n in want.items() if n}:
    print(f"FAIL revision: strat diff counted {dict(got)}, the generator made {want}")
    sys.exit(1)
print(f"ok   revision: strat diff counted the generator's changes {want}")
PY
then :; else
  echo "FAIL revision (strat diff exit status $status)"
  failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
