#!/usr/bin/env bash
# Scores Sayso's events on the shared event gold sets (dev portions):
# plv_hu2024 (source-target pair and PLOVER type) and plover_gsr (actor
# country and sector). Needs ../shared beside the package and a release build.
#
#   Scripts/eval-events.sh            # both sets; metrics in out/events-*.json
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
tool="$shared/tools/event_eval/event_eval.py"
[ -f "$tool" ] || { echo "needs $tool" >&2; exit 1; }
swift build -c release --product sayso >/dev/null
mkdir -p out
for gold in "$shared/data/events/plv_hu2024/plv.jsonl" "$shared/data/events/plover_gsr/plover_gsr.jsonl"; do
  name=$(basename "$gold" .jsonl)
  python3 "$tool" docs "$gold" > "out/$name-docs.jsonl"
  .build/release/sayso extract "out/$name-docs.jsonl" --format jsonl > "out/$name-pred.jsonl"
  echo "== $name"
  python3 "$tool" score "$gold" "out/$name-pred.jsonl" --json "out/events-$name.json"
done
