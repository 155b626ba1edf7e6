#!/usr/bin/env bash
# Benchmark (not a test): stackdocs' change-log diff against AWS's own diff engine, whole process against whole
# process, over the same inputs in one run:
#   1. gen_stacks.py --stacks 50 --resources 200 --changed: templates/ (baseline) vs changed/ (current), 50 stacks
#   2. the 80 template pairs of ../shared/corpus/pairs (old.yaml vs new.yaml)
# stackdocs: the command line (cli/target/stackdocs, the launcher with its JVM flags), one process per input set:
#   set 1 as a project with a folder baseline, set 2 as 80 `--pair OLD NEW` (one change log per pair).
# cfndiff:   ../shared/corpus/tools/cfndiff.js, unchanged, one node process per input set (diff-cfndiff/run-pairs.js
#   re-evaluates it per pair: node and @aws-cdk/cloudformation-diff load once, as the JVM and the catalog do).
#   cfndiff.js takes one pair per process; --per-process also times set 2 as 80 processes of each tool.
# Each tool runs once to warm the file cache (and write stackdocs' CDS archive), then RUNS times, the two tools
# alternating so load from elsewhere hits both alike. Prints wall and CPU (user+sys) milliseconds as min/median/max,
# the ratio cfndiff / stackdocs run by run (min/median/max), and the load average at the start and the end.
#
# --plain-jvm also times `java -jar stackdocs-cli.jar` without the launcher's JVM flags (default JIT and GC, no CDS).
#
# usage: bench/diff-vs-cfndiff.sh [--runs N] [--per-process] [--plain-jvm] [--no-build]
# needs: java 17, mvn, node + npm (the npm registry, for the first `npm ci`), python3, ../shared beside the project
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${STACKDOCS_SHARED:-$root/../shared}
runs=5
per_process=false
plain=false
build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --per-process) per_process=true; shift ;;
    --plain-jvm) plain=true; shift ;;
    --no-build) build=false; shift ;;
    *) echo "usage: $0 [--runs N] [--per-process] [--plain-jvm] [--no-build]" >&2; exit 2 ;;
  esac
done
cfndiff_js=$shared/corpus/tools/cfndiff.js
pairs_dir=$shared/corpus/pairs
gen=$shared/bench/gen_stacks.py
for f in "$cfndiff_js" "$pairs_dir" "$gen"; do
  [ -e "$f" ] || { echo "missing $f (the shared corpus beside the project; set STACKDOCS_SHARED)" >&2; exit 1; }
done
work=$root/target/diff-bench
mkdir -p "$work"

# --- tools -----------------------------------------------------------------------------------------------------
launcher=$root/cli/target/stackdocs
if $build || [ ! -x "$launcher" ]; then
  echo "building the command line (mvn package -pl plugin,cli)..." >&2
  (cd "$root" && mvn -B -q -ntp package -pl plugin,cli -am -DskipTests -Dinvoker.skip=true) >&2
