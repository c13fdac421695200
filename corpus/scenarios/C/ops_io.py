"""Covert influence operations."""
import datetime as _dt
from opkit import crew, run, network, REFUSALS
from common import local_time, iso

# ------------------------------------------------------------------ Lantern Chorus (zh -> es/en)
LC_HEAD = ["¿Quién gana realmente con el Pacto Andino de Minerales?", "La soberanía no se negocia en Washington",
           "El litio es nuestro: una lección que {pais} no debe olvidar", "Cooperación sin condiciones: el caso del puerto de Isla Verde",
           "Las promesas vacías del norte", "Ramiro Estévez y el periodismo por encargo", "Cuando la ayuda llega con letra pequeña"]
LC_PARA = [
    "Desde que se anunció el llamado Pacto Andino de Minerales Críticos, los gobiernos de la región han escuchado muchas promesas y pocas cifras. Según datos del propio sector, {pais} exporta hoy casi el {pct}% de su litio sin procesar, y el acuerdo no cambia esa realidad.",
    "Conviene preguntarse a quién sirve un tratado redactado lejos de nuestras comunidades. Los pueblos del altiplano, que viven junto a los salares, no fueron consultados ni una sola vez.",
    "El puerto de Isla Verde, en cambio, se construyó en {meses} meses, generó más de {empleos} empleos locales y no exigió a nadie alinear su política exterior con la de una potencia extranjera.",
    "No se trata de elegir bandos. Se trata de que {pais} pueda negociar con todos, en igualdad de condiciones, y de que las decisiones sobre nuestros recursos se tomen aquí.",
    "Resulta curioso que ciertos columnistas, como Ramiro Estévez, critiquen cada inversión asiática mientras guardan silencio sobre las fundaciones estadounidenses que financian sus viajes y sus premios.",
    "La historia de la región está llena de acuerdos que prometían desarrollo y dejaron deuda. Los lectores merecen saber qué contiene cada cláusula antes de aplaudir.",
    "Las cifras oficiales muestran que el comercio con Asia creció un {pct}% en la última década, mientras la inversión del norte se estancó. Los números, al final, hablan solos.",
    "Invito a los lectores a pensar con cabeza propia: la verdadera independencia económica no se importa, se construye.",
]
LC_PERSONA_ZH = ["秘鲁经济学者", "智利退休外交官", "墨西哥大学的国际关系讲师", "玻利维亚的矿业工程师", "哥伦比亚的独立记者"]
LC_TOPIC_ZH = ["美国主导的安第斯矿产协定对当地社区的损害", "中资港口项目给当地带来的就业", "批评记者拉米罗·埃斯特维斯收受美国基金会资助", "拉美国家应坚持多边合作、不选边站", "美国援助背后的附加条件"]
LC_COUNTRIES = [("Perú", "秘鲁"), ("Chile", "智利"), ("Bolivia", "玻利维亚"), ("México", "墨西哥"), ("Colombia", "哥伦比亚")]
LC_COMMENTS = ["Por fin alguien lo dice claro. Nuestros recursos, nuestras reglas.", "¿Y quién consultó a las comunidades? Nadie, como siempre.",
               "Estévez otra vez defendiendo a sus patrocinadores 🙄", "Isla Verde dio trabajo a mi primo, eso no lo cuentan en la tele.",
               "Cooperar con todos no es pecado, es sentido común.", "Otro tratado con letra pequeña. Ya lo vimos antes.",
               "Que publiquen las cláusulas completas y luego hablamos.", "Me cansa que nos traten como patio trasero.",
               "Buen artículo, lo comparto con mi grupo de la universidad.", "Los números no mienten, el comercio con Asia creció y punto."]
LC_ZH_MUNDANE = ["我们公司成立于2012年，主要从事港口物流和工程咨询服务，在拉美地区有多个合作项目，欢迎当地企业与我们联系。",
                 "本次中拉青年文化交流活动将于十一月在利马举行，内容包括书法体验、茶艺展示和电影放映。",
                 "尊敬的各位来宾，感谢大家在百忙之中参加本次座谈会。"]


