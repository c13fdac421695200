"""Checks that the Spark job's triaged slice gives the networks of the whole input.

Runs, in WORK:
  whole input:  sightline ingest + observe + analyze + networks --format json   (one machine)
  Spark:        spark-submit sightline_spark.py (local[2] unless --master says otherwise)
  slice:        sightline ingest of the slice + observe + analyze + networks --format json
and compares the two lists of networks: the same account sets, each with the same category.
Both analyses use the same settings (--tier fast by default: the semantic tier's budget is
spent over whatever store it runs on, so its choices differ between a store and its slice).

    python3 spark/check_equal.py --sightline .build/debug/sightline --events DIR/events.jsonl \
        --observations DIR/observations.jsonl --work /tmp/check

Exit 0 when equal, 1 with the differences otherwise. Prints no prompt text.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, **kwargs):
    started = time.time()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit("failed (%d): %s" % (result.returncode, " ".join(command)))
    return result.stdout, time.time() - started


def analyse(sightline, db, events, observations, analyze_args):
    _, ingest_seconds = run([sightline, "ingest", "--db", db, "--format", "json"] + events)
    if observations:
        run([sightline, "observe", "--db", db, observations])
    _, analyze_seconds = run([sightline, "analyze", "--db", db] + analyze_args)
    out, _ = run([sightline, "networks", "--db", db, "--format", "json"])
    return json.loads(out)["networks"], ingest_seconds + analyze_seconds


def shape(networks):
    return {tuple(sorted(n["accounts"])): n["category"] for n in networks}


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sightline", required=True, help="the sightline binary")
    p.add_argument("--events", required=True, nargs="+", help="usage events (JSON Lines)")
    p.add_argument("--observations", help="external observations, loaded into both stores")
    p.add_argument("--work", required=True, help="a directory for the stores and the slice (replaced)")
    p.add_argument("--spark-submit", default="spark-submit")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--analyze-args", default="--tier fast", help="settings for both analyses")
    args = p.parse_args(argv)

    sightline = os.path.abspath(args.sightline)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    analyze_args = args.analyze_args.split()

    whole, whole_seconds = analyse(sightline, os.path.join(args.work, "whole.sqlite"), args.events, args.observations, analyze_args)

    out = os.path.join(args.work, "spark")
    started = time.time()
    job, _ = run([args.spark_submit, "--master", args.master, os.path.join(HERE, "sightline_spark.py"),
                  "--input"] + [os.path.abspath(e) for e in args.events] + ["--out", out, "--sightline", sightline])
    spark_seconds = time.time() - started
    summary = json.loads(job.strip().splitlines()[-1])
    parts = sorted(glob.glob(os.path.join(out, "slice", "part-*")))
    part, slice_seconds = analyse(sightline, os.path.join(args.work, "slice.sqlite"), parts, args.observations, analyze_args)

    a, b = shape(whole), shape(part)
    print("whole input: %d events, %d networks (%d accounts); ingest and analyze %.1f s"
          % (summary["events"], len(a), sum(len(k) for k in a), whole_seconds))
    print("spark job: %d accounts scored, %d seeds, %d candidates; slice of %d accounts, %d events (%.1f%% of the events); %.1f s"
          % (summary["accounts"], summary["seeds"], summary["candidates"], summary["slice_accounts"], summary["slice_events"],
             100.0 * summary["slice_events"] / max(1, summary["events"]), spark_seconds))
    print("slice: %d networks (%d accounts); ingest and analyze %.1f s" % (len(b), sum(len(k) for k in b), slice_seconds))
    if a == b:
        print("networks equal: %d networks, the same accounts and categories" % len(a))
        return 0
    for k in sorted(set(a) - set(b)):
        print("only in the whole input's analysis: %s %s" % (a[k], ",".join(k)))
    for k in sorted(set(b) - set(a)):
        print("only in the slice's analysis: %s %s" % (b[k], ",".join(k)))
    for k in sorted(set(a) & set(b)):
        if a[k] != b[k]:
            print("category differs: %s vs %s for %s" % (a[k], b[k], ",".join(k)))
    print("networks differ")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
