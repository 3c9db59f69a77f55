#!/bin/bash
# I/O errors: each must give a `strat: error: …` line on stderr and a non-zero exit status
# (2), never a crash, a hang or a silent success.
# usage: tests/scripts/io_errors.sh STRAT_BINARY
# Permission cases run strat as `nobody` (setpriv) when the tests run as root, since root
# reads files whatever their mode; without setpriv they are skipped with a reason.
# PENDING cases are known gaps reported to the lead: they print but do not fail the test,
# and say so when they start to pass (then move them to `expect`).
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
limit=${IO_TIMEOUT:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d)
trap 'chmod -R u+rwx "$dir"; rm -rf "$dir"' EXIT
chmod 755 "$dir"
cd "$dir" || exit 2
cp "$root/examples/clinic/strategy.yaml" "$root/examples/clinic/plan-2027-q1.yaml" .
mkdir a-directory
ln -s nowhere dangling.yaml
ln -s loop-b loop-a
ln -s loop-a loop-b
mkfifo fifo.yaml

passed=0 failed=0 skipped=0 pending=0
as=()  # prefix: who runs strat

# run REDIRECT ARGS...: runs strat with its output redirected as REDIRECT says:
# "" (to files), "closed" (stdout closed), "full" (stdout is /dev/full).
run() {
  local how=$1
  shift
  status=0
  case $how in
    closed) timeout "$limit" "${as[@]}" "$binary" "$@" 2> err >&- < /dev/null || status=$? ;;
    full) timeout "$limit" "${as[@]}" "$binary" "$@" 2> err > /dev/full < /dev/null || status=$? ;;
    *) timeout "$limit" "${as[@]}" "$binary" "$@" 2> err > out < /dev/null || status=$? ;;
  esac
}

# judge MESSAGE: whether the last run failed cleanly with `strat: error: MESSAGE` (an ERE).
problem=
judge() {
  local message=$1
  problem=
  if [ $status -eq 124 ]; then problem="timed out after $limit s"
  elif [ $status -ne 2 ]; then problem="exit status $status, expected 2"
  elif ! grep -Eq "^strat: error: .*$message" err; then problem="no 'strat: error: …$message' on stderr"
  fi
}

# expect NAME MESSAGE REDIRECT ARGS...
expect() {
  local name=$1 message=$2
  shift 2
  run "$@"
  judge "$message"
  if [ -n "$problem" ]; then
    echo "FAIL $name: $problem"
    sed 's/^/    /' err | head -n 5
    failed=$((failed + 1))
  else
    printf 'ok   %-26s %s\n' "$name" "$(grep -Em1 "^strat: error: .*$message" err)"
    passed=$((passed + 1))
  fi
}

# pending NAME MESSAGE REDIRECT ARGS...: a known gap; reports, never fails.
pending() {
  local name=$1 message=$2
  shift 2
  run "$@"
  judge "$message"
  if [ -n "$problem" ]; then
    printf 'PENDING %-30s %s\n' "$name" "$problem"
  else
    printf 'FIXED %-32s passes now: make it an expect case\n' "$name"
  fi
  pending=$((pending + 1))
}

check=(check --today 2026-11-22)

# A directory where a file is expected, and the reverse.
expect config-is-directory "cannot read config 'a-directory': is a directory" "" \
  "${check[@]}" --config a-directory strategy.yaml
expect output-is-directory "cannot write 'a-directory'" "" "${check[@]}" --output a-directory strategy.yaml
expect path-under-a-file "cannot read 'strategy.yaml/x'" "" "${check[@]}" strategy.yaml/x
expect output-under-a-file "cannot write 'strategy.yaml/report.txt'" "" \
  "${check[@]}" --output strategy.yaml/report.txt strategy.yaml
expect output-dir-missing "cannot write 'no-such-dir/report.txt': No such file or directory" "" \
  "${check[@]}" --output no-such-dir/report.txt strategy.yaml

# Broken symbolic links (also the practical stand-in for a file that vanishes between
# listing and reading), a symlink loop, and a FIFO (must not block on open).
expect broken-symlink "cannot read 'dangling.yaml'" "" "${check[@]}" dangling.yaml
expect broken-symlink-config "cannot read config 'dangling.yaml'" "" "${check[@]}" --config dangling.yaml strategy.yaml
expect symlink-loop "cannot read 'loop-a': Too many levels of symbolic links" "" "${check[@]}" loop-a
expect fifo "cannot read 'fifo.yaml': not a regular file" "" "${check[@]}" fifo.yaml
expect output-fifo "cannot write 'fifo.yaml': not a regular file" "" "${check[@]}" --output fifo.yaml strategy.yaml
# In a directory scan, a dangling *.yaml link is reported too.
mkdir scan
cp strategy.yaml scan/
ln -s nowhere scan/dangling.yaml
expect broken-symlink-in-scan "'scan/dangling.yaml'" "" "${check[@]}" scan
expect missing-file "cannot read 'nope.yaml'" "" "${check[@]}" nope.yaml

# Standard output closed or full: the report is lost, so strat must say so.
expect stdout-closed "cannot write to standard output" closed "${check[@]}" strategy.yaml
expect stdout-full "cannot write to standard output: No space left on device" full "${check[@]}" strategy.yaml
expect stdout-full-sarif "cannot write to standard output" full "${check[@]}" --format sarif plan-2027-q1.yaml
expect stdout-full-list-rules "cannot write to standard output" full check --list-rules
# --help and --version print through CLI11 and ignore write errors.
expect help-stdout-full "cannot write to standard output" full --help
expect version-stdout-full "cannot write to standard output" full --version
expect help-check-stdout-closed "cannot write to standard output" closed help check

# No permission. Root reads and writes whatever the mode, so run strat as nobody.
mkdir locked read-only
cp strategy.yaml locked/secret.yaml
cp strategy.yaml secret.yaml
chmod 000 secret.yaml
chmod 000 locked
chmod 555 read-only
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2> /dev/null; then
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    as=(skip)
  fi
fi
if [ "${as[0]:-}" = skip ]; then
  echo "skip permission cases: running as root without setpriv, and root is never denied"
  skipped=$((skipped + 4))
elif ! timeout "$limit" "${as[@]}" "$binary" --version > /dev/null 2>&1; then
  echo "skip permission cases: $binary cannot be run as nobody (a directory on its path is not world-readable?)"
  skipped=$((skipped + 4))
else
  expect unreadable-file "cannot read 'secret.yaml': Permission denied" "" "${check[@]}" secret.yaml
  expect unreadable-config "cannot read config 'secret.yaml': Permission denied" "" \
    "${check[@]}" --config secret.yaml strategy.yaml
  expect unreadable-directory "'locked'.*Permission denied" "" "${check[@]}" locked
  expect unwritable-output-dir "cannot write 'read-only/report.txt': Permission denied" "" \
    "${check[@]}" --output read-only/report.txt strategy.yaml
fi
as=()

# A failed --output leaves no temporary file behind.
leftovers=$(find . -name '.*.??????' | head -n 3)
if [ -n "$leftovers" ]; then
  echo "FAIL leftover temporary files: $leftovers"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped, $pending pending"
[ $failed -eq 0 ]
