#!/bin/bash
# strat schema, checked by a real validator (Debian's python3-jsonschema, draft 2020-12 with
# format checks): every example validates; every file of examples/broken/ is rejected exactly
# when strat check reports a structural finding (unknown-key, wrong-type, missing-field) in it.
# usage: schema.sh STRAT   (run from the source tree; exit 77 without python3-jsonschema)
set -eu
strat=$(realpath "$1")
if ! /usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  echo "SKIP: /usr/bin/python3 with jsonschema and yaml is missing (apt-get install python3-jsonschema python3-yaml)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for kind in strategy plan config; do "$strat" schema "$kind" > "$work/$kind.json"; done
for f in examples/broken/*.yaml; do
  "$strat" check --no-config --format json "$f" > "$work/$(basename "$f" .yaml).findings.json" || true
done
/usr/bin/python3 - "$work" <<'PY'
import glob, json, os, re, sys
import jsonschema, yaml

work = sys.argv[1]

class Loader(yaml.SafeLoader):
    """YAML 1.2 as editors' language servers (and strat) read it: dates stay text, and only
    true and false are booleans (YAML 1.1 also took on, off, yes and no, so 'on:' was a key True)."""
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                             list("tTfF"))

def validator(kind):
    with open(f"{work}/{kind}.json") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

validators = {k: validator(k) for k in ("strategy", "plan", "config")}
failures = 0
def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg)

def errors(path, kind=None):
    with open(path) as f:
        doc = yaml.load(f, Loader=Loader)
    kind = kind or (doc or {}).get("kind")
    return [e.message for e in validators[kind].iter_errors(doc)]

checked = 0
for path in sorted(glob.glob("examples/**/*.yaml", recursive=True) + glob.glob("examples/**/.strat.yaml", recursive=True)):
    if path.startswith("examples/broken/"):
        continue
    kind = "config" if os.path.basename(path) == ".strat.yaml" else None
    for e in errors(path, kind):
        fail(f"{path} does not validate: {e}")
    checked += 1

structural = {"unknown-key", "wrong-type", "missing-field"}
agreed = 0
for path in sorted(glob.glob("examples/broken/*.yaml")):
    name = os.path.basename(path)[:-5]
    with open(f"{work}/{name}.findings.json") as f:
        rules = {d["rule"] for d in json.load(f)["diagnostics"] if d["file"] == path}
    if "yaml-syntax" in rules:
        continue  # not YAML: no validator reads it
    schema_errors = errors(path)
    loader_says = bool(rules & structural)
    if loader_says and not schema_errors:
        fail(f"{path}: strat check reports {sorted(rules & structural)}, the schema accepts it")
    elif schema_errors and not loader_says:
        fail(f"{path}: the schema rejects it ({schema_errors[0]}), strat check reports no structural finding")
    agreed += 1
print(f"ok: {checked} examples validate; schema and loader agree on {agreed} broken files" if not failures else
      f"{failures} failures")
sys.exit(1 if failures else 0)
PY
