#!/usr/bin/env python3
"""Validate a scenario directory against the contract schemas (stdlib only).

python3 check.py DIR [--schemas /work/shared/contract]
"""
import argparse
import datetime as _dt
import json
import os
import re
import sys

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
CATEGORIES = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"}


def is_datetime(s):
    if not RFC3339.match(s):
        return False
    try:
        _dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


TYPES = {"string": str, "object": dict, "array": list, "boolean": bool}


def validate(v, sch, path, errs):
    t = sch.get("type")
    if t:
        if t == "integer":
            ok = isinstance(v, int) and not isinstance(v, bool)
        elif t == "number":
            ok = isinstance(v, (int, float)) and not isinstance(v, bool)
        else:
            ok = isinstance(v, TYPES[t])
        if not ok:
            errs.append("%s: expected %s" % (path, t))
            return
    if "enum" in sch and v not in sch["enum"]:
        errs.append("%s: %r not in enum" % (path, v))
    if isinstance(v, str):
        if "minLength" in sch and len(v) < sch["minLength"]:
            errs.append("%s: too short" % path)
        if "maxLength" in sch and len(v) > sch["maxLength"]:
            errs.append("%s: too long" % path)
        if "pattern" in sch and not re.search(sch["pattern"], v):
            errs.append("%s: %r does not match %s" % (path, v, sch["pattern"]))
        if sch.get("format") == "date-time" and not is_datetime(v):
            errs.append("%s: %r is not RFC 3339" % (path, v))
    if isinstance(v, (int, float)) and not isinstance(v, bool) and "minimum" in sch and v < sch["minimum"]:
        errs.append("%s: below minimum" % path)
    if isinstance(v, dict):
        for k in sch.get("required", []):
            if k not in v:
                errs.append("%s: missing %s" % (path, k))
        props = sch.get("properties", {})
        ap = sch.get("additionalProperties", True)
        for k, x in v.items():
            if k in props:
                validate(x, props[k], path + "." + k, errs)
            elif ap is False:
                errs.append("%s: unexpected %s" % (path, k))
            elif isinstance(ap, dict):
                validate(x, ap, path + "." + k, errs)
    if isinstance(v, list) and "items" in sch:
        for i, x in enumerate(v):
            validate(x, sch["items"], "%s[%d]" % (path, i), errs)


def check_jsonl(fn, sch, errs, limit=20):
    ids, n, bad = set(), 0, 0
    with open(fn, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                obj = json.loads(line)
            except ValueError as e:
                errs.append("%s:%d: bad JSON %s" % (fn, ln, e))
                continue
            e2 = []
            validate(obj, sch, "$", e2)
            if obj.get("id") in ids:
                e2.append("$.id: duplicate %s" % obj.get("id"))
            ids.add(obj.get("id"))
            if e2:
                bad += 1
                if bad <= limit:
                    errs.extend("%s:%d: %s" % (os.path.basename(fn), ln, x) for x in e2)
            yield obj
    if bad:
        errs.append("%s: %d invalid lines of %d" % (fn, bad, n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--schemas", default="/work/shared/contract")
    a = ap.parse_args()
    ev_s = json.load(open(os.path.join(a.schemas, "event.schema.json")))
    ob_s = json.load(open(os.path.join(a.schemas, "observation.schema.json")))
    errs = []
    accounts = {}
    n_ev = 0
    for e in check_jsonl(os.path.join(a.dir, "events.jsonl"), ev_s, errs):
        n_ev += 1
        accounts[e.get("account")] = accounts.get(e.get("account"), 0) + 1
        t = e.get("time", "")
        if not ("2026-10-01" <= t[:10] <= "2026-10-31"):
            errs.append("event %s outside October 2026" % e.get("id"))
    n_ob = sum(1 for _ in check_jsonl(os.path.join(a.dir, "observations.jsonl"), ob_s, errs))
    truth = json.load(open(os.path.join(a.dir, "truth.json")))
    for k in ("networks", "hard_negative_groups", "benign_accounts"):
        if k not in truth:
            errs.append("truth: missing %s" % k)
    net_acc = set()
    for n in truth.get("networks", []):
        for k in ("id", "name", "category", "accounts", "utc_offset_hours", "prompt_language", "output_languages", "breakout"):
            if k not in n:
                errs.append("truth network %s: missing %s" % (n.get("id"), k))
        if n.get("category") not in CATEGORIES:
            errs.append("truth network %s: bad category" % n.get("id"))
        if n.get("breakout") is not None and n["breakout"] not in range(1, 7):
            errs.append("truth network %s: bad breakout" % n.get("id"))
        for x in n.get("accounts", []):
            if x not in accounts:
                errs.append("truth network %s: account %s has no events" % (n["id"], x))
            if x in net_acc:
                errs.append("account %s in two networks" % x)
            net_acc.add(x)
    hn_acc = set()
    for g in truth.get("hard_negative_groups", []):
        for x in g.get("accounts", []):
            if x not in accounts:
                errs.append("hard negative %s: account %s has no events" % (g["id"], x))
            if x in net_acc:
                errs.append("hard negative %s: account %s also in a network" % (g["id"], x))
            hn_acc.add(x)
    if truth.get("benign_accounts") != len(accounts) - len(net_acc):
        errs.append("benign_accounts %s != accounts with events (%d) - network accounts (%d)" % (truth.get("benign_accounts"), len(accounts), len(net_acc)))
    print("events=%d observations=%d accounts=%d network_accounts=%d hard_negative_accounts=%d networks=%d groups=%d"
          % (n_ev, n_ob, len(accounts), len(net_acc), len(hn_acc), len(truth.get("networks", [])), len(truth.get("hard_negative_groups", []))))
    for e in errs[:60]:
        print("ERROR", e)
    print("OK" if not errs else "FAILED (%d problems)" % len(errs))
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(main())
