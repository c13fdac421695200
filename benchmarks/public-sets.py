#!/usr/bin/env python3
"""Scores `sightline classify` on public prompt sets that nobody on the team wrote.

Each set is read from a pinned commit of its public repository, brought here with the session
tool `fetch` (a bare git directory under --mirror, read with `git show COMMIT:PATH`). Nothing
from these sets is committed to this repository, and none of them is used for training: they
are evaluation only, so they stay unseen by the head. None is on the project's held-out list.

    python3 benchmarks/public-sets.py --bin .build/release/sightline [--mirror /work/.mirror]
        [--tier semantic|fast] [--policy FILE] [--out DIR] [--misses N]

It prints, per set, how many requests were flagged (any category) and with which categories;
with --misses N it also prints N flagged texts per benign set, so that a reader can see what the
false positives look like. Standard library only.
"""
import argparse, collections, csv, io, json, os, subprocess, sys, tempfile

SETS = {
    # name: (repository, commit, path, licence)
    "xstest": ("paul-rottger/exaggerated-safety", "d7bb5bd738c1fcbc36edd83d5e7d1b71a3e2d84d",
               "xstest_prompts.csv", "CC BY 4.0"),
    "multijail": ("DAMO-NLP-SG/multilingual-safety-for-LLMs", "577ac511437e07a256130945ef312a99158a18ad",
                  "data/MultiJail.csv", "MIT"),
    "oasst-lottery": ("LAION-AI/Open-Assistant", "f1e6ed9526f5817531f3ab85441a40b3671ddccb",
                      "model/model_eval/manual/data/prompt_lottery_en_250_text.jsonl", "Apache-2.0"),
    "oasst-en100": ("LAION-AI/Open-Assistant", "f1e6ed9526f5817531f3ab85441a40b3671ddccb",
                    "model/model_eval/manual/data/en_100_text.jsonl", "Apache-2.0"),
    "oasst-seed": ("LAION-AI/Open-Assistant", "f1e6ed9526f5817531f3ab85441a40b3671ddccb",
                   "backend/test_data/realistic/realistic_seed_data.json", "Apache-2.0"),
    "self-instruct-seed": ("yizhongw/self-instruct", "0b26ccaa415992100fa32df62d41b994cf928e23",
                           "data/seed_tasks.jsonl", "Apache-2.0"),
    "codealpaca-2k": ("sahil280114/codealpaca", "2f78ddc5c682ed6738ad092bbbfa59ba915afcb0",
                      "data/code_alpaca_2k.json", "CC BY-NC 4.0 (read here, not redistributed)"),
}

# MultiJail's tags (Anthropic red-team tags) that fall inside Sightline's categories, and the
# categories that count as right for them. The other tags (violence, hate, weapons, ...) are
# harmful but outside the taxonomy: their flag rate is printed for information only.
MULTIJAIL_OURS = {
    "Fraud & deception": {"scam", "cyber.phishing", "influence", "employment"},
    "Conspiracy theories & misinformation": {"influence"},
    "Soliciting personally identifiable information": {"surveillance", "cyber.recon"},
}
MULTIJAIL_LANGS = ["en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv"]


def show(mirror, name):
    repo, commit, path, _ = SETS[name]
    gitdir = os.path.join(mirror, repo.replace("/", "+"), "repo")
    if not os.path.isdir(gitdir):
        sys.exit(f"public-sets: {repo} is not under {mirror}; bring it with the session tool "
                 f"`fetch github:{repo}` (commit {commit})")
    out = subprocess.run(["git", "-C", gitdir, "show", f"{commit}:{path}"], capture_output=True)
    if out.returncode != 0:
        sys.exit(f"public-sets: cannot read {path} at {commit} in {gitdir}: {out.stderr.decode()}")
    return out.stdout.decode("utf-8-sig")


def load(mirror):
    """Returns a list of items: {id, text, set, group, language, tags}."""
    items = []

    def add(setname, group, text, language="en", tags=()):
        text = text.strip()
        if text:
            items.append({"id": f"{setname}-{len(items):05d}", "text": text, "set": setname,
                          "group": group, "language": language, "tags": list(tags)})

    for row in csv.DictReader(io.StringIO(show(mirror, "xstest"))):
        add("xstest", "near-miss" if row["label"] == "safe" else "unsafe", row["prompt"],
            tags=[row["type"]])
    for row in csv.DictReader(io.StringIO(show(mirror, "multijail"))):
        tags = [t.strip().strip("'\"") for t in row["tags"].strip("[]").split("', '")]
        for lang in MULTIJAIL_LANGS:
            add("multijail", "harmful", row[lang], language=lang, tags=tags)
    for name in ("oasst-lottery", "oasst-en100"):
        for line in show(mirror, name).splitlines():
            if line.strip():
                add(name, "ordinary", json.loads(line))
    for row in json.loads(show(mirror, "oasst-seed")):
        if row.get("role") == "prompter" and row.get("parent_message_id") is None:
            add("oasst-seed", "ordinary", row["text"])
    for line in show(mirror, "self-instruct-seed").splitlines():
        if line.strip():
            row = json.loads(line)
            inst = row["instruction"]
            first = (row.get("instances") or [{}])[0].get("input", "")
            add("self-instruct-seed", "ordinary", inst + ("\n\n" + first if first else ""))
    for row in json.loads(show(mirror, "codealpaca-2k")):
        add("codealpaca-2k", "ordinary-code",
            row["instruction"] + ("\n\n" + row["input"] if row.get("input") else ""))
    return items


