#!/usr/bin/env python3
"""Validates corpus/requests.jsonl and prints its counts.

  python3 corpus/check.py [FILE] [--markdown] [--partial]

Checks every line: JSON object with exactly the expected fields, allowed values, id format and
uniqueness, label consistency (malicious -> a threat category; near-miss -> benign with
near_miss_of; ordinary -> benign without it), that the text's script fits its language, that
e-mail addresses use reserved example domains, no duplicate texts after normalisation and no
near-duplicates (character 5-gram Jaccard >= 0.8 within a language), and the minimum counts
(>= 150 per language, >= 300 for en and zh, >= 2,400 in all; --partial skips these).
Prints the language x category x kind table. Exits 1 on any problem. Standard library only.
"""
import json, re, sys, unicodedata
from collections import Counter, defaultdict

LANGS = ["zh", "ru", "ko", "fa", "es", "en", "de", "pt", "ja", "fr", "ar", "tl"]
THREATS = ["surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence",
           "employment", "scam"]
CATS = THREATS + ["benign"]
KINDS = ["malicious", "near-miss", "ordinary"]
WRITERS = [f"w{i:02d}" for i in range(1, 40)] + ["w43", "w44", "w45", "w46"]
# w25-w28: the blunt batch; w32-w35: the code batch; w36-w39: the open-persuasion batch;
# w43-w46: the work2 batch (w40-w42 are not used in this corpus)
FIELDS = {"id", "text", "category", "language", "writer", "kind", "near_miss_of", "case",
          "provenance"}
MIN_LANG = {l: 150 for l in LANGS}
MIN_LANG.update({"en": 300, "zh": 300})
MIN_TOTAL = 2400
JACCARD = 0.8
EVAL_WRITERS = {"w02", "w06", "w07", "w10", "w14", "w18"}  # the README's default evaluation writers

SCRIPT = {  # a regex the text must match at least once
    "zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff]", "ko": r"[\uac00-\ud7af]",
    "ru": r"[\u0400-\u04ff]", "fa": r"[\u0600-\u06ff]", "ar": r"[\u0600-\u06ff]",
}
LATIN = {"es", "en", "de", "pt", "fr", "tl"}
STOP = {  # frequent function words, to catch a Latin-script text labelled with the wrong language
    "en": "the and you for with this that is are please my to of in it can what how".split(),
    "es": "el la los las que de y en para por con una un es mi su como qué cómo".split(),
    "pt": "o os que de em para por com uma um é meu minha como não você pra".split(),
    "de": "der die das und ist nicht ich mit für ein eine zu den wie was bitte".split(),
    "fr": "le la les et est pas je avec pour un une des du de en que qui comment dans vous sur au mon".split(),
    "tl": "ang ng mga sa na ko mo po yung para ba ito kung lang naman ako ka".split(),
}
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
OK_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[\w-]+\.(test|example|invalid|localhost))$",
                       re.I)


def unquoted(t):
    """The text without quoted or pasted material, which is often in another language."""
    t = t.split("\n\n")[0] if "\n\n" in t else t
    return re.sub(r'"[^"]*"|«[^»]*»|“[^”]*”|„[^“”]*[“”]|「[^」]*」|\[[^\]]*\]|:\s.*$', " ", t)


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return re.sub(r"[\W_]+", " ", t).strip()