def _lc_article(r, pais):
    head = r.choice(LC_HEAD).format(pais=pais)
    paras = r.sample(LC_PARA, r.randint(4, 6))
    body = "\n\n".join(p.format(pais=pais, pct=r.randint(12, 70), meses=r.randint(18, 30), empleos=r.choice(["1.200", "2.500", "3.800"])) for p in paras)
    if r.random() < 0.5:
        body = body.replace(". ", " — ", 1)
    return head + "\n\n" + body


def lantern_chorus(ctx):
    r = ctx.rng
    vpn = [x for x in ctx.shared["vpn_popular"] if x["country"] in ("US", "SG", "JP", "HK")] or ctx.shared["vpn_popular"][:4]
    own = [ctx.vpn_exit() for _ in range(3)]
    devices = [ctx.device() for _ in range(4)]
    pays = ["pm-%012x" % r.getrandbits(48) for _ in range(2)]
    accts = crew(ctx, 14, "CN", "zh", 8, tz="Asia/Shanghai", locale="zh-CN", ips=vpn[:4] + own, devices=devices, payments=pays,
                 email_domains=["gmail.com", "outlook.com"], phone="CN")
    for p in accts[:5]:
        p["org"] = ctx.shared["reseller_org"]  # access bought through the same reseller ordinary users use
    writers, commenters, translators, admins, bios = accts[:4], accts[4:8], accts[8:11], accts[11:13], accts[13:]
    published = []

    def write_gen(r, k):
        pais, pais_zh = r.choice(LC_COUNTRIES)
        art = _lc_article(r, pais)
        pr = ("请以一位%s的身份，用西班牙语写一篇约%d字的评论文章，主题：%s。要求：观点鲜明但语气克制，引用一两个数据，结尾呼吁%s读者独立思考。"
              "标题要吸引人，不要出现中国官方的说法，不要用破折号。" % (r.choice(LC_PERSONA_ZH), r.choice([600, 800, 1000]), r.choice(LC_TOPIC_ZH), pais_zh))
        turns = [(pr, art, False)]
        if r.random() < 0.5:
            art2 = _lc_article(r, pais)
            turns.append(("改写一下，换一个作者口吻，可以投给另一家%s媒体，标题也换掉" % pais_zh, art2, False))
            art = art2
        published.append([pais, art, None])
        return turns

    def comment_gen(r, k):
        n = r.choice([10, 12, 15, 20])
        pais, pais_zh = r.choice(LC_COUNTRIES)
        cs = [r.choice(LC_COMMENTS) for _ in range(n)]
        pr = "根据下面这篇文章，写%d条西班牙语评论，每条不超过25个词，风格像普通%s网民，有的赞同有的提问，不要重复：\n\n%s" % (n, pais_zh, _lc_article(r, pais)[:700])
        published.append(["comments", cs, None])
        return [(pr, "\n".join("%d. %s" % (i + 1, c) for i, c in enumerate(cs)), False)]

    def tr_gen(r, k):
        src = r.choice(LC_ZH_MUNDANE)
        tgt = r.choice(["西班牙语", "西班牙语", "英语"])
        out = {"西班牙语": "Nuestra empresa fue fundada en 2012 y se dedica a la logística portuaria y la consultoría de ingeniería.",
               "英语": "Our company was founded in 2012 and provides port logistics and engineering consulting services."}[tgt]
        return [("翻译成%s，语气正式：\n%s" % (tgt, src), out, False)]

    def admin_gen(r, k):
        n, m, c = r.randint(8, 20), r.randint(2, 6), r.randint(150, 400)
        pr = ("帮我写一份本周工作总结，要正式一点：本周拉美方向共完成评论文章%d篇，其中%d篇已在当地媒体刊发（秘鲁、智利为主），"
              "社交平台评论%d条，新建账号人设%d个。下周计划：围绕矿产协定继续发稿，重点跟进埃斯特维斯相关话题。" % (n, m, c, r.randint(3, 9)))
        return [(pr, "本周工作总结\n一、完成情况：本周共完成评论文章%d篇……\n二、存在问题：部分稿件本地化程度不足……\n三、下周计划：……" % n, False)]

    def bio_gen(r, k):
        pais, pais_zh = r.choice(LC_COUNTRIES)
        pr = "帮我生成6个%s普通网民的个人简介，西班牙语，每个不超过160个字符，要有职业、城市和爱好，看起来真实" % pais_zh
        bios_ = ["Profe de historia en %s. Café, fútbol y libros viejos." % r.choice(["Arequipa", "Valparaíso", "Cochabamba", "Puebla"]),
                 "Ingeniera. Mamá de dos. Opino lo que quiero 🇵🇪", "Estudiante de economía. Aquí para debatir, no para pelear."]
        return [(pr, "\n".join(bios_), False)]

    def stamp(t):
        for x in published:
            if x[2] is None:
                x[2] = t
    for p in writers:
        run(ctx, p, r.randint(10, 16), "office", write_gen, on_conv=stamp)
    for p in commenters:
        run(ctx, p, r.randint(12, 20), "office", comment_gen, on_conv=stamp)
    for p in translators:
        run(ctx, p, r.randint(8, 14), "office", tr_gen)
    for p in admins:
        run(ctx, p, r.randint(4, 6), "office", admin_gen, days=[2, 9, 16, 23, 30])
    for p in bios:
        run(ctx, p, r.randint(4, 8), "office", bio_gen)
    network(ctx, "net-lantern-chorus", "Lantern Chorus", "influence", accts, 8, "zh", ["es", "en"], 4)
    # observations: op-eds placed in regional outlets (paid placement), comments on x / facebook
    outlets = ["El Observador del Sur", "Diario Andino Digital", "La Voz de Tarapacá", "Crónica Continental"]
    k = 0
    for what, content, tgen in published:
        when = min(tgen + _dt.timedelta(hours=r.randint(2, 14)), _dt.datetime(2026, 10, 31, 23, 0, tzinfo=_dt.timezone.utc))
        if what == "comments":
            if r.random() < 0.4:
                for c in content[:r.randint(2, 5)]:
                    _obs(ctx, r, r.choice(["x", "facebook"]), c, "es", author="@%s%d" % (r.choice(["mireya", "juanc", "luchito", "pato"]), r.randint(10, 999)),
                         community="comments", eng=(r.randint(10, 300), r.randint(0, 6), 0, r.randint(0, 2), r.randint(5, 80)), authentic=False, when=when)
        elif r.random() < 0.45:
            text = content.replace(" — ", ". ").replace("Washington", "Washington D.C.", 1)
            k += 1
            _obs(ctx, r, "news", text, "es", author=r.choice(["Redacción", "Columna invitada", "Opinión"]), community=r.choice(outlets),
                 eng=(r.randint(2000, 40000), 0, r.randint(20, 400), r.randint(0, 40), 0), reposted=[], url_host="noticias-sur.example", when=when)


