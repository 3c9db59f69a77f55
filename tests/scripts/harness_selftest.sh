#!/bin/bash
# Tests the test harnesses (golden/run.sh, yaml_suite.sh, hostile.sh) against a
# fake strat, so that a harness that passes everything (or nothing) is caught.
# usage: tests/scripts/harness_selftest.sh
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

expect() {  # expect WANT(pass|fail) DESCRIPTION COMMAND...
  local want=$1 what=$2 got=pass
  shift 2
  "$@" > "$tmp/log" 2>&1 || got=fail
  if [ "$got" = "$want" ]; then
    echo "ok   $what"
  else
    echo "FAIL $what: expected $want, got $got"
    sed 's/^/    /' "$tmp/log" | tail -n 20
    failures=$((failures + 1))
  fi
}

# The fake: `echo ARGS...` prints its arguments and environment facts;
# `check ... FILE` answers like strat would, or misbehaves as FAKE_MODE says.
cat > "$tmp/strat" <<'EOF'
#!/bin/bash
if [ "$1" = echo ]; then
  shift
  printf '<%s>\n' "$@"
  echo "NO_COLOR=${NO_COLOR-unset} tty=$([ -t 1 ] && echo yes || echo no) pwd=$PWD"
  [ -z "${FAKE_STDERR:-}" ] || echo "$FAKE_STDERR" >&2
  exit "${FAKE_STATUS:-0}"
fi
file=${!#}
case "${FAKE_MODE:-good}" in
  crash) kill -SEGV $$ ;;
  hang) sleep 30 ;;
  silent) exit 1 ;;
esac
if [ "$(stat -c %s "$file")" -gt 10485760 ]; then
  echo "$file:1:1: error: file is larger than 10485760 bytes [limit-exceeded]"
  exit 2
fi
echo "$file:1:1: error: fake finding [yaml-syntax]"
exit 1
EOF
chmod +x "$tmp/strat"

# Golden cases.
golden=tests/golden/run.sh
mkdir -p "$tmp/g"
printf 'echo "two words" plain '\''single q'\''\n' > "$tmp/g/cmd"
printf '<two words>\n<plain>\n<single q>\nNO_COLOR=unset tty=no pwd=%s\n' "$PWD" > "$tmp/g/stdout"
echo 0 > "$tmp/g/status"
expect pass "golden: matching case passes (quotes split, NO_COLOR unset, no tty, repo root)" \
  env NO_COLOR=1 "$golden" "$tmp/strat" "$tmp/g"
expect fail "golden: unexpected stderr fails when there is no stderr file" \
  env FAKE_STDERR=oops "$golden" "$tmp/strat" "$tmp/g"
expect fail "golden: wrong exit status fails" env FAKE_STATUS=1 "$golden" "$tmp/strat" "$tmp/g"
echo oops > "$tmp/g/stderr"
expect pass "golden: expected stderr passes" env FAKE_STDERR=oops "$golden" "$tmp/strat" "$tmp/g"
expect fail "golden: missing stderr output fails" "$golden" "$tmp/strat" "$tmp/g"
echo changed >> "$tmp/g/stdout"
expect fail "golden: wrong stdout fails" env FAKE_STDERR=oops "$golden" "$tmp/strat" "$tmp/g"
grep -q '^-changed$' "$tmp/log" || { echo "FAIL golden: no unified diff"; failures=$((failures + 1)); }
expect pass "golden: UPDATE_GOLDEN=1 rewrites" env UPDATE_GOLDEN=1 FAKE_STATUS=3 "$golden" "$tmp/strat" "$tmp/g"
expect pass "golden: updated case passes" env FAKE_STATUS=3 "$golden" "$tmp/strat" "$tmp/g"
if [ -e "$tmp/g/stderr" ] || [ "$(cat "$tmp/g/status")" != 3 ]; then
  echo "FAIL golden: UPDATE_GOLDEN=1 wrote the wrong files"
  failures=$((failures + 1))
fi

# The YAML test suite harness, on a small suite of its own (one valid case, one invalid), so
# that this self-test needs no ../shared; and without a suite, it is skipped (exit 77).
mkdir -p "$tmp/suite"
echo 'a: 1' > "$tmp/suite/good.yaml"
echo 'a: [' > "$tmp/suite/bad.yaml"
touch "$tmp/suite/bad.error"
suite=(env YAML_SUITE="$tmp/suite" tests/scripts/yaml_suite.sh "$tmp/strat")
expect pass "yaml_suite: a well-behaved strat passes" "${suite[@]}"
expect fail "yaml_suite: a crashing strat fails" env FAKE_MODE=crash "${suite[@]}"
expect fail "yaml_suite: a strat without diagnostics fails" env FAKE_MODE=silent "${suite[@]}"
status=0
YAML_SUITE=$tmp/no-suite tests/scripts/yaml_suite.sh "$tmp/strat" > "$tmp/log" 2>&1 || status=$?
if [ $status -eq 77 ] && grep -q "SKIP: $tmp/no-suite is missing" "$tmp/log"; then
  echo "ok   yaml_suite: a missing suite is skipped (77), naming it"
else
  echo "FAIL yaml_suite: a missing suite gave status $status:"
  sed 's/^/    /' "$tmp/log"
  failures=$((failures + 1))
fi
expect pass "hostile: a well-behaved strat passes" tests/scripts/hostile.sh "$tmp/strat"
expect fail "hostile: a hanging strat fails" env FAKE_MODE=hang HOSTILE_TIMEOUT=1 tests/scripts/hostile.sh "$tmp/strat"
expect fail "hostile: a crashing strat fails" env FAKE_MODE=crash tests/scripts/hostile.sh "$tmp/strat"

[ $failures -eq 0 ] && echo "harness self-test passed" || echo "$failures harness self-test failures"
[ $failures -eq 0 ]
