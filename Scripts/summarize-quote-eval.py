#!/usr/bin/env python3
"""Prints the README's accuracy table from a quote_eval metrics JSON file."""
import json
import sys

m = json.load(open(sys.argv[1]))
print("| types | span F1 exact | span F1 overlap50 | attribution F1 strict | attribution F1 resolved | P / R (overlap50) |")
print("|---|---|---|---|---|---|")
for key in ("direct", "direct+mixed", "all"):
    if key not in m:
        continue
    e, o = m[key]["exact"], m[key]["overlap50"]
    print(f"| {key} | {e['quote_f1']:.3f} | {o['quote_f1']:.3f} | {o['attr_strict_f1']:.3f} | "
          f"{o['attr_resolved_f1']:.3f} | {o['quote_p']:.3f} / {o['quote_r']:.3f} |")