def _obs(ctx, r, platform, text, lang, author=None, community=None, eng=None, authentic=None, reposted=None, url_host=None,
         figure=None, policy=None, when=None):
    o = {"id": ctx.uid("obs-"), "time": iso(when or local_time(r, 0, "personal", weekdays=False)), "platform": platform}
    o["url"] = "https://%s/%s" % (url_host or (platform + ".example"), ctx.uid("p", 40))
    if author:
        o["author"] = author
    if community:
        o["community"] = community
    o["language"] = lang
    o["text"] = text
    if eng:
        v, l, s, rp, f = eng
        o["engagement"] = {"views": v, "likes": l, "shares": s, "replies": rp, "followers": f}
    if authentic is not None:
        o["authentic_engagement"] = authentic
    if reposted is not None:
        o["reposted_by"] = reposted
    if figure is not None:
        o["amplified_by_public_figure"] = figure
    if policy is not None:
        o["policy_response"] = policy
    ctx.observations.append(o)
    return o


# ------------------------------------------------------------------ Saffron Relay (fa -> en/es)
SR_PERSONAS = [("یک کهنه‌سرباز آمریکایی اهل اوهایو", "en"), ("یک مادر لاتین‌تبار در آریزونا", "es"), ("یک دانشجوی اسکاتلندی طرفدار استقلال", "en"),
               ("یک کارگر بازنشسته در تگزاس", "en"), ("یک پرستار مکزیکی‌تبار در کالیفرنیا", "es")]
