#!/bin/bash
# strat init: every template in every language checks clean (and, with python3-jsonschema,
# validates against the schemas it writes); in a git work tree it adds the .gitattributes line;
# it never overwrites without --force, and --force replaces.
# usage: init.sh STRAT   (run from the source tree)
set -eu
strat=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

count=0
for dir in templates/init/*/*/; do
  lang=$(basename "$dir")
  template=$(basename "$(dirname "$dir")")
  out="$work/$template-$lang"
  "$strat" init "$out" --template "$template" --lang "$lang" --name 'Acme "Co": #1' --today 2027-03-01 >/dev/null ||
    bad "strat init --template $template --lang $lang failed"
  result=$("$strat" check "$out" 2>&1) || bad "$template/$lang does not check clean: $result"
  [ "$result" = "no problems in 2 files" ] || bad "$template/$lang: $result"
  [ -f "$out/.gitattributes" ] && bad "$template/$lang: .gitattributes outside a git work tree"
  for f in strategy plan; do
    head -1 "$out/$f.yaml" | grep -qx "# yaml-language-server: \$schema=.strat/$f.schema.json" ||
      bad "$template/$lang/$f.yaml has no schema line"
  done
  if /usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null; then
    /usr/bin/python3 - "$out" <<'PY' || bad "$template/$lang does not validate against its schemas"
import json, re, sys, jsonschema, yaml
class L(yaml.SafeLoader): pass
L.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
                             for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
d = sys.argv[1]
for f, kind in (("strategy.yaml", "strategy"), ("plan.yaml", "plan"), (".strat.yaml", "config")):
    schema = json.load(open(f"{d}/.strat/{kind}.schema.json"))
    jsonschema.Draft202012Validator(schema).validate(yaml.load(open(f"{d}/{f}"), Loader=L))
PY
  fi
  count=$((count + 1))
done
[ $count -gt 0 ] || bad "no templates found under templates/init/"

# In a git work tree: the diff driver's line.
if command -v git >/dev/null; then
  git init -q "$work/repo"
  "$strat" init "$work/repo/plans" >/dev/null
  [ "$(cat "$work/repo/plans/.gitattributes" 2>/dev/null)" = "*.yaml diff=strat" ] || bad "no .gitattributes in a git work tree"
fi

# Never overwrites: exit 1, lists what exists, leaves it; --force replaces.
mkdir "$work/taken" && echo "mine" > "$work/taken/plan.yaml"
status=0
err=$("$strat" init "$work/taken" 2>&1) || status=$?
[ $status -eq 1 ] || bad "init over an existing plan.yaml exited $status, not 1"
grep -qF "$work/taken/plan.yaml" <<<"$err" || bad "init does not say which file exists: $err"
[ "$(cat "$work/taken/plan.yaml")" = mine ] || bad "init overwrote plan.yaml without --force"
[ ! -e "$work/taken/strategy.yaml" ] || bad "init wrote some files although one existed"
"$strat" init "$work/taken" --force >/dev/null || bad "init --force failed"
grep -q '^kind: plan' "$work/taken/plan.yaml" || bad "init --force did not replace plan.yaml"

status=0
"$strat" init "$work/x" --template nosuch >/dev/null 2>&1 || status=$?
[ $status -eq 2 ] || bad "an unknown template exited $status, not 2"
[ $fail -eq 0 ] && echo "ok: $count template/language pairs check clean; git, no-overwrite and --force behave"
exit $fail
