#!/usr/bin/env bash
# Start-up benchmark: the whole-process time of `partnerscan screen --topic quantum` (through the
# launcher, as a user runs it) against a picocli program that prints one line, on the same JVM, in one
# run. Prints both times and their ratio; the aim is a ratio of at most 1.1. It also times the release
# (target/partnerscan-VERSION.zip unpacked into a temporary directory, run with its bin/partnerscan),
# whose start-up should be within 5% of the source checkout's.
#
#   bench/startup.sh [rounds]    (default 75; a round is one run of each of the three)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-75}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build partnerscan and its release; its jar holds the picocli it uses, so the baseline runs exactly that
# picocli.
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package)
picocli="$root/target/partnerscan.jar"
javac -d "$work" -cp "$picocli" "$here/startup/Hello.java"
zips=("$root"/target/partnerscan-*.zip)
(cd "$work" && unzip -q "${zips[0]}")
release="$(ls -d "$work"/partnerscan-*/)bin/partnerscan"

# The launchers record their class-data-sharing archive on the first run; let them, as a user's first run
# would.
"$root/partnerscan" screen --topic quantum >/dev/null
"$release" screen --topic quantum >/dev/null

# The three in alternating single runs (bench/alternate.py); the ratio is taken per round, and the median of
# the rounds' ratios is the figure (with the ratio of the medians beside it).
python3 "$here/alternate.py" "$runs" "$work/times.json" \
  baseline "java -cp $work:$picocli Hello" \
  partnerscan "$root/partnerscan screen --topic quantum" \
  release "$release screen --topic quantum"
python3 - "$work/times.json" "$runs" <<'PY'
import json, statistics, sys
times, runs = json.load(open(sys.argv[1])), int(sys.argv[2])
ratios = [p / b for p, b in zip(times["partnerscan"], times["baseline"])]
release_ratios = [r / p for r, p in zip(times["release"], times["partnerscan"])]
median = {name: statistics.median(values) for name, values in times.items()}
quartiles = statistics.quantiles(ratios, n=4)
print(f"baseline (picocli hello, same JVM)   median {median['baseline']*1000:6.1f} ms")
print(f"partnerscan screen --topic quantum   median {median['partnerscan']*1000:6.1f} ms  (source checkout, ./partnerscan)")
print(f"the same, from the unpacked release  median {median['release']*1000:6.1f} ms  (bin/partnerscan)")
print(f"ratio (median of {runs} rounds) {statistics.median(ratios):.2f}, middle half of rounds {quartiles[0]:.2f} to"
      f" {quartiles[2]:.2f}; ratio of medians {median['partnerscan'] / median['baseline']:.2f}  (aim: at most 1.1)")
print(f"release/checkout (median of rounds) {statistics.median(release_ratios):.3f}  (aim: at most 1.05)")
PY