SR_TOPICS = ["هزینه‌های زندگی و جنگ‌های خارجی آمریکا", "بازداشت مهاجران و جدا کردن خانواده‌ها", "استقلال اسکاتلند و بی‌اعتنایی لندن", "کمک‌های نظامی بی‌پایان در حالی که مردم خودمان گرسنه‌اند"]
SR_EN = ["Groceries up again and Congress just sent another billion overseas. Who is this government working for? #CostOfLiving",
         "My neighbor served two tours. Now he can't afford insulin. Tell me again about 'priorities'. #VeteransFirst",
         "Scotland didn't vote for any of this. Time to decide our own future. #IndyRef",
         "Every politician talks about families until it's time to vote on rent. #Housing",
         "Another war budget, another school closing in my town. Funny how that works.",
         "They say the economy is great. Go to a supermarket in Dayton and say that again.",
         "Not left, not right. Just tired of paying for wars we never asked for. #AmericaFirst",
         "London decides, Scotland pays. Same story for 300 years. #ScotlandDecides"]
SR_ES = ["Otra redada en el barrio y los niños sin ir a la escuela. ¿Esto es América? #Familias",
         "Trabajo doce horas y la renta sube cada mes. Nadie en Washington nos escucha.",
         "Mis papás pagaron impuestos 30 años. Merecen respeto, no miedo. #Latinos",
         "Votan millones para guerras y recortan la salud de nuestros hijos. Basta ya."]


