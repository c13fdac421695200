#!/usr/bin/env python3
"""Validate probe4.jsonl. Usage: python3 validate.py probe4.jsonl  (exit 1 on error)"""
import json
import re
import sys
from collections import Counter, defaultdict

THREAT = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon",
          "influence", "employment", "scam"}
GROUPS = {
    "malicious-code": {"cyber.malware", "cyber.phishing", "cyber.recon"},
    "disinformation": {"influence"},
    "covert-ops": THREAT,
    "defensive-security": {"benign"},
    "near-miss-other": {"benign"},
    "ordinary-writing-en": {"benign"},
    "ordinary-writing-zh": {"benign"},
    "ordinary-other": {"benign"},
    "ordinary-code": {"benign"},
}
LANGS = {"en", "zh", "ru", "ko", "fa", "es", "de", "ar", "pt", "fr", "tl", "ja"}
WRITER = re.compile(r"^[a-z][a-z0-9-]{1,30}$")
KEYS = {"id", "text", "group", "expected", "language", "writer"}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: validate.py probe4.jsonl")
    errors, ids, texts = [], set(), {}
    per_group, per_lang, per_gl, per_ge = Counter(), Counter(), defaultdict(Counter), defaultdict(Counter)
    writers = Counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
                continue
            if set(r) != KEYS:
                errors.append(f"line {n}: keys {sorted(r)}")
                continue
            if not re.fullmatch(r"p4-\d{4}", r["id"]):
                errors.append(f"line {n}: bad id {r['id']!r}")
            if r["id"] in ids:
                errors.append(f"line {n}: duplicate id {r['id']}")
            ids.add(r["id"])
            t = " ".join(r["text"].split()).lower()
            if not t:
                errors.append(f"line {n}: empty text")
            if t in texts:
                errors.append(f"line {n}: duplicate text (also {texts[t]})")
            texts[t] = r["id"]
            g = r["group"]
            if g not in GROUPS:
                errors.append(f"line {n}: unknown group {g!r}")
            elif r["expected"] not in GROUPS[g]:
                errors.append(f"line {n}: expected {r['expected']!r} not valid for group {g}")
            if r["language"] not in LANGS:
                errors.append(f"line {n}: language {r['language']!r} not allowed")
            if not WRITER.match(r["writer"]):
                errors.append(f"line {n}: bad writer tag {r['writer']!r}")
            writers[r["writer"]] += 1
            per_group[g] += 1
            per_lang[r["language"]] += 1
            per_gl[g][r["language"]] += 1
            per_ge[g][r["expected"]] += 1
    if len(writers) < 6:
        errors.append(f"only {len(writers)} writer tags (need >= 6)")
    print(f"items: {sum(per_group.values())}")
    print("per group:")
    for g in GROUPS:
        if per_group[g]:
            langs = " ".join(f"{k}={v}" for k, v in sorted(per_gl[g].items()))
            exps = " ".join(f"{k}={v}" for k, v in sorted(per_ge[g].items()))
            print(f"  {g:<20} {per_group[g]:>4}  [{langs}]  expected: {exps}")
    print("per language: " + " ".join(f"{k}={v}" for k, v in sorted(per_lang.items())))
    print(f"writers ({len(writers)}): " + " ".join(f"{k}={v}" for k, v in sorted(writers.items())))
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
