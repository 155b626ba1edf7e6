#!/usr/bin/env bash
# What a no-op `generate` adds to a build: times `mvn -o validate`, `mvn -o stackdocs:help` (Maven loading the
# plugin and its dependencies, nothing of ours runs) and a second `mvn -o stackdocs:generate` (nothing changed
# since the first, so the stamp says the docs are up to date) on examples/shop, N times each, and prints the
# medians and the time the goal itself reports. Install the plugin first (mvn install -pl plugin -DskipTests
# -Dinvoker.skip). Usage: bench/noop-vs-validate.sh [runs=5] [extra mvn args, e.g. -Dmaven.repo.local=...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../examples/shop"
runs=${1:-5}
shift || true
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn_q() { mvn -B -o "$@" >"$log"; }
ms() { local t0 t1; t0=$(date +%s%N); "$@"; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

mvn_q "$@" stackdocs:generate # the first run does the work and writes the stamp
validate=(); help=(); noop=(); own=()
for _ in $(seq "$runs"); do
  validate+=("$(ms mvn_q "$@" validate)")
  help+=("$(ms mvn_q "$@" stackdocs:help)")
  noop+=("$(ms mvn_q "$@" stackdocs:generate)")
  own+=("$(sed -n 's/.*docs up to date (.*) in \([0-9]*\) ms.*/\1/p' "$log")")
done
v=$(printf '%s\n' "${validate[@]}" | median)
h=$(printf '%s\n' "${help[@]}" | median)
n=$(printf '%s\n' "${noop[@]}" | median)
o=$(printf '%s\n' "${own[@]}" | median)
echo "mvn validate:                   ${validate[*]} ms; median $v ms"
echo "mvn stackdocs:help:             ${help[*]} ms; median $h ms"
echo "mvn stackdocs:generate (no-op): ${noop[*]} ms; median $n ms"
echo "  as the goal reports it:       ${own[*]} ms; median $o ms"
echo "no-op generate adds $(( n - v )) ms to validate (median); loading the plugin alone adds $(( h - v )) ms"
