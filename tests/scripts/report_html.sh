#!/bin/bash
# The HTML report, read by real parsers: libxml2's HTML parser (xmllint --html) finds nothing
# wrong but the HTML5 and SVG element names it predates; the page also parses as XML; no src,
# href or CSS url() leaves the file; and text from the plan reads back exactly, so it was
# escaped. Usage: report_html.sh STRAT_BINARY
set -uo pipefail
strat=$(realpath "$1")
cd "$(dirname "$0")/../.."
if ! command -v xmllint >/dev/null; then
  echo "SKIP: xmllint is not installed (Debian: libxml2-utils; ./dev test installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# Elements libxml2 2.9's HTML4 parser does not know; any other complaint is a failure.
known='Tag (main|header|footer|section|svg|rect|line) invalid'

for input in examples/clinic examples/clinic-he tests/scripts/report_html; do
  name=${input//\//-}
  html=$work/$name.html
  "$strat" report "$input" --format html --today 2027-02-10 --output "$html" || { fail "$input: exit $?"; continue; }
  xmllint --html --noout "$html" 2> "$work/html.err"
  if grep 'error' "$work/html.err" | grep -Ev "$known" | grep -q .; then
    fail "$input: the HTML parser objects:"; grep -Ev "$known" "$work/html.err" | head -20
  fi
  xmllint --noout "$html" 2> "$work/xml.err" || { fail "$input: not well-formed:"; head -20 "$work/xml.err"; }
  # Nothing may point outside the file: src/href only to #fragments, no url() at all.
  if grep -Eio '(src|href)[[:space:]]*=[[:space:]]*"[^#"][^"]*"' "$html" | grep -q .; then
    fail "$input: a src or href leaves the file: $(grep -Eio '(src|href)=\"[^#\"][^\"]*\"' "$html" | head -3)"
  fi
  { xmllint --xpath 'string(//style)' "$html" 2>/dev/null; grep -o 'style="[^"]*"' "$html"; } > "$work/css"
  grep -Eiq 'url[[:space:]]*\(' "$work/css" && fail "$input: a CSS url() in the page"
  grep -Eiq '<script|@import|@font-face' "$html" && fail "$input: a script, @import or web font in the page"
  second=$("$strat" report "$input" --format html --today 2027-02-10)
  [ "$second" == "$(cat "$html")" ] || fail "$input: two runs differ"
done

# Text from the files reads back exactly through the XML parser: it was escaped, not markup.
html=$work/tests-scripts-report_html.html
expect() {  # XPATH EXPECTED
  local got
  got=$(xmllint --xpath "$1" "$html" 2>/dev/null)
  [ "$got" == "$2" ] || fail "xpath $1: expected [$2], got [$got]"
}
expect 'string(//h1)' 'Plan <script>alert(1)</script> & <a href="https://example.com">link</a>'
expect 'string(//title)' 'Plan <script>alert(1)</script> & <a href="https://example.com">link</a>'
expect 'count(//h1/*)' '0'
expect 'count(//*[local-name()="script" or local-name()="img" or local-name()="a" or local-name()="u"])' '0'
expect 'count(//style)' '1'
expect 'string((//*[@id="budget"]//div[@class="label"])[2])' 'Leads <img src=x onerror=alert(1)> & more'
expect 'string(//*[@id="traceability"]//b)' "Grow <b>revenue</b> & share"
grep -Fq 'Tactic &lt;style&gt;body{background:url(https://x)}&lt;/style&gt;' "$html" ||
  fail "a tactic title with <style> is not escaped"
grep -Fq 'dir="auto" lang="he"' "$work/examples-clinic-he.html" || fail "Hebrew text is not marked dir=auto lang=he"

[ $failed -eq 0 ] && echo "report HTML: parsed, self-contained and escaped"
exit $failed
