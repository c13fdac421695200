import json, sys, collections
THREAT = {"surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"}
CATS = THREAT | {"benign"}
KINDS = {"malicious", "near-miss", "ordinary"}
GROUPS = {"malicious-code", "disinformation", "covert-ops", "defensive-security", "ordinary-writing-en",
          "ordinary-writing-zh", "ordinary-other", "near-miss-other"}
FIELDS = {"id", "text", "category", "language", "kind", "group"}
errors, ids, texts = [], set(), set()
rows = []
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "probe.jsonl", encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad json {e}"); continue
    if set(o) != FIELDS: errors.append(f"line {n}: fields {sorted(o)}")
    if not all(isinstance(o.get(k), str) for k in FIELDS): errors.append(f"line {n}: non-string field")
    if o.get("id") in ids: errors.append(f"line {n}: duplicate id {o.get('id')}")
    ids.add(o.get("id"))
    t = o.get("text", "")
    if not t.strip(): errors.append(f"line {n}: empty text")
    if t in texts: errors.append(f"line {n}: duplicate text")
    texts.add(t)
    if o.get("category") not in CATS: errors.append(f"line {n}: category {o.get('category')}")
    if o.get("kind") not in KINDS: errors.append(f"line {n}: kind {o.get('kind')}")
    if o.get("group") not in GROUPS: errors.append(f"line {n}: group {o.get('group')}")
    lang = o.get("language", "")
    if not (len(lang) == 2 and lang.isalpha() and lang.islower()): errors.append(f"line {n}: language {lang}")
    if o.get("kind") == "malicious" and o.get("category") not in THREAT:
        errors.append(f"line {n}: malicious but category {o.get('category')}")
    if o.get("kind") in ("near-miss", "ordinary") and o.get("category") != "benign":
        errors.append(f"line {n}: {o.get('kind')} but category {o.get('category')}")
    rows.append(o)
for e in errors: print("ERROR", e)
print(f"{len(rows)} lines, {len(errors)} errors")
for field in ("group", "language", "category", "kind"):
    c = collections.Counter(r[field] for r in rows)
    print(f"\n{field}:", ", ".join(f"{k} {v}" for k, v in c.most_common()))
print("\ngroup x category:")
gc = collections.Counter((r["group"], r["category"]) for r in rows)
for (g, c), v in sorted(gc.items()): print(f"  {g:22s} {c:15s} {v}")
sys.exit(1 if errors else 0)
