"""Off-platform observations: posts found elsewhere that reproduce model outputs with light edits,
plus unrelated posts. Engagement is written to fit each influence operation's intended Breakout
Scale category."""
import json
import re

from core import T0, TEND, hexs, iso, srng

NEWS_OUTLETS = [("El Heraldo del Pacífico", "heraldodelpacifico.pe"), ("Diario La Cumbre", "diariolacumbre.bo"), ("Nuevo Siglo Andino", "nuevosigloandino.com"),
                ("La Voz Austral", "lavozaustral.cl"), ("Revista Horizonte Sur", "horizontesur.com.ar")]
OUTSIDE_HANDLES = ["@analista_lima", "@radio_andina", "@pedro_c_econ", "@marisolq", "@cuentas_claras_pe", "@debate_sur", "@tita.mendoza",
                   "@kuya_jun", "@marites_ng_bayan", "@ate_lorna", "@bisdak_boy", "@jhenny.reyes", "@tito_ramon", "@ph_daily_scroll", "@lakwatsera_22"]
NOISE = [
    ("x", "en", "Can't believe it's already September. Where did the summer go?"), ("x", "en", "new coffee place on 5th is actually great, go"),
    ("instagram", "es", "Domingo de paella con la familia 🥘❤️"), ("facebook", "pt", "Alguém sabe se o posto da Av. Brasil voltou a funcionar?"),
    ("telegram", "ru", "Кто-нибудь знает, работает ли сегодня МФЦ на Ленина?"), ("x", "de", "Die Bahn hat heute mal wieder 40 Minuten Verspätung. Überraschung."),
    ("reddit", "en", "Anyone else's landlord raising rent by 15% this year? Is that even legal in my state?"), ("tiktok", "tl", "Grabe ang traffic sa EDSA ngayon 😩"),
    ("facebook", "tl", "Salamat po sa lahat ng bumati sa birthday ko! 🎂"), ("x", "fa", "امروز هم برق رفت، دیگه عادت کردیم"),
    ("instagram", "fa", "عصر پاییزی تهران 🍂"), ("vk", "ru", "Продаю детскую коляску, почти новая, недорого."), ("x", "es", "¿Alguien más sin luz en Miraflores?"),
    ("telegram", "ru", "Утренний кофе и дождь за окном."), ("facebook", "en", "Lost cat near Elm Street, grey with white paws, please call if seen"),
    ("x", "en", "Honestly the new season is mid"), ("youtube", "es", "Receta fácil de arroz con leche en 10 minutos"), ("x", "ja", "今日のランチ美味しかった"),
    ("x", "ko", "출근길 지하철 너무 붐빈다"), ("news", "es", "El ayuntamiento anuncia obras en la avenida principal a partir de octubre."),
    ("x", "en", "Voting early this year, lines were short at the library"), ("instagram", "de", "Sonntagsspaziergang am See 🌿"),
    ("telegram", "de", "Heute Abend Stammtisch wie immer um 19 Uhr."), ("x", "sw", "Leo mvua imenyesha sana Nairobi"),
]


def strip_num(s):
    return re.sub(r"^\s*\d+\.\s*", "", s)


def light_edit(rng, text):
    t = strip_num(text)
    r = rng.random()
    if "—" in t and rng.random() < 0.7:
        t = t.replace(" —", ",").replace("— ", " ").replace("—", ",")
    if r < 0.2:
        t = t.rstrip(".!") + "!"
    elif r < 0.35 and len(t) > 40:
        t = t[0].lower() + t[1:]
    elif r < 0.5:
        t = t + rng.choice([" 🙏", " 💯", " 🤷", "", " #truth"])
    return t


class Obs:
    def __init__(self, seed):
        self.rng = srng(seed, "observations")
        self.items = []

    def add(self, ts, platform, text, author, community=None, language=None, url=None, eng=None, authentic=None, reposted=None,
            public_figure=None, policy=None, violence=None):
        ts = min(max(ts, T0 + 60), TEND + 20 * 86400)
        o = {"id": "obs-" + hexs(self.rng, 16), "time": iso(ts), "platform": platform}
        if url:
            o["url"] = url
        o["author"] = author
        if community:
            o["community"] = community
        if language:
            o["language"] = language
        o["text"] = text
        if eng:
            o["engagement"] = eng
        if authentic is not None:
            o["authentic_engagement"] = authentic
        if reposted:
            o["reposted_by"] = reposted
        if public_figure is not None:
            o["amplified_by_public_figure"] = public_figure
        if policy is not None:
            o["policy_response"] = policy
        if violence is not None:
            o["calls_for_violence"] = violence
        self.items.append((ts, o))

    def write(self, path):
        self.items.sort(key=lambda x: (x[0], x[1]["id"]))
        with open(path, "w", encoding="utf-8") as f:
            for ts, o in self.items:
                f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
        return len(self.items)


def pick_unique(rng, items, k):
    seen = []
    out = []
    idx = list(range(len(items)))
    rng.shuffle(idx)
    for i in idx:
        t = items[i][1]
        if t in seen:
            continue
        seen.append(t)
        out.append(items[i])
        if len(out) >= k:
            break
    return sorted(out, key=lambda x: (x[0], x[1]))


