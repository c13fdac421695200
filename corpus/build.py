#!/usr/bin/env python3
"""Builds corpus/requests.jsonl from the hand-written source files in corpus/src/.

Source format (UTF-8 text, one request per line):
  # comment
  @ cat=influence kind=malicious case=storm-2035 w=w05 [nm=cyber.malware] [lang=en]
  a request, with \\n for a line break inside it
  w07| a request by another writer than the block's default
  w06/en| a request by another writer, in another language than the file's
The file name starts with the default language code (e.g. zh-01.txt).
Ids are c-<lang>-<category>-<n>, numbered in source order: first the numbered files
(<lang>-NN.txt) in name order, then the named batches in the order they were added (BATCHES:
<lang>-pasted.txt, then <lang>-tasks.txt, then <lang>-blunt.txt, then <lang>-code.txt, then
<lang>-open.txt, then <lang>-work2.txt, each in name order), so that a
later batch never renumbers the ids of an earlier one (numbered files also hold requests in other
languages, e.g. English lines in es-01.txt and tl-01.txt). Ranking by name alone would put
"blunt" before "pasted" and "tasks"; a new named batch is appended to BATCHES (or, if it is
missing there, sorts after all listed batches by name).
Standard library only.
"""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = {
    "w01": "Lin Yue, Beijing-based academic writer",
    "w02": "Chen Wei-ting, Taipei product manager",
    "w03": "Dima, Russian-speaking developer",
    "w04": "Park Ji-hoon, Seoul office worker",
    "w05": "Shirin, Tehran translator",
    "w06": "Marisol, Mexican communicator at an NGO in Manila",
    "w07": "Tom, British security engineer",
    "w08": "Ana Paula, São Paulo small-business owner",
    "w09": "Kenji, Osaka engineer and hobbyist",
    "w10": "Karim, Franco-Iranian student in Lyon",
    "w11": "Layla, Cairo customer-support lead",
    "w12": "Joy, Manila social-media freelancer",
    "w13": "Zhang Hao, Shenzhen IoT developer",
    "w14": "Yoon Seo-yeon, Korean PhD student in Shanghai",
    "w15": "Katrin Vogel, Frankfurt compliance counsel",
    "w16": "Arash, Tehran network administrator",
    "w17": "Lucía, Rosario secondary-school teacher",
    "w18": "Rowena, Filipino nurse in Kuwait",
    "w19": "Nastya, Almaty student of Chinese and logistics clerk",
    "w20": "Mariana Sato, Brazilian-Japanese interpreter in Hamamatsu",
    "w21": "Tan Mei Ling, Singaporean trust-and-safety specialist in Seoul",
    "w22": "Yulia Ferreira, Russian subtitle translator in Porto",
    "w23": "Behnaz Rahimi, Iranian-German verification journalist in Hamburg",
    "w24": "Camille Aquino, Franco-Filipino IT analyst in Tokyo",
    "w25": "Lee Dong-hyun, Korean-Chinese PC-bang night clerk and gamer in Incheon",
    "w26": "Viktor Rusu, Moldovan project manager of remote developers in Stuttgart",
    "w27": "Jhonatan Salazar, Venezuelan BPO agent in Cebu",
    "w28": "Farid Sultani, Afghan phone-repair shop worker and web freelancer in Dubai",
    "w29": "Sebastián Zhou, Chinese-Spanish programming student in Madrid",
    "w30": "Artyom Kim, Koryo-saram backend developer in Berlin",
    "w31": "Nasrin Haddad, Iranian-Lebanese data analyst and annotation lead in Montréal",
    "w32": "Nadia Belkacem, Franco-Algerian computer-science teacher in Strasbourg",
    "w33": "Maricel Cho, Filipina coding-bootcamp student in Daejeon",
    "w34": "Lucas Wu, Chinese-Brazilian junior web developer at a São Paulo agency",
    "w35": "Armen Hovsepian, Tehran-born Armenian data and ops engineer in Tokyo",
    "w36": "Valeria Cárdenas, Colombian-Brazilian agency community manager in Curitiba",
    "w37": "Samira Dela Cruz, Iranian-Filipino campaign and civic communications staffer in Quezon City",
    "w38": "Guo Jing, Chinese tea-shop owner in Fukuoka",
    "w39": "Irina Schäfer, Russian-German PR consultant in Vienna",
    "w43": "Mikhail Brandt, Russian-German managed-IT technician in Hanover",
    "w44": "Han Ji-woo, Korean remote-hiring coordinator formerly in Dalian",
    "w45": "Leila Moradi, Iranian digital-security trainer for exiled journalists in Madrid",
    "w46": "Bruno Carvalho, Brazilian fraud analyst at a São Paulo digital bank, formerly in Macau",
}


