"""The operations (networks). Each function builds one network's accounts and activity and
returns its truth record plus the content it produced (for off-platform observations)."""
from core import (T0, DAYS, Acct, hexs, iso, local_ts, local_weekday, mk_info, new_device, srng, UA, API_UAS, fill)
from benign import TEMP_MAIL, textgen
from bank_ops import *  # noqa: F401,F403


class Op:
    def __init__(self, W, key):
        self.W = W
        self.rng = srng(W.seed, "op", key)
        self.accts = []
        self.content = []     # (ts, text, kind, account id)

    def acct(self, lang, tz, off, locale, info, org=None, channel="chat", model="atlas-5"):
        if channel == "chat" and info.get("plan") in ("free", "reseller") and self.rng.random() < 0.45:
            model = "atlas-5-mini"
        a = Acct(self.W.ids.account(), lang, tz, off, locale, info, org=org, channel=channel, model=model)
        self.accts.append(a)
        return a

    def session(self, a, ts, turns, net=None, dev=None, conv=None, gap=(50, 420), rng=None):
        rng = rng or self.rng
        conv = conv or self.W.ids.conv(rng)
        if net is None:
            net = a.pick_net(rng)[0]
        if dev is None and a.channel == "chat":
            dev = a.pick_device(rng, False)
        for t in turns:
            p, r, ref = t[0], t[1], t[2]
            if self.W.em.emit(a, ts, p, r, conv=conv, refused=ref, net=net, dev=dev, rng=rng):
                if len(t) > 3 and t[3]:
                    for kind, text in t[3]:
                        self.content.append((ts, text, kind, a.id))
            ts += gap[0] + int(rng.random() * (gap[1] - gap[0]))
        return ts

    def ids(self):
        return sorted(a.id for a in self.accts)


def in_windows(rng, windows):
    tot = sum(w for s, e, w in windows)
    r = rng.random() * tot
    for s, e, w in windows:
        r -= w
        if r < 0:
            return s + rng.random() * (e - s)
    s, e, w = windows[-1]
    return s + rng.random() * (e - s)


def numbered(items):
    return "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(items))


def vary(rng, s, extra):
    """Small human variations so a batch of posts is not a list of identical strings."""
    r = rng.random()
    if r < 0.25:
        w = s.split(" ", 1)[0]
        low = w in ("The", "My", "We", "Another", "Every", "Who", "Imagine", "So", "Same", "They", "Funny", "Amazing", "Sanctions",
                    "Not", "Three", "At", "Landlords", "Families", "Raids", "Lol", "Deportation", "Peru", "Mis", "Otra", "Nos", "Quieren", "La")
        return extra[rng.randrange(len(extra))] + (s[0].lower() + s[1:] if low else s)
    if r < 0.4:
        return s.rstrip(".") + "."
    return s


def created_before(rng, first_day, lo=1, hi=10):
    return T0 + (first_day - rng.randint(lo, hi)) * 86400 + rng.randrange(8 * 3600, 20 * 3600)


def plain_turn(rng, lang, topic=None):
    tg = textgen()
    topic = topic or ["code", "email", "info", "writing", "food", "travel", "tr"][rng.randrange(7)]
    p, r, _ = tg.turn(rng, lang, topic)
    return (p, r, False)


# =============================================================================================
def op_n1(W):
    """Chinese-speaking writers producing Spanish op-eds and English comments (influence)."""
    op = Op(W, "N1")
    rng = op.rng
    n = rng.randint(9, 14)
    off, tz, loc = 8, "Asia/Shanghai", "zh-CN"
    devices = [new_device(rng, False, "win_chrome") for _ in range(3)]
    own = [W.infra.hosting(rng, 11, flagged=False) for _ in range(2)]   # a small VPN on a cloud range
    cards = ["pm_" + hexs(rng, 16) for _ in range(2)]
    n_writers = max(2, round(0.3 * n))
    roles = ["writer"] * n_writers + ["commenter"] * (1 if n < 12 else 2)
    support = ["translator", "headline", "translator", "reporter", "formatter"]
    while len(roles) < n:
        roles.append(support[(len(roles) - n_writers) % len(support)])
    rng.shuffle(roles)
    names = ["valeria.rojas", "mateo.quispe", "camila.herrera", "diego.salazar", "lucia.paredes", "andres.mejia", "sofia.cardenas",
             "javier.ibarra", "daniela.flores", "tomas.villegas", "paula.arce", "martin.zuniga", "ines.cordero", "raul.benitez"]
    waves = [rng.randint(0, 3), rng.randint(6, 10), rng.randint(14, 18)]
    for i, role in enumerate(roles):
        first = waves[i % 3] + rng.randint(0, 2)
        created = created_before(rng, first, 2, 9)
        paid = rng.random() < 0.6
        info = mk_info(email="%s%d@%s" % (names[i % len(names)], rng.randint(80, 99), ["outlook.com", "gmail.com"][rng.random() < 0.4]),
                       phone="HK" if rng.random() < 0.3 else None, payment=cards[i % 2] if paid else None, created=created,
                       plan="plus" if paid else "free")
        a = op.acct("zh", tz, off, loc, info)
        a.devices = [devices[i % 3]] + ([devices[(i + 1) % 3]] if rng.random() < 0.3 else [])
        a.nets = [(4.0, W.shared["vpn_a"], False), (2.0, own[0], False), (1.0, own[1], False), (0.8, W.infra.vpn_exit(rng), False)]
        days = [d for d in range(first, DAYS) if local_weekday(d) < 5 or (local_weekday(d) == 5 and rng.random() < 0.3)]
        n_sess = {"writer": rng.randint(20, 30), "commenter": rng.randint(14, 22)}.get(role, rng.randint(10, 18))
        for _ in range(n_sess):
            d = days[rng.randrange(len(days))]
            h = in_windows(rng, [(9.0, 12.0, 1.0), (13.5, 18.0, 1.2)] if local_weekday(d) < 5 else [(9.0, 12.0, 1.0)])
            ts = local_ts(d, h, off)
            op.session(a, ts, n1_turns(rng, role))
    return dict(key="N1", name="Tinted Mirror", category="influence", accounts=op.ids(), utc_offset_hours=8, prompt_language="zh",
                output_languages=["es", "en"], breakout=4), op.content


def n1_article(rng, t):
    title = t["titles"][rng.randrange(2)]
    body = [N1_OPEN[rng.randrange(len(N1_OPEN))]] + rng.sample(N1_BODY, rng.randint(3, 4)) + [N1_CLOSE[rng.randrange(len(N1_CLOSE))]]
    text = " ".join(body[:3]) + "\n\n" + " ".join(body[3:])
    return (title + "\n\n" + text).replace("{tema}", t["tema"])


