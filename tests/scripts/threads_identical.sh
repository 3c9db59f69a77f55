#!/bin/bash
# 500 generated plan files with findings: `strat check` prints byte-identical output on 1 and
# 2 threads, in every format, run after run (issue 3).
# Usage: tests/scripts/threads_identical.sh STRAT_BINARY STRAT_GEN_BINARY
set -euo pipefail
strat=$(realpath "$1")
gen=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gen" "$work/set" --files 500 --tactics 10 --goals 8 --seed 7 \
  --defect no-goal=40 --defect unknown-owner=40 --defect unknown-key=40 --defect bad-date-range=40 \
  > /dev/null
failed=0
for format in text json sarif github gitlab junit; do
  for run in 1 2; do
    for jobs in 1 2; do
      status=0
      (cd "$work" && "$strat" check set --today 2027-01-15 --format "$format" --jobs "$jobs") \
        > "$work/out-$jobs" || status=$?
      [ "$status" -eq 1 ] || { echo "FAIL $format -j$jobs: exit status $status, expected 1"; failed=1; }
    done
    if ! cmp -s "$work/out-1" "$work/out-2"; then
      echo "FAIL $format run $run: -j1 and -j2 differ"
      diff "$work/out-1" "$work/out-2" | head -5
      failed=1
    fi
  done
done
lines=$(wc -l < "$work/out-1")
[ "$failed" -eq 0 ] && echo "1 passed, 0 failed (6 formats × 2 runs; last output $lines lines)"
[ "$failed" -eq 0 ] || echo "0 passed, 1 failed"
exit "$failed"
