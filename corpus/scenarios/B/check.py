#!/usr/bin/env python3
"""Checks a generated scenario directory against the contract schemas (standard library only).

    python3 check.py DIR [--schemas /work/shared/contract]

Validates every line of events.jsonl and observations.jsonl with a small JSON Schema interpreter
(type, required, properties, enum, pattern, minLength, maxLength, minimum, items, format date-time),
checks that events are sorted by time with unique ids, and checks the truth.json shape.
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def parse_time(s):
    s2 = s.replace("Z", "+00:00").replace("z", "+00:00")
    return datetime.datetime.fromisoformat(s2)


def type_ok(v, t):
    if isinstance(t, list):
        return any(type_ok(v, x) for x in t)
    if t == "object":
        return isinstance(v, dict)
    if t == "array":
        return isinstance(v, list)
    if t == "string":
        return isinstance(v, str)
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == "boolean":
        return isinstance(v, bool)
    if t == "null":
        return v is None
    return True


def validate(v, sch, path, errs):
    if "type" in sch and not type_ok(v, sch["type"]):
        errs.append("%s: expected %s" % (path, sch["type"]))
        return
    if "enum" in sch and v not in sch["enum"]:
        errs.append("%s: %r not in enum" % (path, v))
    if isinstance(v, str):
        if "minLength" in sch and len(v) < sch["minLength"]:
            errs.append("%s: shorter than %d" % (path, sch["minLength"]))
        if "maxLength" in sch and len(v) > sch["maxLength"]:
            errs.append("%s: longer than %d" % (path, sch["maxLength"]))
        if "pattern" in sch and not re.search(sch["pattern"], v):
            errs.append("%s: %r does not match %s" % (path, v, sch["pattern"]))
        if sch.get("format") == "date-time":
            if not RFC3339.match(v):
                errs.append("%s: %r is not RFC 3339" % (path, v))
            else:
                try:
                    parse_time(v)
                except ValueError:
                    errs.append("%s: %r is not a valid date-time" % (path, v))
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "minimum" in sch and v < sch["minimum"]:
            errs.append("%s: below minimum" % path)
    if isinstance(v, dict):
        for k in sch.get("required", []):
            if k not in v:
                errs.append("%s: missing required %s" % (path, k))
        props = sch.get("properties", {})
        for k, sub in props.items():
            if k in v:
                validate(v[k], sub, path + "." + k, errs)
        if sch.get("additionalProperties") is False:
            for k in v:
                if k not in props:
                    errs.append("%s: unexpected %s" % (path, k))
    if isinstance(v, list) and "items" in sch:
        for i, x in enumerate(v):
            validate(x, sch["items"], "%s[%d]" % (path, i), errs)


def check_jsonl(path, schema, sort_key="time"):
    n = 0
    bad = 0
    ids = set()
    dup = 0
    prev = None
    unsorted = 0
    first_errs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                obj = json.loads(line)
            except ValueError as e:
                bad += 1
                if len(first_errs) < 5:
                    first_errs.append("line %d: invalid JSON: %s" % (ln, e))
                continue
            errs = []
            validate(obj, schema, "$", errs)
            if errs:
                bad += 1
                if len(first_errs) < 5:
                    first_errs.append("line %d: %s" % (ln, "; ".join(errs[:3])))
                continue
            if obj["id"] in ids:
                dup += 1
            ids.add(obj["id"])
            t = parse_time(obj[sort_key])
            if prev is not None and t < prev:
                unsorted += 1
            prev = t
    return n, bad, dup, unsorted, first_errs


def check_truth(path):
    errs = []
    with open(path, encoding="utf-8") as f:
        tr = json.load(f)
    if set(tr) != {"networks", "hard_negative_groups", "benign_accounts"}:
        errs.append("top-level keys %s" % sorted(tr))
    cats = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"}
    keys = ["id", "name", "category", "accounts", "utc_offset_hours", "prompt_language", "output_languages", "breakout"]
    seen = {}
    for n in tr.get("networks", []):
        if list(n) != keys:
            errs.append("network keys %s" % list(n))
        if n["category"] not in cats:
            errs.append("bad category %s" % n["category"])
        if not (2 <= len(n["accounts"]) <= 50):
            errs.append("%s has %d accounts" % (n["id"], len(n["accounts"])))
        if n["utc_offset_hours"] is not None and not isinstance(n["utc_offset_hours"], (int, float)):
            errs.append("bad offset")
        if n["breakout"] is not None and n["breakout"] not in range(1, 7):
            errs.append("bad breakout")
        for a in n["accounts"]:
            if a in seen:
                errs.append("account %s in %s and %s" % (a, seen[a], n["id"]))
            seen[a] = n["id"]
    for g in tr.get("hard_negative_groups", []):
        if list(g) != ["id", "description", "accounts"]:
            errs.append("group keys %s" % list(g))
        for a in g["accounts"]:
            if a in seen and not seen[a].startswith("hn"):
                errs.append("account %s both in %s and %s" % (a, seen[a], g["id"]))
            seen.setdefault(a, g["id"])
    if not isinstance(tr.get("benign_accounts"), int):
        errs.append("benign_accounts not an integer")
    return tr, errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--schemas", default="/work/shared/contract")
    args = ap.parse_args()
    ev_s = json.load(open(os.path.join(args.schemas, "event.schema.json")))
    ob_s = json.load(open(os.path.join(args.schemas, "observation.schema.json")))
    ok = True
    for name, sch in (("events.jsonl", ev_s), ("observations.jsonl", ob_s)):
        n, bad, dup, unsorted, errs = check_jsonl(os.path.join(args.dir, name), sch)
        print("%-20s lines=%d invalid=%d duplicate_ids=%d out_of_order=%d" % (name, n, bad, dup, unsorted))
        for e in errs:
            print("   ", e)
        ok = ok and bad == 0 and dup == 0 and unsorted == 0
    tr, errs = check_truth(os.path.join(args.dir, "truth.json"))
    # every truth account must appear in the events, and the population count must match
    accts = collections.Counter()
    with open(os.path.join(args.dir, "events.jsonl"), encoding="utf-8") as f:
        for line in f:
            accts[json.loads(line)["account"]] += 1
    op_accts = {a for n in tr["networks"] for a in n["accounts"]}
    missing = [a for n in tr["networks"] for a in n["accounts"] if a not in accts]
    missing += [a for g in tr["hard_negative_groups"] for a in g["accounts"] if a not in accts]
    benign_seen = len([a for a in accts if a not in op_accts])
    print("truth.json           networks=%d op_accounts=%d hard_negative_groups=%d benign_accounts=%d (accounts seen in events: %d benign, %d total)" % (
        len(tr["networks"]), len(op_accts), len(tr["hard_negative_groups"]), tr["benign_accounts"], benign_seen, len(accts)))
    if missing:
        errs.append("%d truth accounts have no events" % len(missing))
    if benign_seen != tr["benign_accounts"]:
        errs.append("benign_accounts %d but %d benign accounts in events" % (tr["benign_accounts"], benign_seen))
    for e in errs:
        print("   ", e)
    ok = ok and not errs
    print("OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
