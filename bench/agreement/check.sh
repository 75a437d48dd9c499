#!/usr/bin/env bash
# Compares `newsextract evaluate` with shared/tools/score.py on random predictions derived from gold:
# the --json line and the --show-errors lines must be byte-identical for every seed.
#
#   bench/agreement/check.sh GOLD_DIR [SEEDS...]        (default seeds: 1..20)
#
# Needs python3 and ../shared/tools/score.py (SCORE_PY=... to point elsewhere).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
score_py=${SCORE_PY:-$repo/../shared/tools/score.py}
gold=${1:?usage: $0 GOLD_DIR [SEEDS...]}
shift
seeds=("$@")
[[ ${#seeds[@]} -gt 0 ]] || seeds=($(seq 1 20))

dotnet build "$repo/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release --nologo -v quiet >&2
cli=$repo/src/NewsExtract.Cli/bin/Release/net10.0/newsextract
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
differ=0
for seed in "${seeds[@]}"; do
    python3 "$repo/bench/agreement/perturb.py" "$gold" "$work/predictions" "$seed"
    python3 "$score_py" "$gold" "$work/predictions" --json --show-errors > "$work/py.out" 2> "$work/py.err"
    "$cli" evaluate "$gold" "$work/predictions" --json --show-errors > "$work/cs.out" 2> "$work/cs.err" || true
    if cmp -s "$work/py.out" "$work/cs.out" && cmp -s "$work/py.err" "$work/cs.err"; then
        echo "seed $seed: same"
    else
        echo "seed $seed: DIFFERENT"
        diff "$work/py.out" "$work/cs.out" | head -5 || true
        diff "$work/py.err" "$work/cs.err" | head -10 || true
        differ=1
    fi
done
exit $differ
