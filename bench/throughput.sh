#!/usr/bin/env bash
# End-to-end throughput of the published newsextract CLI over a folder of articles.
#
#   bench/throughput.sh DIR [JOBS]
#
# Publishes the CLI in Release (to out/bench-cli), runs `parse --format jsonl --jobs JOBS DIR` once
# under GNU time, and prints input size, articles, wall time, MB/s, articles/s and peak RSS.
# Articles are the lines of output (one per input file parse took, error records included). The
# wall time includes process start-up, so small folders understate steady-state speed.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 DIR [JOBS]" >&2
    exit 2
fi
dir=$1
jobs=${2:-$(nproc)}
if [[ ! -d $dir ]]; then
    echo "$0: $dir: not a directory" >&2
    exit 2
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/measure.sh
source "$repo/bench/measure.sh"
require_gnu_time
cli=$(publish_cli "$repo")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure parse "$work/out.jsonl" "$cli" parse --format jsonl --jobs "$jobs" "$dir"

bytes=$(txt_bytes "$dir")
articles=$(wc -l < "$work/out.jsonl")
failed=$(grep -c '"error":{' "$work/out.jsonl" || true)

awk -v bytes="$bytes" -v articles="$articles" -v failed="$failed" -v wall="$WALL" -v rss="$RSS_MB" -v jobs="$jobs" -v dir="$dir" 'BEGIN {
    mb = bytes / 1e6
    printf "input:        %s\n", dir
    printf "jobs:         %d\n", jobs
    printf "input MB:     %.3f\n", mb
    printf "articles:     %d (%d error records)\n", articles, failed
    printf "wall seconds: %.2f\n", wall
    printf "MB/s:         %.3f\n", (wall > 0 ? mb / wall : 0)
    printf "articles/s:   %.1f\n", (wall > 0 ? articles / wall : 0)
    printf "peak RSS MB:  %.1f\n", rss
}'
