#!/usr/bin/env bash
# Before and after: this checkout against an earlier revision (a baseline built in the same run), on the
# two things users wait for: `screen --topic quantum` (start-up) and `batch` over a generated CSV
# (throughput). Each revision runs through its own launcher with its own class-data archive, and the two
# alternate so that the machine's drift falls on both alike: screen in single runs (baseline, current;
# then current, baseline; …), batch in rounds of one run each, after all the screens (a batch heats the
# machine for the runs after it). Each pair or round gives a ratio, this checkout over the baseline (below
# 1 is faster), and the figure is the median of those ratios.
#
# With --core it measures the screening core alone instead (bench/core/ScreenLoop.java: every row of the
# generated CSV screened in-process on one thread, pass after pass; the figure per run is its fastest
# pass in thread CPU time): what a change to the matcher does, without start-up, CSV writing or threads,
# and less disturbed by a busy machine.
#
#   bench/compare.sh [--base REV] [--rows N] [--rounds N] [--pairs N] [--core]
#
#     --base REV    the revision to compare with (default: HEAD~1)
#     --rows N      rows of the generated batch input (default 100000)
#     --rounds N    alternating rounds of batch (default 7), one run each (or one core run each)
#     --pairs N     alternating pairs of single screen runs (default 60)
#     --core        measure the screening core only (8 passes per run after 2 that compile)
#
# Needs hyperfine (apt-get install hyperfine), python3, git, Java 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
base="HEAD~1" rows=100000 rounds=7 pairs=60 core=0
while [ $# -gt 0 ]; do
  case "$1" in
    --core) core=1; shift ;;
    --base) base="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    *) echo "bench/compare.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "bench/compare.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/partnerscan-compare.XXXXXX")"
cleanup() { git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git -C "$root" worktree add --detach -q "$work/base" "$base"
echo "bench/compare.sh: building $base and this checkout ..." >&2
(cd "$work/base" && mvn -q -B -Dstyle.color=never -DskipTests package)
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package)
# Each launcher records its class-data archive on its first run.
"$work/base/partnerscan" screen --topic quantum >/dev/null
"$root/partnerscan" screen --topic quantum >/dev/null

python3 "$here/batch/benchdata.py" rows "$root/data/sectors.yaml" "$work/rows.csv" --rows "$rows" --seed 20230501 \
  --labels "$work/labels.txt" >/dev/null

if [ "$core" = 1 ]; then
  mkdir -p "$work/loop"
  javac -d "$work/loop" -cp "$root/target/partnerscan.jar" "$here/core/ScreenLoop.java"
  for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order=(baseline current); else order=(current baseline); fi
    for who in "${order[@]}"; do
      jar="$root/target/partnerscan.jar"; [ "$who" = baseline ] && jar="$work/base/target/partnerscan.jar"
      java -XX:+UseSerialGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150 -cp "$jar:$work/loop" ScreenLoop "$work/rows.csv" 8 \
        2>"$work/core-$who-$round.err" | sort -n | head -1 >"$work/core-$who-$round.txt"
    done
  done
  python3 - "$work" "$base" "$rows" "$rounds" <<'PY'
import statistics, sys
work, base, rows, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
b = [int(open(f"{work}/core-baseline-{r}.txt").read()) for r in range(1, rounds + 1)]
c = [int(open(f"{work}/core-current-{r}.txt").read()) for r in range(1, rounds + 1)]
ratios = [x / y for x, y in zip(c, b)]
print(f"screening core, {rows} rows   baseline ({base}) {statistics.median(b):8.0f} ms CPU   current "
      f"{statistics.median(c):8.0f} ms CPU   ratio (median of {rounds} rounds) {statistics.median(ratios):.2f}")
PY
  exit 0
fi

# Start-up: alternating single runs (bench/alternate.py), a ratio per pair.
python3 "$here/alternate.py" "$pairs" "$work/screen.json" \
  baseline "$work/base/partnerscan screen --topic quantum" \
  current "$root/partnerscan screen --topic quantum"
python3 - "$work/screen.json" "$base" "$pairs" <<'PY'
import json, statistics, sys
times, base, pairs = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
b, c = times["baseline"], times["current"]
ratios = [x / y for x, y in zip(c, b)]
print(f"{'screen --topic quantum':28s} baseline ({base}) {statistics.median(b)*1000:8.1f} ms   current "
      f"{statistics.median(c)*1000:8.1f} ms   ratio (median of {pairs} pairs) {statistics.median(ratios):.2f}")
PY

# Batch: one warm-up each, then alternating rounds; the order within a round alternates too.
for cmd in "$work/base/partnerscan" "$root/partnerscan"; do
  "$cmd" batch "$work/rows.csv" -o "$work/warm.csv" 2>/dev/null
done
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order=(baseline current); else order=(current baseline); fi
  for who in "${order[@]}"; do
    dir="$root"; [ "$who" = baseline ] && dir="$work/base"
    hyperfine --runs 1 --export-json "$work/batch-$who-$round.json" \
      "$dir/partnerscan batch $work/rows.csv -o $work/$who.csv 2>/dev/null" >/dev/null 2>&1
  done
done

python3 - "$work" "$base" "$rows" "$rounds" <<'PY'
import json, statistics, sys
work, base, rows, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def median(who, r):
    return json.load(open(f"{work}/batch-{who}-{r}.json"))["results"][0]["median"]
b = [median("baseline", r) for r in range(1, rounds + 1)]
c = [median("current", r) for r in range(1, rounds + 1)]
ratios = [x / y for x, y in zip(c, b)]
print(f"{'batch of ' + rows + ' rows':28s} baseline ({base}) {statistics.median(b)*1000:8.1f} ms   current "
      f"{statistics.median(c)*1000:8.1f} ms   ratio (median of {rounds} rounds) {statistics.median(ratios):.2f}")
PY