def build(seed, content, hn_content, path):
    ob = Obs(seed)
    rng = ob.rng
    # N1: Spanish columns placed in mainstream regional outlets (category 4), plus low-traction X posts.
    arts = [c for c in content.get("N1", []) if c[2] == "article_es"]
    for ts, text, kind, aid in pick_unique(rng, arts, 8):
        name, dom = NEWS_OUTLETS[rng.randrange(len(NEWS_OUTLETS))]
        lines = text.split("\n\n")
        title = lines[0]
        body = "\n\n".join(l for l in lines[1:] if not l.startswith("Por "))
        byline = [l for l in lines if l.startswith("Por ")]
        author = byline[0][4:] if byline else rng.choice(["Ricardo Saavedra Luna", "Mariela Quispe Torres", "Hernán Villaverde"])
        body = light_edit(rng, body)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower())[:60].strip("-")
        ob.add(ts + rng.randint(8, 40) * 3600, "news", title + "\n\n" + body, author, community=name, language="es",
               url="https://www.%s/opinion/%s" % (dom, slug), eng={"views": rng.randint(4000, 65000), "shares": rng.randint(30, 420)},
               reposted=rng.sample(OUTSIDE_HANDLES[:7], rng.randint(1, 3)))
    tws = [c for c in content.get("N1", []) if c[2] == "tweet_en"]
    for ts, text, kind, aid in pick_unique(rng, tws, 5):
        ob.add(ts + rng.randint(1, 8) * 3600, "x", light_edit(rng, text), "@" + rng.choice(["jake_realtalk", "maria_g_1987", "truthseeker_tx", "ohio_nana"]),
               language="en", eng={"views": rng.randint(30, 400), "likes": rng.randint(0, 6), "shares": 0, "replies": rng.randint(0, 2), "followers": rng.randint(20, 300)},
               authentic=False)
    # N2: persona posts on X and Instagram, no spread (category 2).
    posts = [c for c in content.get("N2", []) if c[2] in ("post_en", "post_es", "reply_en")]
    refusal = [c for c in posts if c[1].startswith("I'm sorry")]
    chosen = pick_unique(rng, [c for c in posts if not c[1].startswith("I'm sorry")], 14) + refusal[:1]
    handles = ["@sofi_az_votes", "@glasgow_morag", "@mi_mom_of3", "@ohio_vet_dave", "@iowa_fields", "@atx_dev_kai"]
    for ts, text, kind, aid in chosen:
        plat = "x" if rng.random() < 0.65 else "instagram"
        ob.add(ts + rng.randint(1, 30) * 3600, plat, light_edit(rng, text) if not text.startswith("I'm sorry") else text, rng.choice(handles),
               language="es" if kind == "post_es" else "en",
               eng={"views": rng.randint(15, 600), "likes": rng.randint(0, 14), "shares": rng.randint(0, 3), "replies": rng.randint(0, 3), "followers": rng.randint(40, 900)},
               authentic=False if rng.random() < 0.6 else None)
    # N4: bot replies in the comment threads of one Telegram channel (category 1).
    reps = [c for c in content.get("N4", []) if c[2] in ("reply_en", "reply_ru")]
    for ts, text, kind, aid in pick_unique(rng, reps, 11):
        ob.add(ts + rng.randint(60, 900), "telegram", light_edit(rng, text), rng.choice(["Ivan P.", "Marta K.", "Jonas", "Oleg_77", "Linda S."]),
               community="Baltic Morning (comments)", language="en" if kind == "reply_en" else "ru",
               eng={"views": rng.randint(80, 900), "replies": rng.randint(0, 2)}, authentic=False)
    # N5: comments and captions on Facebook, TikTok and X; some picked up by real users on each (category 3).
    cms = [c for c in content.get("N5", []) if c[2] in ("comment", "caption")]
    pages = ["Balitang Barangay Ngayon", "Tinig ng Probinsya", "Pinoy Bantay Bayan", "Laging Handa Ph"]
    for j, (ts, text, kind, aid) in enumerate(pick_unique(rng, cms, 18)):
        plat = ["facebook", "tiktok", "x"][j % 3]
        organic = j % 3 != 2 or rng.random() < 0.5
        ob.add(ts + rng.randint(1, 20) * 3600, plat, light_edit(rng, text), "@" + rng.choice(["jhun.santos88", "mhel_cruz", "gracia.dl", "bongbong_fan_", "kris.tal"]),
               community=rng.choice(pages) if plat == "facebook" else None, language="tl",
               eng={"views": rng.randint(800, 40000), "likes": rng.randint(40, 3000), "shares": rng.randint(5, 400), "replies": rng.randint(2, 90)},
               reposted=rng.sample(OUTSIDE_HANDLES[7:], rng.randint(1, 4)) if organic else None)
    # Benign provenance: the agency's posts for its clients and Iranian users' own posts.
    for ts, text, kind, aid in pick_unique(rng, [c for c in hn_content if c[2] == "agency_post"], 6):
        ob.add(ts + rng.randint(2, 48) * 3600, "instagram", light_edit(rng, text), "@" + rng.choice(["panaderialaespiga", "cafetlaloc", "fuerzanorte.gym", "casamezcal.oax"]),
               language="es", eng={"views": rng.randint(300, 5000), "likes": rng.randint(20, 400), "replies": rng.randint(0, 30), "followers": rng.randint(1500, 12000)},
               authentic=True, reposted=rng.sample(["@cdmx_antojos", "@vecinas_roma_norte", "@foodie_mx"], rng.randint(0, 2)) or None)
    for ts, text, kind, aid in pick_unique(rng, [c for c in hn_content if c[2] == "own_post"], 5):
        ob.add(ts + rng.randint(1, 12) * 3600, rng.choice(["x", "instagram", "telegram"]), light_edit(rng, text), "@" + hexs(rng, 6),
               language="fa", eng={"views": rng.randint(50, 3000), "likes": rng.randint(2, 200), "replies": rng.randint(0, 20)}, authentic=True)
    # Unrelated posts.
    for plat, lang, text in rng.sample(NOISE, 20):
        ts = T0 + rng.randrange(TEND - T0)
        ob.add(ts, plat, text, "@" + hexs(rng, 7), language=lang, eng={"views": rng.randint(10, 5000), "likes": rng.randint(0, 300)})
    return ob.write(path)
