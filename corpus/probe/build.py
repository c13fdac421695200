"""Build probe.jsonl from the hand-written sources in src/ (one record per '== lang [category]' header)."""
import json, glob

KIND = {"malicious-code": "malicious", "disinformation": "malicious", "covert-ops": "malicious",
        "defensive-security": "near-miss", "near-miss-other": "near-miss",
        "ordinary-writing-en": "ordinary", "ordinary-writing-zh": "ordinary", "ordinary-other": "ordinary"}

records = []
for path in sorted(glob.glob("src/*.txt")):
    group, cur = None, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@group "):
            group = line.split()[1]
        elif line.startswith("== "):
            if cur: records.append(cur)
            parts = line[3:].split()
            lang = parts[0]
            cat = parts[1] if len(parts) > 1 else "benign"
            cur = {"group": group, "language": lang, "category": cat, "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur: records.append(cur)

with open("probe.jsonl", "w", encoding="utf-8") as out:
    for i, r in enumerate(records, 1):
        text = "\n".join(r["lines"]).strip()
        obj = {"id": f"p-{i:03d}", "text": text, "category": r["category"], "language": r["language"],
               "kind": KIND[r["group"]], "group": r["group"]}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(records), "records written")
