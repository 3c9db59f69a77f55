#!/bin/bash
# Round-trips every output format of `strat check` through a real parser.
# usage: tests/scripts/formats_validate.sh STRAT_BINARY
#
# For several input sets (the golden format fixtures with tricky characters,
# examples/broken, a clean example, a file with control characters, absolute
# and ./ paths) it checks that:
# - json, sarif and gitlab parse with Python's json module; json's summary counts
#   errors, warnings and notes as its diagnostics do;
# - sarif validates against the official SARIF 2.1.0 schema (../shared/schemas),
#   every ruleIndex points at its rule, uris are relative, percent-encoded and
#   decode to the file, and fingerprints are present;
# - gitlab has the Code Quality fields, valid severities and unique fingerprints;
# - github workflow commands decode (as the Actions runner does) to exactly the
#   file, line, column, rule and message of the json output;
# - junit parses with xml.etree, with consistent counts and a suite per file;
# - fingerprints (sarif, gitlab) stay the same when lines are added above;
# - --output writes the same bytes as stdout, and a failed write exits 2 with
#   `strat: error:` and leaves no report or temporary file behind.
# Needs python3 and python3-jsonschema (./dev test installs them): without them it is
# skipped (exit 77). Without ../shared (a clone on its own) every check but the SARIF schema
# runs, and then it exits 77 (skipped), naming the missing schema; a failure still fails.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STRAT_BINARY" >&2
  exit 2
fi
binary=$(realpath "$1")
cd "$(dirname "$0")/../.."   # the repo root
root=$PWD
schema=$root/../shared/schemas/sarif-schema-2.1.0.json

if ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  echo "formats_validate: SKIP: needs /usr/bin/python3 with jsonschema (apt-get install python3-jsonschema)" >&2
  exit 77
