#!/usr/bin/env python3
"""Check probe5.jsonl record by record and print a table of groups x languages.

Checks:
  - probe5.jsonl matches what build.py makes from src/ (no stale file);
  - every record has id, text, group, expected, language, writer, source (strings);
  - ids are unique and well formed; groups are the ones corpus/probe3/score.py knows;
  - expected is a category id from shared/contract/CLI.md and fits the group
    (malicious-code: cyber.*; disinformation: influence; covert-ops: any threat
    category; the benign groups: benign);
  - languages are ISO 639-1 codes from the list below and fit the group
    (ordinary-writing-en: en; ordinary-writing-zh: zh; ordinary-other: neither);
  - the text's script fits its language, Han and Hangul weighted as a few letters each
    (CJK for zh/ja, Hangul for ko, Arabic
    script for ar/fa, Cyrillic for ru/uk, Devanagari for hi, Latin for the rest);
  - lengths: at least 6 words (at least 8 characters for zh/ja), at most 2,000 characters;
  - no duplicates: exact, after folding case/digits/punctuation, or with a word
    overlap of 0.8 or more between two items;
  - safety: URLs, e-mail addresses and host names only under example.com/.net/.org,
    IPv4 addresses only in 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (and 127.0.0.1);
  - writer tags look like p5-name-role;
  - counts per group are near the targets and English is about 55%.
Exit status 1 when a check fails (warnings do not fail). Standard library only.

Later probes (probe6, probe7) run these checks through `main`, with their own folder, language
list, targets and shares, and probe 7 with its report of long items and writers.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

GROUPS = ["malicious-code", "disinformation", "covert-ops", "defensive-security",
          "near-miss-other", "ordinary-writing-en", "ordinary-writing-zh",
          "ordinary-other", "ordinary-code"]
CATEGORIES = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon",
              "influence", "employment", "scam", "benign"}
LANGS = {"en", "zh", "ru", "ko", "fa", "es", "ar", "de", "pt", "ja", "fr", "tl",
         "vi", "tr", "id", "uk", "hi", "sw", "it", "pl", "nl"}
TARGETS = {"malicious-code": 130, "disinformation": 80, "covert-ops": 100,
           "defensive-security": 100, "near-miss-other": 100, "ordinary-writing-en": 60,
           "ordinary-writing-zh": 50, "ordinary-other": 60, "ordinary-code": 50}
FIELDS = ("id", "text", "group", "expected", "language", "writer", "source")
SCRIPT = {"zh": "cjk", "ja": "cjk", "ko": "hangul", "ar": "arabic", "fa": "arabic",
          "ru": "cyrillic", "uk": "cyrillic", "hi": "devanagari", "th": "thai"}
DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
OK_DOMAINS = ("example.com", "example.net", "example.org")


def score_groups():
    """Group names from probe3's scorer when it is there (else the list above)."""
    path = os.path.join(HERE, "..", "probe3", "score.py")
    try:
        src = open(path, encoding="utf-8").read()
    except OSError:
        return GROUPS
    m = re.search(r"GROUP_ORDER\s*=\s*\[(.*?)\]", src, re.S)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else GROUPS


