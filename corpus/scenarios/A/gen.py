#!/usr/bin/env python3
"""Independent scenario generator for Sightline evaluations.

    python3 gen.py --seed N --benign-scale F --out DIR

Writes DIR/events.jsonl, DIR/observations.jsonl and DIR/truth.json. Standard library only; the
same seed and scale give the same bytes.
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Emitter, IdMaker, Infra, srng  # noqa: E402
import benign  # noqa: E402
import ops  # noqa: E402
import hn  # noqa: E402
import observations  # noqa: E402


class World:
    pass


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--benign-scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)

    W = World()
    W.seed = args.seed
    W.infra = Infra(args.seed)
    W.ids = IdMaker(args.seed)
    W.em = Emitter(args.out, args.seed)
    W.orgs = benign.Orgs(args.seed, args.benign_scale)
    # Popular commercial VPN exits that operations share with each other, with hard-negative groups
    # and with hundreds of ordinary users.
    W.shared = dict(vpn_a=W.infra.vpn[0], vpn_b=W.infra.vpn[2], vpn_b2=W.infra.vpn[4], vpn_c=W.infra.vpn[3], h0_used=[])

    networks = []
    content = {}
    for i, fn in enumerate(ops.ALL_OPS):
        rec, cont = fn(W)
        content[rec["key"]] = cont
        rec = dict(id="net-%02d" % (i + 1), name=rec["name"], category=rec["category"], accounts=rec["accounts"],
                   utc_offset_hours=rec["utc_offset_hours"], prompt_language=rec["prompt_language"],
                   output_languages=rec["output_languages"], breakout=rec["breakout"])
        networks.append(rec)
    n_op_events = W.em.n

    groups = hn.all_groups(W, content)
    hn_content = []
    for g in groups:
        hn_content.extend(g.content)
    n_hn_events = W.em.n - n_op_events

    n_ordinary = int(round(4000 * args.benign_scale))
    api_ids = benign.api_integrations(args.seed, W.infra, W.ids, W.em, args.benign_scale)
    pop = benign.Population(args.seed, W.infra, W.ids, W.em, max(0, n_ordinary - len(api_ids)), W.orgs)
    pop_ids = pop.run()
    n_benign_events = W.em.n - n_op_events - n_hn_events

    n_obs = observations.build(args.seed, content, hn_content, os.path.join(args.out, "observations.jsonl"))
    W.em.finish()

    hard = [g.record() for g in groups]
    n_hn_accounts = sum(len(h["accounts"]) for h in hard)
    truth = dict(networks=networks, hard_negative_groups=hard, benign_accounts=len(pop_ids) + len(api_ids) + n_hn_accounts)
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if not args.quiet:
        n_net_acc = sum(len(n["accounts"]) for n in networks)
        print("events: %d (operations %d, hard negatives %d, ordinary %d)" % (W.em.n, n_op_events, n_hn_events, n_benign_events))
        print("accounts: %d in %d networks, %d in %d hard-negative groups, %d ordinary" % (
            n_net_acc, len(networks), n_hn_accounts, len(hard), len(pop_ids) + len(api_ids)))
        print("observations: %d" % n_obs)
        print("time: %.1fs" % (time.time() - t0))


if __name__ == "__main__":
    main()
