#!/usr/bin/env bash
# Start-up: one small article, start to exit, with the native AOT build.
#
#   bench/startup.sh [RUNS]          RUNS defaults to 30
#
# Publishes the CLI with PublishAot to out/bench-aot, then times RUNS runs of each command below,
# interleaved, and prints the fastest and the median wall time, then the CPU time (user + system) a
# run costs, averaged over RUNS more runs under GNU time. On a loaded machine the fastest wall time
# and the CPU time are the figures to compare (the other runs lost time waiting for a core). The
# commands split the time:
#   --version                       process start, runtime, command-line setup and exit
#   parse --only officials,quotes   + reading, segmentation, officials and quotes with their word lists
#   parse                           + the date rules (built on first use) and counts: the whole job
set -euo pipefail

runs=${1:-30}
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [RUNS]" >&2
    exit 2
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/measure.sh
source "$repo/bench/measure.sh"
require_gnu_time
cli=$(publish_aot "$repo")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
article=$work/article.txt
printf '%s\n' 'The harbour reopened on Monday after three days of repairs, and 14 ferries sailed by noon.' \
    '"We are ready for the summer," said Harbour Master Ines Calder.' > "$article"

commands=(
    "$cli --version"
    "$cli parse --only officials,quotes $article"
    "$cli parse --reference-date 2025-06-09 $article"
)
declare -a times
for ((r = 0; r < runs; r++)); do
    for i in "${!commands[@]}"; do
        start=$(date +%s%N)
        ${commands[$i]} > /dev/null
        end=$(date +%s%N)
        times[i]+="$(((end - start) / 1000)) "
    done
done

printf '%d runs each, %d cores, load average %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do
    name=${commands[$i]#"$cli "}
    tr ' ' '\n' <<< "${times[$i]}" | grep . | sort -n | awk -v name="${name/"$article"/article.txt}" '
        { v[NR] = $1 }
        END { printf "fastest %6.1f ms  median %6.1f ms  newsextract %s\n", v[1] / 1000, v[int((NR + 1) / 2)] / 1000, name }'
done
for i in "${!commands[@]}"; do
    name=${commands[$i]#"$cli "}
    /usr/bin/time -f '%U %S' -o "$work/cpu" bash -c "for ((r = 0; r < $runs; r++)); do ${commands[$i]} > /dev/null; done"
    awk -v runs="$runs" -v name="${name/"$article"/article.txt}" '{ printf "CPU     %6.1f ms per run     newsextract %s\n", ($1 + $2) * 1000 / runs, name }' "$work/cpu"
done
