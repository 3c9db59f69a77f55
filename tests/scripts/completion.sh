#!/bin/bash
# strat completion SHELL, tested in the real shell: source the script and ask it to complete
# `strat ch`, `strat check --format s`, `strat explain tac` and a file path.
# usage: completion.sh STRAT bash|zsh|fish   (exit 77, skipped, when the shell is missing)
set -eu
strat=$(realpath "$1")
shell=$2
if ! command -v "$shell" >/dev/null; then
  echo "SKIP: $shell is not installed (apt-get install $shell)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$strat" completion "$shell" > "$work/script"
mkdir -p "$work/files/examples" && touch "$work/files/example.yaml"
cd "$work/files"

# complete WORD... : what the shell offers for the last word, one per line, sorted.
complete() {
  case $shell in
    bash)
      bash --norc --noprofile -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
        _strat
        printf "%s\n" "${COMPREPLY[@]}"' bash "$work/script" "$@" ;;
    zsh)
      # compadd and _files only work inside a completion widget: stand-ins that offer what
      # matches the word being completed, as zsh would.
      zsh -f -c '
        compdef() { : }
        compset() { : }
        compadd() { local i=${@[(i)--]} w; for w in "${@[i+1,-1]}"; do [[ $w == ${cur}* ]] && print -r -- $w; done; }
        _files() { local f; for f in ${cur}*(N); do print -r -- $f; done; }
        source "$1"; shift
        words=("$@"); CURRENT=$#words
        _strat' zsh "$work/script" "$@" ;;
    fish)
      local line="$*"
      [ "${*: -1}" = "" ] && line="$line "
      fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$work/script" "$line" | cut -f1 ;;
  esac | sed 's|/$||' | sort
}

fail=0
expect() {
  local want=$1
  shift
  local got
  got=$(complete "$@")
  if [ "$got" != "$want" ]; then
    printf 'FAIL: %s: completing "%s"\n  want: %s\n  got:  %s\n' "$shell" "$*" "${want//$'\n'/ }" "${got//$'\n'/ }"
    fail=1
  fi
}

expect check strat ch
expect sarif strat check --format s
expect $'tactic-type-typo\ntactic-without-goal\ntactic-without-owner' strat explain tac
expect $'--fail-on\n--format' strat check --f
expect $'bash' strat completion ba
expect $'example.yaml\nexamples' strat check exa
expect explain strat help ex
[ $fail -eq 0 ] && echo "ok: $shell completes commands, options, formats, rules and files"
exit $fail
