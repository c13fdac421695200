#!/usr/bin/env python3
"""Validate probe3.jsonl.

Checks: well-formed records with exactly the expected fields; ids unique and
of the form p3-NNNN; texts unique (also after case and whitespace folding);
expected label valid for the group; language allowed for the group; writer
tag known. Safety checks: IPv4 addresses only from 203.0.113.0/24 or
198.51.100.0/24; plain (non-defanged) domains only example.com/.net/.org
and their subdomains, or a short allowlist of well-known service endpoints
named as detection targets. Prints a count summary. Exit status 1 on errors.

Usage: python3 validate.py probe3.jsonl
"""
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict

FIELDS = ["id", "text", "group", "expected", "language", "writer"]
CATEGORIES = ["surveillance", "cyber.malware", "cyber.phishing", "cyber.recon",
              "influence", "employment", "scam", "benign"]
ALL_LANGS = {"en", "zh", "ru", "es", "ko", "de", "pt", "fr", "ja", "fa", "ar", "tl"}
WRITERS = {"terse", "formal", "nonnative", "dev", "student", "official",
           "marketer", "secpro", "casual"}
GROUPS = {
    "malicious-code": ({"cyber.malware", "cyber.phishing", "cyber.recon"}, ALL_LANGS),
    "disinformation": ({"influence"}, ALL_LANGS),
    "covert-ops": (set(CATEGORIES) - {"benign"}, ALL_LANGS),
    "defensive-security": ({"benign"}, ALL_LANGS),
    "near-miss-other": ({"benign"}, ALL_LANGS),
    "ordinary-writing-en": ({"benign"}, {"en"}),
    "ordinary-writing-zh": ({"benign"}, {"zh"}),
    "ordinary-other": ({"benign"}, {"ru", "ko", "fa", "es", "de", "pt", "ja", "fr", "ar", "tl"}),
    "ordinary-code": ({"benign"}, ALL_LANGS),
}
DOC_NETS = [ipaddress.ip_network("203.0.113.0/24"), ipaddress.ip_network("198.51.100.0/24")]
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
# A plain domain: labels joined by real dots, ending in a common TLD (defanged "[.]" never matches).
DOMAIN = re.compile(r"(?<![\w.-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|edu|gov|io|jp|de|ru|cn|uk|fr|br|co|info|biz|me|app|kr|ir|ph))(?![\w-])", re.I)
DOMAIN_ALLOW = {"api.telegram.org", "discord.com",  # named only as detection targets
                "asp.net"}  # a framework name, not a host


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: validate.py probe3.jsonl")
    errors, warnings = [], []
    ids, texts, folded = set(), {}, {}
    counts = Counter()
    by_lang = defaultdict(Counter)
    by_exp = defaultdict(Counter)
    writers = Counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"line {n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(r, dict) or sorted(r) != sorted(FIELDS):
                errors.append(f"{where}: fields must be exactly {FIELDS}")
                continue
            if not all(isinstance(r[k], str) for k in FIELDS):
                errors.append(f"{where}: all fields must be strings")
                continue
            rid = r["id"]
            where = f"line {n} ({rid})"
            if not re.fullmatch(r"p3-\d{4}", rid):
                errors.append(f"{where}: id must look like p3-0001")
            if rid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(rid)
            text = r["text"]
            if not text.strip():
                errors.append(f"{where}: empty text")
            if text in texts:
                errors.append(f"{where}: duplicate text of {texts[text]}")
            texts.setdefault(text, rid)
            key = " ".join(text.lower().split())
            if key in folded and folded[key] != texts.get(text):
                errors.append(f"{where}: text equal to {folded[key]} up to case/whitespace")
            folded.setdefault(key, rid)
            g = r["group"]
            if g not in GROUPS:
                errors.append(f"{where}: unknown group {g!r}")
            else:
                allowed_exp, allowed_lang = GROUPS[g]
                if r["expected"] not in allowed_exp:
                    errors.append(f"{where}: expected {r['expected']!r} not valid for group {g}")
                if r["language"] not in allowed_lang:
                    errors.append(f"{where}: language {r['language']!r} not allowed in group {g}")
            if r["expected"] not in CATEGORIES:
                errors.append(f"{where}: unknown category {r['expected']!r}")
            if r["writer"] not in WRITERS:
                errors.append(f"{where}: unknown writer tag {r['writer']!r}")
            for m in IPV4.finditer(text):
                try:
                    ip = ipaddress.ip_address(m.group(0))
                except ValueError:
                    continue  # version strings such as 7.13.0.1 beyond 255
                if not any(ip in net for net in DOC_NETS):
                    errors.append(f"{where}: IP {ip} outside 203.0.113.0/24 and 198.51.100.0/24")
            for m in DOMAIN.finditer(text):
                d = m.group(1).lower()
                if d in DOMAIN_ALLOW or re.search(r"(^|\.)example\.(com|net|org)$", d):
                    continue
                errors.append(f"{where}: plain domain {d!r} (use example.* or defang)")
            counts[g] += 1
            by_lang[g][r["language"]] += 1
            by_exp[g][r["expected"]] += 1
            writers[r["writer"]] += 1

    order = [g for g in GROUPS if g in counts] + sorted(g for g in counts if g not in GROUPS)
    total = sum(counts.values())
    print(f"{total} items")
    for g in order:
        langs = " ".join(f"{k}={v}" for k, v in sorted(by_lang[g].items()))
        exps = " ".join(f"{k}={v}" for k, v in sorted(by_exp[g].items()))
        print(f"  {g:<20} n={counts[g]:<4} {exps}")
        print(f"  {'':<20} {langs}")
        non_en = counts[g] - by_lang[g].get("en", 0)
        if g in ("malicious-code", "disinformation") and not (0.4 <= non_en / counts[g] <= 0.6):
            warnings.append(f"{g}: non-English share {non_en}/{counts[g]} is not about half")
    print("  writers: " + " ".join(f"{k}={v}" for k, v in sorted(writers.items())))
    for w in warnings:
        print(f"WARNING: {w}")
    for e in errors:
        print(f"ERROR: {e}")
    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
