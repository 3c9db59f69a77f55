#!/bin/bash
# Every subcommand in the table (src/cli/commands.cc) is listed by `strat --help` with one line,
# has `strat help COMMAND` (the same text as `strat COMMAND --help`), an entry in man/strat.1
# and a manual page, and a misspelling of it gets a did-you-mean.
# usage: commands.sh STRAT   (run from the source tree)
set -eu
strat=$1
fail=0
bad() { echo "FAIL: $*"; fail=1; }

table=$(sed -n 's/^ *{"\([a-z-]*\)", "[^"]*", setup_[a-z_]*},$/\1/p' src/cli/commands.cc)
[ -n "$table" ] || bad "no rows found in src/cli/commands.cc"
listed=$("$strat" --help | sed -n '/^Subcommands:$/,/^$/p' | sed -n 's/^  \([a-z-]*\)  .*/\1/p')
for cmd in $table help; do
  grep -qx "$cmd" <<<"$listed" || bad "strat --help does not list $cmd"
done
[ "$(wc -l <<<"$listed")" -eq "$(($(wc -w <<<"$table") + 1))" ] || bad "strat --help lists other commands: $listed"

for cmd in $table; do
  if ! out=$("$strat" help "$cmd" 2>&1); then bad "strat help $cmd failed: $out"; continue; fi
  [ "$out" = "$("$strat" "$cmd" --help)" ] || bad "strat help $cmd differs from strat $cmd --help"
  grep -qE "^\.BI? $cmd( |$)" man/strat.1 || bad "man/strat.1 has no COMMANDS entry for $cmd"
  # its own page, or a section of another command's page (strat log in strat-diff(1))
  [ -f "man/strat-$cmd.1" ] || grep -qx "\.B strat $cmd" man/strat-*.1 || bad "no man page documents $cmd"
  typo=${cmd%?}x
  err=$("$strat" "$typo" 2>&1 >/dev/null) && bad "strat $typo succeeded"
  grep -qF "did you mean '$cmd'?" <<<"$err" || bad "strat $typo: no did-you-mean: $err"
done
[ $fail -eq 0 ] && echo "ok: $(wc -w <<<"$table") commands listed, with help, man pages and did-you-mean"
exit $fail
