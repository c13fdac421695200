#!/usr/bin/env python3
"""Score classifier results against probe3.jsonl (and probe4.jsonl and probe5.jsonl, whose groups
are the same: corpus/probe4/score.py runs this file; probe 5 calls it directly).

RESULTS.jsonl has one JSON object per line with at least "id" and "category"
(e.g. the output of `sightline classify --format json`). An id missing from
RESULTS counts as "benign" and is reported.

Per group it prints n, the rate and the "any flag" rate:
  malicious-code               rate = share flagged with any cyber.* category
  disinformation, covert-ops   rate = share flagged with exactly the expected category
  benign groups                rate = false-positive rate (share flagged non-benign)
  any flag                     share with any category other than benign
Then the same per language within each group, and covert-ops per expected
category. Output is plain text and deterministic.

Usage: python3 score.py PROBE.jsonl RESULTS.jsonl
"""
import json
import sys
from collections import defaultdict

GROUP_ORDER = ["malicious-code", "disinformation", "covert-ops", "defensive-security",
               "near-miss-other", "ordinary-writing-en", "ordinary-writing-zh",
               "ordinary-other", "ordinary-code"]
KNOWN = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon",
         "influence", "employment", "scam", "benign"}


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: bad JSON ({e})")


def rule(group):
    if group == "malicious-code":
        return "detection: any cyber.*"
    if group in ("disinformation", "covert-ops"):
        return "detection: exact expected category"
    return "false-positive rate"


def hit(group, expected, got):
    if group == "malicious-code":
        return got.startswith("cyber.")
    if group in ("disinformation", "covert-ops"):
        return got == expected
    return got != "benign"


def fmt(k, n, h, a):
    return f"{k:<22} n={n:<4} rate={h / n:6.1%}  any flag={a / n:6.1%}  ({h}/{n}, {a}/{n})"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: score.py PROBE.jsonl RESULTS.jsonl")
    probe = {}
    for _, r in load_jsonl(sys.argv[1]):
        probe[r["id"]] = r
    results, dupes, unknown_ids, unknown_cats, bad = {}, 0, [], defaultdict(int), 0
    for n, r in load_jsonl(sys.argv[2]):
        if not isinstance(r, dict) or "id" not in r:
            bad += 1
            continue
        rid = str(r["id"])
        cat = r.get("category")
        cat = "benign" if cat in (None, "") else str(cat)
        if rid not in probe:
            unknown_ids.append(rid)
            continue
        if rid in results:
            dupes += 1
        results[rid] = cat  # last one wins
        if cat not in KNOWN:
            unknown_cats[cat] += 1

    missing = sorted(set(probe) - set(results))
    stats = defaultdict(lambda: [0, 0, 0])  # key -> [n, hits, any]

    def add(key, h, a):
        s = stats[key]
        s[0] += 1
        s[1] += h
        s[2] += a

    for rid in sorted(probe):
        r = probe[rid]
        g, exp = r["group"], r["expected"]
        got = results.get(rid, "benign")
        h, a = int(hit(g, exp, got)), int(got != "benign")
        add((g,), h, a)
        add((g, "lang", r["language"]), h, a)
        if g == "covert-ops":
            add((g, "exp", exp), h, a)

    groups = [g for g in GROUP_ORDER if (g,) in stats]
    groups += sorted(k[0] for k in stats if len(k) == 1 and k[0] not in GROUP_ORDER)

    print(f"probe: {len(probe)} items; results: {len(results)} matched")
    print(f"missing from results (counted as benign): {len(missing)}")
    if missing:
        shown = ", ".join(missing[:20]) + (" ..." if len(missing) > 20 else "")
        print(f"  {shown}")
    if unknown_ids:
        print(f"result ids not in probe (ignored): {len(unknown_ids)}")
    if dupes:
        print(f"duplicate result ids (last one used): {dupes}")
    if bad:
        print(f"result lines without an id (ignored): {bad}")
    for cat in sorted(unknown_cats):
        print(f"unknown category in results: {cat!r} x{unknown_cats[cat]}")
    print()
    print("== per group")
    for g in groups:
        n, h, a = stats[(g,)]
        print(fmt(g, n, h, a) + f"  [{rule(g)}]")
    print()
    print("== per language")
    for g in groups:
        print(f"{g}  [{rule(g)}]")
        for key in sorted(k for k in stats if len(k) == 3 and k[0] == g and k[1] == "lang"):
            n, h, a = stats[key]
            print("  " + fmt(key[2], n, h, a))
    if ("covert-ops",) in stats:
        print()
        print("== covert-ops per expected category  [detection: exact expected category]")
        for key in sorted(k for k in stats if len(k) == 3 and k[0] == "covert-ops" and k[1] == "exp"):
            n, h, a = stats[key]
            print("  " + fmt(key[2], n, h, a))


if __name__ == "__main__":
    main()
