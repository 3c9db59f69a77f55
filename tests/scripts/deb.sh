#!/bin/bash
# make deb's package: built by cpack, lintian-clean (no error, no warning), no Depends: for the
# static binary, man pages gzip -9n; unpacked with dpkg -x, strat and man run from there.
# usage: deb.sh BUILD_DIR   (exit 77, skipped, without dpkg-deb, lintian or cpack)
set -eu
build=$(realpath "$1")
for tool in dpkg-deb dpkg lintian cpack file; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (apt-get install dpkg-dev lintian cmake file)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --build "$build" --target strat completions gzipped-docs >/dev/null
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
fail=0
bad() { echo "FAIL: $*"; fail=1; }

lintian --fail-on error,warning "$deb" > "$work/lintian" 2>&1 || bad "lintian: $(cat "$work/lintian")"
dpkg -x "$deb" "$work/root"
strat="$work/root/usr/bin/strat"
[ "$("$strat" --version)" = "$("$build/strat" --version)" ] || bad "the packaged strat --version differs"
if file "$strat" | grep -q 'static-pie linked\|statically linked'; then
  [ -z "$(dpkg-deb -f "$deb" Depends)" ] || bad "a static strat needs no Depends: $(dpkg-deb -f "$deb" Depends)"
else
  [ -n "$(dpkg-deb -f "$deb" Depends)" ] || bad "a dynamic strat has no Depends:"
fi
[ -n "$(dpkg-deb -f "$deb" Description | sed -n 2p)" ] || bad "no extended description"
[ -f "$work/root/usr/share/doc/strat/copyright" ] || bad "no copyright file"
for page in "$work"/root/usr/share/man/man*/*; do
  case $page in *.gz) ;; *) bad "not compressed: $page"; continue ;; esac
  # gzip -9n: no file name or time stamp in the header (flags 0, mtime 0), best compression (xfl 2)
  [ "$(od -An -tx1 -j3 -N6 "$page" | tr -d ' ')" = 000000000002 ] || bad "not gzip -9n: $page"
done
if command -v man >/dev/null; then
  out=$(MANWIDTH=80 man -l "$work/root/usr/share/man/man7/strat-rules.7.gz" 2>&1) || bad "man -l strat-rules.7.gz failed"
  grep -q 'tactic-without-goal' <<<"$out" || bad "man -l strat-rules.7.gz shows no rule"
else
  echo "note: man is not installed; no page was rendered (apt-get install man-db)"
fi
[ $fail -eq 0 ] && echo "ok: $(basename "$deb") is lintian-clean and runs from dpkg -x"
exit $fail
