#!/usr/bin/env bash
# Scores HTML article extraction on the shared article-extraction benchmark pages.
# Usage: Scripts/eval-extraction.sh [data-dir] [--json metrics.json]
# Reads the pages from ../shared (never copied into the repository), writes
# out/extraction-pred.jsonl and prints the scorer's report.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/extraction/scrapinghub_aeb}"
shift || true
scratch="${SAYSO_SCRATCH:-.build}"
swift build -c release --scratch-path "$scratch" --product sayso >&2
mkdir -p out
"$scratch/release/sayso" extract "$data/html" --format jsonl 2>out/extraction-warnings.txt \
  | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    text, title = d["text"], d.get("title")
    body = text.split("\n\n", 1)[1] if title and text.startswith(title) and "\n\n" in text else ("" if title and text == title else text)
    print(json.dumps({"id": d["doc_id"], "title": title or "", "text": body}, ensure_ascii=False))
' >out/extraction-pred.jsonl
python3 ../shared/tools/extract_eval/extract_eval.py --gold-dir "$data" --pred out/extraction-pred.jsonl \
  --per-page out/extraction-per-page.jsonl "$@"
