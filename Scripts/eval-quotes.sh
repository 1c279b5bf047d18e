#!/usr/bin/env bash
# Scores Sayso's quotations on PolNeAR (dev by default) with the shared scorer.
# PolNeAR marks only the outermost attribution (its guidelines: "No nested
# attributions"), so nested quotations are left out with --outermost.
# Usage: Scripts/eval-quotes.sh [dev|train] [extra quote_eval args]
set -euo pipefail
split=${1:-dev}
shift || true
shared=${SHARED:-../shared}
data="$shared/data/quotes/polnear"
[ -f "$data/docs_$split.jsonl" ] || { echo "no PolNeAR data under $data" >&2; exit 2; }
swift build -c release --product sayso >/dev/null
mkdir -p out
.build/release/sayso extract "$data/docs_$split.jsonl" --format jsonl --outermost > "out/polnear_$split.jsonl"
python3 "$shared/tools/quote_eval/quote_eval.py" --gold "$data/gold_$split.jsonl" --pred "out/polnear_$split.jsonl" "$@"
