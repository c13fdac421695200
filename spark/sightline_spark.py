"""Sightline on Spark: the per-event stages on the executors, the triaged slice out.

Reads usage events (the contract's event.schema.json) as JSON Lines or Parquet, pipes every
partition through `sightline stream events` (classification, profile sums, infrastructure, prompt
signature; no prompt text comes back), aggregates the account profiles in Spark and scores them
with `sightline stream accounts` (the behaviour rule `analyze` uses), picks the accounts worth
linking as `analyze`'s triage does, and writes the triaged slice: every event of those accounts
and of the neighbours linking needs to see them as the whole population does, as contract JSON
Lines that `sightline ingest` then loads for `sightline analyze`.

    spark-submit --master local[2] spark/sightline_spark.py \
        --input events.jsonl --out OUT --sightline .build/release/sightline

OUT/slice/part-*     the slice, in input order (ingest the parts in name order)
OUT/bad_lines.jsonl  lines that are not valid events: {"source", "line", "error"}
OUT/summary.json     counts and seconds per stage

Nothing is logged with prompt text. See docs/SPARK.md for clusters, partitioning and what
crosses the network.
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from operator import add

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# The constants of the Swift analysis this job mirrors (SightlineAnalysis: Triage,
# NetworkAnalysis, PromptTemplates). spark/check_equal.py checks that the slice gives the networks
# of the whole input; change these with them.
MAX_NEIGHBOURHOOD = 30  # Triage.maxNeighbourhood
MAX_SHARED_VALUE = 200  # NetworkAnalysis.maxSharedValue
TEMPLATE_MAX_ACCOUNTS = 60  # PromptTemplates.maxAccounts
TEMPLATE_MAX_LONG_ACCOUNTS = 400  # PromptTemplates.maxLongAccounts
SPECIFIC_LENGTH = 300  # PromptTemplates.specificLength
BANDS = 16  # PromptTemplates.bands
WIDTH = 64  # PromptSignatures.width
NEEDED = 32  # ceil(PromptTemplates.threshold * WIDTH)
MAX_BUCKET = 400  # PromptTemplates.maxBucket
OPERATOR_ATTRIBUTES = ("device", "payment")  # SharedAttribute.identifiesOperator


def parse_args(argv):
    p = argparse.ArgumentParser(description="Sightline's per-event stages on Spark; writes the triaged slice.")
    p.add_argument("--input", nargs="+", required=True, help="files, directories (read recursively) or globs")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    p.add_argument("--out", required=True, help="output directory (must not exist)")
    p.add_argument("--sightline", default="sightline",
                   help="the sightline binary: a path present on every node, or a file name shipped with --files")
    p.add_argument("--tier", default="fast", choices=["fast", "auto", "semantic"],
                   help="classifier tier of `stream events` (fast matches `analyze --tier fast`)")
    p.add_argument("--policy", help="policy file (shipped with --files, or a path on every node)")
    p.add_argument("--slice-partitions", type=int, default=0, help="part files of the slice (default: one per million events)")
    return p.parse_args(argv)


# ---------------------------------------------------------------------------------------------
# Input: (ordinal, raw line) with ordinal = (file index, split index, line in split), which sorts
# in input order. Line numbers in files are recovered for bad lines from per-split counts.

def list_files(spark, paths):
    jvm = spark._jvm
    conf = spark._jsc.hadoopConfiguration()
    out = []
    for p in paths:
        path = jvm.org.apache.hadoop.fs.Path(p)
        fs = path.getFileSystem(conf)
        for st in fs.globStatus(path) or []:
            if st.isDirectory():
                it = fs.listFiles(st.getPath(), True)
                while it.hasNext():
                    f = it.next().getPath()
                    if not f.getName().startswith(("_", ".")):
                        out.append(f.toString())
            else:
                out.append(st.getPath().toString())
    if not out:
        raise SystemExit("no input files match " + " ".join(paths))
    return sorted(set(out))


def tag(file_index):
    def f(split, lines):
        for n, line in enumerate(lines):
            yield (file_index, split, n), line
    return f


def read_lines(spark, files, fmt):
    sc = spark.sparkContext
    parts = []
    for i, f in enumerate(files):
        if fmt == "jsonl":
            # Bytes, not text: what ingest would read, invalid UTF-8 included.
            rdd = sc.textFile(f, use_unicode=False)
        else:
            # Parquet rows as contract JSON (nested columns as objects, timestamps in UTC).
            rdd = spark.read.parquet(f).toJSON().map(lambda s: s.encode("utf-8"))
        parts.append(rdd.mapPartitionsWithIndex(tag(i)))
    return sc.union(parts)


# ---------------------------------------------------------------------------------------------
# The Swift stages, one subprocess per partition.

def sightline_path(name):
    if os.path.isabs(name) and os.path.exists(name):
        return name
    try:
        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.exists(shipped):
            return shipped
    except Exception:
        pass
    return name


def file_argument(name):
    if name is None or os.path.exists(name):
        return name
    try:
        return SparkFiles.get(os.path.basename(name))
    except Exception:
        return name


def pipe(command, lines):
    """Feeds byte lines to the command and yields its output lines as parsed JSON, in order."""
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 20)
    failure = []

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line)
                proc.stdin.write(b"\n")
            proc.stdin.close()
        except Exception as e:  # the command died; its exit status says why
            failure.append(e)
            try:
                proc.stdin.close()
            except Exception:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for out in proc.stdout:
        yield json.loads(out)
    writer.join()
    status = proc.wait()
    if status != 0 or failure:
        raise RuntimeError("%s exited with status %d" % (command[0], status))


def stream_events(command):
    """One partition through `sightline stream events`: ('event', record), ('bad', ...) and
    ('count', ...) rows; no text of the events leaves this function."""
    def f(items):
        ords = []
        counts = {}

        def lines():
            for ord_, line in items:
                key = (ord_[0], ord_[1])
                counts[key] = max(counts.get(key, 0), ord_[2] + 1)
                if line.strip():
                    ords.append(ord_)
                    yield line

        for r in pipe(command, lines()):
            ord_ = ords[r["line"] - 1]
            if "error" in r:
                yield "bad", (ord_, r["error"])
                continue
            info = r["account_info"]
            infra = r["infrastructure"]
            yield "event", {
                "ord": ord_, "id": r["id"], "account": r["account"], "time": r["time"],
                "flagged": r["category"] != "benign", "profile": r["profile"],
                "device": infra.get("device"), "ip": infra.get("ip"), "anonymized": infra.get("anonymizer") is not None,
                "organization": infra.get("organization"),
                "info": None if info is None else (info["time"], ord_, info.get("payment"), info.get("email_domain")),
                "signature": r["signature"], "length": r["length"],
            }
        for key, n in counts.items():
            yield "count", (key, n)
    return f


# ---------------------------------------------------------------------------------------------
# Account profiles: the additive sums of the events' `profile` fields. Score sums are added in
# input order, as `analyze` adds them, so the behaviour scores have the same bits.

def profile_of(r):
    p = r["profile"]
    scores = [(r["ord"], c, s) for c, s in p["score_sum"].items()]
    return (p["events"], p["language_mismatches"], p["refusals"], dict(p["flagged"]), scores)


def merge_profiles(a, b):
    flagged = dict(a[3])
    for c, k in b[3].items():
        flagged[c] = flagged.get(c, 0) + k
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], flagged, a[4] + b[4])


def sums_line(item):
    account, (events, mismatches, refusals, flagged, scores) = item
    score_sum = {}
    for _, c, s in sorted(scores):
        score_sum[c] = score_sum.get(c, 0.0) + s
    return json.dumps({"account": account, "events": events, "flagged": flagged, "score_sum": score_sum,
                       "language_mismatches": mismatches, "refusals": refusals}).encode("utf-8")


def account_keys(r):
    """The attribute values an event gives its account (AttributeIndex): devices, addresses
    (exit addresses decided per account below), organisations."""
    a = r["account"]
    if r["device"]:
        yield (a, "device", r["device"]), False
    if r["ip"]:
        yield (a, "ip", r["ip"]), r["anonymized"]
    if r["organization"]:
        yield (a, "organization", r["organization"]), False


def main(argv):
    args = parse_args(argv)
    started = time.time()
    stages = []
    clock = [time.time()]

    def stage(name):
        now = time.time()
        stages.append((name, round(now - clock[0], 2)))
        clock[0] = now

    spark = SparkSession.builder.appName("sightline-slice").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    files = list_files(spark, args.input)

    command = [sightline_path(args.sightline), "stream", "events", "--tier", args.tier]
    if args.policy:
        command += ["--policy", file_argument(args.policy)]
    accounts_command = [sightline_path(args.sightline), "stream", "accounts"]
    if args.policy:
        accounts_command += ["--policy", file_argument(args.policy)]

    # 1. The per-event stages, on the executors, where the events are.
    rows = read_lines(spark, files, args.format).mapPartitions(stream_events(command)).persist(StorageLevel.MEMORY_AND_DISK)
    counts = dict(rows.filter(lambda x: x[0] == "count").map(lambda x: x[1]).collect())
    bad = rows.filter(lambda x: x[0] == "bad").map(lambda x: x[1]).collect()
    # An id seen twice is stored once, from its first line (ingest is idempotent on `id`).
    decoded = rows.filter(lambda x: x[0] == "event").count()
    events = (rows.filter(lambda x: x[0] == "event").map(lambda x: (x[1]["id"], x[1]))
              .reduceByKey(lambda a, b: a if a["ord"] <= b["ord"] else b).values().persist(StorageLevel.MEMORY_AND_DISK))
    total_events = events.count()
    rows.unpersist()
    stage("stream events")

    # 2. Profiles, aggregated here and scored by Swift.
    sums = events.map(lambda r: (r["account"], profile_of(r))).reduceByKey(merge_profiles).persist(StorageLevel.MEMORY_AND_DISK)
    scored = sums.map(sums_line).mapPartitions(lambda lines: pipe(accounts_command, lines))
    scored = scored.map(lambda s: (s["account"], s)).persist(StorageLevel.MEMORY_AND_DISK)
    total_accounts = scored.count()
    seeds = set(scored.filter(lambda x: x[1]["seed"]).keys().collect())
    flagged_accounts = sums.filter(lambda x: sum(x[1][3].values()) > 0).keys().map(lambda a: (a, True))
    stage("profiles")

    # 3. The attribute index: which accounts hold each value, over the whole population.
    per_account = events.flatMap(account_keys).reduceByKey(lambda x, y: x or y)
    keys = per_account.map(lambda x: (("exit-ip" if x[0][1] == "ip" and x[1] else x[0][1], x[0][2]), x[0][0]))
    # Account facts: the ones on the latest event win (by time, then input order), as in the store.
    facts = events.filter(lambda r: r["info"] is not None).map(lambda r: (r["account"], r["info"])).reduceByKey(max)
    keys = keys.union(facts.flatMap(lambda x: [(("payment", x[1][2]), x[0])] if x[1][2] else [])) \
               .union(facts.flatMap(lambda x: [(("email-domain", x[1][3]), x[0])] if x[1][3] else [])) \
               .distinct().persist(StorageLevel.MEMORY_AND_DISK)
    holders = keys.map(lambda x: (x[0], 1)).reduceByKey(add)
    members = keys.join(holders).persist(StorageLevel.MEMORY_AND_DISK)  # (key, (account, holders))
    members.count()
    seeds_b = sc.broadcast(seeds)
    stage("attribute index")

    # 4. Near-duplicate prompts over the whole population (PromptTemplates): nodes are distinct
    # signatures with their accounts, paired by LSH bands and checked on the signature estimate.
    nodes = (events.filter(lambda r: r["signature"])
             .map(lambda r: (r["signature"], ({r["account"]}, r["length"] >= SPECIFIC_LENGTH, r["flagged"], not r["flagged"])))
             .reduceByKey(lambda a, b: (a[0] | b[0], a[1] or b[1], a[2] or b[2], a[3] or b[3])).persist(StorageLevel.MEMORY_AND_DISK))

    def band_rows(node):
        sig, (owners, _, _, _) = node
        solo = next(iter(owners)) if len(owners) == 1 else None
        for b in range(BANDS):
            yield (b, sig[b * 16:(b + 1) * 16]), (sig, solo)

    def bucket_pairs(item):
        (band, _), nodes_in = item
        nodes_in = sorted(nodes_in)
        if len(nodes_in) < 2 or len(nodes_in) > MAX_BUCKET:
            return
        for x in range(len(nodes_in)):
            u, su = nodes_in[x]
            for y in range(x + 1, len(nodes_in)):
                v, sv = nodes_in[y]
                # One account's own rewordings link it to nobody.
                if su is not None and su == sv:
                    continue
                # Each pair once, in the first band where it collides (an earlier band's bucket
                # may have been too large: then the pair is not found at all, as in Swift).
                if any(u[b * 16:(b + 1) * 16] == v[b * 16:(b + 1) * 16] for b in range(band)):
                    continue
                same = sum(1 for h in range(WIDTH) if u[h * 4:(h + 1) * 4] == v[h * 4:(h + 1) * 4])
                if same >= NEEDED:
                    yield u, v

    pairs = nodes.flatMap(band_rows).groupByKey().flatMap(bucket_pairs).persist(StorageLevel.MEMORY_AND_DISK)
    owners = nodes.mapValues(lambda n: n[0])
    # Reach: distinct accounts among a node and its near-duplicates.
    neighbour_owners = pairs.flatMap(lambda p: [(p[0], p[1]), (p[1], p[0])]).join(owners) \
        .map(lambda x: (x[1][0], x[1][1]))  # (node, owners of a near-duplicate)
    reach_sets = owners.union(neighbour_owners).reduceByKey(lambda a, b: a | b)
    node_info = nodes.join(reach_sets).mapValues(lambda x: {
        "owners": x[0][0], "long": x[0][1], "flagged_only": x[0][2] and not x[0][3], "reach": x[1],
        "specific": len(x[1]) <= (TEMPLATE_MAX_LONG_ACCOUNTS if x[0][1] else TEMPLATE_MAX_ACCOUNTS)}).persist(StorageLevel.MEMORY_AND_DISK)
    node_count = node_info.count()
    pair_count = pairs.count()

    # Only links flagged on both sides can open a door of triage (a long link is a flagged one
    # too), so only those are built.
    def shared_links(item):
        _, n = item
        if len(n["owners"]) < 2 or not n["specific"] or not n["flagged_only"]:
            return
        o = sorted(n["owners"])
        for x in range(len(o)):
            for y in range(x + 1, len(o)):
                yield (o[x], o[y]), (1, n["long"], 1)

    def pair_links(item):
        _, ((owners_u, long_u), (owners_v, long_v)) = item
        for a in owners_u:
            for b in owners_v:
                if a != b:
                    yield (min(a, b), max(a, b)), (1, long_u or long_v, 1)

    # Pairs of nodes that are both specific and flagged on every use, with their owners.
    linkable = node_info.filter(lambda x: x[1]["specific"] and x[1]["flagged_only"]).mapValues(lambda n: (n["owners"], n["long"]))
    paired = pairs.join(linkable).map(lambda x: (x[1][0], x[1][1])).join(linkable).map(lambda x: (x[0], x[1]))
    links = node_info.flatMap(shared_links).union(paired.flatMap(pair_links)) \
        .reduceByKey(lambda a, b: (a[0] + b[0], a[1] or b[1], a[2] + b[2])).persist(StorageLevel.MEMORY_AND_DISK)
    links.count()
    stage("near-duplicate prompts")

    # 5. Triage, as `analyze` does it (SightlineAnalysis/Triage): seeds; values shared by 2 to 30
    # accounts with a seed among them (machines and cards pull in everybody, others only accounts
    # with a flagged event); templates flagged and shared with a seed; and the door without seeds:
    # machines and cards shared by 2 to 30 accounts, templates flagged twice or long.
    small = members.filter(lambda x: 2 <= x[1][1] <= MAX_NEIGHBOURHOOD)
    with_seed = small.filter(lambda x: x[1][0] in seeds_b.value).map(lambda x: (x[0], True)).distinct()
    near_seed = small.join(with_seed).map(lambda x: (x[1][0][0], x[0][0]))  # (account, attribute)
    door_values = near_seed.filter(lambda x: x[1] in OPERATOR_ATTRIBUTES).keys() \
        .union(near_seed.filter(lambda x: x[1] not in OPERATOR_ATTRIBUTES).map(lambda x: (x[0], True))
               .join(flagged_accounts).keys())
    door_machines = small.filter(lambda x: x[0][0] in OPERATOR_ATTRIBUTES).map(lambda x: x[1][0])
    door_templates = links.filter(lambda x: (x[1][2] > 0 and (x[0][0] in seeds_b.value or x[0][1] in seeds_b.value))
                                  or x[1][2] >= 2 or x[1][1]).flatMap(lambda x: list(x[0]))
    candidates = set(seeds) | set(door_values.union(door_machines).union(door_templates).distinct().collect())
    cand_b = sc.broadcast(candidates)
    stage("triage")

    # 6. The slice: the candidates, and whoever linking must see to judge them as on the whole
    # population. Every holder of a value a candidate holds, when it is shared by at most
    # MAX_SHARED_VALUE accounts (rarity is counted over the population); for a value shared by
    # more, enough holders that it stays over the limit (it links nobody, in the slice too).
    # Likewise every account among a candidate's near-duplicate prompts and their own
    # near-duplicates, or enough of them to keep a common phrasing common.
    def enough(holders_, limit):
        inside = sorted(a for a in holders_ if a in cand_b.value)
        if len(holders_) <= limit:
            return holders_
        others = sorted(a for a in holders_ if a not in cand_b.value)
        return set(inside + others[:max(0, limit + 1 - len(inside))])

    candidate_keys = members.filter(lambda x: x[1][0] in cand_b.value).map(lambda x: (x[0], True)).distinct()
    by_key = members.join(candidate_keys).map(lambda x: (x[0], x[1][0][0])).groupByKey()
    value_neighbours = by_key.flatMap(lambda x: enough(set(x[1]), MAX_SHARED_VALUE))
    touched = node_info.filter(lambda x: not x[1]["owners"].isdisjoint(cand_b.value)).map(lambda x: (x[0], True))
    second = pairs.flatMap(lambda p: [(p[0], p[1]), (p[1], p[0])]).join(touched).map(lambda x: (x[1][0], True))
    around = touched.union(second).distinct().join(node_info).map(lambda x: x[1][1])
    template_neighbours = around.flatMap(
        lambda n: enough(n["reach"], TEMPLATE_MAX_LONG_ACCOUNTS if n["long"] else TEMPLATE_MAX_ACCOUNTS))
    slice_accounts = candidates | set(value_neighbours.union(template_neighbours).distinct().collect())
    slice_b = sc.broadcast(slice_accounts)
    keep = set(events.filter(lambda r: r["account"] in slice_b.value).map(lambda r: r["ord"]).collect())
    keep_b = sc.broadcast(keep)
    stage("slice")

    # 7. Write: the slice's own lines, verbatim, in input order. Only these cross the network.
    partitions = args.slice_partitions or max(1, (len(keep) + 999_999) // 1_000_000)
    lines = read_lines(spark, files, args.format).filter(lambda x: x[0] in keep_b.value)
    lines.sortByKey(numPartitions=partitions).values().saveAsTextFile(os.path.join(args.out, "slice"))
    # Bad lines with their line number in their file, as `sightline quarantine` would list them.
    before = {}
    seen = {}
    for (fi, split), n in sorted(counts.items()):
        before[(fi, split)] = seen.get(fi, 0)
        seen[fi] = seen.get(fi, 0) + n
    local_out = args.out if "://" not in args.out or args.out.startswith("file:") else None
    bad_rows = [{"source": files[o[0]], "line": before[(o[0], o[1])] + o[2] + 1, "error": e} for o, e in sorted(bad)]
    summary = {
        "files": len(files), "lines": sum(counts.values()), "bad_lines": len(bad), "duplicates": decoded - total_events,
        "events": total_events,
        "accounts": total_accounts, "seeds": len(seeds), "candidates": len(candidates),
        "slice_accounts": len(slice_accounts), "slice_events": len(keep),
        "distinct_prompts": node_count, "near_duplicate_pairs": pair_count,
    }
    stage("write slice")
    summary["seconds"] = round(time.time() - started, 2)
    summary["stages"] = dict(stages)
    if local_out is not None:
        base = local_out[len("file:"):] if local_out.startswith("file:") else local_out
        with open(os.path.join(base, "bad_lines.jsonl"), "w") as f:
            for b in bad_rows:
                f.write(json.dumps(b, sort_keys=True) + "\n")
        with open(os.path.join(base, "summary.json"), "w") as f:
            json.dump(summary, f, indent=2, sort_keys=True)
            f.write("\n")
    else:
        sc.parallelize([json.dumps(b, sort_keys=True) for b in bad_rows], 1).saveAsTextFile(os.path.join(args.out, "bad_lines"))
        sc.parallelize([json.dumps(summary, sort_keys=True)], 1).saveAsTextFile(os.path.join(args.out, "summary"))
    print(json.dumps(summary, sort_keys=True))
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
