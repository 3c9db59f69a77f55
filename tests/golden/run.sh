#!/bin/bash
# Runs one golden CLI case: tests/golden/run.sh STRAT_BINARY CASE_DIR
# See tests/golden/README.md for the case layout and UPDATE_GOLDEN=1.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 STRAT_BINARY CASE_DIR" >&2
  exit 2
fi
binary=$(realpath "$1")
case_dir=$(realpath "$2")
cd "$(dirname "$0")/../.."   # the repo root: paths in `cmd` are relative to it
name=${case_dir#"$PWD"/}

[ -f "$case_dir/cmd" ] || { echo "$name: no cmd file" >&2; exit 2; }

# `cmd` is one line of arguments, split into words with shell-style quoting
# (by xargs, so nothing is expanded or executed).
args=()
mapfile -d '' args < <(xargs -r printf '%s\0' < "$case_dir/cmd")

actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT

status=0
env -u NO_COLOR -u CLICOLOR_FORCE -u FORCE_COLOR \
  "$binary" "${args[@]}" > "$actual/stdout" 2> "$actual/stderr" < /dev/null || status=$?
echo "$status" > "$actual/status"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual/stdout" "$actual/status" "$case_dir/"
  if [ -s "$actual/stderr" ]; then
    cp "$actual/stderr" "$case_dir/"
  else
    rm -f "$case_dir/stderr"
  fi
  echo "$name: updated (exit status $status)"
  exit 0
fi

# A missing `stderr` file means stderr must be empty.
[ -f "$case_dir/stderr" ] || : > "$actual/expected-stderr"
failed=0
for stream in status stdout stderr; do
  expected=$case_dir/$stream
  [ -f "$expected" ] || expected=$actual/expected-$stream
  if [ ! -f "$expected" ]; then
    echo "$name: missing expected file '$stream'" >&2
    failed=1
  elif ! diff -u --label "$name/$stream (expected)" --label "$stream (actual)" \
         "$expected" "$actual/$stream"; then
    failed=1
  fi
done

if [ $failed -ne 0 ]; then
  echo "$name: FAILED: strat ${args[*]}" >&2
  echo "  if the new output is right: UPDATE_GOLDEN=1 ctest --test-dir build -R '^golden/${case_dir##*/}\$'" >&2
  exit 1
fi
echo "$name: ok"
