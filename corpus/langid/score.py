"""Scores language identification: python3 score.py RESULTS.jsonl [langid.jsonl] (RESULTS from `sightline classify`)."""
import json,collections,sys
items={}
for l in open(sys.argv[2] if len(sys.argv) > 2 else 'corpus/langid/langid.jsonl'):
    o=json.loads(l); items[o['id']]=o
tot=collections.Counter(); ok=collections.Counter(); conf=collections.Counter()
for l in open(sys.argv[1]):
    r=json.loads(l); it=items[r['id']]
    k=(it['language'],it['length']); tot[k]+=1
    if r['language']==it['language']: ok[k]+=1
    else: conf[(it['language'],r['language'])]+=1
langs=sorted(set(k[0] for k in tot))
T=sum(tot.values()); O=sum(ok.values()); print('overall %.1f%% of %d'%(100*O/T,T))
users={'zh','ru','ko','fa','es','en','de','pt','ja','fr','ar','tl'}
TU=sum(v for k,v in tot.items() if k[0] in users); OU=sum(v for k,v in ok.items() if k[0] in users); print('the twelve user languages %.1f%% of %d'%(100*OU/TU,TU))
for lg in langs:
    row=[]
    for ln in ['short','medium','long']:
        n=tot[(lg,ln)]; row.append('%5.1f%%/%3d'%(100*ok[(lg,ln)]/n,n) if n else '   -')
    print(lg, *row)
print(conf.most_common(20))