fi
no_schema=0
[ -f "$schema" ] || { no_schema=1; schema=; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A plan whose name holds control characters that XML 1.0 forbids, and a
# strategy name with invalid UTF-8 would be rejected by the loader, so only
# valid UTF-8 goes in.
mkdir -p "$work/ctl"
printf '%s\n' 'kind: strategy' 'name: "ctl \x01\x0b\x1f\t tab \u00e9 \U0001F600"' \
  'reviewed: 2020-01-01' 'review_every: 1 month' > "$work/ctl/strategy.yaml"

failed=0
run_case() {  # run_case NAME PATH...
  local name=$1
  shift
  local f
  for f in json sarif github gitlab junit; do
    "$binary" check "$@" --today 2026-11-22 --format "$f" > "$work/out.$f" 2> "$work/err.$f" || true
  done
  if ! /usr/bin/python3 - "$name" "$work" "$schema" <<'EOF'
import json, re, sys, urllib.parse
import xml.etree.ElementTree as ET
import jsonschema

name, work, schema_path = sys.argv[1:4]
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)

def load(fmt):
    with open(f"{work}/out.{fmt}", encoding="utf-8") as f:
        return f.read()

def relative(path):
    import os
    if os.path.isabs(path):
        path = os.path.relpath(path)
    return os.path.normpath(path)

def root_relative(path):
    """What the CI formats write: relative to the root (here the current directory), or
    absolute for a file outside it."""
    import os
    rel = relative(path)
    return os.path.abspath(path) if rel.startswith("../") else rel

report = json.loads(load("json"))
ref = report["diagnostics"]
check(isinstance(ref, list), "json: no diagnostics array")
summary = report["summary"]
check(set(summary) == {"errors", "warnings", "notes", "files"}, f"json: summary keys {sorted(summary)}")
for key, severity in (("errors", "error"), ("warnings", "warning"), ("notes", "note")):
    check(summary.get(key) == sum(d["severity"] == severity for d in ref),
          f"json: summary {key} is {summary.get(key)}, the diagnostics say otherwise")

# SARIF
sarif = json.loads(load("sarif"))
if schema_path:
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.validate(sarif, schema)
    except jsonschema.ValidationError as e:
        problems.append(f"sarif: schema: {e.message} at {list(e.absolute_path)}")
check(sarif.get("version") == "2.1.0" and "$schema" in sarif, "sarif: $schema/version")
run = sarif["runs"][0]
driver = run["tool"]["driver"]
for key in ("name", "version", "rules"):
    check(key in driver, f"sarif: driver has no {key}")
check("example.invalid" not in load("sarif"), "sarif: a placeholder URI")
check("%SRCROOT%" in run.get("originalUriBaseIds", {}), "sarif: no %SRCROOT% in originalUriBaseIds")
rules = driver["rules"]
ids = [r["id"] for r in rules]
check(len(ids) == len(set(ids)), "sarif: duplicate rule ids")
for r in rules:
    for key in ("shortDescription", "fullDescription", "help"):
        check(r.get(key, {}).get("text"), f"sarif: rule {r['id']} has no {key}.text")
    check(r.get("defaultConfiguration", {}).get("level") in ("note", "warning", "error"),
          f"sarif: rule {r['id']} defaultConfiguration.level")
check(run.get("columnKind") == "unicodeCodePoints", "sarif: columnKind")
results = run["results"]
check(len(results) == len(ref), f"sarif: {len(results)} results, json has {len(ref)}")
for res, d in zip(results, ref):
    i = res["ruleIndex"]
    check(0 <= i < len(rules) and rules[i]["id"] == res["ruleId"],
          f"sarif: ruleIndex {i} does not point at {res['ruleId']}")
    check(res["ruleId"] == d["rule"] and res["message"]["text"] == d["message"]
          and res["level"] == d["severity"], f"sarif: result differs from json: {res['ruleId']}")
    loc = res["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    # A file outside the work tree (a temporary directory) has its absolute file URI and no
    # uriBaseId; the others are relative to %SRCROOT%, here the current directory.
    outside = relative(d["file"]).startswith("../")
    if outside:
        check(uri.startswith("file:///") and "uriBaseId" not in loc["artifactLocation"],
              f"sarif: a file outside the root has no absolute URI: {uri}")
        uri = uri[len("file://"):]
    else:
        check(loc["artifactLocation"].get("uriBaseId") == "%SRCROOT%", f"sarif: uriBaseId of {uri}")
    check(not uri.startswith(("./",)) and (outside or not uri.startswith("/")) and ":" not in uri.split("/")[0],
          f"sarif: uri not relative: {uri}")
    check(re.fullmatch(r"(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+", uri) is not None,
          f"sarif: uri not percent-encoded: {uri}")
    import os
    want = os.path.abspath(d["file"]) if outside else relative(d["file"])
    check(urllib.parse.unquote(uri, errors="strict") == want,
          f"sarif: uri {uri} does not decode to {d['file']}")
    region = loc.get("region", {})
    check(region.get("startLine") == d["line"] and region.get("startColumn") == d["column"],
          f"sarif: region differs from json for {uri}")
    fp = res.get("partialFingerprints", {})
    check(fp and all(isinstance(v, str) and v for v in fp.values()), "sarif: partialFingerprints")

# GitLab Code Quality
gitlab = json.loads(load("gitlab"))
check(isinstance(gitlab, list) and len(gitlab) == len(ref), "gitlab: not an array of every finding")
prints = [g["fingerprint"] for g in gitlab]
check(len(prints) == len(set(prints)), "gitlab: fingerprints are not unique")
severity = {"note": "info", "warning": "minor", "error": "major"}
for g, d in zip(gitlab, ref):
    check(g["description"] == d["message"] and g["check_name"] == d["rule"], "gitlab: differs from json")
    check(g["severity"] == severity[d["severity"]], f"gitlab: severity {g['severity']}")
    check(g["location"]["path"] == root_relative(d["file"]), f"gitlab: path {g['location']['path']}")
    check(g["location"]["lines"]["begin"] == d["line"], "gitlab: lines.begin")

# GitHub workflow commands, decoded as the Actions runner decodes them.
def unescape_data(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
def unescape_property(s):
    return unescape_data(s.replace("%3A", ":").replace("%2C", ","))
command = {"note": "notice", "warning": "warning", "error": "error"}
lines = load("github").split("\n")
check(lines[-1] == "", "github: output does not end in a line break")
lines = lines[:-1]
check(len(lines) == len(ref), f"github: {len(lines)} lines, json has {len(ref)} findings")
for line, d in zip(lines, ref):
    m = re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line)
    if not m:
        problems.append(f"github: not a workflow command: {line!r}")
        continue
    check(m.group(1) == command[d["severity"]], f"github: command {m.group(1)}")
    props = {}
    for p in m.group(2).split(","):
        k, _, v = p.partition("=")
        props[k] = unescape_property(v)
    check(props.get("file") == root_relative(d["file"]), f"github: file {props.get('file')!r}")
    check(props.get("line") == str(d["line"]) and props.get("col") == str(d["column"]),
          "github: line/col")
    check(props.get("title") == d["rule"], "github: title")
    check(unescape_data(m.group(3)) == d["message"], f"github: message {m.group(3)!r}")

# JUnit
suites = ET.fromstring(load("junit").encode("utf-8"))
check(suites.tag == "testsuites", "junit: root is not <testsuites>")
total = failures = 0
names = set()
for suite in suites.findall("testsuite"):
    cases = suite.findall("testcase")
    fails = suite.findall("testcase/failure")
    check(int(suite.get("tests")) == len(cases), f"junit: tests count of {suite.get('name')}")
    check(int(suite.get("failures")) == len(fails), f"junit: failures count of {suite.get('name')}")
    check(cases, f"junit: empty suite {suite.get('name')}")
    total += len(cases)
    failures += len(fails)
    names.add(suite.get("name"))
    for f in fails:
        check(f.get("type") and f.get("message"), "junit: failure without type or message")
check(int(suites.get("tests")) == total and int(suites.get("failures")) == failures,
      "junit: totals")
for d in ref:
    check(relative(d["file"]) in names, f"junit: no suite for {d['file']}")
# XML 1.0 cannot carry most C0 controls: the writer replaces them with U+FFFD.
def xml_safe(text):
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)
messages = [f.get("message") for f in suites.iter("failure")]
details = "".join(f.text or "" for f in suites.iter("failure"))
for d in ref:
    want = xml_safe(d["message"])
    check(any(m == want or m.startswith(want + " (and ") for m in messages) or want in details,
          f"junit: message lost: {d['message']!r}")

if problems:
    print(f"{name}: FAILED", file=sys.stderr)
    for p in problems:
        print(f"  {p}", file=sys.stderr)
    sys.exit(1)
print(f"{name}: ok ({len(ref)} findings)")
EOF
  then
    failed=1
  fi
}

