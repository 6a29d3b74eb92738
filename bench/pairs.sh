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
# the unmeasured runs of bench/alternate.py take care of.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: bench/pairs.sh RUNS VARIANT VARIANT... (a variant: \"\" or \"NAME=VALUE ...\")" >&2
  exit 2
fi
[ -f "$root/target/partnerscan.jar" ] || (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package)

runs="$1"
shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Each variant's assignments come after the defaults (the checkout's jar, no JAVA_OPTS), so they win.
commands=()
for variant in "$@"; do
  commands+=("$((${#commands[@]} / 2))" "PARTNERSCAN_JAR=$root/target/partnerscan.jar JAVA_OPTS= $variant $root/src/dist/bin/partnerscan screen --topic quantum")
done
python3 "$here/alternate.py" "$runs" "$work/times.json" "${commands[@]}"
python3 - "$work/times.json" "$runs" "$@" <<'PY'
import json, statistics, sys
times, runs, variants = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3:]
first = times["0"]
for k, variant in enumerate(variants):
    mine = times[str(k)]
    line = f"[{variant}] median {statistics.median(mine) * 1000:.1f} ms"
    if k:
        paired = statistics.median(b / a for a, b in zip(first, mine))
        line += (f"; against the first: {paired:.3f} (median of {runs} paired ratios),"
                 f" {statistics.median(mine) / statistics.median(first):.3f} (ratio of medians)")
    print(line)
PY
