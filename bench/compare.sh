#!/usr/bin/env bash
# Before and after: this checkout against an earlier revision (a baseline built in the same run), on the
# two things users wait for: `screen --topic quantum` (start-up) and `batch` over a generated CSV
# (throughput). The two run in alternating rounds (baseline, current; then current, baseline; …), each
# through its own launcher with its own class-data archive, so that the machine's drift falls on both
# alike; each round gives a ratio, this checkout over the baseline (below 1 is faster), and the figure is
# the median of the rounds' ratios.
#
#   bench/compare.sh [--base REV] [--rows N] [--rounds N]
#
#     --base REV    the revision to compare with (default: HEAD~1)
#     --rows N      rows of the generated batch input (default 100000)
#     --rounds N    alternating rounds (default 7); per round 5 runs of screen, 1 of batch
#
# Needs hyperfine (apt-get install hyperfine), python3, git, Java 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
base="HEAD~1" rows=100000 rounds=7
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
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

# One warm-up each, then alternating rounds; the order within a round alternates too.
for cmd in "$work/base/partnerscan" "$root/partnerscan"; do
  "$cmd" batch "$work/rows.csv" -o "$work/warm.csv" 2>/dev/null
done
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order=(baseline current); else order=(current baseline); fi
  for who in "${order[@]}"; do
    dir="$root"; [ "$who" = baseline ] && dir="$work/base"
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/screen-$who-$round.json" \
      "$dir/partnerscan screen --topic quantum" >/dev/null 2>&1
    hyperfine --runs 1 --export-json "$work/batch-$who-$round.json" \
      "$dir/partnerscan batch $work/rows.csv -o $work/$who.csv 2>/dev/null" >/dev/null 2>&1
  done
done

python3 - "$work" "$base" "$rows" "$rounds" <<'PY'
import json, statistics, sys
work, base, rows, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def median(kind, who, r):
    return json.load(open(f"{work}/{kind}-{who}-{r}.json"))["results"][0]["median"]
for kind, what in (("screen", "screen --topic quantum"), ("batch", f"batch of {rows} rows")):
    b = [median(kind, "baseline", r) for r in range(1, rounds + 1)]
    c = [median(kind, "current", r) for r in range(1, rounds + 1)]
    ratios = [x / y for x, y in zip(c, b)]
    print(f"{what:28s} baseline ({base}) {statistics.median(b)*1000:8.1f} ms   current "
          f"{statistics.median(c)*1000:8.1f} ms   ratio (median of {rounds} rounds) {statistics.median(ratios):.2f}")
PY
