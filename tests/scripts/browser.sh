#!/bin/bash
# The HTML report end to end in headless Chromium: a screenshot of each example at a laptop
# and a phone width, and an A4 PDF, checked for size and page count. Installs Debian's
# chromium when it is missing and can be; otherwise skips with a message (exit 77).
# Usage: browser.sh STRAT_BINARY OUT_DIR
set -uo pipefail
strat=$(realpath "$1")
mkdir -p "$2"
out=$(realpath "$2")
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "chromium is missing: installing Debian's chromium"
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null ||
      { echo "SKIP: apt-get could not install chromium"; exit 77; }
  else
    echo "SKIP: chromium is not installed and cannot be installed here (needs root and apt-get)"
    exit 77
  fi
fi

failed=0
fail() { echo "FAIL: $*"; failed=1; }
# PNG width and height from the IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
browse() {  # chromium in a throw-away profile, quietly, never reaching the network
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$out/profile" --disable-background-networking --proxy-server=127.0.0.1:9 \
    "$@" >/dev/null 2>&1
}

for input in examples/clinic examples/clinic-he; do
  name=$(basename "$input")
  html=$out/$name.html
  "$strat" report "$input" --format html --today 2027-02-10 --output "$html" || { fail "$name: strat exit $?"; continue; }
  for size in 1366,900 390,844; do
    png=$out/$name-${size%,*}.png
    rm -f "$png"
    browse --window-size="$size" --screenshot="$png" "file://$html"
    if [ ! -s "$png" ]; then fail "$name: no screenshot at $size"; continue; fi
    [ "$(png_size "$png")" == "${size/,/x}" ] || fail "$name: screenshot is $(png_size "$png"), not ${size/,/x}"
    echo "screenshot: $png"
  done
  pdf=$out/$name.pdf
  rm -f "$pdf"
  browse --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html"
  if [ ! -s "$pdf" ]; then fail "$name: no PDF"; continue; fi
  pages=$(grep -ao '/Count [0-9]*' "$pdf" | head -1 | cut -d' ' -f2)
  pages=${pages:-0}
  [ "$pages" -ge 2 ] || fail "$name: the PDF has $pages page(s); sections should start pages"
  # A4 is 595×842 points.
  grep -Eaq 'MediaBox \[0 0 59[45]' "$pdf" || fail "$name: the PDF pages are not A4"
  echo "pdf: $pdf ($pages pages)"
done
[ $failed -eq 0 ] && echo "browser: screenshots and A4 PDFs written under $out"
exit $failed