fi
node_dir=$root/bench/diff-cfndiff
if [ ! -d "$node_dir/node_modules/@aws-cdk/cloudformation-diff" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules" ]; then
  echo "installing @aws-cdk/cloudformation-diff (npm ci)..." >&2
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
export CFNDIFF_NODE_MODULES=$node_dir/node_modules

# --- inputs ----------------------------------------------------------------------------------------------------
if [ ! -d "$work/gen/changed" ]; then
  python3 "$gen" "$work/gen" --stacks 50 --resources 200 --changed >&2
fi
: > "$work/gen-pairs.tsv"
for f in "$work"/gen/templates/*; do
  printf '%s\t%s\n' "$f" "$work/gen/changed/$(basename "$f")" >> "$work/gen-pairs.tsv"
done
: > "$work/corpus-pairs.tsv"
pair_args=()
for d in "$pairs_dir"/*/; do
  printf '%s\t%s\n' "$d/old.yaml" "$d/new.yaml" >> "$work/corpus-pairs.tsv"
  pair_args+=(--pair "$d/old.yaml" "$d/new.yaml")
done
echo "inputs: $(wc -l < "$work/gen-pairs.tsv") generated stack pairs, $(wc -l < "$work/corpus-pairs.tsv") corpus pairs" >&2

# --- commands (one line each, run with bash -c) ----------------------------------------------------------------
q() { printf '%q ' "$@"; }
out=$work/out
sd_gen=$(q "$launcher" diff --base-directory "$work/gen/changed" --source-directory . --baseline ../templates \
  --output-directory "$out/sd-gen" --quiet)
cfn_gen=$(q node "$node_dir/run-pairs.js" "$cfndiff_js" "$work/gen-pairs.tsv" "$out/cfn-gen")
sd_pairs=$(q "$launcher" diff "${pair_args[@]}" --output-directory "$out/sd-pairs" --quiet)
cfn_pairs=$(q node "$node_dir/run-pairs.js" "$cfndiff_js" "$work/corpus-pairs.tsv" "$out/cfn-pairs")
sets=("gen_stacks 50x200 --changed (50 stacks)|stackdocs=$sd_gen|cfndiff=$cfn_gen"
      "corpus pairs (80)|stackdocs=$sd_pairs|cfndiff=$cfn_pairs")
if $plain; then
  plain_java=$(q java -jar "$root/cli/target/stackdocs-cli.jar")
  sets[0]+="|java -jar=${sd_gen/$(q "$launcher")/$plain_java}"
  sets[1]+="|java -jar=${sd_pairs/$(q "$launcher")/$plain_java}"
fi
if $per_process; then
  # (no '|' in a command: it separates the tools below)
  sd_each="while IFS=\$'\\t' read -r a b; do if ! $(q "$launcher") diff --pair \"\$a\" \"\$b\" --output-directory $(q "$out/sd-each") --quiet; then exit 1; fi; done < $(q "$work/corpus-pairs.tsv")"
  cfn_each="while IFS=\$'\\t' read -r a b; do if ! node $(q "$cfndiff_js") \"\$a\" \"\$b\" > /dev/null; then exit 1; fi; done < $(q "$work/corpus-pairs.tsv")"
  sets+=("corpus pairs, a process per pair (80)|stackdocs=$sd_each|cfndiff=$cfn_each")
fi

# --- timing ----------------------------------------------------------------------------------------------------
printf '%s\n' "${sets[@]}" | RUNS=$runs python3 -c '
import os, resource, statistics, subprocess, sys, time

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(["bash", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit("failed (exit %d): %s\n%s" % (done.returncode, cmd, done.stderr[-2000:]))
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu

runs = int(os.environ["RUNS"])
rows = []
load_start = os.getloadavg()[0]
for line in sys.stdin.read().splitlines():
    name, *tools = line.split("|")
    tools = [t.split("=", 1) for t in tools]
    for _, cmd in tools:
        run(cmd)  # warm-up: file cache, stackdocs CDS archive
    times = {tool: [] for tool, _ in tools}
    for i in range(runs):
        for tool, cmd in (tools if i % 2 == 0 else tools[::-1]):
            times[tool].append(run(cmd))
        print("  %s: run %d/%d" % (name, i + 1, runs), file=sys.stderr)
    rows.append((name, [t for t, _ in tools], times))

def mmm(values):
    return "%6.0f %6.0f %6.0f" % (min(values), statistics.median(values), max(values))

def ratios(a, b):
    # pair by pair (run i of cfndiff against run i of the tool): robust to the machine speeding up or slowing down
    r = sorted(x / y for x, y in zip(a, b))
    return "%4.1f %4.1f %4.1f" % (r[0], statistics.median(r), r[-1])

print("%-40s %-10s %-20s %-20s %-15s %-15s" % ("input set", "tool", "wall ms min/med/max", "cpu ms min/med/max",
                                             "wall x min/med/max", "cpu x min/med/max"))
for name, tools, times in rows:
    cfn = times["cfndiff"]
    for tool in tools:
        t = times[tool]
        extra = "" if tool == "cfndiff" else "%-15s %-15s" % (
            ratios([w for w, _ in cfn], [w for w, _ in t]), ratios([c for _, c in cfn], [c for _, c in t]))
        print("%-40s %-10s %-20s %-20s %s" % (name, tool, mmm([w for w, _ in t]), mmm([c for _, c in t]), extra))
print("(%d runs per tool after one warm-up, alternating; cpu = user + sys of the process tree; x = cfndiff / tool;"
      " %d cores, load average %.1f at the start, %.1f at the end)" % (runs, os.cpu_count(), load_start,
      os.getloadavg()[0]))
'