def parse(path):
    lang0 = os.path.basename(path).split("-")[0]
    hdr = None
    out = []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@ "):
                hdr = dict(kv.split("=", 1) for kv in line[2:].split())
                continue
            if hdr is None:
                sys.exit(f"{path}:{no}: item before any @ header")
            w = hdr.get("w")
            lang = hdr.get("lang", lang0)
            m = re.match(r"^(w\d\d)(?:/([a-z]{2}))?\|\s?", line)
            if m:
                w = m.group(1)
                lang = m.group(2) or lang
                line = line[m.end():]
            text = line.replace("\\n", "\n").strip()
            kind = hdr["kind"]
            cat = hdr["cat"] if kind == "malicious" else "benign"
            out.append({
                "text": text,
                "category": cat,
                "language": lang,
                "writer": w,
                "kind": kind,
                "near_miss_of": hdr.get("nm") if kind == "near-miss" else None,
                "case": hdr.get("case"),
                "_src": f"{os.path.basename(path)}:{no}",
            })
    return out


# Blocks in src/ tag every cyber request with the brief's cyber case it is closest to. Only some of
# them really carry that case's mark, so the tag is narrowed here to those; the rest get the
# brief's general "cyber operations" case. Phishing aimed at chip firms, academics or critics is
# "targeted-phishing".
CONTINUATION = re.compile(
    r"new account|new acc|continu|same project|продолж|новый акк|вчерашн|neues konto|neues projekt"
    r"|weiter von|suite d|nouveau compte|cuenta nueva|sigo con|continua|continuação|继续|接上|昨日の続き"
    r"|別アカウント|어제|이어서|ادامه|حساب جدید|تكملة|استكمال|حساب جديد", re.I)
CHIP = re.compile(r"semicond|chip|半導体|반도체|晶圓|晶圆|芯片|台積電|台积电|halbleiter|lithograph|fab\b"
                  r"|semi-conducteur|nuclear|nucléaire|核|professor|academic|universit|journalist"
                  r"|學者|学者|教授|기자|교수|روزنامه|استاد|صحفي|أستاذ|critic|activist|فعال|ناشط", re.I)


OPED = re.compile(r"op-ed|column|article|byline|署名|评论|評論|文章|稿|columna|artículo|portal|tribune|"
                  r"meinungsartikel|leserbrief|artigo|مقال|مقاله|статья|колонк|記事|コラム|칼럼", re.I)
GERMAN = re.compile(r"german|deutsch|немец|sachsen|thüringen|brandenburg|bundes|afd|zdf|tagesschau|dpa", re.I)
BOT = re.compile(r"bot|бот|telegram|телег|posting|tweepy|telethon", re.I)


def refine_case(it):
    case, text, lang, w = it["case"], it["text"], it["language"], it["writer"]
    # influence: keep a named case only where the request carries its mark; else the brief's
    # general covert influence operations
    if case == "sponsored-discontent" and not (lang == "zh" or w == "w01" or OPED.search(text)):
        return "covert-influence"
    if case == "storm-2035" and not (lang == "fa" or w in ("w05", "w10")):
        return "covert-influence"
    if case == "helgoland-bite" and not (lang == "de" or GERMAN.search(text)):
        return "covert-influence"
    if case == "high-five" and not (lang == "tl" or w in ("w12", "w06")):
        return "covert-influence"
    if case == "bad-grammar" and not BOT.search(text):
        return "covert-influence"
    if case == "scopecreep" and not (lang == "ru" or CONTINUATION.search(text)):
        return "cyber-ops"
    if case == "korean-cyber" and not (lang == "ko" or it["writer"] == "w04"):
        return "cyber-ops"
    if case == "semiconductor-phishing":
        return "targeted-phishing" if CHIP.search(text) else "cyber-ops"
    return case


# Named batches in the order they were added, so that a new batch never renumbers an older one.
# A named batch missing from this list sorts after all of them, by name.
BATCHES = ("pasted", "tasks", "blunt", "code", "open", "work2")


def source_order(name):
    """Numbered files (first and second batch), then the named batches in the order of BATCHES."""
    if re.fullmatch(r"[a-z]{2}-\d+\.txt", name):
        return (0, 0, name)
    batch = name[3:].rsplit(".", 1)[0]
    rank = BATCHES.index(batch) if batch in BATCHES else len(BATCHES)
    return (1, rank, name)


def main():
    items = []
    for name in sorted(os.listdir(os.path.join(HERE, "src")), key=source_order):
        if name.endswith(".txt"):
            items.extend(parse(os.path.join(HERE, "src", name)))
    for it in items:
        it["case"] = refine_case(it)
    counter = defaultdict(int)
    with open(os.path.join(HERE, "requests.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            key = (it["language"], it["category"])
            counter[key] += 1
            rec = {"id": f"c-{it['language']}-{it['category']}-{counter[key]}"}
            rec.update({k: v for k, v in it.items() if not k.startswith("_")})
            persona = PERSONAS.get(it["writer"], "?")
            rec["provenance"] = f"written for Sightline ({persona})"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} requests")


if __name__ == "__main__":
    main()
