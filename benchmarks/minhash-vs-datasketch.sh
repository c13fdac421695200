#!/usr/bin/env bash
# Near-duplicate candidate generation: Sightline's MinHash + LSH against Python's datasketch
# MinHashLSH on the same shingles (64 permutations, threshold 0.5), in one run. Recall is measured
# against the pooled true pairs (exact Jaccard >= 0.5 over the shingle sets) found by either.
# datasketch gets the shingles ready-made, so its time leaves out shingling; Sightline's includes it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50000}
work=$(mktemp -d)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q datasketch
swift build -c release --product sightline-bench > /dev/null
.build/release/sightline-bench minhash --count "$count" --out "$work"
"$work/venv/bin/python" - "$work" <<'PY'
import sys, time
from datasketch import MinHash, MinHashLSH
work = sys.argv[1]
docs = [line.split() for line in open(f"{work}/shingles.txt")]
docs = [[s.encode() for s in d] for d in docs]
start = time.perf_counter()
lsh = MinHashLSH(threshold=0.5, num_perm=64)
hashes = {}
for i, d in enumerate(docs):
    if len(d) < 3:
        continue
    m = MinHash(num_perm=64)
    m.update_batch(d)
    hashes[i] = m
    lsh.insert(str(i), m)
pairs = set()
for i, m in hashes.items():
    for j in lsh.query(m):
        j = int(j)
        if j != i:
            pairs.add((min(i, j), max(i, j)))
elapsed = time.perf_counter() - start
ours = set()
for line in open(f"{work}/swift-pairs.txt"):
    if line.strip():
        a, b = map(int, line.split())
        ours.add((min(a, b), max(a, b)))
sets = [set(d) for d in docs]
def true(p):
    a, b = sets[p[0]], sets[p[1]]
    return len(a & b) / len(a | b) >= 0.5 if a and b else False
compact = set()
for line in open(f"{work}/compact-pairs.txt"):
    if line.strip():
        a, b = map(int, line.split())
        compact.add((min(a, b), max(a, b)))
truth = {p for p in pairs | ours | compact if true(p)}
print(f"datasketch MinHashLSH: {len(docs)} texts, {len(pairs)} candidate pairs, {elapsed:.2f} s, {len(docs)/elapsed:.0f} texts/s (shingles given)")
print(f"true pairs (exact Jaccard >= 0.5) found by either: {len(truth)}")
print(f"recall: sightline {len(ours & truth)/max(1,len(truth)):.3f}, datasketch {len(pairs & truth)/max(1,len(truth)):.3f}")
print(f"sightline precision {len(ours & truth)/max(1,len(ours)):.3f}, datasketch candidates that are true {len(pairs & truth)/max(1,len(pairs)):.3f}")
print(f"compact (population path): recall {len(compact & truth)/max(1,len(truth)):.3f}, precision {len(compact & truth)/max(1,len(compact)):.3f}")
PY
rm -rf "$work"
