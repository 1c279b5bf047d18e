#!/usr/bin/env bash
# Corpus benchmark: ingest speed on PolNeAR (from ../shared), the latency of a
# speaker query from the command line, and API throughput under wrk.
#   Scripts/bench-corpus.sh [SPEAKER]      (default speaker: Trump)
# Needs a release build (`swift build -c release`) and wrk (`apt-get install wrk`).
set -euo pipefail
cd "$(dirname "$0")/.."
speaker="${1:-Trump}"
data=../shared/data/quotes/polnear
sayso=.build/release/sayso
[ -d "$data" ] || { echo "no $data: the corpus benchmark needs ../shared" >&2; exit 1; }
[ -x "$sayso" ] || swift build -c release --product sayso
mkdir -p out
db=out/polnear-bench.sqlite
rm -f "$db" "$db-wal" "$db-shm"

echo "== ingest (all cores)"
$sayso ingest "$data/docs_train.jsonl" "$data/docs_dev.jsonl" --db "$db" 2>&1 | tail -1
echo "== ingest again (everything already stored)"
$sayso ingest "$data/docs_train.jsonl" "$data/docs_dev.jsonl" --db "$db" 2>&1 | tail -1

echo "== sayso quotes --speaker $speaker (whole command, best of 5)"
best=999
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  $sayso quotes --db "$db" --speaker "$speaker" --limit 50 > /dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$ms" -lt "$best" ] && best=$ms
done
echo "${best} ms"

echo "== wrk: GET /api/quotes?speaker=$speaker, 10 s, 2 threads, 32 connections"
port=$(( 20000 + RANDOM % 20000 ))
$sayso serve --db "$db" --port "$port" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/api/stats" > /dev/null && break; sleep 0.1; done
wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port/api/quotes?speaker=$speaker" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" || true
