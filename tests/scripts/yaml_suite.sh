#!/bin/bash
# Runs strat on every input of the YAML test suite (../shared/yaml-test-suite/cases/).
# usage: tests/scripts/yaml_suite.sh STRAT_BINARY
# Without the suite (a clone on its own, no ../shared) it is skipped: exit 77.
# Every case must finish within 10 s with exit status 0, 1 or 2 (no crash, no hang).
# Every invalid case (one with a .error file) must get a diagnostic
# `FILE:LINE:COL: ... [yaml-syntax]` and a non-zero exit status.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
cd "$(dirname "$0")/../.." || exit 2
# YAML_SUITE: another directory of cases (the harness self-test uses a small one of its own).
suite=${YAML_SUITE:-../shared/yaml-test-suite/cases}
if [ ! -d "$suite" ]; then
  echo "yaml-test-suite: SKIP: $(realpath -m "$suite") is missing (it ships beside the repo as ../shared)" >&2
  exit 77
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
passed=0 failed=0 total=0 lax=0

fail() {
  echo "FAIL $file: $1"
  failed=$((failed + 1))
}

for file in "$suite"/*.yaml; do
  total=$((total + 1))
  status=0
  timeout 10 "$binary" check --today 2026-11-22 "$file" > "$out" 2>&1 < /dev/null || status=$?
  # A diagnostic line for this file: FILE:LINE:COL: ... [yaml-syntax]
  syntax_re="^[^:]*${file##*/}:[0-9]+:[0-9]+: .*\[yaml-syntax\]"
  if [ $status -eq 124 ]; then
    fail "timed out after 10 s"
  elif [ $status -gt 2 ]; then
    fail "exit status $status (a crash or a signal?)"
    tail -n 5 "$out" | sed 's/^/    /'
  elif [ -f "${file%.yaml}.error" ] && ! grep -aEq "$syntax_re" "$out"; then
    fail "invalid YAML, but no positioned [yaml-syntax] diagnostic (exit status $status)"
    head -n 3 "$out" | sed 's/^/    /'
  elif [ -f "${file%.yaml}.error" ] && [ $status -eq 0 ]; then
    fail "invalid YAML, but exit status 0"
  else
    passed=$((passed + 1))
    # Valid YAML reported as a syntax error: yaml-cpp deviates from the spec
    # on some cases. Counted for information, not a failure.
    if [ ! -f "${file%.yaml}.error" ] && grep -aEq "$syntax_re" "$out"; then
      lax=$((lax + 1))
    fi
  fi
done

if [ $total -eq 0 ]; then
  echo "yaml-test-suite: no cases in $suite" >&2
  exit 1
fi
[ $lax -eq 0 ] || echo "note: $lax valid cases were reported as [yaml-syntax] (parser deviations)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
