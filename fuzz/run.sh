#!/bin/bash
# make fuzz: builds the libFuzzer targets with clang, seeds their corpora and runs each for a
# set time, one after another. See docs/ROBUSTNESS.md.
#   FUZZ_SECONDS  seconds per target (default 300)
#   FUZZ_TARGETS  which targets (default: all, e.g. "check config")
#   FUZZ_JOBS     libFuzzer processes per target (default 1; 2 on two free cores)
#   FUZZ_BUILD    build directory (default build-fuzz)
#   FUZZ_CORPUS   corpus directory, kept between runs, gitignored (default fuzz-corpus)
# A crash, leak, sanitizer report or hang (over 10 s for one input) stops the target; its
# input is saved as FUZZ_CORPUS/artifacts/<target>-crash-… and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${FUZZ_SECONDS:-300}
jobs=${FUZZ_JOBS:-1}
build=${FUZZ_BUILD:-build-fuzz}
corpus=${FUZZ_CORPUS:-fuzz-corpus}
targets=${FUZZ_TARGETS:-check config suppress text diff calendar report}

if ! command -v clang++ > /dev/null || ! compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' > /dev/null; then
  echo "fuzz: needs clang and libFuzzer; on Debian 12:" >&2
  echo "  sudo apt-get install -y --no-install-recommends clang libclang-rt-14-dev" >&2
  exit 1
fi

test -f "$build/Makefile" || CXX=clang++ cmake -S fuzz -B "$build"
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)"

# Seeds are rebuilt on every run from the files in the repository and the YAML test suite;
# what libFuzzer finds goes to $corpus/<target>/ and stays for the next run.
seeds=$corpus/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{check,config,suppress,text,diff,calendar,report} "$corpus/artifacts"
suite=$root/../shared/yaml-test-suite/cases
n=0
seed() {  # seed TARGET FILE...: one seed, the files joined by NUL bytes
  local target=$1 f first=1
  shift
  n=$((n + 1))
  for f in "$@"; do
    [ $first -eq 1 ] || printf '\0'
    first=0
    cat "$f"
  done > "$seeds/$target/$n"
}
# check: plan NUL strategy [NUL config] from every example set and golden fixture.
while IFS= read -r -d '' strategy; do
  dir=${strategy%/*}
  for f in "$dir"/*.yaml; do
    [ "$f" = "$strategy" ] && continue
    seed check "$f" "$strategy"
    [ -f "$dir/.strat.yaml" ] && seed check "$f" "$strategy" "$dir/.strat.yaml"
  done
done < <(find examples tests/golden -type f -name strategy.yaml -print0)
while IFS= read -r -d '' f; do seed check "$f"; done < <(find examples tests/golden -type f -name '*.yaml' -print0)
# config: every .strat.yaml in the repository.
while IFS= read -r -d '' f; do seed config "$f"; done < <(find examples tests -type f -name .strat.yaml -print0)
# suppress: every file with a suppression comment, and the broken examples.
while IFS= read -r -d '' f; do
  grep -q '# *strat:' "$f" && seed suppress "$f"
done < <(find examples tests/golden -type f -name '*.yaml' -print0)
for f in examples/broken/*.yaml; do seed suppress "$f"; done
# text: dates, intervals, globs (pattern NUL text) and JSON escaping.
for s in 2027-01-31 0001-01-01 9999-12-31 2024-02-29 '1 day' '999999 years' '6 months' '2 weeks' \
         $'**/*.yaml\0a/b/c.yaml' $'plans/?/x-*.yaml\0plans/1/x-y.yaml' $'a\tb"\\\x01\xff'; do
  n=$((n + 1))
  printf '%s' "$s" > "$seeds/text/$n"
done
# diff: the check seeds (plan NUL strategy), each with 4 bytes that pick the mutation.
for f in "$seeds"/check/*; do { cat "$f"; printf '\x01\x02\x03\x05'; } > "$seeds/diff/${f##*/}"; done
# calendar and report: the same plan NUL strategy [NUL config] seeds as check.
for f in "$seeds"/check/*; do cp "$f" "$seeds/calendar/${f##*/}"; cp "$f" "$seeds/report/${f##*/}"; done
# The YAML test suite's inputs feed every YAML reader.
if [ -d "$suite" ]; then
  for f in "$suite"/*.yaml; do
    for t in check config suppress; do seed $t "$f"; done
  done
else
  echo "fuzz: no YAML test suite at $suite; seeding from the repository only" >&2
fi

summary=()
status=0
for target in $targets; do
  bin=$build/fuzz_$target
  [ -x "$bin" ] || { echo "fuzz: no target '$target' ($bin)" >&2; exit 2; }
  mkdir -p "$corpus/$target"
  log=$corpus/$target.log
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
        -dict=fuzz/yaml.dict -print_final_stats=1
        -artifact_prefix="$corpus/artifacts/$target-")
  echo "fuzz: $target for ${seconds}s (log: $log)"
  rc=0
  if [ "$jobs" -gt 1 ]; then
    # -fork keeps one merged corpus and one set of totals across the processes.
    "$bin" "${args[@]}" -fork="$jobs" -ignore_crashes=0 "$corpus/$target" "$seeds/$target" > "$log" 2>&1 || rc=$?
    runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  else
    "$bin" "${args[@]}" "$corpus/$target" "$seeds/$target" > "$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  fi
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  if [ $rc -ne 0 ]; then
    status=1
    summary+=("$(printf '%-9s FAILED (exit %d) after %s runs; see %s' "$target" $rc "${runs:-?}" "$log")")
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" | head -5 >&2 || true
  else
    summary+=("$(printf '%-9s %12s runs in %ss, %s, corpus %s files, no finding' "$target" "${runs:-?}" \
      "$seconds" "${cov:-cov ?}" "$(find "$corpus/$target" -type f | wc -l)")")
  fi
done
printf '%s\n' "${summary[@]}"
exit $status
