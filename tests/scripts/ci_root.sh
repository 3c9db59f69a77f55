#!/bin/bash
# SARIF artifact URIs are relative to the git work tree's root (%SRCROOT%), wherever strat runs
# below it: run from a subfolder, they never start with ../ (GitHub code scanning resolves them
# against its checkout). Outside a work tree the root is the current directory, and a file
# outside it gets its absolute file URI. No placeholder URI is written. GitHub's file= and
# GitLab's location.path are relative to the same root, so annotations land on the file.
# usage: tests/scripts/ci_root.sh STRAT_BINARY
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
schema=$src/../shared/schemas/sarif-schema-2.1.0.json
[ -f "$schema" ] || schema=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
broken=$src/examples/broken/kpi-target-wrong-direction.yaml

# A repository (.git directory), a linked worktree (.git file) and a plain directory.
mkdir -p "$work/repo/.git" "$work/repo/plans" "$work/repo/sub/deeper"
cp "$broken" "$work/repo/plans/"
mkdir -p "$work/wt/docs/deep" "$work/wt/plans"
echo "gitdir: $work/repo/.git/worktrees/wt" > "$work/wt/.git"
cp "$broken" "$work/wt/plans/stratégie 2027.yaml"
mkdir -p "$work/plain/here" "$work/plain/there"
cp "$broken" "$work/plain/there/"

failed=0
expect() {  # expect NAME DIR URI BASE(yes|no) ARGS...
  local name=$1 dir=$2 uri=$3 base=$4
  shift 4
  (cd "$dir" && "$binary" check "$@" --format sarif --today 2027-01-15 > "$work/out.sarif") || true
  if /usr/bin/python3 - "$work/out.sarif" "$uri" "$base" "$schema" <<'PY'
import json, sys
path, uri, base, schema = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
log = json.loads(text)
problems = []
if schema:
    try:
        import jsonschema
        jsonschema.validate(log, json.load(open(schema, encoding="utf-8")))
    except ImportError:
        pass
    except jsonschema.ValidationError as e:
        problems.append(f"schema: {e.message}")
run = log["runs"][0]
if "example.invalid" in text: problems.append("a placeholder URI is still written")
if "informationUri" in run["tool"]["driver"]: problems.append("informationUri is written")
if run.get("originalUriBaseIds", {}).get("%SRCROOT%") is None: problems.append("no %SRCROOT% in originalUriBaseIds")
locs = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
if len(locs) != 1: problems.append(f"{len(locs)} results, expected 1")
for loc in locs:
    if loc["uri"] != uri: problems.append(f"uri {loc['uri']!r}, expected {uri!r}")
    if (loc.get("uriBaseId") == "%SRCROOT%") != (base == "yes"): problems.append(f"uriBaseId {loc.get('uriBaseId')!r}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
  then echo "ok: $name"
  else echo "FAIL: $name"; failed=1
  fi
}

expect "from the repository's root" "$work/repo" plans/kpi-target-wrong-direction.yaml yes plans
expect "from a subfolder" "$work/repo/sub" plans/kpi-target-wrong-direction.yaml yes ../plans
expect "from two levels down, absolute path given" "$work/repo/sub/deeper" plans/kpi-target-wrong-direction.yaml yes "$work/repo/plans"
expect "in a linked worktree (.git is a file)" "$work/wt/docs/deep" "plans/strat%C3%A9gie%202027.yaml" yes ../../plans
expect "outside a work tree, below the current directory" "$work/plain" there/kpi-target-wrong-direction.yaml yes there
uri="file://$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$work/plain/there/kpi-target-wrong-direction.yaml")"
expect "outside a work tree, above the current directory" "$work/plain/here" "$uri" no ../there

# GitHub and GitLab: the same root, the same relative path, from any folder below it.
expect_ci() {  # expect_ci NAME DIR PATH ARGS...
  local name=$1 dir=$2 want=$3
  shift 3
  local github gitlab
  github=$(cd "$dir" && "$binary" check "$@" --format github --today 2027-01-15 || true)
  gitlab=$(cd "$dir" && "$binary" check "$@" --format gitlab --today 2027-01-15 || true)
  local got_github got_gitlab
  got_github=$(sed -n 's/^::[a-z]* file=\([^,]*\),.*/\1/p' <<<"$github")
  got_gitlab=$(/usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["location"]["path"])' <<<"$gitlab")
  if [ "$got_github" = "$want" ] && [ "$got_gitlab" = "$want" ]; then echo "ok: $name"
  else echo "FAIL: $name: github file=$got_github, gitlab path=$got_gitlab, expected $want"; failed=1
  fi
}
expect_ci "github and gitlab from the repository's root" "$work/repo" plans/kpi-target-wrong-direction.yaml plans
expect_ci "github and gitlab from a subfolder" "$work/repo/sub/deeper" plans/kpi-target-wrong-direction.yaml ../../plans
expect_ci "github and gitlab in a linked worktree" "$work/wt/docs/deep" "plans/stratégie 2027.yaml" ../../plans
exit $failed