run_case tricky tests/golden/format-inputs
run_case broken examples/broken
run_case clean examples/clinic
run_case dot-slash ./examples/broken/tactic-without-owner.yaml ./tests/golden/format-inputs/
run_case absolute "$root/examples/broken/duplicate-id.yaml" "$root/tests/golden/format-inputs"
run_case control-characters "$work/ctl"

# Fingerprints survive unrelated edits: the same findings after lines are added
# above them keep their SARIF partialFingerprints and GitLab fingerprints.
mkdir -p "$work/moved/before" "$work/moved/after"
cp examples/broken/strategy.yaml examples/broken/duplicate-id.yaml examples/broken/outside-period.yaml \
  "$work/moved/before/"
cp "$work/moved/before/"*.yaml "$work/moved/after/"
for f in duplicate-id outside-period; do
  { printf '# a new comment\n# and another\n'; cat "$work/moved/before/$f.yaml"; } > "$work/moved/after/$f.yaml"
done
for side in before after; do
  (cd "$work/moved/$side" &&
   { "$binary" check . --today 2026-11-22 --format sarif > "../$side.sarif" || true; } &&
   { "$binary" check . --today 2026-11-22 --format gitlab > "../$side.gitlab" || true; })
done
if ! python3 - "$work/moved" <<'EOF'
import json, sys
d = sys.argv[1]
def sarif(side):
    with open(f"{d}/{side}.sarif", encoding="utf-8") as f:
        results = json.load(f)["runs"][0]["results"]
    return [(r["partialFingerprints"]["strat/v1"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
def gitlab(side):
    with open(f"{d}/{side}.gitlab", encoding="utf-8") as f:
        return [(g["fingerprint"], g["location"]["lines"]["begin"]) for g in json.load(f)]
for name, get in (("sarif", sarif), ("gitlab", gitlab)):
    before, after = get("before"), get("after")
    if len(before) < 3 or len(before) != len(after):
        sys.exit(f"fingerprints: {name}: {before} vs {after}")
    if [p for p, _ in before] != [p for p, _ in after]:
        sys.exit(f"fingerprints: {name}: changed when lines moved: {before} vs {after}")
    if not all(a == b + 2 for (_, b), (_, a) in zip(before, after)):
        sys.exit(f"fingerprints: {name}: the lines did not move: {before} vs {after}")
print(f"fingerprints: stable over moved lines ({len(before)} findings)")
EOF
then
  failed=1
fi

# --output writes exactly what stdout gets.
for f in text json sarif github gitlab junit; do
  "$binary" check tests/golden/format-inputs --today 2026-11-22 --format "$f" > "$work/stdout.$f" || true
  "$binary" check tests/golden/format-inputs --today 2026-11-22 --format "$f" \
    --output "$work/report.$f" > "$work/empty.$f" || true
  if ! cmp -s "$work/stdout.$f" "$work/report.$f" || [ -s "$work/empty.$f" ]; then
    echo "--output: $f report differs from stdout, or stdout was not empty" >&2
    failed=1
  fi
done

# A failed write: the target is a directory, so the final rename fails after the
# report was written to a temporary file. Exit 2, an error, no temporary left.
mkdir -p "$work/target/report.sarif"
status=0
"$binary" check examples/broken --format sarif --output "$work/target/report.sarif" \
  > /dev/null 2> "$work/write.err" || status=$?
if [ $status -ne 2 ] || ! grep -q "^strat: error: cannot write '$work/target/report.sarif'" "$work/write.err" ||
   [ -n "$(find "$work/target" -mindepth 1 -not -path "$work/target/report.sarif")" ]; then
  echo "--output: a failed write gave status $status, or left files behind:" >&2
  cat "$work/write.err" >&2
  find "$work/target" >&2
  failed=1
fi

if [ $failed -ne 0 ]; then
  echo "formats_validate: FAILED" >&2
  exit 1
fi
if [ $no_schema -eq 1 ]; then
  echo "formats_validate: SKIP: every other check passed, but the SARIF schema is missing:" \
    "$root/../shared/schemas/sarif-schema-2.1.0.json (../shared sits beside the repo)" >&2
  exit 77
fi
echo "formats_validate: ok"