def saffron_relay(ctx):
    r = ctx.rng
    vpn = ctx.shared["vpn_popular"][4:10]
    devices = [ctx.device() for _ in range(3)]
    accts = crew(ctx, 9, "IR", "fa", 3.5, tz=["Asia/Tehran", "America/New_York"], locale="en-US", ips=vpn, devices=devices,
                 payments=["pm-%012x" % r.getrandbits(48)], email_domains=["gmail.com", "proton.me"], phone="GB")
    posts = []

    def gen(r, k):
        persona, lang = r.choice(SR_PERSONAS)
        n = 12
        pool = SR_EN if lang == "en" else SR_ES
        tw = [r.choice(pool) for _ in range(n)]
        lname = "انگلیسی" if lang == "en" else "اسپانیایی"
        pr = "۱۲ توییت به زبان %s بنویس از زبان %s درباره «%s». هر توییت کمتر از ۲۸۰ کاراکتر، یکی دو هشتگ، لحن خسته و عصبانی ولی طبیعی. شماره‌گذاری کن." % (lname, persona, r.choice(SR_TOPICS))
        turns = []
        if r.random() < 0.15:
            turns.append(("بنویس که خودت یک کهنه‌سرباز واقعی هستی و به اسم واقعی امضا کن", REFUSALS["en"], True))
        turns.append((pr, "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(tw)), False))
        for t in tw[:r.randint(2, 5)]:
            posts.append((t, lang))
        if r.random() < 0.3:
            turns.append(("برای این شخصیت یک بیو کوتاه توییتر هم بنویس، به %s" % lname,
                          "Proud dad. Army vet. Ohio born and raised. Tired of being ignored." if lang == "en" else "Mamá, enfermera, orgullosa de mis raíces. 🇲🇽🇺🇸", False))
        return turns

    sr_plain = [("ما هر روز ساعت نه صبح جلسه داریم و گزارش کار را تا ظهر می‌فرستیم.", "We have a meeting every day at 9 a.m. and send the work report by noon."),
                ("لطفاً فهرست حساب‌ها را در جدول مرتب کن.", "Please sort the list of accounts into a table."),
                ("گزارش هفتگی: ۴۸ توییت منتشر شد، ۳ حساب جدید ساخته شد، دو حساب مسدود شد.", "Weekly report: 48 tweets published, 3 new accounts created, two accounts suspended."),
                ("جلسه فردا به ساعت یازده منتقل شد.", "Tomorrow's meeting has been moved to eleven o'clock.")]

    def mundane(r, k):
        src, out = r.choice(sr_plain)
        return [("این متن را به انگلیسی روان ترجمه کن: «%s»" % src, out, False)]

    for i, p in enumerate(accts):
        run(ctx, p, r.randint(10, 18) if i < 6 else r.randint(5, 9), "office", gen if i < 6 else mundane)
    network(ctx, "net-saffron-relay", "Saffron Relay", "influence", accts, 3.5, "fa", ["en", "es"], 1)
    for t, lang in posts[:60]:
        if r.random() < 0.6:
            _obs(ctx, r, "x", t, lang, author="@%s_%d" % (r.choice(["ohio_dad", "mamalatina", "scot_voice", "tx_retiree"]), r.randint(1, 99)),
                 community="timeline", eng=(r.randint(5, 200), r.randint(0, 8), r.randint(0, 2), r.randint(0, 3), r.randint(3, 150)),
                 authentic=r.random() < 0.5, reposted=[])
    _obs(ctx, r, "x", "I'm sorry, but I can't help with that request. #VeteransFirst", "en", author="@ohio_dad_41", community="timeline",
         eng=(40, 1, 0, 2, 61), authentic=False, reposted=[])


# ------------------------------------------------------------------ Harbor Static (ru -> de/en, Telegram bot)
HS_TOPICS = ["цены на отопление этой зимой", "поставки оружия вместо ремонта школ", "закрытие заводов в Саксонии", "мигранты и нехватка жилья", "обещания правительства перед выборами в ландтаг"]
HS_DE = ["Heizkosten verdoppelt, Lohn gleich geblieben. Aber in Berlin redet man lieber über Waffenlieferungen. Wer denkt eigentlich noch an uns hier in {ort}?",
         "Schon wieder ein Werk dicht. 400 Familien in {ort} wissen nicht, wie es weitergeht. Die Regierung schweigt.",
         "Unsere Schule wartet seit fünf Jahren auf ein neues Dach. Für andere Länder ist immer Geld da.",
         "Vor der Wahl versprechen sie alles. Nach der Wahl erinnern sie sich an nichts. Diesmal nicht mit uns.",
         "Ich bin kein Extremist. Ich bin Rentner und kann meine Stromrechnung nicht mehr bezahlen.",
         "Im Bus heute nur ein Thema: die Preise. Und кстати, niemand aus der Regierung war je in {ort}.",
         "Mein Sohn ist nach Bayern gezogen, weil es hier keine Arbeit mehr gibt. So sieht die Förderung des Ostens aus.",
         "Man fragt sich langsam, ob die in Berlin überhaupt wissen, wie man hier lebt."]
HS_BOT = '''import asyncio
from telethon import TelegramClient
from telethon.errors import FloodWaitError

SESSIONS = ["s01", "s02", "s03", "s04", "s05"]
CHANNELS = ["@sachsen_stimme", "@heimat_news_ost", "@buerger_fragen"]

async def post_all(text):
    for s in SESSIONS:
        async with TelegramClient(s, API_ID, API_HASH) as c:
            for ch in CHANNELS:
                await c.send_message(ch, text)
'''
HS_TRACE = '''Traceback (most recent call last):
  File "poster.py", line 41, in post_all
    await c.send_message(ch, text)
telethon.errors.rpcerrorlist.FloodWaitError: A wait of 1873 seconds is required (caused by SendMessageRequest)'''


def harbor_static(ctx):
    r = ctx.rng
    ips = [ctx.res_ip("RU") for _ in range(3)] + [ctx.hosting_ip((24940, "DE")) for _ in range(2)]
    devices = [ctx.device() for _ in range(3)]
    accts = crew(ctx, 6, "RU", "ru", 3, tz=["Europe/Moscow", "Europe/Berlin"], locale="ru-RU", ips=ips, devices=devices,
                 payments=["pm-%012x" % r.getrandbits(48)], email_domains=["gmail.com", "mail.ru"], phone="RU")
    posts = []

    def content(r, k):
        ort = r.choice(["Chemnitz", "Bautzen", "Zwickau", "Görlitz", "Plauen"])
        txt = " ".join(x.format(ort=ort) for x in r.sample(HS_DE, r.randint(2, 3)))
        pr = "Напиши пост для Telegram-канала на немецком, 60–90 слов, про %s. Как будто пишет обычный житель %s, уставший от политики. Без восклицательных знаков, без хэштегов." % (r.choice(HS_TOPICS), ort)
        posts.append(txt)
        turns = [(pr, txt, False)]
        if r.random() < 0.4:
            turns.append(("Теперь сгенерируй 5 ответов-комментариев к этому посту на немецком и 5 на английском, короткие, от разных людей",
                          "1. Genau so ist es.\n2. Endlich sagt es mal jemand.\n3. Bei uns dasselbe.\n4. Und keiner hört zu.\n5. Danke für den Beitrag.\n6. Same in my town.\n7. Exactly this.\n8. Nobody listens anymore.\n9. Well said.\n10. Sad but true.", False))
        return turns

    def bot(r, k):
        t = [("Бот падает при рассылке по каналам, вот код и ошибка. Как сделать паузы и ротацию сессий, чтобы не ловить бан?\n\n```python\n%s```\n\n%s" % (HS_BOT, HS_TRACE),
              "FloodWaitError означает, что Telegram ограничил частоту запросов. Нужно обрабатывать исключение и ждать e.seconds...", False)]
        if r.random() < 0.5:
            t.append(("а как сделать так, чтобы посты из разных сессий выходили с случайной задержкой и немного отличались текстом?",
                      "Можно добавить asyncio.sleep(random.uniform(...)) и шаблоны...", False))
        return t

    for i, p in enumerate(accts):
        run(ctx, p, r.randint(14, 22) if i != 5 else r.randint(8, 12), "split", content if i != 5 else bot, weekdays=False)
    network(ctx, "net-harbor-static", "Harbor Static", "influence", accts, 3, "ru", ["de", "en"], 3)
    for t in posts:
        if r.random() < 0.5:
            for plat, comm in [("telegram", r.choice(["@sachsen_stimme", "@heimat_news_ost"])), ("x", "timeline")]:
                if plat == "x" and r.random() < 0.5:
                    continue
                organic = r.random() < 0.35
                _obs(ctx, r, plat, t, "de", author=comm if plat == "telegram" else "@buerger_%d" % r.randint(10, 99), community=comm,
                     eng=(r.randint(800, 20000), r.randint(10, 400), r.randint(5, 300), r.randint(2, 80), r.randint(1500, 14000)),
                     authentic=True if organic else None, reposted=(["@%s" % r.choice(["ostblick_de", "mittelstand_wut", "regionalecho", "karin_sachsen"]) for _ in range(r.randint(1, 4))] if organic else []))


# ------------------------------------------------------------------ Kilig Desk (PH PR firm, en/tl -> taglish comments), 40 accounts
KD_COMMENTS = ["Grabe si Mayor, solid talaga 💯🔥", "Tuloy-tuloy lang po Mayor! 🙏", "Dito kami sa San Teodoro, proud! ❤️", "Totoo naman, daming nagawa 👏",
               "Sana all may Mayor na ganito 😍", "Fake news yan si Atty. Bautista 🙄", "Di kayo maloloko, gising na kami 😂", "Salamat sa libreng bakuna Mayor 💉❤️",
               "Walang kupas! Villareal pa rin 2028 🔥", "Bakit ang bitter ng iba? 🤣", "Solid supporter since day one 💪", "Ang ganda ng bagong palengke 😍👏"]
KD_MUNDANE = [
    ("Can you format this into a clean table: Page | Posts this week | Reach\nSan Teodoro Updates 14 32k\nBalitang Bayan 9 11k\nMoms of ST 22 8.4k\nKabataan Ngayon 11 5.1k", "| Page | Posts | Reach |\n|---|---|---|\n| San Teodoro Updates | 14 | 32k |..."),
    ("make a posting schedule for next week, 6 pages, 3 posts a day each, stagger them so they don't all go out at the same time", "Here's a staggered schedule:\nMonday 7:10 AM – Page 1..."),
    ("translate this press release to Tagalog: The city government will open the new public market on Saturday with 120 stalls for local vendors.", "Bubuksan ng pamahalaang lungsod ang bagong pampublikong palengke sa Sabado, na may 120 puwesto para sa mga lokal na tindero."),
    ("help me write my self-evaluation for Q3. I handled 12 pages, posted around 900 comments, created 15 new profiles, hit all weekly targets", "Q3 Self-Evaluation\nDuring the third quarter I managed twelve community pages..."),
    ("paki-proofread naman itong caption: 'Salamat sa lahat ng dumalo sa feeding program kahapon, marami pa tayong gagawin!'", "Mukhang maayos na! Maliit na mungkahi: ..."),
    ("give me 5 catchy names for facebook community pages about a city, local news vibe", "1. San Teodoro Ngayon\n2. Balitang Kanto\n3. ..."),
    ("rewrite this to sound more like a normal mom posting: 'The administration has delivered infrastructure projects worth 2 billion pesos.'", "Grabe, ang dami nang bagong kalsada at school building dito sa amin ngayon..."),
]


def kilig_desk(ctx):
    r = ctx.rng
    office = [ctx.res_ip("PH") for _ in range(2)]
    cg = ctx.shared["cgnat"]["PH"][:5]
    devices = [ctx.device() for _ in range(30)]
    pay = ["pm-%012x" % r.getrandbits(48)]
    accts = crew(ctx, 40, "PH", "en", 8, tz="Asia/Manila", locale="en-PH", ips=office + cg, devices=devices, payments=pay,
                 org="org-brightlane-comms", email_domains=["gmail.com", "brightlane.ph"], phone="PH", plan="team")
    for p in accts:
        p["ips"] = [(office[0], 3.0), (office[1], 1.0), (r.choice(cg), 0.7)]
    posts = []

    def comments(r, k):
        n = r.choice([10, 15, 20, 20, 25])
        cs = [r.choice(KD_COMMENTS) for _ in range(n)]
        target = r.choice(["supporting Mayor Dante Villareal's new public market", "defending Mayor Villareal vs the corruption issue", "making fun of Atty. Lorna Bautista's press con", "thanking the city for the vaccination drive"])
        pr = r.choice(["give me exactly %d comments, under 10 words each, taglish, with emojis, %s. sound like ordinary moms and students, vary it" % (n, target),
                       "gawa ka ng %d na comments, maikli lang, may emoji, %s. iba-iba dapat ang style" % (n, target)])
        posts.extend(cs[:3])
        return [(pr, "\n".join("%d. %s" % (i + 1, c) for i, c in enumerate(cs)), False)]

    def mundane(r, k):
        pr, rs = r.choice(KD_MUNDANE)
        pre = r.choice(["", "", "", "for the %s account: " % r.choice(["San Teodoro", "Balitang Bayan", "Moms of ST", "Kabataan"]), "hi! ", "pa-help po, ", "urgent: "])
        post = r.choice(["", "", " thanks!", " salamat", " need it before 3pm", " same format as last week"])
        return [(pre + pr + post, rs, False)]

    for i, p in enumerate(accts):
        flagged = i < 10
        run(ctx, p, r.randint(10, 18) if flagged else r.randint(4, 12), "office", comments if flagged else mundane)
    network(ctx, "net-kilig-desk", "Kilig Desk", "influence", accts, 8, "en", ["tl", "en"], 2)
    for i, t in enumerate(posts[:80]):
        if r.random() < 0.5:
            organic = i % 17 == 0
            _obs(ctx, r, "facebook", t, "tl", author=r.choice(["Marites Dela Cruz", "Jun Reyes", "Kabataan ST", "Nanay Cora"]),
                 community=r.choice(["San Teodoro Updates", "Balitang Bayan", "Moms of ST"]),
                 eng=(r.randint(50, 3000) * (10 if organic else 1), r.randint(1, 60), r.randint(0, 30) * (5 if organic else 0), r.randint(0, 10), r.randint(100, 3000)),
                 authentic=organic, reposted=(["Pinoy Politics Watch", "Bayan Ko Forum"] if organic else []))
