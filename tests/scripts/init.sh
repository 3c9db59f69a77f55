#!/bin/bash
# strat init: every template in every language (the full list below: a missing pair fails) is
# written, checks clean, has the schema line, keeps its comments off right-to-left values, has
# the same ids and keys as its English version and (with python3-jsonschema) validates against
# the schemas it writes; the Arabic ones render their calendar and report. In a git work tree
# init adds the .gitattributes line (to an existing file, without losing its lines); it never
# overwrites without --force, and --force replaces; a misspelt template or language gets
# did-you-mean and exit status 2.
# usage: init.sh STRAT   (run from the source tree)
set -eu
strat=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

templates="minimal clinic b2b launch"
langs="en he ar fr it"

# The templates in the source tree are exactly these, and --help names each one.
found=$(cd templates/init && ls -d */*/ | sed 's|/$||' | sort)
expected=$(for t in $templates; do for l in $langs; do echo "$t/$l"; done; done | sort)
[ "$found" = "$expected" ] || bad "templates/init/ holds: $(echo $found); expected: $(echo $expected)"
help=$("$strat" init --help)
for t in $templates $langs; do
  grep -qE "^  $t +[^ ]" <<<"$help" || bad "strat init --help does not list '$t'"
done
for t in $templates; do
  [ -s "templates/init/$t/about.txt" ] || bad "templates/init/$t/about.txt is missing"
  grep -qx ".B $t" man/strat-init.1 || bad "man/strat-init.1 does not describe the template '$t'"
  grep -qF "| \`$t\`" README.md || bad "README.md does not list the template '$t'"
done
for l in $langs; do
  grep -qx ".B $l" man/strat-init.1 || bad "man/strat-init.1 does not name the language '$l'"
done
if grep -rlP '\t' templates/init/; then bad "a template has a tab (YAML indents with spaces)"; fi

have_py=0
/usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null && have_py=1

count=0
for template in $templates; do
  for lang in $langs; do
    out="$work/$template-$lang"
    "$strat" init "$out" --template "$template" --lang "$lang" --name 'Acme "Co": #1' --today 2027-03-01 >/dev/null ||
      { bad "strat init --template $template --lang $lang failed"; continue; }
    result=$("$strat" check "$out" 2>&1) || bad "$template/$lang does not check clean: $result"
    [ "$result" = "no problems in 2 files" ] || bad "$template/$lang: $result"
    [ -f "$out/.gitattributes" ] && bad "$template/$lang: .gitattributes outside a git work tree"
    [ -f "$out/.strat.yaml" ] || bad "$template/$lang: no .strat.yaml"
    for f in strategy plan; do
      head -1 "$out/$f.yaml" | grep -qx "# yaml-language-server: \$schema=.strat/$f.schema.json" ||
        bad "$template/$lang/$f.yaml has no schema line"
    done
    if [ $have_py = 1 ]; then
      /usr/bin/python3 - "$out" "$work/$template-en" "$lang" "templates/init/$template/$lang" <<'PY' || bad "$template/$lang: see above"
import json, re, sys, jsonschema, yaml
class L(yaml.SafeLoader): pass
L.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
                             for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
d, en, lang, source = sys.argv[1:]
ok = True
def shape(node, path=""):
    """The keys and ids of a file: what must not change when it is translated."""
    if isinstance(node, dict):
        out = set()
        for k, v in node.items():
            out |= {f"{path}/{k}"} | shape(v, f"{path}/{k}")
            scalar = not isinstance(v, (dict, list)) or all(not isinstance(x, (dict, list)) for x in v)
            if scalar and path and k in ("id", "goal", "goals", "objective", "objectives", "audience", "audiences",
                                         "channel", "owner", "type", "direction", "status", "every", "on", "due",
                                         "from", "to"):
                out.add(f"{path}/{k}={v}")
        return out
    if isinstance(node, list):
        return set().union(*[shape(v, f"{path}[]") for v in node]) if node else set()
    return set()
rtl = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
for f, kind in (("strategy.yaml", "strategy"), ("plan.yaml", "plan"), (".strat.yaml", "config")):
    text = open(f"{d}/{f}", encoding="utf-8").read()
    doc = yaml.load(text, Loader=L)
    try:
        jsonschema.Draft202012Validator(json.load(open(f"{d}/.strat/{kind}.schema.json"))).validate(doc)
    except jsonschema.ValidationError as e:
        print(f"{f} does not validate against its schema: {e.message}"); ok = False
    if kind != "config" and lang != "en":
        ref = yaml.load(open(f"{en}/{f}", encoding="utf-8").read(), Loader=L)
        a, b = shape(doc), shape(ref)
        if a != b:
            print(f"{f} differs from the English template: only here {sorted(a - b)[:5]}, only in en {sorted(b - a)[:5]}")
            ok = False
    # A comment after a right-to-left value on the same line is shown before it by editors
    # (the bidi algorithm joins the two runs): such comments go on their own line, and in
    # the right-to-left languages every comment does (strat-init(1) says so).
    if kind == "config":
        continue
    for n, line in enumerate(open(f"{source}/{f}", encoding="utf-8").read().splitlines(), 1):
        m = re.search(r"\s#", line)
        if m and not line.lstrip().startswith("#") and (lang in ("he", "ar") or (
                rtl.search(line[:m.start()]) and rtl.search(line[m.end():]))):
            print(f"{source}/{f}:{n}: a comment after a right-to-left value, or in a right-to-left template: put it on its own line"); ok = False
sys.exit(0 if ok else 1)
PY
    fi
    if [ "$lang" = ar ]; then
      for sub in calendar "calendar --view month" "calendar --format ics" report "report --format html"; do
        # shellcheck disable=SC2086
        "$strat" $sub "$out" --today 2027-03-01 >"$work/out" 2>&1 && [ -s "$work/out" ] ||
          bad "$template/ar: strat $sub failed: $(head -3 "$work/out")"
      done
    fi
    count=$((count + 1))
  done
done
[ $count -eq 20 ] || bad "$count template/language pairs were written, not 20"

# In a git work tree: the diff driver's line, added to a .gitattributes that exists.
if command -v git >/dev/null; then
  git init -q "$work/repo"
  "$strat" init "$work/repo/plans" >/dev/null
  [ "$(cat "$work/repo/plans/.gitattributes" 2>/dev/null)" = "*.yaml diff=strat" ] || bad "no .gitattributes in a git work tree"
  printf '*.png binary' > "$work/repo/.gitattributes"
  "$strat" init "$work/repo" --template clinic >/dev/null || bad "init beside an existing .gitattributes failed"
  [ "$(cat "$work/repo/.gitattributes")" = $'*.png binary\n*.yaml diff=strat' ] ||
    bad "init did not add its line to an existing .gitattributes: $(cat "$work/repo/.gitattributes")"
  "$strat" init "$work/repo" --force >/dev/null || bad "init --force over a .gitattributes with the line failed"
  [ "$(cat "$work/repo/.gitattributes")" = $'*.png binary\n*.yaml diff=strat' ] ||
    bad "init --force changed a .gitattributes that has the line: $(cat "$work/repo/.gitattributes")"
fi

# Never overwrites: exit 1, lists what exists, leaves it; --force replaces.
mkdir "$work/taken" && echo "mine" > "$work/taken/plan.yaml"
status=0
err=$("$strat" init "$work/taken" 2>&1) || status=$?
[ $status -eq 1 ] || bad "init over an existing plan.yaml exited $status, not 1"
grep -qF "$work/taken/plan.yaml" <<<"$err" || bad "init does not say which file exists: $err"
grep -qF "$work/taken/strategy.yaml" <<<"$err" || bad "init does not list what it would have written: $err"
[ "$(cat "$work/taken/plan.yaml")" = mine ] || bad "init overwrote plan.yaml without --force"
[ ! -e "$work/taken/strategy.yaml" ] || bad "init wrote some files although one existed"
"$strat" init "$work/taken" --force >/dev/null || bad "init --force failed"
grep -q '^kind: plan' "$work/taken/plan.yaml" || bad "init --force did not replace plan.yaml"

# A misspelt template or language: did-you-mean, exit 2, nothing written.
try() {  # try EXPECTED-HINT ARGS...
  local hint=$1 status=0 err
  shift
  err=$("$strat" init "$work/typo" "$@" 2>&1) || status=$?
  [ $status -eq 2 ] || bad "strat init $* exited $status, not 2"
  grep -qF "did you mean '$hint'?" <<<"$err" || bad "strat init $*: no did-you-mean '$hint': $err"
  [ ! -e "$work/typo" ] || bad "strat init $* wrote files"
}
try clinic --template clinc
try launch --template lanch
try ar --lang arabic
try fr --lang Français
try it --lang itt
[ $fail -eq 0 ] && echo "ok: $count template/language pairs check clean; git, no-overwrite, --force and typos behave"
exit $fail
