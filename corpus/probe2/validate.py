#!/usr/bin/env python3
"""Check probe2.jsonl: ids, texts, group sizes, expected labels, languages, writers."""
import json
import re
import sys
from collections import Counter

SIZES = {
    "malicious-code": 90, "disinformation": 80, "covert-ops": 60, "defensive-security": 80,
    "near-miss-other": 50, "ordinary-writing-en": 90, "ordinary-writing-zh": 90, "ordinary-other": 80,
}
CATEGORIES = {"influence", "surveillance", "cyber.malware", "cyber.phishing", "cyber.recon",
              "employment", "scam"}
ALLOWED = {
    "malicious-code": {"cyber.malware", "cyber.recon", "cyber.phishing"},
    "disinformation": {"influence"},
    "covert-ops": CATEGORIES,
}
LANGUAGES = {"en", "zh", "ru", "es", "ko", "de", "pt", "fr", "ja", "fa", "ar", "tl"}
WRITERS = {"terse-lower", "formal-verbose", "nonnative", "dev-code", "student", "official",
           "marketer", "secpro", "chatty", "elder-polite"}
GROUP_LANGS = {"ordinary-writing-en": {"en"}, "ordinary-writing-zh": {"zh"},
               "ordinary-other": {"ru", "ko", "fa", "es", "de", "pt", "ja", "fr", "ar", "tl"}}
KEYS = {"id", "text", "group", "expected", "language", "writer"}


def main(path):
    errors = []
    ids, texts, groups = set(), set(), Counter()
    lang_by_group = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
                continue
            if set(r) != KEYS:
                errors.append(f"line {n}: keys {sorted(r)}")
                continue
            if not re.fullmatch(r"p2-\d{4}", r["id"]):
                errors.append(f"line {n}: bad id {r['id']!r}")
            if r["id"] in ids:
                errors.append(f"line {n}: duplicate id {r['id']}")
            ids.add(r["id"])
            t = " ".join(r["text"].split()).lower()
            if not t:
                errors.append(f"{r['id']}: empty text")
            if t in texts:
                errors.append(f"{r['id']}: duplicate text")
            texts.add(t)
            g = r["group"]
            if g not in SIZES:
                errors.append(f"{r['id']}: unknown group {g!r}")
                continue
            groups[g] += 1
            allowed = ALLOWED.get(g, {"benign"})
            if r["expected"] not in allowed:
                errors.append(f"{r['id']}: expected {r['expected']!r} not valid for {g}")
            if r["language"] not in LANGUAGES:
                errors.append(f"{r['id']}: language {r['language']!r} not allowed")
            if g in GROUP_LANGS and r["language"] not in GROUP_LANGS[g]:
                errors.append(f"{r['id']}: language {r['language']!r} not allowed in {g}")
            if r["writer"] not in WRITERS:
                errors.append(f"{r['id']}: unknown writer {r['writer']!r}")
            lang_by_group.setdefault(g, Counter())[r["language"]] += 1
    for g, size in SIZES.items():
        if groups[g] != size:
            errors.append(f"group {g}: {groups[g]} items, want {size}")
    for g, minimum in (("malicious-code", 40), ("disinformation", 35)):
        if lang_by_group.get(g, Counter())["en"] < minimum:
            errors.append(f"group {g}: fewer than {minimum} English items")
    for g in ("malicious-code", "disinformation"):
        if len(lang_by_group.get(g, {})) < 6:
            errors.append(f"group {g}: too few languages")
    covert = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["group"] == "covert-ops":
                covert[r["expected"]] += 1
    missing = CATEGORIES - set(covert)
    if missing:
        errors.append(f"covert-ops lacks categories {sorted(missing)}")
    for e in errors:
        print("ERROR", e)
    total = sum(groups.values())
    langs = set().union(*lang_by_group.values()) if lang_by_group else set()
    print(f"{total} items, {len(langs)} languages, groups: " +
          ", ".join(f"{g}={groups[g]}" for g in SIZES))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "probe2.jsonl"))