def script_share(text):
    c = Counter()
    for ch in text:
        if not ch.isalpha():
            continue
        o = ord(ch)
        name = unicodedata.name(ch, "")
        if 0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF:
            c["cjk"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            c["hangul"] += 1
        elif 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF:
            c["arabic"] += 1
        elif 0x0400 <= o <= 0x04FF:
            c["cyrillic"] += 1
        elif 0x0900 <= o <= 0x097F:
            c["devanagari"] += 1
        elif 0x0E00 <= o <= 0x0E7F:
            c["thai"] += 1
        elif name.startswith("LATIN"):
            c["latin"] += 1
        else:
            c["other"] += 1
    return c


def fold(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[\d\W_]+", "", t)
    return t


def words(text):
    toks = re.findall(r"\w+", text.lower())
    if len(toks) < 4:  # CJK: use character bigrams
        s = re.sub(r"\W+", "", text)
        toks = [s[i:i + 2] for i in range(len(s) - 1)]
    return set(toks)


def main(build=build, langs=LANGS, targets=TARGETS, english=(0.48, 0.62, "55%"), mc_en_least=(75, "at least 75 asked"),
         long_items_and_writers=False):
    """`build`: the probe's build module (records, OUT, render, SourceError); `english`: the
    share's band and its aim; `mc_en_least`: the English malicious-code items asked."""
    errors, warnings = [], []
    file = os.path.basename(build.OUT)
    prefix = "p" + file[len("probe"):-len(".jsonl")]
    try:
        recs = build.records()
    except build.SourceError as e:
        sys.exit(f"validate.py: {e}")
    try:
        with open(build.OUT, encoding="utf-8") as f:
            on_disk = f.read()
    except FileNotFoundError:
        sys.exit(f"validate.py: {file} missing; run python3 build.py")
    if on_disk != build.render(recs):
        errors.append(f"{file} is stale: run python3 build.py")
    disk = [json.loads(l) for l in on_disk.splitlines() if l.strip()]

    known_groups = set(score_groups())
    seen_ids, seen_exact, seen_fold = {}, {}, {}
    for r in disk:
        where = r.get("source", r.get("id", "?"))
        for k in FIELDS:
            if not isinstance(r.get(k), str) or not r.get(k):
                errors.append(f"{where}: field {k!r} missing or not a string")
        if errors and errors[-1].startswith(where + ": field"):
            continue
        rid, text, g, exp, lang = r["id"], r["text"], r["group"], r["expected"], r["language"]
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        seen_ids[rid] = where
        if not re.fullmatch(prefix + r"-[a-z]{2}-\d{3}", rid):
            errors.append(f"{where}: malformed id {rid}")
        if g not in known_groups:
            errors.append(f"{where}: group {g!r} unknown to probe3/score.py")
        if exp not in CATEGORIES:
            errors.append(f"{where}: label {exp!r} is not a category id")
        if g == "malicious-code" and not exp.startswith("cyber."):
            errors.append(f"{where}: malicious-code item labelled {exp}")
        if g == "disinformation" and exp != "influence":
            errors.append(f"{where}: disinformation item labelled {exp}")
        if g == "covert-ops" and exp == "benign":
            errors.append(f"{where}: covert-ops item labelled benign")
        if g not in ("malicious-code", "disinformation", "covert-ops") and exp != "benign":
            errors.append(f"{where}: benign group {g} with label {exp}")
        if lang not in langs:
            errors.append(f"{where}: language {lang!r} not in the list")
        if g == "ordinary-writing-en" and lang != "en":
            errors.append(f"{where}: ordinary-writing-en item in {lang}")
        if g == "ordinary-writing-zh" and lang != "zh":
            errors.append(f"{where}: ordinary-writing-zh item in {lang}")
        if g == "ordinary-other" and lang in ("en", "zh"):
            errors.append(f"{where}: ordinary-other item in {lang}")
        if not re.fullmatch(prefix + r"-[a-z]+(-[a-z0-9]+)+", r["writer"]):
            errors.append(f"{where}: writer tag {r['writer']!r} malformed")
        # script
        sc = script_share(text)
        # a Han character or Hangul syllable carries about as much as a few Latin letters
        weight = {"cjk": 3, "hangul": 2}
        w = {k: v * weight.get(k, 1) for k, v in sc.items()}
        total = sum(w.values()) or 1
        want = SCRIPT.get(lang, "latin")
        share = w.get(want, 0) / total
        if lang == "ja" and not any(0x3040 <= ord(ch) <= 0x30FF for ch in text):
            errors.append(f"{where}: ja item without kana")
        if lang == "zh" and any(0x3040 <= ord(ch) <= 0x30FF for ch in text):
            errors.append(f"{where}: zh item with kana")
        if share < 0.35:
            errors.append(f"{where}: only {share:.0%} of letters in {want} script for {lang}")
        # length
        n_words = len(re.findall(r"\w+", text))
        if lang in ("zh", "ja", "th"):
            if len(re.sub(r"\s", "", text)) < 8:
                errors.append(f"{where}: too short")
        elif n_words < 6:
            errors.append(f"{where}: fewer than 6 words")
        if len(text) > 2000:
            errors.append(f"{where}: longer than 2,000 characters ({len(text)})")
        # duplicates
        f = fold(text)
        if text in seen_exact:
            errors.append(f"{where}: exact duplicate of {seen_exact[text]}")
        elif f in seen_fold:
            errors.append(f"{where}: same as {seen_fold[f]} apart from case, digits or punctuation")
        seen_exact.setdefault(text, where)
        seen_fold.setdefault(f, where)
        # safety
        for m in re.finditer(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", text):
            ip = m.group(0)
            if all(int(x) <= 255 for x in m.groups()) and not ip.startswith(DOC_NETS) \
                    and ip not in ("127.0.0.1", "0.0.0.0"):
                errors.append(f"{where}: IPv4 address outside the documentation ranges: {ip}")
        for m in re.finditer(r"(?i)\b(?:https?://|www\.)([^\s/\"'<>)\]]+)", text):
            host = m.group(1).split(":")[0].rstrip(".,;").lower()
            if not (host in OK_DOMAINS or host.endswith(tuple("." + d for d in OK_DOMAINS))
                    or host.startswith(DOC_NETS) or host in ("localhost", "127.0.0.1")):
                errors.append(f"{where}: URL host not under example.*: {host}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            host = m.group(1).lower()
            if not (host in OK_DOMAINS or host.endswith(tuple("." + d for d in OK_DOMAINS))):
                errors.append(f"{where}: e-mail address outside example.*: {m.group(0)}")
        for m in re.finditer(r"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ru|cn|xyz|top|info|co)\b", text):
            host = m.group(0).lower()
            if not (host in OK_DOMAINS or host.endswith(tuple("." + d for d in OK_DOMAINS))):
                warnings.append(f"{where}: host-like name {host} (check it is invented)")

    # near duplicates (word overlap)
    sets = [(r["source"], words(r["text"])) for r in disk]
    for i in range(len(sets)):
        wi = sets[i][1]
        if len(wi) < 5:
            continue
        for j in range(i + 1, len(sets)):
            wj = sets[j][1]
            if len(wj) < 5:
                continue
            inter = len(wi & wj)
            if inter and inter / len(wi | wj) >= 0.8:
                errors.append(f"{sets[j][0]}: near duplicate of {sets[i][0]} "
                              f"(word overlap {inter / len(wi | wj):.2f})")

    # table
    table = defaultdict(Counter)
    labels = defaultdict(Counter)
    writers = defaultdict(set)
    for r in disk:
        table[r["group"]][r["language"]] += 1
        labels[r["group"]][r["expected"]] += 1
        writers[r["group"]].add(r["writer"])
    langs = sorted({r["language"] for r in disk}, key=lambda l: (l != "en", l != "zh", l))
    head = f"{'group':<22}" + "".join(f"{l:>5}" for l in langs) + f"{'total':>7}{'target':>7}{'writers':>8}"
    print(head)
    print("-" * len(head))
    col = Counter()
    for g in GROUPS:
        row = table.get(g, Counter())
        col.update(row)
        tot = sum(row.values())
        print(f"{g:<22}" + "".join(f"{row[l] if row[l] else '.':>5}" for l in langs)
              + f"{tot:>7}{targets[g]:>7}{len(writers[g]):>8}")
        t = targets[g]
        if tot and not (0.85 * t <= tot <= 1.2 * t):
            warnings.append(f"group {g}: {tot} items, target about {t}")
    print("-" * len(head))
    n = len(disk)
    print(f"{'total':<22}" + "".join(f"{col[l]:>5}" for l in langs) + f"{n:>7}{sum(targets.values()):>7}"
          f"{len({r['writer'] for r in disk}):>8}")
    print()
    print("labels per group:")
    for g in GROUPS:
        if labels[g]:
            print(f"  {g:<22} " + ", ".join(f"{k} {v}" for k, v in sorted(labels[g].items())))
    if n:
        en = col["en"] / n
        print(f"\nEnglish share: {en:.1%}")
        if not english[0] <= en <= english[1]:
            warnings.append(f"English share {en:.1%}, aim about {english[2]}")
    mc_en = table["malicious-code"]["en"]
    if table["malicious-code"] and mc_en < mc_en_least[0]:
        warnings.append(f"malicious-code has {mc_en} English items ({mc_en_least[1]})")
    oo_langs = len(table["ordinary-other"])
    if table["ordinary-other"] and oo_langs < 10:
        warnings.append(f"ordinary-other spans {oo_langs} languages (ten asked)")
    lens = sorted(len(r["text"]) for r in disk)
    if lens:
        print(f"lengths: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]} characters")
        if long_items_and_writers:
            over = sum(1 for x in lens if x > 400)
            print(f"items over 400 characters: {over}")
            if n >= 600 and over < 60:
                warnings.append(f"only {over} items over 400 characters (60 asked)")
    wc = Counter(r["writer"] for r in disk)
    if long_items_and_writers and wc:
        mid = sum(1 for v in wc.values() if 4 <= v <= 8)
        print(f"writers: {len(wc)}; with 4-8 items: {mid}; max items for one writer: {max(wc.values())}")
        one = [w for w, v in wc.items() if v < 3]
        if n >= 600 and one:
            warnings.append(f"{len(one)} writers with fewer than 3 items: {', '.join(sorted(one)[:10])}")
        big = [w for w, v in wc.items() if v > 10]
        if big:
            warnings.append(f"writers with more than 10 items: {', '.join(sorted(big))}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"\n{n} records, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
