#!/bin/bash
# Atomic --output: kills strat with SIGKILL at random moments while it writes a large report,
# and checks after each kill that the report file holds one complete report, never a torn
# one. Also checks that checking never changes the files it reads.
# usage: tests/scripts/atomic_write.sh STRAT_BINARY
#   ATOMIC_RUNS  kills to try (default 24): odd runs are killed at a random moment, even
#                ones a random 0-5 ms after the temporary file appears (mid-write)
# strat writes FILE through a temporary `.FILE.XXXXXX` in the same directory, then renames
# it over FILE. A SIGKILL between the two leaves that temporary file behind: nothing can
# remove it, and strat never deletes files it did not create in the same run, so a stale
# `.FILE.XXXXXX` is accepted (see docs/ROBUSTNESS.md). What is checked: at most one per
# kill, only that pattern, and never one after a run that finished.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${ATOMIC_RUNS:-24}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 2
mkdir in out
failed=0
fail() {
  echo "FAIL $*"
  failed=$((failed + 1))
}

# A plan of 30,000 tactics with neither goal nor owner: about 9 MB of text report, 13 MB
# of JSON, so the write takes a while. A copy of the clinic example with a config and a
# suppression comment joins it, for the read-only check.
printf 'kind: strategy\nname: S\ngoals:\n  - {id: g, title: G}\n' > in/strategy.yaml
{
  printf 'kind: plan\nname: big\nstrategy: strategy.yaml\ntactics:\n'
  seq 1 30000 | awk '{printf "  - {id: t%d, title: tactic number %d}\n", $1, $1}'
} > in/plan.yaml
mkdir in/clinic
cp "$root"/examples/clinic/*.yaml in/clinic/
printf 'rules:\n  tactic-without-owner: warning\n' > in/.strat.yaml
printf '# strat: disable-file=outside-period\n' >> in/clinic/plan-2027-q1.yaml
touch -d '2001-02-03 04:05:06' in/* in/clinic/*

snapshot() {  # every input file's checksum, size, mode and modification time
  (cd in && find . -type f -print0 | sort -z | xargs -0 sha256sum &&
    find . -printf '%p %s %m %T@\n' | sort)
}
snapshot > before

check=(check --today 2026-11-22 in)
# Two complete reports to alternate between: each run overwrites the other.
"$binary" "${check[@]}" --format text > text.expected 2> /dev/null
"$binary" "${check[@]}" --format json > json.expected 2> /dev/null
[ -s text.expected ] && [ -s json.expected ] || { echo "FAIL strat wrote no report"; exit 1; }
target=out/report
start=$(date +%s%N)
"$binary" "${check[@]}" --format json --output $target 2> /dev/null
full_ms=$((($(date +%s%N) - start) / 1000000))
cmp -s $target json.expected || fail "a finished --output run differs from stdout"
[ -z "$(find out -name '.report.*')" ] || fail "a finished run left a temporary file"
echo "one run: $full_ms ms; $runs runs, killed at random moments (within $((full_ms * 5 / 4)) ms) or mid-write"

kills=0 torn_tmp=0 partial=0 complete=0 old=0 new=0
for ((i = 0; i < runs; i++)); do
  # Write the report the file does not hold now, so that old and new always differ.
  if cmp -s $target json.expected; then format=text; else format=json; fi
  before_sum=$(cksum < $target)
  "$binary" "${check[@]}" --format $format --output $target 2> /dev/null &
  pid=$!
  if ((i % 2)); then
    delay=$((RANDOM % (full_ms * 5 / 4 + 1)))
  else  # wait for the temporary file, then kill while it is written
    until compgen -G 'out/.report.*' > /dev/null || ! kill -0 $pid 2> /dev/null; do sleep 0.001; done
    delay=$((RANDOM % 6))
  fi
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -9 $pid 2> /dev/null; then kills=$((kills + 1)); fi
  wait $pid 2> /dev/null
  if cmp -s $target text.expected || cmp -s $target json.expected; then
    if [ "$(cksum < $target)" = "$before_sum" ]; then old=$((old + 1)); else new=$((new + 1)); fi
  else
    fail "run $i (killed $delay ms in): $target is neither complete report ($(wc -c < $target) bytes)"
  fi
  # Leftovers: at most the one temporary file of this run, named .report.XXXXXX.
  mapfile -t temps < <(find out -mindepth 1 ! -name report)
  if [ ${#temps[@]} -gt 1 ]; then
    fail "run $i: ${#temps[@]} files besides the report: ${temps[*]}"
  elif [ ${#temps[@]} -eq 1 ]; then
    [[ ${temps[0]} =~ ^out/\.report\.[A-Za-z0-9]{6}$ ]] || fail "run $i: unexpected file ${temps[0]}"
    torn_tmp=$((torn_tmp + 1))
    [ "$(wc -c < "${temps[0]}")" -lt "$(wc -c < $format.expected)" ] && partial=$((partial + 1))
    rm -f "${temps[0]}"
  fi
  [ -n "${ATOMIC_DEBUG:-}" ] && echo "run $i $format delay $delay temps ${#temps[@]} target $(wc -c < $target)"
  complete=$((complete + 1))
done
echo "$complete runs, $kills killed: report old $old times, new $new times, never torn;" \
  "$torn_tmp stale temporary files from kills between create and rename, $partial of them half-written"

# Reading never changes the inputs: not after killed runs, not after finished ones.
"$binary" "${check[@]}" > /dev/null 2>&1
"$binary" "${check[@]}" --format sarif --output out/report.sarif > /dev/null 2>&1
snapshot > after
if ! diff -u before after; then fail "checking changed the input files"; else echo "inputs unchanged"; fi

[ $failed -eq 0 ] && echo "atomic-write: ok"
[ $failed -eq 0 ]
