#!/usr/bin/env python3
"""Checks a generated scenario: every line is JSON, valid against the contract's schemas
(jsonschema if installed, plus a standard-library check of required fields and types), events
sorted by time, ids unique, and truth.json in the contract's shape.

    python3 check.py DIR [--schemas /work/shared/contract]
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def stdlib_check(obj, schema, path="$"):
    errs = []
    t = schema.get("type")
    if t == "object":
        if not isinstance(obj, dict):
            return ["%s: not an object" % path]
        for r in schema.get("required", []):
            if r not in obj:
                errs.append("%s: missing %s" % (path, r))
        for k, sub in schema.get("properties", {}).items():
            if k in obj:
                errs.extend(stdlib_check(obj[k], sub, path + "." + k))
    elif t == "string":
        if not isinstance(obj, str):
            return ["%s: not a string" % path]
        if "minLength" in schema and len(obj) < schema["minLength"]:
            errs.append("%s: too short" % path)
        if "maxLength" in schema and len(obj) > schema["maxLength"]:
            errs.append("%s: too long" % path)
        if "pattern" in schema and not re.search(schema["pattern"], obj):
            errs.append("%s: pattern" % path)
        if schema.get("format") == "date-time" and not RFC3339.match(obj):
            errs.append("%s: not RFC 3339" % path)
    elif t == "integer":
        if not isinstance(obj, int) or isinstance(obj, bool):
            return ["%s: not an integer" % path]
        if "minimum" in schema and obj < schema["minimum"]:
            errs.append("%s: below minimum" % path)
    elif t == "boolean":
        if not isinstance(obj, bool):
            errs.append("%s: not a boolean" % path)
    elif t == "array":
        if not isinstance(obj, list):
            return ["%s: not an array" % path]
        for i, x in enumerate(obj):
            errs.extend(stdlib_check(x, schema.get("items", {}), "%s[%d]" % (path, i)))
    if "enum" in schema and obj not in schema["enum"]:
        errs.append("%s: not in enum" % path)
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--schemas", default="/work/shared/contract")
    args = ap.parse_args()
    ev_schema = json.load(open(os.path.join(args.schemas, "event.schema.json")))
    ob_schema = json.load(open(os.path.join(args.schemas, "observation.schema.json")))
    try:
        import jsonschema
        fc = jsonschema.FormatChecker()
        ev_v = jsonschema.Draft202012Validator(ev_schema, format_checker=fc)
        ob_v = jsonschema.Draft202012Validator(ob_schema, format_checker=fc)
    except ImportError:
        ev_v = ob_v = None
    bad = 0
    n = 0
    last = ""
    ids = set()
    per_acct = Counter()
    for ln, line in enumerate(open(os.path.join(args.dir, "events.jsonl"), encoding="utf-8"), 1):
        n += 1
        try:
            e = json.loads(line)
        except ValueError as x:
            print("events line %d: bad JSON: %s" % (ln, x))
            bad += 1
            continue
        errs = stdlib_check(e, ev_schema)
        if ev_v is not None:
            errs += [er.message for er in ev_v.iter_errors(e)]
        if e["time"] < last:
            errs.append("not sorted by time")
        last = e["time"]
        if e["id"] in ids:
            errs.append("duplicate id")
        ids.add(e["id"])
        per_acct[e["account"]] += 1
        if errs:
            bad += 1
            if bad < 10:
                print("events line %d: %s" % (ln, errs))
    nob = 0
    for ln, line in enumerate(open(os.path.join(args.dir, "observations.jsonl"), encoding="utf-8"), 1):
        nob += 1
        o = json.loads(line)
        errs = stdlib_check(o, ob_schema)
        if ob_v is not None:
            errs += [er.message for er in ob_v.iter_errors(o)]
        if errs:
            bad += 1
            print("observations line %d: %s" % (ln, errs))
    truth = json.load(open(os.path.join(args.dir, "truth.json"), encoding="utf-8"))
    cats = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"}
    assert set(truth) == {"networks", "hard_negative_groups", "benign_accounts"}, truth.keys()
    seen = defaultdict(list)
    for nw in truth["networks"]:
        assert set(nw) == {"id", "name", "category", "accounts", "utc_offset_hours", "prompt_language", "output_languages", "breakout"}, nw.keys()
        assert nw["category"] in cats
        assert 2 <= len(nw["accounts"]) <= 50, (nw["name"], len(nw["accounts"]))
        assert nw["breakout"] is None or 1 <= nw["breakout"] <= 6
        for a in nw["accounts"]:
            seen[a].append(nw["id"])
            if per_acct[a] == 0:
                print("network %s: account %s has no events" % (nw["id"], a))
                bad += 1
    for g in truth["hard_negative_groups"]:
        assert set(g) == {"id", "description", "accounts"}
        for a in g["accounts"]:
            seen[a].append(g["id"])
            if per_acct[a] == 0:
                print("group %s: account %s has no events" % (g["id"], a))
                bad += 1
    dup = [a for a, v in seen.items() if len(v) > 1]
    if dup:
        print("accounts in several truth entries:", dup[:5])
        bad += 1
    n_benign = len(per_acct) - sum(len(nw["accounts"]) for nw in truth["networks"])
    if n_benign != truth["benign_accounts"]:
        print("benign_accounts %d but %d accounts outside networks have events" % (truth["benign_accounts"], n_benign))
        bad += 1
    print("%s: %d events, %d observations, %d accounts, %d networks, %d hard-negative groups, problems: %d" % (
        args.dir, n, nob, len(per_acct), len(truth["networks"]), len(truth["hard_negative_groups"]), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
