#!/usr/bin/env bash
# Coverage-guided fuzzing of NewsExtract.Core with SharpFuzz and AFL++.
#   fuzz/run.sh [text|html|both] [SECONDS]      (defaults: both, 1800)
# Builds the harness, instruments its copy of NewsExtract.Core.dll and runs afl-fuzz for SECONDS.
# Findings (crashes/, hangs/, fuzzer_stats) go to fuzz/findings/TARGET; see fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-both}
seconds=${2:-1800}
case "$target" in text|html|both) ;; *) echo "usage: fuzz/run.sh [text|html|both] [SECONDS]" >&2; exit 2 ;; esac

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

bin=build/bin
rm -rf "$bin"
dotnet build NewsExtract.Fuzz -c Release -o "$bin" -nologo -v quiet
# Only the library is instrumented: AFL's coverage map then reflects NewsExtract's own branches.
sharpfuzz "$bin/NewsExtract.Core.dll"

# The "both" target reads a first byte that picks the path (odd: HTML), so its seeds get one.
seeds=build/seeds-$target
rm -rf "$seeds" && mkdir -p "$seeds"
if [ "$target" != html ]; then
  for f in seeds/text/*; do
    if [ "$target" = both ]; then { printf '0'; cat "$f"; } > "$seeds/$(basename "$f")"; else cp "$f" "$seeds/"; fi
  done
fi
if [ "$target" != text ]; then
  for f in seeds/html/*; do
    if [ "$target" = both ]; then { printf '1'; cat "$f"; } > "$seeds/$(basename "$f")"; else cp "$f" "$seeds/"; fi
  done
fi

findings=findings/$target
mkdir -p findings
# A run picks up where the last one stopped when its findings are kept (-i - resumes).
input=$seeds
[ -d "$findings/default/queue" ] && input=-

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_AUTORESUME=1
# -t: a run over 5 s on these small inputs is a hang worth a look; -m none: the .NET runtime needs room.
afl-fuzz -i "$input" -o "$findings" -t 5000 -m none -V "$seconds" -x dictionary.txt \
  -- dotnet "$bin/NewsExtract.Fuzz.dll" "$target"
