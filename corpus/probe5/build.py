#!/usr/bin/env python3
"""Build probe5.jsonl from the hand-written items in src/*.txt.

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
ids are "p5-" + a short group code + a per-group counter, in the order of the
files (sorted by name) and of the lines inside them. Standard library only.

Usage: python3 build.py [--check]   (--check: fail if probe5.jsonl is stale)

Later probes with the same formats (probe6, probe7) build through this file: `Probe(here)`
gives their folder's records and output path, and their ids take their folder's number.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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


def read_items(src):
    items = []
    files = sorted(f for f in os.listdir(src) if f.endswith(".txt"))
    for name in files:
        path = os.path.join(src, name)
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


class Probe:
    """One probe folder: probeN/src/*.txt in, probeN/probeN.jsonl out, ids pN-..."""

    def __init__(self, here):
        self.here = here
        self.name = os.path.basename(os.path.normpath(here))
        self.prefix = "p" + self.name[len("probe"):]
        self.OUT = os.path.join(here, self.name + ".jsonl")

    def records(self):
        items = read_items(os.path.join(self.here, "src"))
        counters = {}
        out = []
        for it in items:
            code = CODES.get(it["group"])
            if code is None:
                raise SourceError(f"{it['source']}: unknown group {it['group']!r}")
            counters[code] = counters.get(code, 0) + 1
            rec = {"id": f"{self.prefix}-{code}-{counters[code]:03d}"}
            rec.update(it)
            out.append(rec)
        return out


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def main(here=HERE):
    probe = Probe(here)
    out = probe.OUT
    file = probe.name + ".jsonl"
    try:
        recs = probe.records()
    except SourceError as e:
        sys.exit(f"build.py: {e}")
    data = render(recs)
    if "--check" in sys.argv[1:]:
        try:
            with open(out, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != data:
            sys.exit(f"build.py: {file} is stale; run python3 build.py")
        print(f"{file} is up to date ({len(recs)} records)")
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(data)
    print(f"wrote {os.path.relpath(out)}: {len(recs)} records from {len({r['source'].split(':')[0] for r in recs})} files")


# This folder's probe, for probe5/validate.py.
_this = Probe(HERE)
OUT = _this.OUT
records = _this.records


if __name__ == "__main__":
    main()
