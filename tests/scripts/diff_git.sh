#!/bin/bash
# strat diff against git: REV:PATH sides, --rev A..B, `git diff` through the external driver
# and textconv configured as the README says, and hostile revisions and paths, which must
# fail with exit status 2 and run nothing.
# usage: tests/scripts/diff_git.sh STRAT_BINARY
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
git=$(command -v git) || { echo "SKIP: git is not installed (add it with ./dev test)"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/bin" "$dir/repo"
ln -s "$binary" "$dir/bin/strat"
export PATH="$dir/bin:$PATH" HOME="$dir" GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
cd "$dir/repo" || exit 2

passed=0 failed=0
fail() {
  echo "FAIL: $1"
  [ -s out ] && sed 's/^/  out: /' out | head -20
  [ -s err ] && sed 's/^/  err: /' err | head -10
  failed=$((failed + 1))
}
ok() { passed=$((passed + 1)); }
# expect STATUS DESCRIPTION ARGS...: strat ARGS exits STATUS.
expect() {
  local want=$1 what=$2
  shift 2
  status=0
  strat "$@" > out 2> err < /dev/null || status=$?
  if [ "$status" != "$want" ]; then fail "$what: exit $status, expected $want"; else ok; fi
}
has() {  # has FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok; else fail "$3: '$2' not in $1"; fi
}

git init -q -b main .
mkdir plans
cp "$root/examples/clinic/strategy.yaml" "$root/examples/clinic/plan-2027-q1.yaml" plans/
git add plans && git commit -qm "v1"
# v2: a budget moves, a date slips, a tactic is renamed, and the strategy's KPI target drops.
sed -i 's/budget: 7200/budget: 8000/; s/from: 2027-01-12/from: 2027-01-19/; s/id: fb-desk-back-pain/id: fb-back-pain/' plans/plan-2027-q1.yaml
sed -i '0,/target: 120/s//target: 90/' plans/strategy.yaml
git commit -qam "v2"
# v3: the team reordered only.
python3 - plans/plan-2027-q1.yaml <<'PY' 2>/dev/null || awk 'NR==1{print;next}{print}' plans/plan-2027-q1.yaml > /dev/null
import sys
p = sys.argv[1]
lines = open(p).read().split("\n")
i = next(k for k, l in enumerate(lines) if l.startswith("  - {id: dana"))
lines[i], lines[i + 1] = lines[i + 1], lines[i]
open(p, "w").write("\n".join(lines))
PY
git commit -qam "v3: reorder"

# ---- REV:PATH
expect 1 "REV:PATH against REV:PATH" diff main~2:plans/plan-2027-q1.yaml main~1:plans/plan-2027-q1.yaml --today 2027-01-05
has out "budget: 7200 → 8000" "a budget change"
has out "starts 7 days later" "a date shift"
has out "renamed from fb-desk-back-pain" "a rename"
has out "target 120 → 90" "the strategy at the same revision"
expect 0 "a reorder is no change" diff main~1:plans/plan-2027-q1.yaml main:plans/plan-2027-q1.yaml --today 2027-01-05
[ ! -s out ] && ok || fail "a reorder prints nothing"
expect 0 "REV:PATH against the working tree" diff HEAD:plans/plan-2027-q1.yaml plans/plan-2027-q1.yaml --today 2027-01-05
expect 1 "a directory at a revision" diff main~2:plans main:plans --today 2027-01-05
has out "tactics/authority-articles" "directory sides pair files by path"
expect 1 "json from revisions" diff main~2:plans/plan-2027-q1.yaml main:plans/plan-2027-q1.yaml --format json --today 2027-01-05
if /usr/bin/python3 -c 'import json,sys; d=json.load(open("out")); assert d["impact"]["kpis"][0]["new_target"] == 90' 2>/dev/null; then ok; else fail "json parses and has the KPI move"; fi

# ---- --rev
expect 1 "--rev A..B" diff --rev main~2..main~1 plans --today 2027-01-05
has out "budget: 7200 → 8000" "--rev A..B compares the plan"
expect 0 "--rev A (the working tree)" diff --rev main plans --today 2027-01-05
printf 'kind: plan\nname: New plan\nstrategy: strategy.yaml\ntactics: []\n' > plans/new.yaml
expect 1 "--rev with a new file in the working tree" diff --rev main plans --today 2027-01-05
has out "+ add" "a new file is added whole"
rm plans/new.yaml

# ---- git diff through the driver, as the README says
echo '*.yaml diff=strat' > .gitattributes
git config diff.strat.command "strat diff --today 2027-01-05"
git diff main~2 main~1 -- plans/plan-2027-q1.yaml > out 2> err && ok || fail "git diff with the driver"
has out "diff --strat a/plans/plan-2027-q1.yaml b/plans/plan-2027-q1.yaml" "the driver's header"
has out "budget: 7200 → 8000" "git diff shows plan terms"
git log -p --ext-diff -1 main~1 -- plans/plan-2027-q1.yaml > out 2> err && ok || fail "git log -p --ext-diff"
has out "renamed from fb-desk-back-pain" "git log -p --ext-diff shows plan terms"
git mv plans/plan-2027-q1.yaml plans/plan-q1.yaml && sed -i 's/budget: 8000/budget: 8500/' plans/plan-q1.yaml && git add -A
git diff --cached -M main -- plans > out 2> err && ok || fail "git diff of a renamed file (nine arguments)"
has out "diff --strat a/plans/plan-2027-q1.yaml b/plans/plan-q1.yaml" "the rename header names both paths"
has out "budget: 8000 → 8500" "the renamed file is compared"
git reset -q --hard main
echo '*.yaml diff=strat' > .gitattributes
git config --unset diff.strat.command
git config diff.strat.textconv "strat diff --textconv"
git diff main~2 main~1 -- plans/plan-2027-q1.yaml > out 2> err && ok || fail "git diff with textconv"
has out "+  budget: 8000" "textconv shows one field per line"
git diff main~1 main -- plans/plan-2027-q1.yaml > out 2> err
[ ! -s out ] && ok || fail "textconv hides a reorder"
git config --unset diff.strat.textconv

# ---- strat log
expect 0 "strat log" log plans/plan-2027-q1.yaml --today 2027-01-05
has out "budget +800 ILS" "strat log shows the budget delta"
has out "plan added" "strat log shows the first revision"
[ "$(wc -l < out)" = 3 ] && ok || fail "strat log lists three revisions"
expect 2 "strat log outside a repository" log /nonexistent-dir/plan.yaml

# ---- errors: one line each, exit 2
expect 2 "an unknown revision" diff nosuchrev:plans/plan-2027-q1.yaml plans/plan-2027-q1.yaml
has err "unknown revision 'nosuchrev'" "the unknown revision is named"
expect 2 "a path missing at a revision" diff main~2:plans/nope.yaml plans/plan-2027-q1.yaml
has err "does not exist in revision" "the missing path is named"
expect 2 "a side that does not load" diff plans/plan-2027-q1.yaml "$root/examples/broken/yaml-syntax.yaml"
has err "yaml-syntax.yaml:" "the position is reported as check does"
(cd "$dir" && strat diff HEAD:x.yaml HEAD:y.yaml > "$dir/repo/out" 2> "$dir/repo/err"); st=$?
[ "$st" = 2 ] && ok || fail "outside a repository: exit $st"
has err "not in a git repository" "no repository is named"
st=0; PATH=/nonexistent "$binary" diff HEAD:plans/plan-2027-q1.yaml plans/plan-2027-q1.yaml > out 2> err || st=$?
[ "$st" = 2 ] && ok || fail "no git binary: exit $st"
has err "cannot run git" "a missing git is named"

# ---- hostile revisions and paths: exit 2, nothing run
hostile=(';rm -rf x:plans/plan-2027-q1.yaml' '$(touch pwned):plans/plan-2027-q1.yaml' '`touch pwned`:plans'
  '--output=pwned:plans/plan-2027-q1.yaml' '-p:plans' $'HEAD\ntouch pwned:plans/plan-2027-q1.yaml'
  'HEAD:$(touch pwned)' 'HEAD:;touch pwned' 'HEAD:--output=pwned' 'HEAD:-x')
mkdir x && touch x/keep
for h in "${hostile[@]}"; do
  expect 2 "hostile side $(printf %q "$h")" diff "$h" plans/plan-2027-q1.yaml
  [ $(wc -l < err) -le 2 ] && ok || fail "a hostile side gives a short message"
done
hostile_revs=(';rm -rf x' '$(touch pwned)' '`touch pwned`' '--output=pwned' '-p' $'HEAD\ntouch pwned'
  $'main~1..HEAD\ntouch pwned' 'main..$(touch pwned)' '..HEAD')
for h in "${hostile_revs[@]}"; do
  expect 2 "hostile --rev $(printf %q "$h")" diff --rev "$h" plans
done
[ ! -e pwned ] && [ -e x/keep ] && ok || fail "a hostile argument ran something"

echo "diff_git: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