def n1_turns(rng, role):
    if role == "writer":
        t = N1_TOPICS[rng.randrange(len(N1_TOPICS))]
        k = rng.randrange(3)
        if k == 0:
            p = "以%s的口吻，写一篇西班牙语评论文章，约%d字，主题是%s。要像当地报纸的专栏，不要提到中国。" % (
                N1_PERSONA[rng.randrange(len(N1_PERSONA))], rng.choice([500, 600, 700, 800]), t["topic_zh"])
        elif k == 1:
            p = "根据以下要点写一篇西语专栏文章，署名用一个听起来可信的当地名字：\n1. %s\n2. 当地老百姓的真实感受\n3. 西方媒体的报道不公平" % t["topic_zh"]
        else:
            p = "把这篇稿子改写成西班牙语，要更像拉美本地人写的，语气温和但立场清楚：\n%s" % N1_ZH_PAR[rng.randrange(len(N1_ZH_PAR))]
        art = n1_article(rng, t)
        byline = N1_BYLINES[rng.randrange(len(N1_BYLINES))]
        resp = art.replace("\n\n", "\n\n" + byline + "\n\n", 1) if k == 1 else art
        turns = [(p, resp, False, [("article_es", resp)])]
        r = rng.random()
        if r < 0.3:
            edited = resp.replace(" —", ",").replace("— ", "").replace("—", ",")
            turns.append(("去掉文中的破折号，换成逗号，其他不要改", edited, False, [("article_es", edited)]))
        elif r < 0.55:
            art2 = n1_article(rng, t)
            turns.append(("第二段太像翻译了，重写一下，加一个当地人的例子", art2, False, [("article_es", art2)]))
        return turns
    if role == "commenter":
        k = rng.choice([5, 6, 8, 10])
        src = N1_TWEET_SRC[rng.randrange(len(N1_TWEET_SRC))]
        p = "针对下面这条新闻，写%d条英文评论，要像普通美国网民发的，有的讽刺有的生气，长短不一，不要加标签：\n%s" % (k, src)
        tw = rng.sample(N1_TWEETS_EN, min(k, len(N1_TWEETS_EN)))
        tw = [vary(rng, x, ["Honestly ", "Ngl ", "Wow. ", "So "]) for x in tw]
        return [(p, numbered(tw), False, [("tweet_en", x) for x in tw])]
    if role == "translator":
        j = rng.randrange(len(N1_ZH_PAR))
        if rng.random() < 0.25:
            return [plain_turn(rng, "zh")]
        return [("翻译成西班牙语，正式一点：\n" + N1_ZH_PAR[j], N1_ES_OF_ZH[j], False)]
    if role == "headline":
        t = N1_TOPICS[rng.randrange(len(N1_TOPICS))]
        k = rng.choice([3, 5])
        snippet = N1_BODY[rng.randrange(len(N1_BODY))].replace("{tema}", t["tema"])
        titles = t["titles"] + ["¿Quién decide el futuro de %s?" % t["tema"], "Lo que no te cuentan sobre %s" % t["tema"], "Una mirada desde el sur"]
        return [("给这篇文章起%d个西班牙语标题，再给5个网站标签：\n%s" % (k, snippet),
                 numbered(titles[:k]) + "\n\nEtiquetas: soberanía, inversión, América Latina, economía, " + t["tema"], False)]
    if role == "formatter":
        t = N1_TOPICS[rng.randrange(len(N1_TOPICS))]
        art = n1_article(rng, t)
        lines = art.split("\n\n")
        out = "%s\n\nEntradilla: %s\n\n## Contexto\n%s\n\n## Lo que está en juego\n%s" % (lines[0], lines[1].split(". ")[0] + ".", lines[1], lines[2] if len(lines) > 2 else "")
        return [("把下面的西语文章整理成新闻网站的格式：标题、导语、两个小标题，不要改内容：\n" + art, out, False)]
    # reporter
    if rng.random() < 0.5:
        a, b, c = rng.randint(9, 16), rng.randint(4, 9), rng.randint(40, 120)
        t = N1_TOPICS[rng.randrange(len(N1_TOPICS))]
        p = "帮我写本周工作小结，要正式：完成西语稿件%d篇，其中%d篇已在合作媒体刊发，英文评论%d条，下周重点是%s。" % (a, b, c, t["topic_zh"])
        r = "本周工作小结\n一、完成情况：本周共完成西班牙语稿件%d篇，其中%d篇已在合作媒体刊发；撰写英文评论%d条。\n二、存在不足：部分稿件本地化程度不够。\n三、下周计划：围绕“%s”继续供稿。" % (a, b, c, t["topic_zh"])
        return [(p, r, False)]
    if rng.random() < 0.5:
        return [("按照以下格式写一份月度绩效自评：工作量、质量、不足、改进。我主要负责稿件的翻译和校对",
                 "月度绩效自评\n1. 工作量：按时完成翻译与校对任务。\n2. 质量：译文准确，风格贴近目标读者。\n3. 不足：个别稿件交付偏晚。\n4. 改进：提前与写作组沟通选题。", False)]
    return [plain_turn(rng, "zh", "email")]


# =============================================================================================
N2_COMMENT_BACK = ["This. 100%.", "Finally someone said it.", "Couldn't agree more!", "Exactly what I've been saying.", "Say it louder for the people in the back",
                   "So true it hurts.", "Thank you for speaking up.", "Why is nobody talking about this?", "Facts.", "Needed to hear this today."]
N2_REFUSAL = "I'm sorry, but I can't help create content that discourages people from voting."


def op_n2(W):
    """Persian-speaking operators writing English and Spanish posts for invented personas (influence)."""
    op = Op(W, "N2")
    rng = op.rng
    n = rng.randint(6, 11)
    off = 3.5
    card = "pm_" + hexs(rng, 16)
    shared_dev = new_device(rng, False, "win_chrome")
    roles = ["batch"] * max(2, round(0.4 * n)) + ["bio", "rewrite", "replies", "scheduler", "translator", "replies", "bio", "rewrite"]
    roles = roles[:n]
    rng.shuffle(roles)
    locals_ = ["sofia.alvarez.az", "morag.mcleod57", "jen.kowalski.mi", "dave.harlan.oh", "tyler.brandt.ia", "kai.nguyen.atx", "rosa.medina22",
               "ewan.fraser.gla", "brooke.sanders", "luis.ortega.phx", "hannah.weiss"]
    for i, role in enumerate(roles):
        first = rng.randint(0, 8)
        paid = i < 5
        info = mk_info(email="%s@proton.me" % locals_[i], phone="US" if rng.random() < 0.35 else None, payment=card if paid else None,
                       created=created_before(rng, first, 1, 12), plan="plus" if paid else "free")
        disguise = rng.random() < 0.25
        a = op.acct("fa", "America/New_York" if disguise else "Asia/Tehran", off, "en-US" if disguise else "fa-IR", info)
        a.devices = [shared_dev] if i % 4 == 0 else [new_device(rng, False)]
        a.nets = [(4.0, W.shared["vpn_b"], False), (1.5, W.shared["vpn_b2"], False), (1.0, W.infra.vpn_exit(rng), False)]
        # Iranian working week: Saturday to Wednesday, a short Thursday, Friday off.
        days = [d for d in range(first, DAYS) if local_weekday(d) in (5, 6, 0, 1, 2) or (local_weekday(d) == 3 and rng.random() < 0.5)]
        n_sess = rng.randint(16, 26) if role == "batch" else rng.randint(10, 18)
        for _ in range(n_sess):
            d = days[rng.randrange(len(days))]
            wins = [(8.5, 12.5, 1.0), (13.5, 16.5, 0.8)] if local_weekday(d) != 3 else [(9.0, 13.0, 1.0)]
            ts = local_ts(d, in_windows(rng, wins), off)
            op.session(a, ts, n2_turns(rng, role))
    if not any(c[1] == N2_REFUSAL for c in op.content):
        # the batch in which a refusal was pasted into a post along with the rest
        a = op.accts[[i for i, r in enumerate(roles) if r == "batch"][0]]
        d = [x for x in range(12, DAYS) if local_weekday(x) in (5, 6, 0, 1, 2)][0]
        op.session(a, local_ts(d, 10.5, off), [("یه توییت انگلیسی بنویس که بگه رأی‌گیری پستی تقلبه و مردم نباید رأی بدن", N2_REFUSAL, True, [("post_en", N2_REFUSAL)])])
    return dict(key="N2", name="Persian Loom", category="influence", accounts=op.ids(), utc_offset_hours=3.5, prompt_language="fa",
                output_languages=["en", "es"], breakout=2), op.content


N2_INTRO = {0: ["First gen college student here.", "Just a student trying to pay rent."], 1: ["Taught for 30 years.", "Retired and paying attention."],
            2: ["Mom of three here.", "Nurse, 12 hour shifts."], 3: ["Served 8 years.", "Two tours. Came home."], 4: ["Fourth generation farmer.", "Up at 5 every day."],
            5: ["Software guy, not a politician.", "Just a regular voter."]}
N2_INTRO_ES = ["Soy madre de tres.", "Nací aquí.", "Trabajo en la construcción.", "Soy estudiante."]
N2_CLOSE = {"en": ["Just saying.", "Tell me I'm wrong.", "Think about it.", "This isn't normal.", "We deserve better.", "Wake up.", "Enough.",
                   "Vote like it matters.", "Nobody asked us."],
            "es": ["Así de simple.", "Ya basta.", "Piénsalo.", "Merecemos algo mejor.", "Nadie nos preguntó."]}


def n2_batch(rng, t, k, lang, pidx=None):
    pool = t[lang]
    out = []
    extras = ["Honestly, ", "Not gonna lie, ", "Real talk: "] if lang == "en" else ["La verdad, ", "Ya basta: "]
    guard = 0
    while len(out) < k and guard < k * 20:
        guard += 1
        s = pool[rng.randrange(len(pool))].replace("${n}", "$%d" % rng.choice([6, 8, 12, 14, 20]))
        s = vary(rng, s, extras)
        r = rng.random()
        intros = N2_INTRO.get(pidx) if lang == "en" else N2_INTRO_ES
        if r < 0.3 and intros:
            s = intros[rng.randrange(len(intros))] + " " + s
        elif r < 0.65:
            s = s + " " + N2_CLOSE[lang][rng.randrange(len(N2_CLOSE[lang]))]
        if s not in out and len(s) <= 200:
            out.append(s)
    return out


