#!/usr/bin/env bash
# The scale figures of issue 7, end to end, whole process, in one run on the same files:
#
#   bench/scale.sh [CORPUS]          CORPUS defaults to ../shared/corpora/bbc (from the repository root)
#
#   SCALE=N    copies of CORPUS to run over (default 10: BBC ten times, ~50 MB in ~22k files);
#              SCALE=1 gives the same figures on one copy in a few minutes
#   JOBS2=0    leave out the --jobs 2 run (the speed-up and byte-identity check)
#   NATIVE=0   leave out the native AOT build's --jobs 1 and --jobs 2 runs
#   DATES=0    leave out the dates-only run
#
# 1. copies CORPUS SCALE times into a temporary folder;
# 2. newsextract (published in Release), all four extractors, --jobs 1, under GNU time: MB/s, peak RSS;
# 3. chrono-node, dates only, over the same files (bench/chrono): MB/s, and our speed over its;
#    then newsextract --only dates, --jobs 1: the same work as chrono-node's, for a like-for-like ratio;
# 4. newsextract --jobs 2: speed-up over --jobs 1, and `cmp` of the two outputs;
# 5. the same two runs with the native AOT build, whose output must equal the first's byte for byte.
#    The ReadyToRun build's one job already keeps the second core busy part of the time (the JIT
#    compiles hot code there, about a second of CPU), so its --jobs 2 gains less than the native build's.
# Then prints each goal with "met" or "MISSED"; exit status 0 when all are met, 1 otherwise.
# Requires GNU time and Node.js with bench/chrono's package installed (`npm ci --prefix bench/chrono`);
# it installs nothing itself and says what is missing.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/measure.sh
source "$repo/bench/measure.sh"

