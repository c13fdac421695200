#!/usr/bin/env python3
"""Build probe7.jsonl from the hand-written items in src/*.txt.

Source format (UTF-8, one item per line):
  # comment                       ignored, as are blank lines
  @ group=G label=L lang=X writer=W
                                  sets the attributes of the items that follow;
                                  the first header of a file gives all four keys,
                                  later headers change only the keys they name
  any other line                  one item; "\\n" is a newline, "\\t" a tab and
                                  "\\\\" a backslash inside the item

Records, one JSON object per line, in the format corpus/probe3/score.py reads:
  {"id", "text", "group", "expected", "language", "writer", "source"}
ids are "p7-" + a short group code + a per-group counter, in the order of the
files (sorted by name) and of the lines inside them. Standard library only.

Usage: python3 build.py [--check]   (--check: fail if probe7.jsonl is stale)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "probe7.jsonl")
KEYS = ("group", "label", "lang", "writer")
CODES = {
    "malicious-code": "mc", "disinformation": "di", "covert-ops": "co",
    "defensive-security": "ds", "near-miss-other": "nm",
    "ordinary-writing-en": "we", "ordinary-writing-zh": "wz",
    "ordinary-other": "oo", "ordinary-code": "oc",
}


class SourceError(Exception):
    pass


def unescape(s, where):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt == "n":
                out.append("\n")
            elif nxt == "t":
                out.append("\t")
            elif nxt == "\\":
                out.append("\\")
            else:
                raise SourceError(f"{where}: unknown escape \\{nxt} (write \\\\ for a backslash)")
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def parse_header(line, where):
    attrs = {}
    for part in line[1:].split():
        if "=" not in part:
            raise SourceError(f"{where}: header part without '=': {part!r}")
        k, v = part.split("=", 1)
        if k not in KEYS:
            raise SourceError(f"{where}: unknown header key {k!r}")
        if not v:
            raise SourceError(f"{where}: empty value for {k!r}")
        attrs[k] = v
    return attrs


def read_items():
    items = []
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    for name in files:
        path = os.path.join(SRC, name)
        cur = {}
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n").rstrip("\r")
                where = f"src/{name}:{n}"
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if line.startswith("@"):
                    attrs = parse_header(line, where)
                    if not cur and set(attrs) != set(KEYS):
                        raise SourceError(f"{where}: the first header of a file must give {', '.join(KEYS)}")
                    cur.update(attrs)
                    continue
                if not cur:
                    raise SourceError(f"{where}: item before any header")
                text = unescape(line.strip(), where)
                items.append({"text": text, "group": cur["group"], "expected": cur["label"],
                              "language": cur["lang"], "writer": cur["writer"], "source": where})
    return items


def records():
    items = read_items()
    counters = {}
    out = []
    for it in items:
        code = CODES.get(it["group"])
        if code is None:
            raise SourceError(f"{it['source']}: unknown group {it['group']!r}")
        counters[code] = counters.get(code, 0) + 1
        rec = {"id": f"p7-{code}-{counters[code]:03d}"}
        rec.update(it)
        out.append(rec)
    return out


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def main():
    try:
        recs = records()
    except SourceError as e:
        sys.exit(f"build.py: {e}")
    data = render(recs)
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != data:
            sys.exit("build.py: probe7.jsonl is stale; run python3 build.py")
        print(f"probe7.jsonl is up to date ({len(recs)} records)")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print(f"wrote {os.path.relpath(OUT)}: {len(recs)} records from {len({r['source'].split(':')[0] for r in recs})} files")


if __name__ == "__main__":
    main()
