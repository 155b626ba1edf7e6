#!/usr/bin/env bash
# What the HTML site adds to a build: on a copy of examples/shop whose plugin configuration asks for
# adoc,md,json,html, times in turn (interleaved, N rounds) `mvn -o validate`, a cold `mvn -o stackdocs:generate`
# (no stamp, no output: every runbook page is converted, so AsciidoctorJ starts) and a forced one where no runbook
# changed (-Dstackdocs.force=true with the last run's stamp: everything is read and rendered again, the runbook
# pages are reused, AsciidoctorJ is not started); prints each run, the medians and the load average before and
# after. Install the plugin first, or pass -Dmaven.repo.local=... (and -s settings) where it is installed.
# Usage: bench/html-vs-validate.sh [runs=5] [extra mvn args]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-5}
shift || true
work=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$work" "$log"' EXIT
mkdir -p "$work/examples"
cp "$repo/pom.xml" "$work/pom.xml"
cp -r "$repo/examples/shop" "$work/examples/shop"
cd "$work/examples/shop"
sed -i 's|<formats>adoc,md,json</formats>|<formats>adoc,md,json,html</formats>|; s|<outputDirectory>${project.basedir}/docs</outputDirectory>|<outputDirectory>${project.build.directory}/stackdocs</outputDirectory>|' pom.xml
mvn_q() { mvn -B -o "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }; }
ms() { local t0 t1; t0=$(date +%s%N); "$@"; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
cold() { rm -rf target; mvn_q "$@" stackdocs:generate; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn_q "$@" stackdocs:generate # warm-up: the local repository and the file cache
validate=(); coldrun=(); forced=()
for _ in $(seq "$runs"); do
  validate+=("$(ms mvn_q "$@" validate)")
  coldrun+=("$(ms cold "$@")")
  forced+=("$(ms mvn_q "$@" -Dstackdocs.force=true stackdocs:generate)")
done
v=$(printf '%s\n' "${validate[@]}" | median)
c=$(printf '%s\n' "${coldrun[@]}" | median)
f=$(printf '%s\n' "${forced[@]}" | median)
echo "mvn validate:                                  ${validate[*]} ms; median $v ms"
echo "stackdocs:generate with html, cold (no stamp): ${coldrun[*]} ms; median $c ms (+$(( c - v )) ms over validate)"
echo "  forced, no runbook changed:                  ${forced[*]} ms; median $f ms (+$(( f - v )) ms over validate)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