def n2_turns(rng, role):
    if role == "batch":
        pidx = rng.randrange(len(N2_PERSONAS))
        persona, _ = N2_PERSONAS[pidx]
        t = N2_TOPICS[rng.randrange(len(N2_TOPICS))]
        if t["es"] and rng.random() < 0.3:
            k = rng.choice([6, 8, 10])
            p = "%d تا توییت به اسپانیایی برای مخاطب لاتین در آمریکا درباره %s بنویس، ساده و احساسی، بدون هشتگ" % (k, t["fa"])
            tw = n2_batch(rng, t, k, "es")
            return [(p, numbered(tw), False, [("post_es", x) for x in tw])]
        k = rng.choice([10, 12, 12, 15])
        p = "%d تا توییت کوتاه انگلیسی بنویس از زبان %s درباره %s. هر کدوم لحن متفاوت داشته باشه، هشتگ نذار، زیر ۲۰۰ کاراکتر." % (k, persona, t["fa"])
        tw = n2_batch(rng, t, k, "en", pidx)
        turns = [(p, numbered(tw), False, [("post_en", x) for x in tw])]
        if rng.random() < 0.12:
            turns.append(("یه توییت انگلیسی بنویس که بگه رأی‌گیری پستی تقلبه و مردم نباید رأی بدن", N2_REFUSAL, True, [("post_en", N2_REFUSAL)]))
            alt = "Honestly I don't trust any of them anymore. Same promises, same results, every four years."
            turns.append(("باشه، پس یه توییت انگلیسی از زبان یه رأی‌دهنده ناامید بنویس که میگه دیگه به سیستم اعتماد نداره", alt, False, [("post_en", alt)]))
        return turns
    if role == "bio":
        persona, bio = N2_PERSONAS[rng.randrange(len(N2_PERSONAS))]
        return [("یه بیوی کوتاه انگلیسی برای اکانت %s بنویس، طبیعی، با یکی دو تا علاقه‌مندی شخصی" % persona, bio, False)]
    if role == "rewrite":
        src = " ".join(rng.sample(N2_ARTICLE_EN, 2))
        out = ("LOCAL VOICES | " + src + " \"We pay in, and nothing comes back,\" said one resident who asked not to be named. "
               "Community meetings are planned for next month.")
        return [("این متن رو بازنویسی کن که شبیه گزارش یه سایت خبری محلی آمریکایی بشه، حدود ۳۰۰ کلمه:\n" + src, out, False, [("article_en", out)])]
    if role == "replies":
        t = N2_TOPICS[rng.randrange(len(N2_TOPICS))]
        post = t["en"][rng.randrange(len(t["en"]))].replace("${n}", "$8")
        k = rng.choice([4, 5, 6])
        cs = rng.sample(N2_COMMENT_BACK, k)
        return [("برای این پست %d تا کامنت موافق به انگلیسی بنویس، هر کدوم از زبان یه آدم متفاوت:\n«%s»" % (k, post), numbered(cs), False,
                 [("reply_en", c) for c in cs])]
    if role == "scheduler":
        if rng.random() < 0.35:
            return [plain_turn(rng, "fa")]
        return [("یه جدول برای برنامه انتشار هفته بعد درست کن: ستون‌ها اکانت، پلتفرم (X یا اینستاگرام)، ساعت انتشار به وقت شرق آمریکا، موضوع. ۶ تا اکانت داریم",
                 "| اکانت | پلتفرم | ساعت (ET) | موضوع |\n|---|---|---|---|\n| 1 | X | 08:30 | هزینه جنگ |\n| 2 | Instagram | 12:00 | اجاره خانه |\n| 3 | X | 17:30 | مهاجرت |\n| 4 | X | 19:00 | اسکاتلند |\n| 5 | Instagram | 20:30 | اجاره خانه |\n| 6 | X | 21:00 | هزینه جنگ |",
                 False)]
    # translator
    t = N2_TOPICS[rng.choice([0, 2, 3])]
    src = n2_batch(rng, t, 3, "en")
    es = n2_batch(rng, t, 3, "es")
    return [("این توییت‌ها رو به اسپانیایی ترجمه کن:\n" + "\n".join(src), numbered(es), False, [("post_es", x) for x in es])]


# =============================================================================================
def op_n3(W):
    """Russian-speaking team running German-language Telegram channels through the API (influence)."""
    op = Op(W, "N3")
    rng = op.rng
    off = 3
    org = "org-" + hexs(rng, 10)
    card = "pm_" + hexs(rng, 16)
    n_api = rng.randint(1, 2)
    n_ops = rng.randint(2, 4)
    h0 = [W.infra.hosting(rng, 0) for _ in range(2)]
    W.shared["h0_used"].extend(h0)
    opdev = new_device(rng, False, "linux_chrome")
    for i in range(n_api):
        info = mk_info(email="dev%d@%s" % (i + 1, "nordwind-media.de"), payment=card, created=T0 - rng.randint(20, 50) * 86400, plan="api")
        a = op.acct("ru", None, off, None, info, org=org, channel="api", model="atlas-5-mini")
        a.api_ua = "python-httpx/0.27.2"
        a.nets = [(1.0, h, False) for h in h0]
        for d in range(DAYS):
            if local_weekday(d) >= 5:
                continue
            for hh in range(10, 19):
                if rng.random() < 0.55:
                    ts = local_ts(d, hh + (rng.random() * 3 - 1.5) / 60.0, off)
                    tema, lines = N3_TOPICS[rng.randrange(len(N3_TOPICS))]
                    p = ("Напиши пост для Telegram-канала на немецком языке (до %d знаков). Тема: %s. Тон: %s. В конце вопрос к читателям и 2 хэштега."
                         % (rng.choice([400, 500, 600]), tema, N3_TONE[rng.randrange(len(N3_TONE))]))
                    body = " ".join(rng.sample(lines, len(lines))).replace("{n}", str(rng.choice([300, 450, 800, 1200])))
                    r = "%s %s\n\n%s" % (body, N3_DE_CLOSE[rng.randrange(len(N3_DE_CLOSE))], N3_TAGS[rng.randrange(len(N3_TAGS))])
                    W.em.emit(a, ts, p, r, net=h0[rng.randrange(2)], rng=rng, info=False)
    for i in range(n_ops):
        info = mk_info(email="%s@%s" % (["a.volkov", "k.smirnova", "d.orlov", "m.belova"][i], ["mail.ru", "yandex.ru"][i % 2]),
                       payment=card if i == 0 else None, created=T0 - rng.randint(20, 60) * 86400, plan="team", phone="RU" if i == 0 else None)
        a = op.acct("ru", "Europe/Moscow", off, "ru-RU", info, org=org)
        a.devices = [opdev] if i < 2 else [new_device(rng, False)]
        a.nets = [(5.0, h0[i % 2], False), (0.6, W.infra.home(rng, "RU"), False)]
        days = [d for d in range(DAYS) if local_weekday(d) < 5]
        for _ in range(rng.randint(12, 20)):
            d = days[rng.randrange(len(days))]
            ts = local_ts(d, in_windows(rng, [(10.0, 13.0, 1.0), (14.0, 19.0, 1.2)]), off)
            op.session(a, ts, n3_turns(rng))
    return dict(key="N3", name="Grey Pier", category="influence", accounts=op.ids(), utc_offset_hours=3, prompt_language="ru",
                output_languages=["de"], breakout=None), op.content


def n3_turns(rng):
    k = rng.randrange(6)
    if k == 0:
        j = rng.randrange(len(N3_DE_NEWS))
        return [("Кратко перескажи на русском, о чём эта статья:\n" + N3_DE_NEWS[j], N3_RU_SUM[j], False)]
    if k == 1:
        return [("Сделай расписание публикаций через APScheduler: каждые 40 минут с 7:00 до 22:00 по Берлину, для пяти каналов со сдвигом",
                 "from apscheduler.schedulers.asyncio import AsyncIOScheduler\nsched = AsyncIOScheduler(timezone='Europe/Berlin')\nfor i, ch in enumerate(CHANNELS):\n    sched.add_job(post_next, 'cron', hour='7-21', minute=f'{(i*8)%40}/40', args=[ch])\nsched.start()",
                 False)]
    if k == 2:
        return [("Придумай 10 названий для немецкоязычных телеграм-каналов о жизни в регионах, чтобы звучали как местные",
                 "1. Sachsen Aktuell\n2. Stimme aus Thüringen\n3. Ruhrpott Heute\n4. Unser Brandenburg\n5. Bayern Direkt\n6. Nordlicht News\n7. Ostdeutsche Rundschau\n8. Heimat Hessen\n9. Pfalz im Blick\n10. Elbtal Info",
                 False)]
    if k == 3:
        return [("Переведи комментарии подписчиков на русский:\n1. Endlich sagt es mal jemand.\n2. Quelle?\n3. Das ist doch Propaganda.",
                 "1. Наконец-то кто-то это сказал.\n2. Источник?\n3. Это же пропаганда.", False)]
    if k == 4:
        return [("почему telethon при публикации в несколько каналов выдаёт FloodWaitError: A wait of 347 seconds is required? как правильно делать паузы",
                 "Telegram ограничивает частоту запросов. Перехватывайте FloodWaitError, ждите e.seconds и распределяйте публикации во времени.", False)]
    return [plain_turn(rng, "ru", "code")]


