#!/bin/bash
# The Mermaid export, read by the real Mermaid parser (npm's mermaid, with jsdom for its DOM),
# for every example and a fixture of hostile titles. The packages are installed once into
# ${STRAT_MERMAID_CACHE:-~/.cache/strat-test/mermaid}; without node and npm, or when they
# cannot be installed, the test is skipped.
set -uo pipefail
strat=$1
here=$(cd "$(dirname "$0")" && pwd)
cache=${STRAT_MERMAID_CACHE:-$HOME/.cache/strat-test/mermaid}
command -v node > /dev/null || { echo "SKIP: node is not installed"; exit 77; }
if [ ! -d "$cache/node_modules/mermaid" ] || [ ! -d "$cache/node_modules/jsdom" ]; then
  command -v npm > /dev/null || { echo "SKIP: npm is not installed, and mermaid is not in $cache"; exit 77; }
  mkdir -p "$cache"
  timeout 300 npm install --prefix "$cache" --no-audit --no-fund mermaid@11 jsdom > "$cache/install.log" 2>&1 ||
    { echo "SKIP: npm could not install mermaid and jsdom (see $cache/install.log)"; exit 77; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/calendar_mermaid.mjs" "$cache/parse.mjs"
files=()
n=0
for ex in examples/clinic examples/clinic-he examples/multilingual examples/mobile-offices examples/b2b-software \
          examples/trust-series examples/fire-triangle tests/golden/calendar-mermaid-hostile/plan.yaml; do
  n=$((n + 1))
  for group in goal channel owner; do
    "$strat" calendar "$ex" --today 2027-02-17 --format mermaid --group-by $group > "$tmp/$n-$group.mmd" ||
      { echo "FAIL: $ex: exit $?"; exit 1; }
    files+=("$tmp/$n-$group.mmd")
  done
done
node "$cache/parse.mjs" "${files[@]}"
