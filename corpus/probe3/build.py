#!/usr/bin/env python3
"""Build probe3.jsonl from the hand-written items in src/<group>.txt.

Record format in src/*.txt: a header line
    == <writer> <language> [expected]
followed by the text (possibly several lines) up to the next header.
No expected label means "benign". Items are shuffled with a fixed seed so
that ids do not reveal the group.

Usage: python3 build.py [--src DIR] [--out FILE] [--seed N]
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

HEADER = re.compile(r"^== (\S+) (\S+)(?: (\S+))?\s*$")
DEFAULT_SEED = 20261203


def parse_file(path):
    group = path.stem
    items = []
    current = None
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        m = HEADER.match(line)
        if m:
            if current:
                items.append(current)
            writer, language, expected = m.group(1), m.group(2), m.group(3) or "benign"
            current = {"group": group, "writer": writer, "language": language,
                       "expected": expected, "lines": [], "where": f"{path.name}:{lineno}"}
        elif line.startswith("=="):
            sys.exit(f"{path.name}:{lineno}: malformed header: {line!r}")
        else:
            if current is None:
                if line.strip():
                    sys.exit(f"{path.name}:{lineno}: text before the first header")
                continue
            current["lines"].append(line.rstrip())
    if current:
        items.append(current)
    out = []
    for it in items:
        text = "\n".join(it.pop("lines")).strip("\n").strip()
        if not text:
            sys.exit(f"{it['where']}: empty text")
        it["text"] = text
        out.append(it)
    return out


def main():
    ap = argparse.ArgumentParser()
    here = Path(__file__).resolve().parent
    ap.add_argument("--src", default=str(here / "src"))
    ap.add_argument("--out", default=str(here / "probe3.jsonl"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args()

    items = []
    for path in sorted(Path(args.src).glob("*.txt")):
        items.extend(parse_file(path))
    if not items:
        sys.exit("no items found")

    # Deterministic: parse order is fixed (sorted files, file order), then a seeded shuffle.
    random.Random(args.seed).shuffle(items)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"p3-{i:04d}", "text": it["text"], "group": it["group"],
                   "expected": it["expected"], "language": it["language"], "writer": it["writer"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {args.out} (seed {args.seed})")


if __name__ == "__main__":
    main()