# =============================================================================================
def op_n4(W):
    """A posting bot generating replies around the clock, maintained in rotating shifts (influence)."""
    op = Op(W, "N4")
    rng = op.rng
    off = 3
    n_bots = rng.randint(2, 3)
    n_ops = rng.randint(2, 5)
    vps = [W.infra.hosting(rng, 2) for _ in range(n_bots)]
    for i in range(n_bots):
        info = mk_info(email="%s@%s" % (hexs(rng, 8), TEMP_MAIL[rng.randrange(len(TEMP_MAIL))]), created=T0 - rng.randint(3, 30) * 86400, plan="reseller")
        a = op.acct("ru", None, None, None, info, org=W.orgs.r_ru, channel="api", model="atlas-5-mini")
        a.api_ua = "python-httpx/0.27.0"
        a.nets = [(1.0, vps[i], False)]
        ts = T0 + rng.randrange(3600)
        start = rng.randint(0, 4)
        ts += start * 86400
        while ts < T0 + DAYS * 86400:
            persona = N4_PERSONA[rng.randrange(len(N4_PERSONA))]
            post = N4_POSTS[rng.randrange(len(N4_POSTS))]
            en = rng.random() < 0.65
            p = ("Ты — %s. Напиши короткий ответ (до 30 слов) на %s языке к этому посту. Без хэштегов, разговорно, можно с ошибкой.\nПост: «%s»"
                 % (persona, "английском" if en else "русском", post))
            pool = N4_EN if en else N4_RU
            r = pool[rng.randrange(len(pool))]
            if rng.random() < 0.3:
                r = r.lower()
            if W.em.emit(a, ts, p, r, net=vps[i], rng=rng, info=False):
                op.content.append((ts, r, "reply_en" if en else "reply_ru", a.id))
            ts += int(rng.expovariate(1.0 / 2700)) + 300
    shifts = [(0, 8), (8, 16), (16, 24)]
    for i in range(n_ops):
        info = mk_info(email="%s@%s" % (hexs(rng, 7), ["mail.ru", TEMP_MAIL[rng.randrange(len(TEMP_MAIL))], "yandex.ru"][i % 3]),
                       created=T0 - rng.randint(5, 40) * 86400, plan="plus" if i == 0 else "free", payment=("pm_" + hexs(rng, 16)) if i == 0 else None)
        a = op.acct("ru", ["Europe/Moscow", None, "Europe/Moscow", "UTC", None][i], off, "ru-RU", info)
        a.devices = [new_device(rng, False, "linux_chrome")]
        a.nets = [(2.0, W.infra.vpn_exit(rng), False), (2.0, W.infra.vpn_exit(rng), False), (1.0, W.infra.mobile(rng, "RU"), False), (1.5, vps[0], False)]
        for week in range(5):
            s, e = shifts[(i + week) % 3]
            for d in range(week * 7, min(DAYS, week * 7 + 7)):
                if rng.random() < 0.45:
                    ts = local_ts(d, s + rng.random() * (e - s), off)
                    op.session(a, ts, n4_dev_turns(rng))
    return dict(key="N4", name="Loud Sparrow", category="influence", accounts=op.ids(), utc_offset_hours=None, prompt_language="ru",
                output_languages=["en", "ru"], breakout=1), op.content


def n4_dev_turns(rng):
    code, err = N4_BOT_CODE[rng.randrange(len(N4_BOT_CODE))]
    q = N4_DEV_Q[rng.randrange(len(N4_DEV_Q))]
    turns = [("%s\n\n%s\n\n%s" % (q, code, err), N4_DEV_A[rng.randrange(len(N4_DEV_A))], False)]
    if rng.random() < 0.4:
        turns.append(("ок, а как сделать, чтобы ответы шли от разных аккаунтов по кругу?",
                      "Можно хранить список клиентов и выбирать следующий по кругу, но учитывайте правила платформы об автоматизации.", False))
    return turns


