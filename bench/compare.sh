#!/usr/bin/env bash
# Before and after: this checkout against an earlier revision (a baseline built in the same run), on the
# two things users wait for: `screen --topic quantum` (start-up) and `batch` over a generated CSV
# (throughput). The two are run interleaved by hyperfine, each through its own launcher with its own
# class-data archive, so that the machine's drift falls on both alike; the figure is the ratio of the
# medians, this checkout over the baseline (below 1 is faster).
#
#   bench/compare.sh [--base REV] [--rows N] [--runs N]
#
#     --base REV   the revision to compare with (default: HEAD~1)
#     --rows N     rows of the generated batch input (default 100000)
#     --runs N     timed runs of each command, after warm-up (default 15 for screen, 5 for batch)
#
# Needs hyperfine (apt-get install hyperfine), python3, git, Java 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
base="HEAD~1" rows=100000 runs=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
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

hyperfine -N --warmup 3 --runs "${runs:-15}" --export-json "$work/screen.json" \
  -n baseline "$work/base/partnerscan screen --topic quantum" \
  -n current "$root/partnerscan screen --topic quantum" >/dev/null 2>&1
hyperfine --warmup 1 --runs "${runs:-5}" --export-json "$work/batch.json" \
  -n baseline "$work/base/partnerscan batch $work/rows.csv -o $work/base.csv 2>/dev/null" \
  -n current "$root/partnerscan batch $work/rows.csv -o $work/current.csv 2>/dev/null" >/dev/null 2>&1

python3 - "$work" "$base" "$rows" <<'PY'
import json, sys
work, base, rows = sys.argv[1], sys.argv[2], sys.argv[3]
for name, what in (("screen", "screen --topic quantum"), ("batch", f"batch of {rows} rows")):
    r = {b["command"]: b for b in json.load(open(f"{work}/{name}.json"))["results"]}
    b, c = r["baseline"]["median"], r["current"]["median"]
    print(f"{what:28s} baseline ({base}) {b*1000:8.1f} ms   current {c*1000:8.1f} ms   ratio {c/b:.2f}")
PY
