#!/usr/bin/env python3
"""Scores Sayso's PolNeAR output by outlet, and without the articles whose
quotation marks are written as two apostrophes ('').

PolNeAR's gold types a quotation as direct or mixed only when double-quote
characters enclose it, so in articles that write '' for a quotation mark
every gold quotation is typed indirect, and Sayso's direct quotations there
count against direct+mixed precision. This script shows how much.

Usage: Scripts/quote-eval-by-outlet.py [dev|train]   (after Scripts/eval-quotes.sh)
"""
import collections
import json
import os
import sys

split = sys.argv[1] if len(sys.argv) > 1 else "dev"
shared = os.environ.get("SHARED", "../shared")
sys.path.insert(0, os.path.join(shared, "tools", "quote_eval"))
import quote_eval as qe  # noqa: E402

data = os.path.join(shared, "data", "quotes", "polnear")
texts = {}
for line in open(os.path.join(data, f"docs_{split}.jsonl")):
    o = json.loads(line)
    texts[o["doc_id"]] = o["text"]
gold = {}
for line in open(os.path.join(data, f"gold_{split}.jsonl")):
    o = json.loads(line)
    gold[o["doc_id"]] = o
pred = {}
for line in open(f"out/polnear_{split}.jsonl"):
    o = json.loads(line)
    pred[o["doc_id"]] = o


def row(label, ids):
    g = {d: gold[d] for d in ids if d in gold}
    cells = [label, str(len(g))]
    for types in ({"direct", "mixed"}, None):
        o = qe.evaluate(g, pred, texts, types)["overlap50"]
        cells.append(f"{o['quote_f1']:.3f} ({o['quote_p']:.3f} / {o['quote_r']:.3f})")
    print("| " + " | ".join(cells) + " |")


print("| articles | n | direct+mixed F1 (P / R) | all F1 (P / R) |")
print("|---|---|---|---|")
by_outlet = collections.defaultdict(list)
for d in gold:
    by_outlet[d.split("_")[0]].append(d)
for outlet in sorted(by_outlet):
    row(outlet, by_outlet[outlet])
row("all articles", list(gold))
row("without '' articles", [d for d in gold if "''" not in texts[d]])