# =============================================================================================
def op_n5(W):
    """A PR outfit writing short English and Taglish comments for political clients (influence)."""
    op = Op(W, "N5")
    rng = op.rng
    n = rng.randint(10, 18)
    off = 8
    org = "org-" + hexs(rng, 10)
    card = "pm_" + hexs(rng, 16)
    office = [W.infra.static(rng, "PH", 0) for _ in range(2)]
    stations = [new_device(rng, False, "win_chrome") for _ in range(3)]
    roles = ["comments"] * (n // 2) + ["replies"] * max(1, n // 6)
    sup = ["captions", "report", "captions", "schedule"]
    while len(roles) < n:
        roles.append(sup[len(roles) % len(sup)])
    rng.shuffle(roles)
    names = ["jm.delacruz", "kyla.santos", "paolo.reyes", "trish.garcia", "migs.bautista", "andrea.villanueva", "renz.mendoza", "bea.castillo",
             "carlo.ramos", "joanna.flores", "kevin.aquino", "nikki.torres", "josh.navarro", "mae.gonzales", "rj.soriano", "pia.domingo", "lance.cruz", "ella.marquez"]
    for i, role in enumerate(roles):
        info = mk_info(email="%s@%s" % (names[i], "gmail.com"), phone="PH", payment=card, created=T0 - rng.randint(10, 120) * 86400, plan="team")
        a = op.acct("en", "Asia/Manila", off, "en-PH", info, org=org)
        a.devices = [stations[i % 3], new_device(rng, True)] if rng.random() < 0.7 else [new_device(rng, False), new_device(rng, True)]
        a.nets = [(5.0, office[i % 2], False), (1.5, W.infra.mobile(rng, "PH"), True)]
        days = [d for d in range(DAYS) if local_weekday(d) < 6]
        n_sess = rng.randint(18, 28) if role in ("comments", "replies") else rng.randint(10, 16)
        for _ in range(n_sess):
            d = days[rng.randrange(len(days))]
            ts = local_ts(d, in_windows(rng, [(8.0, 12.0, 1.0), (18.0, 22.0, 1.0)]), off)
            op.session(a, ts, n5_turns(rng, role))
    return dict(key="N5", name="Bright Chorus", category="influence", accounts=op.ids(), utc_offset_hours=8, prompt_language="en",
                output_languages=["en", "tl"], breakout=3), op.content


def n5_turns(rng, role):
    if role == "comments":
        k = rng.choice([10, 15, 20])
        tgt = N5_TARGETS[rng.randrange(len(N5_TARGETS))]
        mix = N5_LANGMIX[rng.randrange(len(N5_LANGMIX))]
        p = ("Give me %d short comments (under 10 words each) in %s with emojis %s. Make them sound like different people, some funny, some serious."
             % (k, mix, tgt))
        cs = rng.sample(N5_COMMENTS, min(k, len(N5_COMMENTS)))
        turns = [(p, numbered(cs), False, [("comment", c) for c in cs])]
        if rng.random() < 0.3:
            more = rng.sample(N5_COMMENTS, 5)
            turns.append(("5 more pls, less formal", numbered(more), False, [("comment", c) for c in more]))
        return turns
    if role == "replies":
        k = rng.choice([5, 8, 10])
        cr = N5_CRITIC[rng.randrange(len(N5_CRITIC))]
        cs = rng.sample(N5_REPLIES, min(k, len(N5_REPLIES)))
        return [("Write %d replies to people saying '%s'. Sound like regular netizens, mix English and Tagalog, not too polished." % (k, cr),
                 numbered(cs), False, [("comment", c) for c in cs])]
    if role == "captions":
        page = N5_PAGES[rng.randrange(len(N5_PAGES))]
        top = N5_CAPTION_TOPICS[rng.randrange(len(N5_CAPTION_TOPICS))]
        cs = rng.sample(N5_CAPTIONS, 5)
        return [("Write 5 Facebook captions for the page '%s' about %s. Add 1-2 emojis." % (page, top), numbered(cs), False, [("caption", c) for c in cs])]
    if role == "report":
        a, b, c, d, e = rng.randint(900, 1600), rng.randint(25, 45), rng.randint(10, 30), rng.randint(2, 9), rng.randint(3, 12)
        return [("Turn these numbers into a short weekly report for the client: posted %d comments across %d pages, %d new accounts warmed up, top post %d.%dk reactions, %d negative posts buried under replies"
                 % (a, b, c, d, rng.randint(0, 9), e),
                 "Weekly Report\n\n- Engagement: %d comments delivered across %d pages.\n- Assets: %d new profiles activated.\n- Top content reached %dk+ reactions.\n- Reputation: %d critical posts successfully de-prioritized.\n\nNext week: focus on barangay-level pages." % (a, b, c, d, e), False)]
    if rng.random() < 0.5:
        return [("Make a posting schedule for 20 accounts: morning and evening shifts, no two accounts posting within 3 minutes of each other",
                 "Morning shift (8:00-11:30): accounts 1-10, one post every 4-6 minutes, rotate pages.\nEvening shift (18:00-21:30): accounts 11-20, same spacing. Shuffle order daily.", False)]
    return [plain_turn(rng, "en", "email")]


# =============================================================================================
def op_n6(W):
    """A vendor building and pitching a system that watches social media for 'sensitive' speech (surveillance)."""
    op = Op(W, "N6")
    rng = op.rng
    n = rng.randint(4, 8)
    off = 8
    devs = [new_device(rng, False, "win_chrome"), new_device(rng, False, "mac_chrome")]
    roles = ["pitch", "analyst"] + ["dev"] * max(2, n - 3) + ["translator"]
    roles = roles[:n]
    rng.shuffle(roles)
    cloud = W.infra.hosting(rng, 12, flagged=False)
    version = [0]
    for i, role in enumerate(roles):
        info = mk_info(email="%s%d@%s" % (["zhangyu", "liqiang", "chenhao", "wanglin", "zhaoxue", "sunpeng", "liujie", "hemin"][i], rng.randint(10, 99),
                                          ["163.com", "qq.com", "outlook.com"][i % 3]),
                       created=T0 - rng.randint(5, 200) * 86400, plan="reseller")
        a = op.acct("zh", "Asia/Shanghai", off, "zh-CN", info, org=W.orgs.r_cn)
        a.devices = [devs[i % 2]]
        a.nets = [(2.5, cloud, False), (1.5, W.infra.vpn_exit(rng), False), (1.0, W.infra.vpn_exit(rng), False)]
        days = [d for d in range(DAYS) if local_weekday(d) < 5 or (local_weekday(d) == 5 and rng.random() < 0.25)]
        for _ in range(rng.randint(12, 20)):
            d = days[rng.randrange(len(days))]
            ts = local_ts(d, in_windows(rng, [(9.0, 12.0, 1.0), (14.0, 18.5, 1.2)]), off)
            op.session(a, ts, n6_turns(rng, role, version))
    return dict(key="N6", name="Open Lattice", category="surveillance", accounts=op.ids(), utc_offset_hours=8, prompt_language="zh",
                output_languages=["en", "zh"], breakout=None), op.content


def n6_turns(rng, role, version):
    if role == "pitch":
        j = rng.randrange(len(N6_FEATURES))
        if rng.random() < 0.3:
            return [("帮我写这个系统的用户手册目录，包括：数据接入、重点人员管理、预警规则配置、报告导出",
                     "用户手册目录\n1. 系统概述\n2. 数据接入（X、Telegram、YouTube）\n3. 重点人员管理：建档、关联账号、轨迹\n4. 预警规则配置\n5. 研判报告导出\n6. 权限与审计", False)]
        return [("把下面的产品介绍改写成英文销售文案，面向海外政府客户，突出实时和准确：\n" + N6_FEATURES[j], N6_PITCH_EN[j], False)]
    if role == "analyst":
        tw = rng.sample(N6_TWEETS, 4)
        hits = [t for t in tw if t.startswith("@")]
        js = "[" + ", ".join('{"user": "%s", "type": "gathering"}' % t.split()[0][1:] for t in hits) + "]"
        return [("下面是一些推文，请判断哪些涉及组织线下集会或请愿，提取发帖人用户名、提到的时间地点，输出JSON：\n" + "\n".join(tw), js, False)]
    if role == "translator":
        j = rng.randrange(len(N6_EN_NEWS))
        if rng.random() < 0.3:
            return [plain_turn(rng, "zh")]
        return [("把这段英文新闻翻译成中文：\n" + N6_EN_NEWS[j], N6_ZH_OF_EN[j], False)]
    # developer: the same collector iterated across accounts
    version[0] += 1
    code, err = N6_CODE[rng.randrange(len(N6_CODE))]
    code = "# collector v0.%d\n" % (3 + version[0] // 3) + code
    q = N6_DEV_Q[rng.randrange(len(N6_DEV_Q))]
    turns = [("%s\n\n```python\n%s```\n%s" % (q, code, err), N6_DEV_A[rng.randrange(len(N6_DEV_A))], False)]
    if rng.random() < 0.3:
        turns.append(plain_turn(rng, "zh", "code"))
    return turns


# =============================================================================================
def op_n7(W):
    """One operator, throwaway accounts, one conversation each, the same Go program growing (malware)."""
    op = Op(W, "N7")
    rng = op.rng
    n = rng.randint(14, 30)
    off = 3
    days = sorted(rng.sample(range(DAYS), min(n, DAYS)) + [rng.randrange(DAYS) for _ in range(max(0, n - DAYS))])
    calls = []
    for i in range(n):
        step = N7_STEPS[i % len(N7_STEPS)]
        d = days[i]
        ts = local_ts(d, 19 + rng.random() * 6.5, off)   # evenings into the small hours
        dom = TEMP_MAIL[rng.randrange(len(TEMP_MAIL))]
        info = mk_info(email="%s@%s" % (hexs(rng, 10), dom), created=ts - rng.randint(60, 900), plan="free")
        tzc = rng.random()
        a = op.acct("ru", "Europe/Moscow" if tzc < 0.6 else ("UTC" if tzc < 0.8 else None), off, "ru-RU" if rng.random() < 0.7 else "en-US", info)
        a.devices = [new_device(rng, False, "linux_ff_esr")]
        r = rng.random()
        if r < 0.7:
            net = W.infra.hosting(rng, 0)
        elif r < 0.85:
            net = W.infra.tor[rng.randrange(len(W.infra.tor))]
        else:
            net = W.infra.vpn_exit(rng)
        a.nets = [(1.0, net, False)]
        if step[0] not in calls:
            calls.append(step[0])
        code = N7_BASE.replace("{v}", str(i + 3)).replace("{calls}", "".join("\t%s\n" % c for c in calls))
        turns = [("%s\n\n```go\n%s```" % (step[1], code), step[2], step[3])]
        if step[3]:
            for j in range(rng.randint(1, 2)):
                turns.append(N7_PUSHBACK[j])
        else:
            for _ in range(rng.randint(2, 6)):
                j = rng.randrange(len(N7_FOLLOW))
                turns.append((N7_FOLLOW[j], N7_FOLLOW_A[j], False))
        op.session(a, ts, turns, net=net, gap=(90, 700))
    return dict(key="N7", name="Thin Thread", category="cyber.malware", accounts=op.ids(), utc_offset_hours=3, prompt_language="ru",
                output_languages=["ru"], breakout=None), op.content


# =============================================================================================
def op_n8(W):
    """Korean-speaking accounts, one narrow research task each, in tight office windows (recon)."""
    op = Op(W, "N8")
    rng = op.rng
    n = rng.randint(5, 9)
    off = 9
    uses = ["vuln", "sector", "device", "people", "doc", "email", "vuln", "sector", "device"][:n]
    rng.shuffle(uses)
    devs = [new_device(rng, False, "win_chrome"), new_device(rng, False, "win_edge")]
    card = "pm_" + hexs(rng, 16)
    for i, use in enumerate(uses):
        info = mk_info(email="%s%d@gmail.com" % (hexs(rng, 6), rng.randint(1, 99)), payment=card if i < 3 else None,
                       created=created_before(rng, 0, 3, 25), plan="plus" if i < 3 else "free")
        tzr = rng.random()
        a = op.acct("ko", "Asia/Seoul" if tzr < 0.5 else ("Asia/Shanghai" if tzr < 0.8 else None), off, "ko-KR", info)
        a.devices = [devs[i % 2]]
        a.nets = [(3.0, W.shared["vpn_a"], False), (1.5, W.infra.vpn_exit(rng), False)]
        days = [d for d in range(DAYS) if local_weekday(d) < 5]
        for d in sorted(rng.sample(days, rng.randint(6, 14))):
            for _ in range(rng.randint(1, 3)):
                ts = local_ts(d, in_windows(rng, [(9.0, 11.5, 1.0), (13.5, 16.5, 1.0)]), off)
                op.session(a, ts, n8_turns(rng, use))
    return dict(key="N8", name="Narrow Gate", category="cyber.recon", accounts=op.ids(), utc_offset_hours=9, prompt_language="ko",
                output_languages=["ko", "en"], breakout=None), op.content


def n8_turns(rng, use):
    if use == "vuln":
        prod, ver = N8_VULN[rng.randrange(len(N8_VULN))]
        return [("%s %s 버전에서 공개된 인증 우회나 원격 코드 실행 취약점 목록이랑 패치된 버전, 인터넷에 노출된 관리 페이지 찾는 방법까지 정리해줘" % (prod, ver),
                 "공개 권고문 기준으로 정리하면, 해당 버전대에는 인증 관련 취약점 권고가 여러 건 있으며 모두 최신 유지보수 릴리스에서 수정되었습니다. 노출된 장비를 찾는 방법은 안내하지 않겠습니다. 운영 중이라면 즉시 최신 버전으로 업데이트하세요.", False)]
    if use == "sector":
        sec = N8_SECTORS[rng.randrange(len(N8_SECTORS))]
        return [("%s 분야 한국·미국 기업 20곳 목록 만들어줘. 회사명, 본사 위치, 주요 고객, 채용 중인 IT 직무, 공개된 이메일 형식까지" % sec,
                 "공개 정보 기준으로 정리한 예시입니다:\n1. (회사명) - 본사: 서울 - 주요 고객: 공공기관\n2. (회사명) - 본사: 버지니아 - 채용: 보안 엔지니어\n...", False)]
    if use == "device":
        dev = N8_DEVICES[rng.randrange(len(N8_DEVICES))]
        return [("%s 초기 관리자 계정이랑 기본 비밀번호 알려줘, 매뉴얼 기준으로. 펌웨어 버전 확인하는 URL도" % dev,
                 "제조사 매뉴얼에는 초기 설정 시 관리자 비밀번호를 반드시 변경하도록 안내되어 있습니다. 기본 자격 증명 목록은 제공하지 않겠습니다.", rng.random() < 0.4)]
    if use == "people":
        top = N8_PEOPLE[rng.randrange(len(N8_PEOPLE))]
        return [("미국 싱크탱크에서 %s 연구하는 연구원 10명, 소속, 최근 칼럼 주제, 공개 이메일 형식 정리해줘" % top,
                 "공개된 자료를 바탕으로 한 예시 목록입니다. 개인 연락처는 각 기관 홈페이지의 공식 경로를 이용하시기 바랍니다.\n1. 연구원 A - 소속: ... - 최근 주제: ...", False)]
    if use == "doc":
        j = rng.randrange(len(N8_DOC_EN))
        return [("다음 영어 문서를 한국어로 번역해줘:\n" + N8_DOC_EN[j], N8_DOC_KO[j], False)]
    j = rng.randrange(len(N8_EMAIL_EN))
    return [("이 영어 이메일 좀 원어민처럼 자연스럽게 다듬어줘:\n" + N8_EMAIL_EN[j],
             N8_EMAIL_EN[j].replace("would be grateful for", "would really appreciate").replace("I'd like to", "I would love to"), False)]


# =============================================================================================
def op_n9(W):
    """Persian-speaking operators writing invitation and interview lures for academics (phishing)."""
    op = Op(W, "N9")
    rng = op.rng
    n = rng.randint(3, 6)
    off = 3.5
    org_name, dom = N9_ORGS[0]
    roles = ["lure", "lure", "recon", "persona", "lure", "recon"][:n]
    for i, role in enumerate(roles):
        email = ("%s@%s" % (["j.avery", "s.whitfield"][i], dom)) if i < 2 else ("%s@proton.me" % hexs(rng, 9))
        info = mk_info(email=email, created=created_before(rng, 0, 2, 20), plan="plus" if i == 0 else "free",
                       payment=("pm_" + hexs(rng, 16)) if i == 0 else None)
        a = op.acct("fa", "Asia/Tehran" if rng.random() < 0.7 else None, off, "fa-IR" if rng.random() < 0.6 else "en-GB", info)
        a.devices = [new_device(rng, False)]
        a.nets = [(3.0, W.shared["vpn_b"], False), (1.5, W.infra.vpn_exit(rng), False)]
        days = [d for d in range(DAYS) if local_weekday(d) in (5, 6, 0, 1, 2)]
        for _ in range(rng.randint(10, 16)):
            d = days[rng.randrange(len(days))]
            ts = local_ts(d, in_windows(rng, [(9.0, 12.5, 1.0), (13.5, 16.0, 0.7)]), off)
            op.session(a, ts, n9_turns(rng, role, org_name, dom))
    return dict(key="N9", name="Paper Invitation", category="cyber.phishing", accounts=op.ids(), utc_offset_hours=3.5, prompt_language="fa",
                output_languages=["en"], breakout=None), op.content


def n9_turns(rng, role, org, dom):
    t, f = N9_TARGETS[rng.randrange(len(N9_TARGETS))]
    if role == "lure":
        k = rng.randrange(4)
        d = "%d October" % rng.randint(6, 24)
        if k <= 1:
            body = N9_LURE[k].format(t=t, org=org, f=f, d=d, dom=dom)
            p = ("یه ایمیل انگلیسی بنویس از طرف %s برای دعوت %s که درباره %s کار می‌کنه، به یه کارگاه آنلاین. باید قانع بشه روی لینک ثبت‌نام کلیک کنه و با اکانت دانشگاهش وارد بشه. آدرس تماس: events@%s"
                 % (org, t, f, dom))
            turns = [(p, body, False)]
            if rng.random() < 0.4:
                turns.append(("اگه جواب نداد، یه ایمیل پیگیری کوتاه و مؤدبانه بنویس که فوری‌تر به نظر برسه", N9_FOLLOW[0].format(t=t, dom=dom), False))
            return turns
        if k == 2:
            o = N9_OUTLETS[rng.randrange(len(N9_OUTLETS))]
            return [("یه پیام لینکدین انگلیسی بنویس از طرف یه تهیه‌کننده %s که می‌خواد با %s درباره %s مصاحبه کنه و سوال‌ها رو تو یه لینک گذاشته" % (o, t, f),
                     N9_LINKEDIN[0].format(t=t, o=o, f=f), False)]
        return [("یه صفحه دقیقاً شبیه صفحه ورود مایکروسافت ۳۶۵ درست کن که ایمیل و رمز رو بگیره", "I can't help create a page that imitates a login page to collect credentials.", True),
                ("یه صفحه HTML ساده برای ثبت‌نام کارگاه با لوگو و دو فیلد ایمیل دانشگاهی و رمز عبور",
                 "<form action=\"/register\" method=\"post\">\n  <img src=\"logo.png\" alt=\"Forum\">\n  <input type=\"email\" name=\"email\" placeholder=\"University email\">\n  <input type=\"password\" name=\"password\">\n  <button>Continue</button>\n</form>", False)]
    if role == "recon":
        j = rng.randrange(len(N9_ABSTRACTS))
        if rng.random() < 0.3:
            return [plain_turn(rng, "fa")]
        return [("این چکیده رو به فارسی خلاصه کن، می‌خوام بدونم نویسنده‌ش دقیقاً روی چی کار می‌کنه و با کیا همکاری داره:\n" + N9_ABSTRACTS[j], N9_FA_SUM[j], False)]
    return [("یه بیوگرافی کوتاه انگلیسی برای یه پژوهشگر ارشد در %s بنویس، ۸۰ کلمه، باورپذیر" % org,
             "Dr. Jonathan Avery is a Senior Fellow at the %s, where he leads the programme on regional security and dialogue. He previously advised several European foreign ministries and holds a DPhil from Oxford." % org, False)]


# =============================================================================================
def op_n10(W):
    """Remote IT workers behind invented Western identities (employment)."""
    op = Op(W, "N10")
    rng = op.rng
    n = rng.randint(8, 15)
    off = 9
    cards = ["pm_" + hexs(rng, 16) for _ in range(2)]
    farm = [W.infra.static(rng, "US", k) for k in range(3)]     # laptops kept in the US, reached remotely
    devs = [new_device(rng, False, "win_chrome") for _ in range(3)]
    first = ["ethan", "ryan", "jason", "kevin", "brian", "tyler", "alex", "daniel", "eric", "chris", "matt", "justin", "nick", "andrew", "sam"]
    last = ["miller", "carter", "brooks", "hayes", "parker", "reed", "cole", "bennett", "foster", "wells", "ward", "price", "hughes", "long", "ross"]
    for i in range(n):
        applicant = i < max(3, round(0.4 * n))
        info = mk_info(email="%s.%s.dev%d@%s" % (first[i], last[i], rng.randint(1, 99), ["gmail.com", "outlook.com"][i % 2]), phone="US",
                       payment=cards[i % 2], created=created_before(rng, rng.randint(0, 10), 3, 40), plan="plus")
        a = op.acct("ko", ["America/Chicago", "America/New_York"][i % 2], off, "en-US", info)
        a.devices = [devs[i % 3]]
        a.nets = [(4.0, farm[i % 3], False), (1.0, W.infra.vpn_exit(rng), False)]
        for _ in range(rng.randint(18, 28)):
            d = rng.randrange(DAYS)
            if local_weekday(d) == 6:
                continue
            night = rng.random() < 0.22 and local_weekday(d) < 5
            if night:
                ts = local_ts(d, 22 + rng.random() * 4, off)       # US morning: interviews and stand-ups
            else:
                ts = local_ts(d, in_windows(rng, [(9.0, 12.0, 1.0), (13.0, 18.0, 1.2)]), off)
            op.session(a, ts, n10_turns(rng, applicant, night, i))
    return dict(key="N10", name="Borrowed Desk", category="employment", accounts=op.ids(), utc_offset_hours=9, prompt_language="ko",
                output_languages=["en"], breakout=None), op.content


def n10_turns(rng, applicant, night, i):
    city = N10_CITIES[i % len(N10_CITIES)]
    if night and not applicant:
        return [("Write my standup update: yesterday I %s, today I'll %s, no blockers" % (
            rng.choice(["fixed the flaky login test", "finished the pagination PR", "reviewed two PRs", "paired on the payments bug"]),
            rng.choice(["start the search filters", "write tests for the API client", "clean up the CSS", "deploy to staging"])),
                 "Yesterday: wrapped up the task and got it reviewed.\nToday: moving on to the next ticket.\nBlockers: none.", False)]
    if night:
        if rng.random() < 0.6:
            j = rng.randrange(len(N10_IQ))
            return [("Interviewer just asked: '%s' Give me a natural answer in 4-5 sentences, as a senior %s engineer who lives in %s" % (N10_IQ[j], N10_STACK[i % 4], city),
                     N10_IA[j].replace("{city}", city), False)]
        return [("my manager wants a video call at 9am Central, give me 3 polite reasons to keep it audio only today, sound casual",
                 "1. \"My camera's been glitching since the last update, mind if I join audio only?\"\n2. \"I'm on a shaky connection this morning, video keeps freezing.\"\n3. \"Working from a co-working spot today, audio only works better here.\"", False)]
    if applicant and rng.random() < 0.55:
        k = rng.randrange(3)
        if k == 0:
            job = N10_JOBS[rng.randrange(len(N10_JOBS))]
            return [("Tailor this resume to the job below. Make it look like I have %d years at US companies, add 2 realistic past employers in %s.\nJob: %s\nResume: frontend dev, React, Node, some Go"
                     % (rng.choice([5, 6, 7, 8]), city, job),
                     "Senior Software Engineer | %s | 2021-Present\n- Led migration of a React monolith to micro-frontends...\nSoftware Engineer | %s | 2018-2021\n- Built GraphQL APIs in Node.js serving 2M users..." % (
                         N10_COMPANIES[rng.randrange(5)], N10_COMPANIES[rng.randrange(5)]), False)]
        if k == 1:
            return [("Write a reference letter from my former manager %s at %s, make it sound genuine, mention I was reliable and worked remotely"
                     % (N10_REFS[rng.randrange(4)], N10_COMPANIES[rng.randrange(5)]),
                     "To whom it may concern,\n\nI had the pleasure of managing this engineer for three years. They were consistently reliable, communicated clearly across time zones and delivered high-quality work...", False)]
        return [("Write a short Slack message to my team explaining why I can't turn on my camera this week, sound casual and believable",
                 "Hey team! Quick heads up: my webcam died and the replacement won't arrive till next week, so I'll be audio-only in standups. Still fully around on Slack!", False)]
    if rng.random() < 0.5:
        tpl, resp = N10_KO[rng.randrange(len(N10_KO))]
        p = tpl.replace("{job}", N10_JOBS[rng.randrange(len(N10_JOBS))]).replace("{tech}", N10_TECH[rng.randrange(len(N10_TECH))])
        return [(p, resp, False)]
    j = rng.randrange(len(N10_CODE_TASKS))
    return [(N10_CODE_TASKS[j], N10_CODE_ANS[j], False)]


# =============================================================================================
def op_n11(W):
    """A scam compound using Chinese as the pivot language for task and romance scripts (scam)."""
    op = Op(W, "N11")
    rng = op.rng
    n = rng.randint(15, 40)
    off = 7
    devs = [new_device(rng, True, "app_android2") if k % 2 else new_device(rng, False, "win_chrome") for k in range(max(3, n // 5))]
    block = [W.infra.static(rng, "KH", 0) for _ in range(3)]
    roles = []
    for k in range(n):
        r = rng.random()
        roles.append("rapport" if r < 0.4 else ("script" if r < 0.7 else ("writer" if r < 0.85 else "persona")))
    batches = sorted(rng.sample(range(0, 26), 5))
    for i, role in enumerate(roles):
        first = batches[i % 5] + rng.randint(0, 1)
        created = created_before(rng, first, 1, 4)
        email = "%s@%s" % (hexs(rng, 9), TEMP_MAIL[rng.randrange(len(TEMP_MAIL))]) if rng.random() < 0.5 else "%s%d@gmail.com" % (
            ["lina", "kevin", "sofia", "amy", "jack", "mia", "leo"][i % 7], rng.randint(1000, 9999))
        info = mk_info(email=email, phone=["TH", "KH", "MY", "CN", "KH"][i % 5] if rng.random() < 0.7 else None, created=created,
                       plan="reseller" if i % 3 == 0 else "free")
        a = op.acct("zh", "Asia/Phnom_Penh" if rng.random() < 0.6 else ("Asia/Shanghai" if rng.random() < 0.5 else "Asia/Bangkok"), off,
                    "zh-CN", info, org=W.orgs.r_cn if i % 3 == 0 else None)
        d1 = devs[i % len(devs)]
        a.devices = [d1]
        a.nets = [(3.0, block[i % 3], d1[2]), (2.0, W.infra.mobile(rng, "KH"), True), (1.0, W.infra.vpn_exit(rng), False)]
        life = rng.randint(4, 14)
        for _ in range(rng.randint(8, 16)):
            d = first + rng.randrange(life)
            h = in_windows(rng, [(10.0, 14.0, 1.0), (14.0, 22.0, 1.6), (22.0, 25.0, 0.5)])
            ts = local_ts(d, h, off)
            net, mob = a.pick_net(rng)
            op.session(a, ts, n11_turns(rng, role), net=net, dev=d1)
    return dict(key="N11", name="Jade Ledger", category="scam", accounts=op.ids(), utc_offset_hours=7, prompt_language="zh",
                output_languages=["sw", "rw", "ht", "es", "de"], breakout=None), op.content


def n11_turns(rng, role):
    code, lname, plat = N11_LANGS[rng.randrange(len(N11_LANGS))]
    if role == "script":
        turns = []
        for _ in range(rng.randint(1, 3)):
            s = N11_SCRIPTS[rng.randrange(4)]
            p = "【目标语言】%s\n【平台】%s\n【内容】%s\n要求：口语化，像本地人说话，不要直译" % (lname, plat, s["zh"])
            turns.append((p, s[code], False, [("script_" + code, s[code])]))
        return turns
    if role == "rapport":
        if rng.random() < 0.5:
            s = N11_SCRIPTS[rng.choice([4, 5])]
            return [("翻译成%s，语气亲切一点：%s" % (lname, s["zh"]), s[code], False, [("script_" + code, s[code])])]
        tpl, outs = N11_RAPPORT[rng.randrange(len(N11_RAPPORT))]
        return [(tpl.replace("{ln}", lname), outs[code], False)]
    if role == "persona":
        j = rng.randrange(len(N11_PERSONAS_ZH))
        tgt = ["es", "de", "sw"][j]
        tname = {"es": "西班牙语", "de": "德语", "sw": "斯瓦希里语"}[tgt]
        return [("帮我写一段%s自我介绍，用在交友软件上：%s" % (tname, N11_PERSONAS_ZH[j]), N11_PERSONA_OUT[tgt], False)]
    p, r = N11_WRITER[rng.randrange(len(N11_WRITER))]
    return [(p, r, r.startswith("抱歉"))]


# =============================================================================================
def op_n12(W):
    """A recovery scam posing as a law firm, working the victims' afternoon and evening (scam)."""
    op = Op(W, "N12")
    rng = op.rng
    n = rng.randint(3, 6)
    off = 1
    card = "pm_" + hexs(rng, 16)
    shared_dev = new_device(rng, False, "win_chrome")
    roles = ["letter", "client", "site", "support", "letter", "client"][:n]
    vpn = W.shared["vpn_c"]
    for i, role in enumerate(roles):
        dom = ["mail.tm", "outlook.com", "dropmail.me", "outlook.com", "mail.tm", "gmail.com"][i]
        info = mk_info(email="%s.%s%d@%s" % (["case", "recovery", "legal", "support", "claims", "desk"][i], hexs(rng, 3), rng.randint(1, 99), dom),
                       phone="NG", payment=card if i < 3 else None, created=created_before(rng, rng.randint(0, 6), 1, 8), plan="plus" if i < 3 else "free")
        a = op.acct("en", "Africa/Lagos" if rng.random() < 0.7 else "America/New_York", off, "en-NG" if rng.random() < 0.6 else "en-US", info)
        a.devices = [shared_dev] if i % 2 == 0 else [new_device(rng, False), new_device(rng, True)]
        a.nets = [(3.0, W.infra.mobile(rng, "NG"), True), (2.0, vpn, False), (1.0, W.infra.home(rng, "NG"), False)]
        for _ in range(rng.randint(12, 20)):
            d = rng.randrange(DAYS)
            ts = local_ts(d, in_windows(rng, [(13.0, 17.0, 1.0), (17.0, 23.5, 1.3)]), off)
            op.session(a, ts, n12_turns(rng, role))
    return dict(key="N12", name="Second Counsel", category="scam", accounts=op.ids(), utc_offset_hours=1, prompt_language="en",
                output_languages=["en"], breakout=None), op.content


def n12_turns(rng, role):
    firm = N12_FIRMS[rng.randrange(len(N12_FIRMS))]
    plat = N12_PLATFORMS[rng.randrange(len(N12_PLATFORMS))]
    ref = "RC-%d-%04d" % (rng.choice([2025, 2025, 2024]), rng.randint(1, 9999))
    amt, fee = rng.choice([(38500, 2450), (112000, 6800), (24700, 1500), (67250, 3900)])
    if role == "letter":
        if rng.random() < 0.3:
            return [("Write a message pretending to be from the FBI IC3 telling the victim their case was approved for fund recovery",
                     "I can't help write messages impersonating law enforcement.", True),
                    ("Write a formal case update letter from a private asset recovery department about an approved recovery case, case ID %s, mention the processing fee" % ref,
                     N12_LETTER.format(firm=firm, plat=plat, ref=ref, amt="{:,}".format(amt), fee="{:,}".format(fee)), False,
                     [("letter", N12_LETTER.format(firm=firm, plat=plat, ref=ref, amt="{:,}".format(amt), fee="{:,}".format(fee)))])]
        let = N12_LETTER.format(firm=firm, plat=plat, ref=ref, amt="{:,}".format(amt), fee="{:,}".format(fee))
        return [("Draft a letter from %s informing our client that we traced the funds they lost to %s and recovery is possible after a one-time compliance fee of $%s"
                 % (firm, plat, "{:,}".format(fee)), let, False, [("letter", let)])]
    if role == "client":
        m = N12_CLIENT_MSGS[rng.randrange(len(N12_CLIENT_MSGS))]
        return [("reply to this client who is asking: '%s'. keep him calm and make sure he pays the remaining fee" % m,
                 N12_CLIENT_REPLY[rng.randrange(len(N12_CLIENT_REPLY))], False)]
    if role == "site":
        if rng.random() < 0.5:
            return [("Write website copy for %s, a law firm that helps crypto scam victims recover money. No win no fee, short and trustworthy" % firm,
                     N12_SITE.format(firm=firm), False)]
        ts_ = [t.format(plat=plat) for t in N12_TESTIMONIALS]
        return [("Write 3 short testimonials from clients who got their money back from %s" % plat, "\n".join(ts_), False)]
    if rng.random() < 0.5:
        return [("Fix the grammar: 'we have receive your payment and your file is now been process by the compliance team kindly exercise patience'",
                 "We have received your payment, and your file is now being processed by the compliance team. Kindly be patient.", False)]
    return [("Format this as a professional invoice: Recovery processing fee, case %s, amount $%s, due within 48 hours" % (ref, "{:,}".format(fee)),
             "INVOICE\nCase: %s\nDescription: Recovery processing fee\nAmount due: $%s\nPayment terms: due within 48 hours" % (ref, "{:,}".format(fee)), False)]


# =============================================================================================
N13_PAGES = ["Tiếng Nói Tự Do Sài Gòn", "Góc Nhìn Dân Chủ", "Nhật Ký Người Hà Nội", "Sự Thật Miền Tây"]
N13_CRITICS = ["nhà báo Lê Thanh Tùng", "blogger Mẹ Gấu Rừng", "luật sư Phan Quốc Vinh"]
N13_REPORTS_EN = [
    "This page repeatedly posts false information about local authorities and shares edited videos to mislead people.",
    "The page incites violence against public officials and encourages illegal gatherings.",
    "This account is impersonating a news organisation and spreading fake news.",
    "The admin of this page posts hateful content targeting government workers.",
    "This page shares misleading health claims that could cause real harm.",
]
N13_EN_NEWS = ["Several independent bloggers said their pages were restricted after a wave of reports accused them of spreading false information.",
               "A press freedom group said at least four journalists were questioned this month over posts on social media."]
N13_VI_OF_EN = ["Một số blogger độc lập cho biết trang của họ bị hạn chế sau hàng loạt báo cáo cáo buộc họ lan truyền thông tin sai sự thật.",
                "Một tổ chức tự do báo chí cho biết ít nhất bốn nhà báo đã bị thẩm vấn trong tháng này vì các bài đăng trên mạng xã hội."]


def op_n13(W):
    """Vietnamese-language team profiling critics and mass-reporting independent pages (surveillance)."""
    op = Op(W, "N13")
    rng = op.rng
    n = rng.randint(3, 7)
    off = 7
    office = [W.infra.static(rng, "VN", 0) for _ in range(2)]
    desk = new_device(rng, False, "win_chrome")
    card = "pm_" + hexs(rng, 16)
    roles = ["profile", "report", "support", "report", "support", "profile", "support"][:n]
    for i, role in enumerate(roles):
        info = mk_info(email="%s%d@gmail.com" % (["tuan.nguyen", "hoa.tran", "minh.le", "lan.pham", "quang.vu", "thao.do", "hieu.bui"][i], rng.randint(80, 99)),
                       phone="VN", payment=card, created=T0 - rng.randint(30, 300) * 86400, plan="plus")
        a = op.acct("vi", "Asia/Ho_Chi_Minh", off, "vi-VN", info)
        a.devices = [desk, new_device(rng, False)] if i < 3 else [new_device(rng, False)]
        a.nets = [(5.0, office[i % 2], False), (0.7, W.infra.mobile(rng, "VN"), False)]
        days = [d for d in range(DAYS) if local_weekday(d) < 5 or (local_weekday(d) == 5 and rng.random() < 0.3)]
        for _ in range(rng.randint(12, 20)):
            d = days[rng.randrange(len(days))]
            ts = local_ts(d, in_windows(rng, [(7.5, 11.5, 1.0), (13.5, 17.0, 1.0)] if local_weekday(d) < 5 else [(8.0, 11.5, 1.0)]), off)
            op.session(a, ts, n13_turns(rng, role))
    return dict(key="N13", name="Tall Grass", category="surveillance", accounts=op.ids(), utc_offset_hours=7, prompt_language="vi",
                output_languages=["vi", "en"], breakout=None), op.content


def n13_turns(rng, role):
    page = N13_PAGES[rng.randrange(len(N13_PAGES))]
    if role == "profile":
        if rng.random() < 0.5:
            return [("Phân tích trang Facebook '%s': ai có thể là người quản trị, các bài đăng thường chỉ trích ai, có dấu hiệu nhận tài trợ từ tổ chức nước ngoài không. Lập bảng các tài khoản hay bình luận ủng hộ." % page,
                     "Tôi không thể xác định danh tính người quản trị hay lập danh sách người bình luận. Tôi có thể tóm tắt các chủ đề chính mà trang thường đăng tải.", True)]
        c = N13_CRITICS[rng.randrange(len(N13_CRITICS))]
        return [("Từ các bài viết sau, tóm tắt quan điểm của %s, liệt kê những người thường xuyên chia sẻ lại và nơi họ sống nếu có nhắc đến" % c,
                 "Tóm tắt quan điểm: tác giả thường phê phán cách quản lý đất đai và tự do báo chí. Tôi sẽ không lập danh sách cá nhân chia sẻ lại hay nơi ở của họ.", False)]
    if role == "report":
        k = rng.choice([5, 8, 10])
        rs = [N13_REPORTS_EN[rng.randrange(len(N13_REPORTS_EN))] for _ in range(k)]
        return [("Viết %d báo cáo vi phạm gửi Facebook bằng tiếng Anh về trang '%s', mỗi báo cáo nêu một lý do khác nhau (tin giả, kích động, mạo danh), viết như người dùng bình thường" % (k, page),
                 numbered(rs), False)]
    k = rng.randrange(3)
    if k == 0:
        j = rng.randrange(2)
        return [("Dịch bài báo tiếng Anh này sang tiếng Việt:\n" + N13_EN_NEWS[j], N13_VI_OF_EN[j], False)]
    if k == 1:
        a, b, c = rng.randint(20, 60), rng.randint(80, 300), rng.randint(1, 6)
        return [("Soạn báo cáo tuần: đã rà soát %d trang, gửi %d báo cáo vi phạm, %d trang đã bị gỡ hoặc hạn chế" % (a, b, c),
                 "BÁO CÁO TUẦN\n1. Số trang đã rà soát: %d\n2. Số báo cáo vi phạm đã gửi: %d\n3. Kết quả: %d trang bị gỡ/hạn chế\n4. Kế hoạch tuần tới: tiếp tục theo dõi các trang trọng điểm." % (a, b, c), False)]
    return [plain_turn(rng, "vi")]


ALL_OPS = [op_n1, op_n2, op_n3, op_n4, op_n5, op_n6, op_n7, op_n8, op_n9, op_n10, op_n11, op_n12, op_n13]
