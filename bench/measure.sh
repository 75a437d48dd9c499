# Shared by bench/throughput.sh and bench/scale.sh (sourced, not run): GNU time checks, publishing the
# CLI, and one measured run.

# GNU time gives the peak RSS; bash's time keyword cannot. Nothing is installed at run time.
require_gnu_time() {
    if [[ ! -x /usr/bin/time ]]; then
        echo "$0: /usr/bin/time (GNU time) is missing: install it (Debian/Ubuntu: apt-get install time) and rerun" >&2
        exit 2
    fi
}

# publish_cli REPO: publishes the CLI in Release to REPO/out/bench-cli and prints the binary's path.
# Framework-dependent and ReadyToRun for this machine's runtime identifier, as the README installs
# it: precompiled code spares a batch most of its JIT warm-up (about a fifth of the CPU on BBC once).
publish_cli() {
    local cli_dir=$1/out/bench-cli rid
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    if [[ -z $rid ]]; then
        echo "$0: cannot read the runtime identifier from 'dotnet --info'" >&2
        exit 1
    fi
    echo "publishing the CLI (Release, ReadyToRun for $rid) to $cli_dir ..." >&2
    dotnet publish "$1/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -r "$rid" --self-contained false \
        -p:PublishReadyToRun=true -o "$cli_dir" --nologo -v quiet >&2 \
        || { echo "$0: dotnet publish failed" >&2; exit 1; }
    echo "$cli_dir/newsextract"
}

# publish_aot REPO: publishes the native AOT build to REPO/out/bench-aot and prints the binary's path.
publish_aot() {
    local aot_dir=$1/out/bench-aot rid
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    echo "publishing the native AOT build for $rid to $aot_dir ..." >&2
    dotnet publish "$1/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -r "$rid" -p:PublishAot=true -o "$aot_dir" --nologo -v quiet >&2 \
        || { echo "$0: dotnet publish (native AOT) failed" >&2; exit 1; }
    echo "$aot_dir/newsextract"
}

# measure NAME OUT_FILE COMMAND...: runs COMMAND once under GNU time with stdout to OUT_FILE and
# stderr to OUT_FILE.stderr, then sets WALL (seconds), CPU (user + system seconds: what the run
# cost, less skewed than WALL on a loaded machine) and RSS_MB (peak resident set, MB). Exit
# status 0 or 1 counts as a run (1: some inputs failed, each with an error record); more fails it.
measure() {
    local name=$1 out=$2 status=0
    shift 2
    /usr/bin/time -v -o "$out.time" "$@" > "$out" 2> "$out.stderr" || status=$?
    if [[ $status -gt 1 ]]; then
        echo "$0: $name failed (exit $status):" >&2
        head -20 "$out.stderr" "$out.time" >&2
        exit 1
    fi
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out.time")
    CPU=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$out.time")
    RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$out.time")
}

# txt_bytes DIR: total size of the *.txt files under DIR (what parse takes from a directory by default).
txt_bytes() {
    find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'
}
