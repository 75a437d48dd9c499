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
if [[ ! -x /usr/bin/time ]]; then
    # GNU time gives the peak RSS; bash's time keyword cannot. Nothing is installed at run time.
    echo "$0: /usr/bin/time (GNU time) is missing: install it (Debian/Ubuntu: apt-get install time) and rerun" >&2
    exit 2
fi

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli_dir=$repo/out/bench-cli
echo "publishing the CLI (Release) to $cli_dir ..." >&2
dotnet publish "$repo/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -o "$cli_dir" --nologo -v quiet >&2
cli=$cli_dir/newsextract

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
/usr/bin/time -v -o "$work/time.txt" "$cli" parse --format jsonl --jobs "$jobs" "$dir" > "$work/out.jsonl" 2> "$work/stderr.txt" || status=$?
if [[ $status -gt 1 ]]; then
    echo "$0: parse failed (exit $status):" >&2
    head -20 "$work/stderr.txt" >&2
    exit 1
fi

# parse takes *.txt from directories by default: measure the same files.
bytes=$(find "$dir" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
articles=$(wc -l < "$work/out.jsonl")
failed=$(grep -c '"error":{' "$work/out.jsonl" || true)
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")

awk -v bytes="$bytes" -v articles="$articles" -v failed="$failed" -v wall="$wall" -v rss="$rss_kb" -v jobs="$jobs" -v dir="$dir" 'BEGIN {
    mb = bytes / 1e6
    printf "input:        %s\n", dir
    printf "jobs:         %d\n", jobs
    printf "input MB:     %.3f\n", mb
    printf "articles:     %d (%d error records)\n", articles, failed
    printf "wall seconds: %.2f\n", wall
    printf "MB/s:         %.3f\n", (wall > 0 ? mb / wall : 0)
    printf "articles/s:   %.1f\n", (wall > 0 ? articles / wall : 0)
    printf "peak RSS MB:  %.1f\n", rss / 1024
}'