def shingles(t, n=5):
    t = re.sub(r"\s+", " ", norm(t))
    if len(t) < n:
        return {t}
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else __file__.rsplit("/", 1)[0] + "/requests.jsonl"
    markdown = "--markdown" in argv or "--update-readme" in argv
    partial = "--partial" in argv
    problems = []
    recs = []
    ids = set()
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            def bad(msg):
                problems.append(f"line {no}: {msg}")
            try:
                r = json.loads(line)
            except ValueError as e:
                bad(f"not JSON ({e})")
                continue
            if not isinstance(r, dict):
                bad("not an object"); continue
            if set(r) != FIELDS:
                bad(f"fields {sorted(set(r) ^ FIELDS)} missing or extra"); continue
            t, c, l, w, k, nm = (r[x] for x in
                                 ("text", "category", "language", "writer", "kind", "near_miss_of"))
            if not isinstance(t, str) or len(t.strip()) < 2:
                bad("empty text")
            if c not in CATS: bad(f"category {c!r}")
            if l not in LANGS: bad(f"language {l!r}")
            if w not in WRITERS: bad(f"writer {w!r}")
            if k not in KINDS: bad(f"kind {k!r}")
            if k == "malicious" and (c not in THREATS or nm is not None):
                bad("malicious needs a threat category and near_miss_of null")
            if k == "near-miss" and (c != "benign" or nm not in THREATS):
                bad("near-miss needs category benign and near_miss_of a threat category")
            if k == "ordinary" and (c != "benign" or nm is not None):
                bad("ordinary needs category benign and near_miss_of null")
            if r["case"] is not None and not (isinstance(r["case"], str)
                                              and re.fullmatch(r"[a-z0-9-]{2,40}", r["case"])):
                bad(f"case {r['case']!r} is not a short tag")
            if not (isinstance(r["provenance"], str)
                    and r["provenance"].startswith("written for Sightline (")):
                bad("provenance")
            if not re.fullmatch(r"c-[a-z]{2}-[a-z.]+-\d+", str(r["id"])):
                bad(f"id {r['id']!r}")
            elif r["id"] != r["id"] or not r["id"].startswith(f"c-{l}-{c}-"):
                bad(f"id {r['id']} does not match language/category")
            if r["id"] in ids: bad(f"duplicate id {r['id']}")
            ids.add(r["id"])
            if isinstance(t, str):
                if l in SCRIPT and not re.search(SCRIPT[l], t):
                    bad(f"{r['id']}: no {l} script in the text")
                if l in LATIN and len(re.findall(r"[A-Za-zÀ-ÿ]", t)) < 0.3 * len(re.sub(r"\s", "", t)):
                    bad(f"{r['id']}: mostly non-Latin text labelled {l}")
                if l in STOP:
                    words = re.findall(r"[a-zà-ÿ]+", unquoted(t).lower())
                    hits = {k: sum(w in v for w in words) for k, v in STOP.items()}
                    best = max(hits, key=hits.get)
                    if best != l and ((hits[best] >= 3 and hits[best] > 2 * hits[l])
                                      or (hits[best] >= 2 and hits[l] == 0)):
                        bad(f"{r['id']}: reads as {best} ({hits[best]} function words vs {hits[l]})")
                for m in EMAIL.finditer(t):
                    if not OK_DOMAIN.search(m.group(1)):
                        bad(f"{r['id']}: e-mail address outside example domains: {m.group(0)}")
            recs.append(r)

    # duplicates and near-duplicates
    seen = {}
    for r in recs:
        n = norm(r["text"])
        if n in seen:
            problems.append(f"{r['id']}: same text as {seen[n]}")
        else:
            seen[n] = r["id"]
    bylang = defaultdict(list)
    for r in recs:
        bylang[r["language"]].append((r["id"], shingles(r["text"])))
    for l, items in bylang.items():
        items.sort(key=lambda x: len(x[1]))
        for i, (ia, sa) in enumerate(items):
            for ib, sb in items[i + 1:]:
                if len(sa) < JACCARD * len(sb):
                    break  # sorted by size: Jaccard <= |a|/|b| < threshold from here on
                inter = len(sa & sb)
                if inter and inter / (len(sa) + len(sb) - inter) >= JACCARD:
                    problems.append(f"{ia} and {ib}: near-duplicates (5-gram Jaccard >= {JACCARD})")

    # counts
    lang_n = Counter(r["language"] for r in recs)
    if not partial:
        for l, m in MIN_LANG.items():
            if lang_n[l] < m:
                problems.append(f"language {l}: {lang_n[l]} requests, need {m}")
        if len(recs) < MIN_TOTAL:
            problems.append(f"{len(recs)} requests, need {MIN_TOTAL}")
        wl = defaultdict(set)
        for r in recs:
            wl[r["writer"]].add(r["language"])
        for w in WRITERS:
            if len(wl[w]) < 2:
                problems.append(f"writer {w} writes in {len(wl[w])} language(s), need several")

    if "--update-readme" in argv:
        import io, contextlib, os
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            print_table(recs, True)
        readme = os.path.join(os.path.dirname(os.path.abspath(path)), "README.md")
        text = open(readme, encoding="utf-8").read()
        a, b = "<!-- counts:begin -->", "<!-- counts:end -->"
        head, rest = text.split(a, 1)
        _, tail = rest.split(b, 1)
        kinds = Counter(r["kind"] for r in recs)
        summary = (f"{len(recs)} requests: {kinds['malicious']} malicious, {kinds['near-miss']} near "
                   f"misses, {kinds['ordinary']} ordinary.\n\nRequests per language and category "
                   f"(threat categories are malicious requests; benign is split by kind):\n\n")
        ev = [r for r in recs if r["writer"] in EVAL_WRITERS]
        evl = Counter(r["language"] for r in ev)
        split = (f"\nDefault writer split: the evaluation writers ({', '.join(sorted(EVAL_WRITERS))}) "
                 f"hold {len(ev)} of {len(recs)} requests; per language "
                 + ", ".join(f"{l} {evl[l]}" for l in sorted(LANGS, key=lambda x: evl[x])) + ".\n")
        open(readme, "w", encoding="utf-8").write(head + a + "\n" + summary + buf.getvalue() + split + b + tail)
    print_table(recs, markdown)
    for p in problems[:200]:
        print("PROBLEM:", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(recs)} requests", file=sys.stderr)
    return 0


def print_table(recs, markdown):
    cols = [(c, "malicious") for c in THREATS] + [("benign", "near-miss"), ("benign", "ordinary")]
    heads = [c for c in THREATS] + ["benign near-miss", "benign ordinary", "total"]
    cnt = Counter((r["language"], r["category"], r["kind"]) for r in recs)
    rows = []
    for l in LANGS + ["all"]:
        vals = []
        for c, k in cols:
            vals.append(sum(v for (ll, cc, kk), v in cnt.items()
                            if cc == c and kk == k and (l == "all" or ll == l)))
        rows.append([l] + vals + [sum(vals)])
    if markdown:
        print("| language | " + " | ".join(heads) + " |")
        print("| --- |" + " ---: |" * len(heads))
        for row in rows:
            print("| " + " | ".join(str(x) for x in row) + " |")
        nm = Counter(r["near_miss_of"] for r in recs if r["kind"] == "near-miss")
        print()
        print("| near miss of | " + " | ".join(THREATS) + " |")
        print("| --- |" + " ---: |" * len(THREATS))
        print("| near misses | " + " | ".join(str(nm[c]) for c in THREATS) + " |")
        wr = Counter(r["writer"] for r in recs)
        wl = defaultdict(set)
        for r in recs:
            wl[r["writer"]].add(r["language"])
        print()
        print("| writer | requests | languages |")
        print("| --- | ---: | --- |")
        for w in WRITERS:
            print(f"| {w} | {wr[w]} | {', '.join(sorted(wl[w]))} |")
    else:
        short = ["surv", "malw", "phish", "recon", "infl", "empl", "scam", "near", "ord", "total"]
        print("lang  " + " ".join(f"{h:>6}" for h in short))
        for row in rows:
            print(f"{row[0]:<5} " + " ".join(f"{x:>6}" for x in row[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
