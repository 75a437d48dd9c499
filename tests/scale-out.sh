#!/usr/bin/env bash
# Runs the README's GNU parallel example ("Scale-out") exactly as written there, on
# tests/scale-out/records.jsonl (invented records), and checks that it gives one result line per
# record, in record order, byte-identical to a plain single-process run. .ci/run calls it.
#
#   tests/scale-out.sh
#
#   NEWSEXTRACT=PATH   the newsextract binary to test (default: publish the CLI in Release first)
#
# Needs GNU parallel (Debian/Ubuntu: apt-get install parallel); it fails, never skips, without it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fixture=$repo/tests/scale-out/records.jsonl
fail() {
    echo "scale-out: FAILED: $*" >&2
    exit 1
}

if ! parallel --version 2> /dev/null | grep -q 'GNU parallel'; then
    fail "GNU parallel is missing: install it (Debian/Ubuntu: apt-get install parallel) and rerun"
fi

# The command is read from the README, so the documented line is the tested line.
example=$(awk '/^### Scale-out/ { on = 1 } on && /^ *parallel --pipe/ { sub(/^ +/, ""); print; exit }' "$repo/README.md")
[[ -n $example ]] || fail "README.md has no 'parallel --pipe' line under '### Scale-out'"
[[ $example == *"< records.jsonl > results.jsonl" ]] || fail "the README example must read records.jsonl and write results.jsonl: $example"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -n ${NEWSEXTRACT:-} ]]; then
    cli=$(cd "$(dirname "$NEWSEXTRACT")" && pwd)/$(basename "$NEWSEXTRACT")
else
    echo "scale-out: publishing the CLI (Release) ..." >&2
    dotnet publish "$repo/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -o "$work/cli" --nologo -v quiet >&2 \
        || fail "dotnet publish failed"
    cli=$work/cli/newsextract
fi
[[ -x $cli ]] || fail "$cli is not an executable"
mkdir "$work/bin" "$work/run"
ln -s "$cli" "$work/bin/newsextract"
cp "$fixture" "$work/run/records.jsonl"

cd "$work/run"
echo "scale-out: $example" >&2
PATH=$work/bin:$PATH bash -c "$example" 2> "$work/parallel.err" \
    || { cat "$work/parallel.err" >&2; fail "the README example exited with status $?"; }
"$cli" parse --input-format jsonl - < records.jsonl > "$work/plain.jsonl" 2> "$work/plain.err" \
    || { cat "$work/plain.err" >&2; fail "the plain run exited with status $?"; }

records=$(wc -l < records.jsonl)
[[ $records -gt 100 ]] || fail "the fixture must span several blocks of 100 records, it has $records"
[[ $(wc -l < results.jsonl) -eq $records ]] || fail "$(wc -l < results.jsonl) result lines for $records records"
ids=$(grep -o '^{"id": "[^"]*"' records.jsonl | sed 's/.*"\([^"]*\)"$/\1/')
sources=$(grep -o '^{"schema":1,"source":"[^"]*"' results.jsonl | sed 's/.*"\([^"]*\)"$/\1/')
[[ $ids == "$sources" ]] || fail "results are not one per record in record order"
if grep -q '"error":{' results.jsonl; then
    fail "error records in the output: $(grep -m1 '"error":{' results.jsonl)"
fi
cmp -s results.jsonl "$work/plain.jsonl" || fail "results.jsonl differs from a plain single-process run"
echo "scale-out: passed ($records records, $(grep -c '"dates":\[{' results.jsonl) with dates; identical to a plain run)"
