#!/usr/bin/env bash
# Start-up, variant against variant, in alternating single runs: `partnerscan screen --topic quantum`
# through this checkout's launcher (src/dist/bin/partnerscan), once per variant per round, the order
# reversed every other round, so that the machine's drift falls on all variants alike. A variant is a set
# of environment assignments for the launcher (PARTNERSCAN_JAR=... for another jar, JAVA_OPTS=... for
# other JVM options), or "" for the launcher as it is. Prints each variant's median time, and against the
# first variant the median of the per-round ratios and the ratio of the medians (below 1 is faster).
#
# The method of bench/startup.sh, for variants of partnerscan against each other: a pair of single runs is
# a fraction of a second apart, which shows a lever of a few percent.
#
#   bench/pairs.sh RUNS VARIANT VARIANT...
#   bench/pairs.sh 80 "" "JAVA_OPTS=-XX:C1MaxInlineSize=20"
#   bench/pairs.sh 80 "PARTNERSCAN_JAR=/tmp/old/partnerscan.jar" ""
#
# Each jar should be built already (mvn package); the launcher records its archive on the first run, which
# three unmeasured runs per variant take care of.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: bench/pairs.sh RUNS VARIANT VARIANT... (a variant: \"\" or \"NAME=VALUE ...\")" >&2
  exit 2
fi
[ -f "$root/target/partnerscan.jar" ] || (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package)

python3 - "$root" "$@" <<'PY'
import os, shlex, statistics, subprocess, sys, time
root, runs, variants = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
launcher = os.path.join(root, "src/dist/bin/partnerscan")

def environment(variant):
    env = dict(os.environ)
    env.pop("JAVA_OPTS", None)
    env.setdefault("PARTNERSCAN_JAR", os.path.join(root, "target/partnerscan.jar"))
    for assignment in shlex.split(variant):
        name, _, value = assignment.partition("=")
        env[name] = value
    return env

envs = [environment(v) for v in variants]

def run(env):
    started = time.perf_counter()
    subprocess.run([launcher, "screen", "--topic", "quantum"], env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started

for env in envs:
    for _ in range(3):
        run(env)
times = [[] for _ in variants]
for i in range(runs):
    order = list(range(len(variants)))
    if i % 2:
        order.reverse()
    for k in order:
        times[k].append(run(envs[k]))
for k, variant in enumerate(variants):
    line = f"[{variant}] median {statistics.median(times[k]) * 1000:.1f} ms"
    if k:
        paired = statistics.median(b / a for a, b in zip(times[0], times[k]))
        line += (f"; against the first: {paired:.3f} (median of {runs} paired ratios),"
                 f" {statistics.median(times[k]) / statistics.median(times[0]):.3f} (ratio of medians)")
    print(line)
PY
