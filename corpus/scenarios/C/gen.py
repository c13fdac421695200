#!/usr/bin/env python3
"""Scenario C generator: usage logs with hidden operations, hard negatives and an ordinary population.

python3 gen.py --seed N --benign-scale F --out DIR
"""
import argparse
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Ctx  # noqa: E402
import benign  # noqa: E402
import hardneg  # noqa: E402
import ops_io  # noqa: E402
import ops_cyber  # noqa: E402
import ops_other  # noqa: E402

OPERATIONS = [ops_io.lantern_chorus, ops_io.saffron_relay, ops_io.harbor_static, ops_io.kilig_desk,
              ops_cyber.quiet_ledger, ops_cyber.tin_ladder, ops_cyber.granite_survey, ops_cyber.wafer_bait, ops_cyber.bent_key,
              ops_other.second_desk, ops_other.jade_tide, ops_other.counsel_mirage]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--benign-scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    t0 = time.time()
    ctx = Ctx(random.Random(a.seed), a.benign_scale)
    benign.build_shared(ctx)
    for op in OPERATIONS:
        op(ctx)
    hardneg.build(ctx)
    benign.generate(ctx)

    os.makedirs(a.out, exist_ok=True)
    ctx.events.sort()
    ctx.observations.sort(key=lambda o: (o["time"], o["id"]))
    with open(os.path.join(a.out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, _, line in ctx.events:
            f.write(line)
            f.write("\n")
    with open(os.path.join(a.out, "observations.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in ctx.observations:
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    truth = {"networks": ctx.networks, "hard_negative_groups": ctx.hard_negatives, "benign_accounts": ctx.benign_count}
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_acc = len(ctx.accounts_seen)
    print("events=%d observations=%d accounts=%d networks=%d network_accounts=%d hard_negative_groups=%d benign_accounts=%d seconds=%.1f"
          % (len(ctx.events), len(ctx.observations), n_acc, len(ctx.networks), sum(len(n["accounts"]) for n in ctx.networks),
             len(ctx.hard_negatives), ctx.benign_count, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
