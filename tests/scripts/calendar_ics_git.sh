#!/bin/bash
# The ICS export's LAST-MODIFIED and SEQUENCE from git, in a temporary repository: none outside
# git or without git; in git, the last commit that changed each file and a SEQUENCE that grows
# with each commit of it; one git run per file, whatever the number of tactics; output that
# is the same across runs; read back by Debian's python3-icalendar.
# usage: tests/scripts/calendar_ics_git.sh STRAT_BINARY
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
git=$(command -v git) || { echo "SKIP: git is not installed (add it with ./dev test)"; exit 77; }
py=/usr/bin/python3
"$py" -c 'import icalendar' 2>/dev/null || {
  echo "SKIP: python3-icalendar is not installed (./dev test installs it)"
  exit 77
}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/bin" "$dir/repo" "$dir/plain"
# A git that logs each run, to count them.
cat > "$dir/bin/git" <<SH
#!/bin/sh
echo "\$*" >> "$dir/git-runs"
exec "$git" "\$@"
SH
chmod +x "$dir/bin/git"
export PATH="$dir/bin:$PATH" HOME="$dir" GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
unset GIT_DIR GIT_WORK_TREE
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com

passed=0 failed=0
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }
ics() {  # ics OUT ARGS...: the clinic's ICS, from the current directory
  local out=$1
  shift
  "$binary" calendar "$@" --today 2027-02-17 --format ics > "$out" 2> "$dir/err" < /dev/null ||
    fail "strat calendar $* --format ics: exit $? ($(head -c 300 "$dir/err"))"
}
# check ICS COMMITS_PLAN LAST_PLAN COMMITS_STRATEGY LAST_STRATEGY: every component carries
# the history of its own file (0: no LAST-MODIFIED and no SEQUENCE at all).
check() {
  "$py" - "$@" <<'PY' && ok || fail "$1: history (expected $2 at $3 for the plan, $4 at $5 for the strategy)"
import sys, datetime
import icalendar
path, plan_n, plan_t, strat_n, strat_t = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
problems, seen = [], set()
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'):
        continue
    source = str(c['DESCRIPTION']).rsplit('Source: ', 1)[-1]
    n, t = (plan_n, plan_t) if 'plan-2027-q1.yaml' in source else (strat_n, strat_t)
    seen.add('plan' if n == plan_n and 'plan' in source else 'strategy')
    if n == 0:
        for key in ('LAST-MODIFIED', 'SEQUENCE'):
            if key in c:
                problems.append(f'{c["SUMMARY"]}: {key} outside git')
        continue
    if int(c.get('SEQUENCE', -1)) != n:
        problems.append(f'{c["SUMMARY"]}: SEQUENCE {c.get("SEQUENCE")}, expected {n}')
    lm = c.get('LAST-MODIFIED')
    want = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    if lm is None or lm.dt != want:
        problems.append(f'{c["SUMMARY"]}: LAST-MODIFIED {lm.dt if lm else None}, expected {want}')
if seen != {'plan', 'strategy'}:
    problems.append(f'components from {sorted(seen)} only')
for p in problems[:10]:
    print('  ' + p)
sys.exit(1 if problems else 0)
PY
}

# Outside git: neither property, and git never runs.
cp "$root"/examples/clinic/*.yaml "$dir/plain/"
cd "$dir/plain" || exit 2
ics "$dir/plain.ics" .
check "$dir/plain.ics" 0 0 0 0
if [ -e "$dir/git-runs" ]; then fail "git ran outside a repository: $(cat "$dir/git-runs")"; else ok; fi

# In git: the first commits.
cd "$dir/repo" || exit 2
"$git" init -q -b main .
cp "$root"/examples/clinic/*.yaml .
"$git" add strategy.yaml
GIT_COMMITTER_DATE='2026-11-01T09:00:00Z' "$git" commit -qm strategy
"$git" add plan-2027-q1.yaml
GIT_COMMITTER_DATE='2026-11-02T10:30:00Z' "$git" commit -qm plan
rm -f "$dir/git-runs"
ics "$dir/one.ics" .
check "$dir/one.ics" 1 "$(date -d 2026-11-02T10:30:00Z +%s)" 1 "$(date -d 2026-11-01T09:00:00Z +%s)"
runs=$(wc -l < "$dir/git-runs")
if [ "$runs" = 2 ]; then ok; else fail "$runs git runs for two files, expected one per file: $(cat "$dir/git-runs")"; fi
ics "$dir/again.ics" .
if cmp -s "$dir/one.ics" "$dir/again.ics"; then ok; else fail "two runs differ"; fi

# A moved tactic, committed: the plan's SEQUENCE grows, the UIDs stay, the strategy's history
# stays; from another directory, by a relative path, the same.
sed -i 's/from: 2027-01-12/from: 2027-01-19/' plan-2027-q1.yaml
"$git" commit -qam 'move the articles a week' --date 2026-11-03T08:00:00Z
GIT_COMMITTER_DATE='2026-11-03T08:00:00Z' "$git" commit -q --amend --no-edit
ics "$dir/two.ics" .
check "$dir/two.ics" 2 "$(date -d 2026-11-03T08:00:00Z +%s)" 1 "$(date -d 2026-11-01T09:00:00Z +%s)"
uids() { grep '^UID:' "$1"; }
if [ "$(uids "$dir/one.ics")" = "$(uids "$dir/two.ics")" ]; then ok; else fail "UIDs changed with the commit"; fi
mkdir sub && cd sub && ics "$dir/sub.ics" .. && cd ..
stable() { grep -E '^(UID|SEQUENCE|LAST-MODIFIED):' "$1"; }
if [ "$(stable "$dir/two.ics")" = "$(stable "$dir/sub.ics")" ]; then ok; else fail "UIDs or history differ from a subdirectory"; fi

# An edit not yet committed changes nothing of the history; an untracked plan has none.
sed -i 's/from: 2027-01-19/from: 2027-01-26/' plan-2027-q1.yaml
ics "$dir/dirty.ics" .
check "$dir/dirty.ics" 2 "$(date -d 2026-11-03T08:00:00Z +%s)" 1 "$(date -d 2026-11-01T09:00:00Z +%s)"
cp plan-2027-q1.yaml plan-2027-q1-draft.yaml
ics "$dir/draft.ics" plan-2027-q1-draft.yaml --no-milestones
if grep -q '^SEQUENCE:' "$dir/draft.ics"; then fail "an untracked plan got a SEQUENCE"; else ok; fi
rm plan-2027-q1-draft.yaml
"$git" checkout -q plan-2027-q1.yaml

# git missing, in a repository: neither property, exit 0.
PATH=/nonexistent "$binary" calendar . --today 2027-02-17 --format ics > "$dir/nogit.ics" 2> "$dir/err" < /dev/null ||
  fail "without git: exit $?"
check "$dir/nogit.ics" 0 0 0 0
if [ -s "$dir/err" ]; then fail "without git: stderr $(cat "$dir/err")"; else ok; fi

echo "calendar ICS history: $passed passed, $failed failed"
[ "$failed" = 0 ]
