#!/usr/bin/env python3
"""The semantic tier's flag threshold, swept on sets nobody on the team wrote and on the blind probes.

usage: benchmarks/threshold-sweep.py [--bin B] [--mirror DIR] [--probe FILE ...] [--out DIR]

It prints the policy (`sightline policy`), sets its `thresholds.semantic` to 0.01 so that every
prompt comes back with its best threat category and that category's score, classifies each set
once, and then applies each threshold to the scores: a prompt is flagged when its best score
reaches it. So one run of the classifier gives the whole curve. The public sets are read as
`benchmarks/public-sets.py` reads them (pinned commits in fetched mirrors); a probe is a
`probe*.jsonl` file in the format of `corpus/probe2` (group, expected). Rates:
- benign public sets, and a probe's benign groups: flagged with any category (lower is better);
- a probe's malicious-code group: any cyber.* category; its other malicious groups: the expected one;
- MultiJail's in-taxonomy tags: a right category, as in public-sets.py (informative).
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]
PROBE_MALICIOUS = {"malicious-code", "disinformation", "covert-ops"}


def public_sets():
    spec = importlib.util.spec_from_file_location("public_sets", os.path.join(HERE, "public-sets.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def classify(ps, binary, policy, items, outdir):
    """public-sets.py's classify, on the semantic tier: (category, best threat score) by id."""
    results = {}
    for rid, r in ps.classify(binary, items, "semantic", policy, outdir).items():
        # With the threshold at 0.01 a prompt left benign scored under it: its best threat is ~0.
        results[rid] = (r["category"], 0.0 if r["category"] == "benign" else r["score"])
    return results


def flagged(result, t):
    category, best = result
    return category if best >= t else "benign"


def row(label, rates):
    return f"  {label:34s}" + "".join(f"{r:7s}" for r in rates)


def pct(k, n):
    return f"{100.0 * k / n:5.1f}%" if n else "    -"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/sightline")
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--probe", action="append", default=[], help="a probe*.jsonl file (repeatable)")
    ap.add_argument("--no-public", action="store_true", help="only the probes")
    ap.add_argument("--out", default=tempfile.gettempdir())
    ap.add_argument("--policy", help="start from this policy file instead of the shipped one (`sightline policy`)")
    args = ap.parse_args()

    if args.policy:
        with open(args.policy, encoding="utf-8") as f:
            policy = f.read()
    else:
        policy = subprocess.run([args.bin, "policy"], capture_output=True, check=True).stdout.decode()
    low, n = re.subn(r"(?m)^(  semantic: )[0-9.]+$", r"\g<1>0.01", policy)
    if n != 1:
        sys.exit("threshold-sweep: the policy has no thresholds.semantic line to change")
    policy_path = os.path.join(args.out, "sweep-policy.yaml")
    with open(policy_path, "w", encoding="utf-8") as f:
        f.write(low)

    ps = public_sets()
    print("threshold (semantic tier)        " + "".join(f"{t:7.2f}" for t in THRESHOLDS))
    for probe in args.probe:
        items = [json.loads(l) for l in open(probe, encoding="utf-8") if l.strip()]
        res = classify(ps, args.bin, policy_path, items, args.out)
        print(f"{probe} (detection rate for malicious groups, flagged any for benign ones)")
        groups = collections.OrderedDict()
        for it in sorted(items, key=lambda it: (it["group"] not in PROBE_MALICIOUS, it["group"])):
            groups.setdefault(it["group"], []).append(it)
        for g, its in groups.items():
            rates = []
            for t in THRESHOLDS:
                cats = [flagged(res[it["id"]], t) for it in its]
                if g == "malicious-code":
                    k = sum(c.startswith("cyber.") for c in cats)
                elif g in PROBE_MALICIOUS:
                    k = sum(c == it["expected"] for c, it in zip(cats, its))
                else:
                    k = sum(c != "benign" for c in cats)
                rates.append(pct(k, len(its)))
            print(row(f"{g} (n={len(its)})", rates))

    if args.no_public:
        return
    items = ps.load(args.mirror)
    res = classify(ps, args.bin, policy_path, items, args.out)
    print("public sets (flagged any; lower is better)")
    benign = [it for it in items if it["group"] in ("near-miss", "ordinary", "ordinary-code")]
    sets = collections.OrderedDict()
    for it in benign:
        sets.setdefault(it["set"], []).append(it)
    sets["all benign"] = benign
    for name, its in sets.items():
        rates = [pct(sum(flagged(res[it["id"]], t) != "benign" for it in its), len(its)) for t in THRESHOLDS]
        print(row(f"{name} (n={len(its)})", rates))
    print("MultiJail in-taxonomy tags, all languages (right category; higher is better)")
    mj = [it for it in items if it["set"] == "multijail"]
    for tag, right in ps.MULTIJAIL_OURS.items():
        its = [it for it in mj if tag in it["tags"]]
        rates = [pct(sum(flagged(res[it["id"]], t) in right for it in its), len(its)) for t in THRESHOLDS]
        print(row(f"{tag[:26]} (n={len(its)})", rates))
    other = [it for it in mj if not any(t in ps.MULTIJAIL_OURS for t in it["tags"])]
    rates = [pct(sum(flagged(res[it["id"]], t) != "benign" for it in other), len(other)) for t in THRESHOLDS]
    print(row(f"other MultiJail tags, any (n={len(other)})", rates))


if __name__ == "__main__":
    main()
