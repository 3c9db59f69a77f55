#!/bin/bash
# Checks the README's quick start on a fresh, minimal Debian 12: restores a
# pristine debootstrap chroot, puts a clean clone of this repo and ../shared
# into /root, and runs `./dev run` then `./dev test` inside it as root.
# Not run by ctest: it needs root, the network and several minutes.
# usage: sudo tests/scripts/chroot_quickstart.sh
# Environment: CHROOT (default /tmp/chroot), PRISTINE (default
# /tmp/chroot-work/pristine.tar, made with debootstrap when missing), LOGS
# (default /tmp/chroot-work), REPO (default this repo; another clone to time an older commit,
# with its ../shared beside it).
# Each command's log lines carry the seconds since it started, and its wall and CPU times
# (user+sys, children included) go to $LOGS/NAME.time, for docs/BENCHMARKS.md.
set -euo pipefail

repo=${REPO:-$(cd "$(dirname "$0")/../.." && pwd)}
chroot_dir=${CHROOT:-/tmp/chroot}
logs=${LOGS:-/tmp/chroot-work}
pristine=${PRISTINE:-$logs/pristine.tar}
shared=$repo/../shared

[ "$(id -u)" -eq 0 ] || { echo "chroot_quickstart: must run as root" >&2; exit 2; }
[ -d "$shared" ] || { echo "chroot_quickstart: $shared is missing" >&2; exit 2; }
mkdir -p "$logs"

unmount_all() {
  # Innermost mounts first; never delete a tree that still has mounts.
  findmnt -rno TARGET | grep "^$chroot_dir/" | sort -r | while read -r target; do
    umount -l "$target"
  done || true
}
trap unmount_all EXIT

# 1. A fresh chroot, from the pristine tar (made once with debootstrap).
unmount_all
if [ -n "$(findmnt -rno TARGET | grep "^$chroot_dir/" || true)" ]; then
  echo "chroot_quickstart: could not unmount everything under $chroot_dir" >&2
  exit 2
fi
if [ ! -f "$pristine" ]; then
  echo "== debootstrap into $chroot_dir (once; kept as $pristine)"
  rm -rf "$chroot_dir"
  debootstrap --variant=minbase bookworm "$chroot_dir" http://deb.debian.org/debian
  tar -C "$chroot_dir" -cf "$pristine" .
else
  echo "== restoring $chroot_dir from $pristine"
  rm -rf "$chroot_dir"
  mkdir -p "$chroot_dir"
  tar -C "$chroot_dir" -xf "$pristine"
fi

# 2. The repo as a new user gets it (committed files only), and ../shared.
echo "== cloning $repo ($(git -C "$repo" rev-parse --short HEAD)) to $chroot_dir/root/strat"
git clone --quiet "$repo" "$chroot_dir/root/strat"
cp -a "$shared" "$chroot_dir/root/shared"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
mount -t proc proc "$chroot_dir/proc"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$chroot_dir/dev/pts"

# 3. The README's two commands.
run_in_chroot() {  # run_in_chroot NAME COMMAND
  echo "== $2 (log: $logs/$1.log)"
  chroot "$chroot_dir" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/strat && TIMEFORMAT='wall %R s, user %U s, sys %S s' && \
      { time $2 2>&1; } 2> /root/$1.time" 2>&1 | stamp | tee "$logs/$1.log"
  local status=${PIPESTATUS[0]}
  cp "$chroot_dir/root/$1.time" "$logs/$1.time" && cat "$logs/$1.time"
  return "$status"
}
stamp() {  # prefixes each line with the seconds since the command started
  local start=${EPOCHREALTIME/./} line us
  while IFS= read -r line; do
    us=$((${EPOCHREALTIME/./} - start))
    printf '%5d.%d %s\n' $((us / 1000000)) $((us / 100000 % 10)) "$line"
  done
}
result=0
run_in_chroot dev-run "./dev run" && run_status=0 || run_status=$?
run_in_chroot dev-test "./dev test" && test_status=0 || test_status=$?

echo
echo "chroot quickstart: ./dev run  -> exit $run_status"
echo "chroot quickstart: ./dev test -> exit $test_status"
[ "$run_status" -eq 0 ] || result=1
[ "$test_status" -eq 0 ] || result=1
[ $result -eq 0 ] && echo "chroot quickstart: PASS" || echo "chroot quickstart: FAIL"
exit $result
