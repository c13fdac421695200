#!/usr/bin/env python3
"""Build probe4.jsonl from src/<group>.txt. Deterministic: same bytes every run.

Record format in src/<group>.txt:
  == <writer> <language> [expected]
  text (may span several lines, no line starts with '==')
No expected label means 'benign'.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 20261204


def parse(path, group):
    records, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("=="):
                if cur is not None:
                    records.append(cur)
                parts = line[2:].split()
                if len(parts) not in (2, 3):
                    raise SystemExit(f"{path}:{n}: bad header {line!r}")
                cur = {"group": group, "writer": parts[0], "language": parts[1],
                       "expected": parts[2] if len(parts) == 3 else "benign",
                       "lines": [], "src_line": n}
            else:
                if cur is None:
                    if line.strip():
                        raise SystemExit(f"{path}:{n}: text before first header")
                    continue
                cur["lines"].append(line)
    if cur is not None:
        records.append(cur)
    out = []
    for r in records:
        text = "\n".join(r["lines"]).strip()
        if not text:
            raise SystemExit(f"{path}:{r['src_line']}: empty record")
        out.append({"text": text, "group": r["group"], "expected": r["expected"],
                    "language": r["language"], "writer": r["writer"]})
    return out


def main():
    items = []
    for name in sorted(os.listdir(SRC)):
        if name.endswith(".txt"):
            items.extend(parse(os.path.join(SRC, name), name[:-4]))
    random.Random(SEED).shuffle(items)
    with open(os.path.join(HERE, "probe4.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, it in enumerate(items, 1):
            obj = {"id": f"p4-{i:04d}", "text": it["text"], "group": it["group"],
                   "expected": it["expected"], "language": it["language"], "writer": it["writer"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to probe4.jsonl")


if __name__ == "__main__":
    main()