if [[ $# -gt 1 || ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
corpus=${1:-$repo/../shared/corpora/bbc}
scale=${SCALE:-10}
jobs2=${JOBS2:-1}
native=${NATIVE:-1}
dates_only=${DATES:-1}
reference_date=2025-06-09
if [[ ! -d $corpus ]]; then
    echo "$0: $corpus: not a directory" >&2
    exit 2
fi
if ! [[ $scale =~ ^[1-9][0-9]*$ ]]; then
    echo "$0: SCALE must be a positive whole number, not '$scale'" >&2
    exit 2
fi
require_gnu_time
if ! command -v node > /dev/null; then
    echo "$0: node (Node.js) is missing: install it (Debian/Ubuntu: apt-get install nodejs npm) and rerun" >&2
    exit 2
fi
if [[ ! -d $repo/bench/chrono/node_modules/chrono-node ]]; then
    echo "$0: chrono-node is not installed: run 'npm ci --prefix bench/chrono' (versions pinned in its package-lock.json) and rerun" >&2
    exit 2
fi

cli=$(publish_cli "$repo")
[[ $native != 0 ]] && aot=$(publish_aot "$repo")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "copying $corpus $scale times ..." >&2
mkdir "$work/corpus"
for ((i = 1; i <= scale; i++)); do
    cp -R "$corpus" "$work/corpus/copy-$i"
done
taken=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
files=$(find "$work/corpus" -type f -name '*.txt' | wc -l)
mb=$(awk -v b="$(txt_bytes "$work/corpus")" 'BEGIN { printf "%.3f", b / 1e6 }')
rate() { awk -v mb="$mb" -v s="$1" 'BEGIN { printf "%.3f", (s > 0 ? mb / s : 0) }'; }

echo "newsextract, all extractors, --jobs 1 ..." >&2
measure "newsextract --jobs 1" "$work/jobs1.jsonl" \
    "$cli" parse --quiet --format jsonl --jobs 1 --reference-date "$reference_date" "$work/corpus"
ours_wall=$WALL ours_cpu=$CPU ours_rss=$RSS_MB ours_rate=$(rate "$WALL")
articles=$(wc -l < "$work/jobs1.jsonl")
failed=$(grep -c '"error":{' "$work/jobs1.jsonl" || true)

echo "chrono-node, dates only ..." >&2
measure "chrono-node" "$work/chrono.txt" node "$repo/bench/chrono/chrono-bench.js" "$work/corpus" "$reference_date"
chrono_wall=$WALL chrono_cpu=$CPU chrono_rss=$RSS_MB chrono_rate=$(rate "$WALL")
chrono_found=$(cat "$work/chrono.txt")

if [[ $dates_only != 0 ]]; then
    echo "newsextract, dates only, --jobs 1 ..." >&2
    measure "newsextract --only dates" "$work/dates.jsonl" \
        "$cli" parse --quiet --format jsonl --jobs 1 --only dates --reference-date "$reference_date" "$work/corpus"
    dates_wall=$WALL dates_cpu=$CPU dates_rss=$RSS_MB
fi

printf 'corpus:              %s x %d: %d files, %s MB (taken %s)\n' "$corpus" "$scale" "$files" "$mb" "$taken"
printf 'machine:             %d cores, load average %s at the start, %s at the end\n' "$(nproc)" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'newsextract -j 1:    %s s (CPU %s s), %s MB/s, peak RSS %s MB, %d records (%d errors)\n' "$ours_wall" "$ours_cpu" "$ours_rate" "$ours_rss" "$articles" "$failed"
printf 'chrono-node (dates): %s s (CPU %s s), %s MB/s, peak RSS %s MB (%s)\n' "$chrono_wall" "$chrono_cpu" "$chrono_rate" "$chrono_rss" "$chrono_found"
ratio=$(awk -v a="$chrono_wall" -v b="$ours_wall" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
if [[ $dates_only != 0 ]]; then
    printf 'newsextract dates:   %s s (CPU %s s), %s MB/s, peak RSS %s MB, %sx chrono-node on the same work (not a goal)\n' \
        "$dates_wall" "$dates_cpu" "$(rate "$dates_wall")" "$dates_rss" \
        "$(awk -v a="$chrono_wall" -v b="$dates_wall" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
fi

missed=0
goal() { # goal TEXT OK
    if [[ $2 == 1 ]]; then printf 'goal %-52s met\n' "$1"; else printf 'goal %-52s MISSED\n' "$1"; missed=1; fi
}

if [[ $jobs2 != 0 ]]; then
    echo "newsextract, all extractors, --jobs 2 ..." >&2
    measure "newsextract --jobs 2" "$work/jobs2.jsonl" \
        "$cli" parse --quiet --format jsonl --jobs 2 --reference-date "$reference_date" "$work/corpus"
    speedup=$(awk -v a="$ours_wall" -v b="$WALL" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    identical=0
    cmp -s "$work/jobs1.jsonl" "$work/jobs2.jsonl" && identical=1
    printf 'newsextract -j 2:    %s s (CPU %s s), %s MB/s, peak RSS %s MB, output %s\n' "$WALL" "$CPU" "$(rate "$WALL")" "$RSS_MB" \
        "$([[ $identical == 1 ]] && echo 'byte-identical to -j 1' || echo 'DIFFERS from -j 1')"
fi

if [[ $native != 0 ]]; then
    echo "newsextract native AOT build, --jobs 1 and --jobs 2 ..." >&2
    measure "newsextract (native) --jobs 1" "$work/native1.jsonl" \
        "$aot" parse --quiet --format jsonl --jobs 1 --reference-date "$reference_date" "$work/corpus"
    native_wall=$WALL
    printf 'native -j 1:         %s s (CPU %s s), %s MB/s, peak RSS %s MB\n' "$WALL" "$CPU" "$(rate "$WALL")" "$RSS_MB"
    measure "newsextract (native) --jobs 2" "$work/native2.jsonl" \
        "$aot" parse --quiet --format jsonl --jobs 2 --reference-date "$reference_date" "$work/corpus"
    native_speedup=$(awk -v a="$native_wall" -v b="$WALL" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    native_identical=0
    cmp -s "$work/jobs1.jsonl" "$work/native1.jsonl" && cmp -s "$work/jobs1.jsonl" "$work/native2.jsonl" && native_identical=1
    printf 'native -j 2:         %s s (CPU %s s), %s MB/s, peak RSS %s MB, output %s\n' "$WALL" "$CPU" "$(rate "$WALL")" "$RSS_MB" \
        "$([[ $native_identical == 1 ]] && echo 'byte-identical to the ReadyToRun -j 1' || echo 'DIFFERS from the ReadyToRun -j 1')"
fi

goal "newsextract -j 1 >= 10x chrono-node (now ${ratio}x)" "$(awk -v r="$ratio" 'BEGIN { print (r >= 10) }')"
goal "peak RSS -j 1 <= 150 MB (now $ours_rss MB)" "$(awk -v r="$ours_rss" 'BEGIN { print (r <= 150) }')"
if [[ $jobs2 != 0 ]]; then
    goal "-j 2 >= 1.8x -j 1 (now ${speedup}x)" "$(awk -v r="$speedup" 'BEGIN { print (r >= 1.8) }')"
    goal "-j 2 output byte-identical to -j 1" "$identical"
fi
if [[ $native != 0 ]]; then
    goal "native -j 2 >= 1.8x native -j 1 (now ${native_speedup}x)" "$(awk -v r="$native_speedup" 'BEGIN { print (r >= 1.8) }')"
    goal "native output byte-identical to ReadyToRun output" "$native_identical"
fi
exit $missed