def classify(binary, items, tier, policy, outdir):
    path = os.path.join(outdir, "public-sets-input.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "text": it["text"]}, ensure_ascii=False) + "\n")
    cmd = [binary, "classify", "--format", "json", "--input", path]
    if tier:
        cmd += ["--tier", tier]
    if policy:
        cmd += ["--policy", policy]
    out = subprocess.run(cmd, capture_output=True)
    if out.returncode != 0:
        sys.exit(f"public-sets: {' '.join(cmd)} failed: {out.stderr.decode()[-2000:]}")
    results = {}
    for line in out.stdout.decode().splitlines():
        if line.strip():
            r = json.loads(line)
            results[r["id"]] = r
    with open(os.path.join(outdir, f"public-sets-results-{tier or 'default'}.jsonl"), "wb") as f:
        f.write(out.stdout)
    return results


def pct(k, n):
    return f"{k:4d} / {n:4d} = {100.0 * k / n:5.1f}%" if n else "    -"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/sightline")
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--tier", default="")
    ap.add_argument("--policy", default="", help="a policy file for classify (default: the built-in one)")
    ap.add_argument("--out", default=tempfile.gettempdir())
    ap.add_argument("--misses", type=int, default=0)
    args = ap.parse_args()

    items = load(args.mirror)
    results = classify(args.bin, items, args.tier, args.policy, args.out)
    cat = lambda it: results[it["id"]]["category"]

    print("benign sets: flagged with any category (lower is better)")
    groups = collections.OrderedDict()
    for it in items:
        if it["group"] in ("near-miss", "ordinary", "ordinary-code"):
            groups.setdefault(it["set"], []).append(it)
    total = [0, 0]
    for name, its in groups.items():
        flagged = [it for it in its if cat(it) != "benign"]
        total[0] += len(flagged); total[1] += len(its)
        cats = collections.Counter(cat(it) for it in flagged)
        print(f"  {name:20s} {pct(len(flagged), len(its))}  {dict(sorted(cats.items()))}")
        for it in flagged[:args.misses]:
            print(f"      [{cat(it)} {results[it['id']].get('score', 0):.2f}] {it['text'][:160]!r}")
    print(f"  {'all benign':20s} {pct(*total)}")

    print("\nXSTest unsafe contrasts (harmful, mostly outside Sightline's categories): flagged any")
    uns = [it for it in items if it["set"] == "xstest" and it["group"] == "unsafe"]
    per = collections.defaultdict(list)
    for it in uns:
        per[it["tags"][0]].append(it)
    for t, its in sorted(per.items()):
        flagged = collections.Counter(cat(it) for it in its if cat(it) != "benign")
        print(f"  {t:28s} {pct(sum(flagged.values()), len(its))}  {dict(sorted(flagged.items()))}")

    print("\nMultiJail by tag and language: tags inside Sightline's categories (right category)")
    mj = [it for it in items if it["set"] == "multijail"]
    header = "  " + f"{'tag':48s}" + "".join(f"{l:>6s}" for l in MULTIJAIL_LANGS)
    print(header)
    for tag, right in MULTIJAIL_OURS.items():
        row = f"  {tag[:48]:48s}"
        for lang in MULTIJAIL_LANGS:
            its = [it for it in mj if tag in it["tags"] and it["language"] == lang]
            k = sum(1 for it in its if cat(it) in right)
            row += f"{100.0 * k / len(its):5.0f}%" if its else "     -"
        print(row + f"   (n={sum(1 for it in mj if tag in it['tags'] and it['language'] == 'en')} per language)")
    print("  other tags (outside the taxonomy), flagged with any category:")
    other = [it for it in mj if not any(t in MULTIJAIL_OURS for t in it["tags"])]
    row = f"  {'all other tags':48s}"
    for lang in MULTIJAIL_LANGS:
        its = [it for it in other if it["language"] == lang]
        k = sum(1 for it in its if cat(it) != "benign")
        row += f"{100.0 * k / len(its):5.0f}%"
    print(row + f"   (n={sum(1 for it in other if it['language'] == 'en')} per language)")


if __name__ == "__main__":
    main()
