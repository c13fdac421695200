#!/usr/bin/env python3
"""Build probe2.jsonl from the hand-written sources in src/.

Source format (one file per group, src/<group>.txt):
  lines before the first record header are comments;
  each record starts with a header line  "== <writer> <language> [expected]"
  and its text is every following line up to the next header (stripped).
  A missing expected means "benign".
Items are shuffled with a fixed seed so ids do not reveal the group.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "probe2.jsonl")
GROUPS = [
    "malicious-code", "disinformation", "covert-ops", "defensive-security",
    "near-miss-other", "ordinary-writing-en", "ordinary-writing-zh", "ordinary-other",
]
SEED = 20261202


def parse(path, group):
    items, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("== "):
                if cur:
                    items.append(cur)
                parts = line[3:].split()
                if len(parts) not in (2, 3):
                    raise SystemExit(f"{path}: bad header: {line!r}")
                cur = {"group": group, "writer": parts[0], "language": parts[1],
                       "expected": parts[2] if len(parts) == 3 else "benign", "lines": []}
            elif cur is not None:
                cur["lines"].append(line)
    if cur:
        items.append(cur)
    for it in items:
        it["text"] = "\n".join(it.pop("lines")).strip()
        if not it["text"]:
            raise SystemExit(f"{path}: empty text")
    return items


def main():
    items = []
    for g in GROUPS:
        items.extend(parse(os.path.join(SRC, g + ".txt"), g))
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"p2-{i:04d}", "text": it["text"], "group": it["group"],
                   "expected": it["expected"], "language": it["language"], "writer": it["writer"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
