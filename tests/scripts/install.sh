#!/bin/bash
# cmake --install into a temporary prefix puts every file in its conventional place (manual
# pages gzipped), and the installed strat, manual pages and completions work from there.
# usage: install.sh BUILD_DIR SOURCE_DIR
set -eu
build=$(realpath "$1")
src=$(realpath "$2")
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --build "$build" --target strat completions gzipped-docs >/dev/null
cmake --install "$build" --prefix "$prefix" >/dev/null
fail=0
bad() { echo "FAIL: $*"; fail=1; }

want=(bin/strat share/bash-completion/completions/strat share/zsh/vendor-completions/_strat
      share/fish/vendor_completions.d/strat.fish share/doc/strat/changelog.gz
      share/doc/strat/copyright share/lintian/overrides/strat)
for page in "$src"/man/*.[157]; do
  want+=("share/man/man${page##*.}/$(basename "$page").gz")
done
for doc in "$src"/docs/rules/*.md; do want+=("share/doc/strat/rules/$(basename "$doc")"); done
for f in "${want[@]}"; do [ -f "$prefix/$f" ] || bad "not installed: $f"; done
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${want[@]}" | sort))
[ -z "$extra" ] || bad "installed but not expected: $extra"

[ "$("$prefix/bin/strat" --version)" = "$("$build/strat" --version)" ] || bad "installed strat --version differs"
cmp -s "$prefix/share/bash-completion/completions/strat" <("$build/strat" completion bash) ||
  bad "installed bash completion is not what strat completion bash prints"
if command -v man >/dev/null; then
  for page in "$prefix"/share/man/man*/*; do
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || bad "man -l $page failed"
    [ -z "$warnings" ] || bad "man -l $(basename "$page"): $warnings"
  done
  MANPATH="$prefix/share/man" man -w strat-rules >/dev/null || bad "man -w strat-rules finds no page under the prefix"
else
  echo "note: man is not installed; the pages were not rendered (apt-get install man-db)"
fi
[ $fail -eq 0 ] && echo "ok: ${#want[@]} files installed under the prefix, and they work"
exit $fail
