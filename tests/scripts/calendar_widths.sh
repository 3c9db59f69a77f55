#!/bin/bash
# Every line strat calendar renders fits the terminal, and the month grid's and the timeline's
# lines line up, measured by an independent width (calendar_width.py, Python's unicodedata),
# for every example at 80 and 132 columns, Unicode and ASCII.
set -uo pipefail
strat=$1
py=/usr/bin/python3
[ -x "$py" ] || { echo "SKIP: $py is missing"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for ex in examples/clinic examples/clinic-he examples/multilingual examples/mobile-offices examples/fire-triangle; do
  for cols in 80 132; do
    for view in agenda month timeline; do
      for ascii in "" --ascii; do
        out=$tmp/out
        COLUMNS=$cols "$strat" calendar "$ex" --view $view --today 2027-02-17 $ascii > "$out" 2> "$tmp/err"
        st=$?
        if [ $st -ne 0 ]; then echo "FAIL: $ex $view $cols $ascii: exit $st: $(cat "$tmp/err")"; fail=1; continue; fi
        PYTHONPATH=$here "$py" - "$out" "$cols" "$view" "$ex $view $cols $ascii" <<'PY' || fail=1
import sys
from calendar_width import width
path, cols, view, label = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lines = open(path, encoding='utf-8').read().split('\n')
bad = [(n + 1, width(l)) for n, l in enumerate(lines) if width(l) > cols]
if bad:
    print(f"FAIL: {label}: lines wider than {cols}: {bad[:5]}")
    sys.exit(1)
if view == 'month':
    grid = [l for l in lines if l[:1] in ('│', '├', '┌', '└', '|', '+')]
    widths = {width(l) for l in grid}
    if len(widths) != 1:
        print(f"FAIL: {label}: grid lines of widths {sorted(widths)}")
        for l in grid:
            if width(l) != max(widths, key=lambda w: sum(1 for g in grid if width(g) == w)):
                print("   ", width(l), l)
                break
        sys.exit(1)
if view == 'timeline':
    bars = [l for l in lines[1:] if ('│' in l or '|' in l)]
    cols_at = {width(l[:max(l.find('│'), l.find('|'))]) for l in bars}
    if len(cols_at) != 1:
        print(f"FAIL: {label}: the timeline's bar column starts at {sorted(cols_at)}")
        sys.exit(1)
PY
      done
    done
  done
done
[ $fail -eq 0 ] && echo "calendar widths: all lines fit and align"
exit $fail
