#!/bin/bash
# Feeds strat hostile files: deep nesting, alias bombs, a 20 MB file, binary
# junk, an empty file and a file with only `---`.
# usage: tests/scripts/hostile.sh STRAT_BINARY
# Each must finish within HOSTILE_TIMEOUT seconds (default 5) and within
# 2 GiB of address space (not enforced for AddressSanitizer builds), with exit
# status 1 or 2 and at least one `FILE:LINE:COL:` diagnostic.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
limit=${HOSTILE_TIMEOUT:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

repeat() {  # repeat TEXT COUNT (TEXT without newlines)
  yes -- "$1" | head -n "$2" | tr -d '\n'
}

# Billion laughs: 9 levels of 9 aliases each, 9^9 strings if expanded.
# $1 is the YAML that refers to the top anchor.
laughs() {
  local level prev
  printf 'kind: plan\nname: billion laughs\nlol:\n'
  printf '  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
  for level in 1 2 3 4 5 6 7 8; do
    prev="*l$((level - 1))"
    printf '  - &l%d [%s, %s, %s, %s, %s, %s, %s, %s, %s]\n' "$level" \
      "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev"
  done
  printf '%s\n' "$1"
}

# The same bomb made of nested tactics, which the loader has to walk.
tactic_bomb() {
  local level prev
  printf 'kind: plan\nname: tactic bomb\nstrategy: {kind: strategy, name: s}\n'
  printf 'bomb:\n  - &t0 {id: t, title: t, goal: g}\n'
  for level in 1 2 3 4 5 6 7 8; do
    prev="*t$((level - 1))"
    printf '  - &t%d {id: t, title: t, tactics: [%s, %s, %s, %s, %s, %s, %s, %s, %s]}\n' \
      "$level" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev"
  done
  printf 'tactics: [*t8, *t8, *t8, *t8, *t8, *t8, *t8, *t8, *t8]\n'
}

# Every byte value (NUL included), then a fixed pseudo-random tail.
binary_junk() {
  local i octal
  # shellcheck disable=SC2059 # the format is an octal escape on purpose
  for ((i = 0; i < 256; i++)); do printf -v octal '%03o' $i; printf "\\$octal"; done
  printf '\177ELF\002\001\001\000\000\000kind: plan\000\377\376\n'
  for ((i = 0; i < 4096; i++)); do
    printf -v octal '%03o' $(((i * 7919 + 13) % 256))
    # shellcheck disable=SC2059
    printf "\\$octal"
  done
}

repeat '[' 100000 > "$dir/deep-flow-sequence.yaml"
repeat '{a: ' 100000 > "$dir/deep-flow-mapping.yaml"
{ printf 'kind: plan\ntactics:\n  '; repeat '- ' 100000; printf 'x\n'; } > "$dir/deep-block-sequence.yaml"
laughs 'tactics: *l8' > "$dir/alias-bomb.yaml"
laughs 'notes: [*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]' > "$dir/alias-bomb-unknown-key.yaml"
tactic_bomb > "$dir/alias-bomb-tactics.yaml"
{ printf 'kind: plan\nname: huge\n'; yes '# padding to make the file 20 MB long' | head -c 20971520; } \
  > "$dir/huge.yaml"
binary_junk > "$dir/binary.yaml"
: > "$dir/empty.yaml"
printf -- '---\n' > "$dir/only-dashes.yaml"

asan=0
grep -q __asan_init "$binary" && asan=1
passed=0 failed=0

# check NAME [STATUS RULE]: run strat on NAME; optionally require an exact
# exit status and a diagnostic with [RULE].
check() {
  local file=$dir/$1 status=0 start end problem=
  start=$(date +%s%N)
  (
    [ $asan -eq 1 ] || ulimit -v 2097152
    exec timeout "$limit" "$binary" check --today 2026-11-22 "$file"
  ) > "$dir/out" 2>&1 < /dev/null || status=$?
  end=$(date +%s%N)
  if [ $status -eq 124 ]; then
    problem="timed out after $limit s"
  elif [ $status -gt 2 ]; then
    problem="exit status $status (a crash, a signal or out of memory?)"
  elif [ $status -eq 0 ]; then
    problem="exit status 0: accepted as clean"
  elif ! grep -aEq "^[^:]*$1:[0-9]+:[0-9]+: " "$dir/out"; then
    problem="no FILE:LINE:COL: diagnostic"
  elif [ $# -ge 2 ] && [ $status -ne "$2" ]; then
    problem="exit status $status, expected $2"
  elif [ $# -ge 3 ] && ! grep -aEq "^[^:]*$1:[0-9]+:[0-9]+: .*\[$3\]" "$dir/out"; then
    problem="no [$3] diagnostic"
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $1: $problem"
    head -c 2000 "$dir/out" | head -n 8 | sed 's/^/    /'
    failed=$((failed + 1))
  else
    printf 'ok   %-28s exit %d, %4d ms: %s\n' "$1" $status $(((end - start) / 1000000)) \
      "$(grep -aEm1 "^[^:]*$1:[0-9]+:[0-9]+: " "$dir/out" | sed "s|^$dir/||")"
    passed=$((passed + 1))
  fi
}

check deep-flow-sequence.yaml
check deep-flow-mapping.yaml
check deep-block-sequence.yaml
check alias-bomb.yaml
check alias-bomb-unknown-key.yaml
check alias-bomb-tactics.yaml
check huge.yaml 2 limit-exceeded
check binary.yaml
check empty.yaml
check only-dashes.yaml

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
