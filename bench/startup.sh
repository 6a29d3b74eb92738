#!/usr/bin/env bash
# Start-up benchmark: the whole-process time of `partnerscan screen --topic quantum` (through the
# launcher, as a user runs it) against a picocli program that prints one line, on the same JVM, in one
# run. Prints both times and their ratio; the aim is a ratio of at most 1.1. It also times the release
# (target/partnerscan-VERSION.zip unpacked into a temporary directory, run with its bin/partnerscan),
# whose start-up should be within 5% of the source checkout's.
#
#   bench/startup.sh [runs-per-round]    (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-15}"
command -v hyperfine >/dev/null || { echo "bench/startup.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

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

# The machine's speed drifts over a minute; so the two are measured in alternating rounds and the
# ratio is taken per round, and the median ratio is the figure.
rounds=5
for round in $(seq 1 "$rounds"); do
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/round$round.json" \
    -n baseline "java -cp $work:$picocli Hello" \
    -n partnerscan "$root/partnerscan screen --topic quantum" \
    -n release "$release screen --topic quantum" >/dev/null 2>&1
done

python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
base, ours, release, ratios, release_ratios = [], [], [], [], []
for i in range(1, rounds + 1):
    r = {b["command"]: b for b in json.load(open(f"{work}/round{i}.json"))["results"]}
    base.append(r["baseline"]["median"]); ours.append(r["partnerscan"]["median"]); release.append(r["release"]["median"])
    ratios.append(ours[-1] / base[-1]); release_ratios.append(release[-1] / ours[-1])
    print(f"round {i}: baseline {base[-1]*1000:6.1f} ms, partnerscan {ours[-1]*1000:6.1f} ms, ratio {ratios[-1]:.2f};"
          f" release {release[-1]*1000:6.1f} ms, release/checkout {release_ratios[-1]:.3f}")
print(f"baseline (picocli hello, same JVM)   median {statistics.median(base)*1000:6.1f} ms")
print(f"partnerscan screen --topic quantum   median {statistics.median(ours)*1000:6.1f} ms  (source checkout, ./partnerscan)")
print(f"the same, from the unpacked release  median {statistics.median(release)*1000:6.1f} ms  (bin/partnerscan)")
print(f"ratio (median of rounds) {statistics.median(ratios):.2f}  (aim: at most 1.1)")
print(f"release/checkout (median of rounds) {statistics.median(release_ratios):.3f}  (aim: at most 1.05)")
PY
