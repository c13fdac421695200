"""Operations 1-4: influence operations in Chinese, Persian and Russian."""
from ops_common import (Op, turns_out, fill, light_edit, created_before, handle, shared_exit,
                        clamp_obs_time, obs_id, exit_for)
from engine import rng, hexid, set_ctx, pick_ctx, window_starts, session_starts, UA, TALKERS, DAYS

# =============================================================================================
# 1. "Tinted Ink": Chinese-language operators, Spanish op-eds for Latin American outlets and
#    English replies aimed at a critic.  Office week in UTC+8.

TI_COUNTRY = [("阿根廷", "Argentina", "Rosario"), ("秘鲁", "Perú", "Arequipa"), ("智利", "Chile", "Valparaíso"),
              ("哥伦比亚", "Colombia", "Cali"), ("墨西哥", "México", "Guadalajara"), ("厄瓜多尔", "Ecuador", "Guayaquil"),
              ("玻利维亚", "Bolivia", "Cochabamba")]
TI_ROLE = [("经济学者", "economista"), ("大学老师", "docente universitaria"), ("退休工程师", "ingeniero jubilado"),
           ("自由撰稿人", "periodista independiente"), ("国际关系分析人士", "analista internacional")]
TI_TOPIC = [("港口和铁路投资带来的就业", "las inversiones en puertos y ferrocarriles que crean empleo local", "los puertos"),
            ("美国对本地锂矿开发的干预", "la presión de Washington sobre nuestro litio", "el litio"),
            ("美联储加息对本国物价的冲击", "el golpe de las tasas de la Reserva Federal a nuestros precios", "las tasas"),
            ("本国媒体对亚洲的偏见报道", "la cobertura sesgada de los medios locales sobre Asia", "los medios"),
            ("美国军舰在南太平洋的活动", "la presencia militar estadounidense en el Pacífico Sur", "la Armada"),
            ("5G网络建设被外部压力拖延", "los retrasos de la red 5G por presiones externas", "el 5G")]
TI_PERSONA = ["Ramiro Ugarte", "Lucía Benavides", "Tomás Irarrázaval", "Verónica Salcedo", "Hernán Quispe",
              "Mariana Ocampo", "Esteban Larrea", "Gabriela Montaño"]
TI_OUTLET = ["El Diario Austral del Sur", "Tribuna del Altiplano", "La Gaceta de Occidente", "Noticias del Pacífico Sur",
             "Semanario El Puente", "Crónica Andina", "El Heraldo de la Costa"]
TI_CRITIC = "@lai_ming_hk"

TI_TITLE = ["{corto}: lo que nadie nos cuenta", "¿Quién gana realmente con {corto}?", "{pais} merece decidir por sí mismo",
            "La otra cara de {corto}", "Menos sermones y más inversión", "Soberanía sin tutelas",
            "Lo que {ciudad} sabe y Washington no quiere oír"]
TI_PARA = [
    "En {ciudad} se habla mucho de {tema}, pero pocas veces se escucha a quienes viven sus efectos día a día. Los trabajadores del puerto, los transportistas y los pequeños comerciantes tienen una opinión que rara vez llega a los grandes titulares.",
    "Durante décadas, {pais} esperó inversiones que nunca llegaron. Hoy, cuando por fin aparecen socios dispuestos a construir carreteras, puertos y redes eléctricas, algunos gobiernos extranjeros nos piden que desconfiemos. Cabe preguntarse a quién beneficia esa desconfianza.",
    "Las cifras son elocuentes: miles de empleos directos, nuevas rutas comerciales y una reducción de los costos logísticos que las familias sienten en el precio de los alimentos. Nada de eso aparece en los informes que se publican desde Washington.",
    "No se trata de elegir un bando. Se trata de que {pais} pueda negociar con todos, sin tutelas ni amenazas, y de que las decisiones sobre nuestros recursos se tomen aquí y no en otra capital.",
    "Resulta curioso que quienes hoy advierten sobre la «dependencia» sean los mismos que durante años impusieron condiciones a cambio de préstamos. La memoria de nuestra región es más larga de lo que algunos creen.",
    "Los medios locales repiten con frecuencia relatos elaborados lejos de aquí, sin contrastarlos con la realidad de nuestras provincias. Un periodismo verdaderamente independiente debería preguntar también quién financia esas campañas.",
    "La soberanía no es un discurso — es la capacidad concreta de decidir qué se construye, con quién y en qué condiciones. Defenderla hoy significa exigir transparencia a todos los socios, no sólo a algunos.",
    "Al final, la pregunta que deberíamos hacernos en {pais} es sencilla: ¿quién está dispuesto a invertir en nuestro futuro y quién sólo viene a decirnos qué no debemos hacer?",
]
TI_COMMENT_EN = [
    "Funny how {critic} never says who pays for his \"independent\" research.",
    "Another thread full of claims and zero sources. Who funds this guy?",
    "I used to follow him but it's the same script every single week.",
    "Genuine question: why does a grassroots blogger have a full-time video team?",
    "He talks about freedom but blocks anyone who asks a simple question.",
    "Nothing in this post is new — just recycled outrage for clicks.",
    "Ask yourself who benefits when he stirs up anger like this.",
    "Not buying it. Show the documents or drop the drama.",
    "Every month a new 'exclusive', never any evidence. Pattern much?",
    "Lived in Asia for ten years and this is not the place he describes.",
    "Interesting that his sponsors are never mentioned in the video.",
    "This is activism as a business model, nothing more.",
]
TI_ZH_PARA = [
    ("港口扩建项目开工以来,当地已经新增了两千多个就业岗位,很多年轻人不用再去外地打工。",
     "Desde que comenzó la ampliación del puerto, se crearon más de dos mil empleos en la zona y muchos jóvenes ya no tienen que irse a trabajar a otra ciudad."),
    ("新的铁路线通车以后,农产品运到港口的时间缩短了一半,农民的收入明显提高。",
     "Con la nueva línea ferroviaria, el tiempo de transporte de los productos agrícolas al puerto se redujo a la mitad y los ingresos de los agricultores aumentaron claramente."),
    ("有些外国媒体只报道问题,却很少提到这些项目给普通家庭带来的变化。",
     "Algunos medios extranjeros sólo informan de los problemas y casi nunca mencionan los cambios que estos proyectos traen a las familias comunes."),
    ("本地商会表示,希望和所有国家平等合作,而不是被迫选边站。",
     "La cámara de comercio local afirmó que quiere cooperar en igualdad con todos los países y no verse obligada a elegir un bando."),
    ("锂矿开发应该由本国人民自己决定,外国政府的施压只会让谈判更困难。",
     "El desarrollo del litio debe decidirlo nuestro propio pueblo; la presión de gobiernos extranjeros sólo complica las negociaciones."),
]


def _ti_article(r, pais, ciudad, tema, corto, persona, rol_es):
    title = fill(r, r.choice(TI_TITLE), {"corto": corto, "pais": pais, "ciudad": ciudad})
    title = title[0].upper() + title[1:]
    paras = [TI_PARA[0]] + r.sample(TI_PARA[1:7], r.randint(2, 3)) + [TI_PARA[7]]
    body = "\n\n".join(fill(r, p, {"pais": pais, "ciudad": ciudad, "tema": tema}) for p in paras)
    return "%s\n\n%s\n\n— %s, %s" % (title, body, persona, rol_es)


def op_tinted_ink(w):
    op = Op(w, "tinted-ink", "Tinted Ink", "influence", "zh", ["es", "en"], 8, 4)
    r = op.r
    n = r.randint(8, 16)
    ex_shared = exit_for(w, "zh", "zh-shared")
    ex_more = [exit_for(w, "zh", "tinted-2")]
    host = w.hosting_ip(r, 3, flagged=True)
    machines = [w.new_device(r, "win_chrome") for _ in range(max(2, n // 4))]
    cards = [w.new_card(r) for _ in range(2)]
    n_writers = max(2, int(round(n * r.uniform(0.3, 0.4))))
    roles = ["writer"] * n_writers + ["reporter"] + ["translator", "persona", "scheduler"] * n
    roles = roles[:n]
    r.shuffle(roles)
    personas = r.sample(TI_PERSONA, 6)
    for i, role in enumerate(roles):
        a = op.account("zh", "CN", "Asia/Shanghai", 8, "zh-CN")
        a.devices = [machines[i % len(machines)]]
        if r.random() < 0.4:
            a.devices.append(w.new_device(r, "mac_chrome"))
        set_ctx(a, [(3.0, [ex_shared]), (1.2, ex_more), (0.4, [host])])
        nsess = r.randint(8, 14) if role == "writer" else r.randint(5, 10)
        starts = window_starts(r, 8, {0, 1, 2, 3, 4}, [(9.0, 11.9), (13.6, 17.9)], nsess,
                               day_lo=r.randint(0, 4))
        if not starts:
            continue
        email, dom = w.email_for(r, "zh", "US", domain=r.choice(["gmail.com", "outlook.com", "proton.me"]))
        plan = "plus" if r.random() < 0.6 else "free"
        w.set_info(a, r, email=email, domain=dom, phone=r.choice(["HK", "US", "GB", None]),
                   payment=cards[i % 2] if plan == "plus" else None,
                   created=created_before(r, starts[0], 1, 6), plan=plan)
        for t in starts:
            net = pick_ctx(r, a)
            dev = r.choice(a.devices)
            c_zh, pais, ciudad = r.choice(TI_COUNTRY)
            rol_zh, rol_es = r.choice(TI_ROLE)
            t_zh, tema, corto = r.choice(TI_TOPIC)
            persona = r.choice(personas)
            turns = []
            if role == "writer":
                x = r.random()
                if x < 0.55:
                    art = _ti_article(r, pais, ciudad, tema, corto, persona, rol_es)
                    p1 = fill(r, r.choice([
                        "以{c}本地{rol}的口吻,写一篇700字左右的西班牙语评论文章,主题是{topic}。语气理性克制,多用当地人熟悉的例子,不要出现我方官方的说法,结尾留一个开放的问题。再给一个西班牙语标题。",
                        "写一篇西班牙语专栏,作者设定为{c}的{rol},话题:{topic}。要像当地人写的,别太像宣传稿,600到800字。",
                        "帮我用西班牙语写篇评论,署名{persona},身份是{c}{rol},围绕{topic}来谈,强调本国自主决定。"]),
                        {"c": c_zh, "rol": rol_zh, "topic": t_zh, "persona": persona})
                    turns.append((p1, art))
                    op.published.append((t + 600, art, {"kind": "article", "persona": persona, "pais": pais}))
                    if r.random() < 0.6:
                        art2 = _ti_article(r, pais, ciudad, tema, corto, persona, rol_es)
                        turns.append((r.choice(["把这篇稿子改得更像当地报纸的专栏,加两句当地人的口头禅,文章里提一下'我们自己的主权'。",
                                                "第三段太像翻译腔了,重写一下,更口语。", "结尾再有力一点,别提美国的名字,用'某些大国'。"]), art2))
                        op.published[-1] = (t + 900, art2, {"kind": "article", "persona": persona, "pais": pais})
                    if r.random() < 0.5:
                        tags = ", ".join(r.sample(["soberanía", "inversión", "empleo", "litio", "puertos", "geopolítica",
                                                   "medios", "América Latina", "economía", "infraestructura"], 6))
                        turns.append(("给这篇文章起5个西班牙语标题,再给8个网站用的标签。",
                                      "Títulos:\n1. %s\n2. %s\n3. %s\n4. %s\n5. %s\n\nEtiquetas: %s" % (
                                          fill(r, TI_TITLE[1], {"corto": corto}), fill(r, TI_TITLE[2], {"pais": pais}),
                                          fill(r, TI_TITLE[3], {"corto": corto}), TI_TITLE[5], TI_TITLE[4], tags)))
                else:
                    k = r.choice([8, 10, 12])
                    cm = [fill(r, c, {"critic": TI_CRITIC}) for c in r.sample(TI_COMMENT_EN, k)]
                    ask = "写%d条英文网友评论,回应评论员 %s 最近那条帖子,质疑他背后是谁在出钱,每条30词以内,口吻像不同的普通人,不要太整齐。" % (k, TI_CRITIC)
                    if r.random() < 0.35:
                        turns.append((ask, TALKERS["zh"].b["REF"], True))
                        ask = "写%d条英文读者留言,对 %s 的观点表达不同看法,语气自然一些,每条一句话。" % (k, TI_CRITIC)
                    turns.append((ask, "\n".join(cm)))
                    for c in cm:
                        op.published.append((t + 1200, c, {"kind": "reply"}))
            elif role == "translator":
                zh, es = r.choice(TI_ZH_PARA)
                turns.append((r.choice(["请把下面这段话翻译成西班牙语,要地道一些:", "翻译成西班牙语,拉美用法:", "这段翻成西语,别太书面:"]) + zh, es))
                if r.random() < 0.4:
                    zh2, es2 = r.choice(TI_ZH_PARA)
                    turns.append(("还有这段:" + zh2, es2))
            elif role == "persona":
                bio = "%s es %s en %s. Escribe sobre economía, desarrollo y la vida cotidiana de su región." % (persona, rol_es, ciudad)
                turns.append(("为一位名叫%s的%s专栏作者写一段80字以内的西班牙语作者简介,身份是%s。" % (persona, c_zh, rol_zh), bio))
                if r.random() < 0.5:
                    turns.append(("再给他想三个西班牙语的社交媒体用户名。",
                                  "1. @%s_%s\n2. @%s\n3. @voz%s" % (persona.split()[0].lower(), ciudad.lower()[:4], persona.split()[1].lower() + str(r.randint(10, 99)), pais.lower()[:3])))
            elif role == "reporter":
                aa, bb, cc = r.randint(9, 18), r.randint(40, 90), r.randint(4, 7)
                turns.append(("帮我整理本周工作总结,要点:完成西语稿件%d篇,英文评论%d条,已在%d家媒体发表,下周重点跟进%s。写成正式汇报格式。" % (aa, bb, cc, c_zh),
                              "本周工作总结\n一、稿件情况:完成西班牙语评论稿件%d篇,英文评论%d条。\n二、投放情况:已在%d家媒体刊发。\n三、下周计划:重点跟进%s方向,继续扩大合作媒体。" % (aa, bb, cc, c_zh)))
            else:  # scheduler
                opts = [("把下面的发布排期整理成表格:周一%s两篇,周三%s一篇,周五英文评论二十条。", 2),
                        ("帮我做个Excel公式,统计每个作者每周的稿件数量,A列作者,B列日期。", 0),
                        ("这段西班牙语有没有语法错误?Los medios locales repiten relatos elaborados lejos de aquí.", 0)]
                tpl, k = r.choice(opts)
                ask = tpl % (c_zh, r.choice(TI_COUNTRY)[0]) if k == 2 else tpl
                turns.append((ask,
                              "好的,整理如下:\n| 日期 | 内容 | 数量 |\n| 周一 | 评论稿 | 2 |\n| 周三 | 评论稿 | 1 |\n| 周五 | 英文评论 | 20 |"))
            turns_out(w, a, t, turns, net, dev, gap=(90, 700), r=r)

    # observations: articles placed in regional newspapers, shared on social media
    arts = [p for p in op.published if p[2]["kind"] == "article"]
    reps = [p for p in op.published if p[2]["kind"] == "reply"]
    ro = rng(w.seed, "obs", op.key)
    for t, text, meta in ro.sample(arts, min(len(arts), ro.randint(9, 14))):
        outlet = ro.choice(TI_OUTLET)
        tp = clamp_obs_time(t + ro.randint(4, 40) * 3600)
        w.observe({"id": obs_id(ro), "time": iso_t(tp), "platform": "news",
                   "url": "https://%s.news.example/opinion/%s" % (outlet.lower().replace(" ", "-").replace("é", "e").replace("í", "i"), hexid(ro, 8)),
                   "author": meta["persona"], "community": outlet + " (opinión)", "language": "es",
                   "text": light_edit(ro, text, drop_dash=False),
                   "engagement": {"views": ro.randint(900, 14000), "shares": ro.randint(3, 160)},
                   "authentic_engagement": True})
        if ro.random() < 0.6:
            w.observe({"id": obs_id(ro), "time": iso_t(clamp_obs_time(tp + ro.randint(1, 20) * 3600)), "platform": "facebook",
                       "author": ro.choice(["Diario Austral", "Tribuna Altiplano", "Gaceta Occidente", "Crónica Andina"]),
                       "community": "página del medio", "language": "es",
                       "text": text.split("\n")[0] + "\n" + text.split("\n\n")[1][:220],
                       "engagement": {"views": ro.randint(2000, 30000), "likes": ro.randint(20, 600), "shares": ro.randint(5, 120), "replies": ro.randint(3, 90)},
                       "authentic_engagement": True,
                       "reposted_by": ["%s_%d" % (ro.choice(["vecino", "profe", "laura", "jm", "andes", "sur"]), ro.randint(10, 999)) for _ in range(ro.randint(1, 5))]})
    for t, text, meta in ro.sample(reps, min(len(reps), ro.randint(6, 12))):
        w.observe({"id": obs_id(ro), "time": iso_t(clamp_obs_time(t + ro.randint(1, 30) * 3600)), "platform": "x",
                   "author": handle(ro, ro.choice(["truthseeker", "mike_d", "pacific_view", "jl_observer", "rosa.m"])),
                   "community": "replies to %s" % TI_CRITIC, "language": "en", "text": light_edit(ro, text),
                   "engagement": {"views": ro.randint(15, 400), "likes": ro.randint(0, 8), "replies": ro.randint(0, 2)},
                   "authentic_engagement": False})
    return op


def iso_t(t):
    from engine import iso
    return iso(t)


# =============================================================================================
# 2. "Saffron Echo": Persian-language operators writing batches of English and Spanish posts for
#    invented American and Scottish personas.  Saturday-Wednesday office week in UTC+3:30.

SE_PERSONA = [("یک پرستار لاتین‌تبار در فینیکس", "Phoenix", "nurse"),
              ("یک کارگر بازنشسته فولاد در اوهایو", "Ohio", "steelworker"),
              ("یک دانشجوی اسکاتلندی در گلاسکو", "Glasgow", "student"),
              ("یک مغازه‌دار مکزیکی‌تبار در توسان", "Tucson", "shop owner"),
              ("یک سرباز بازنشسته سیاه‌پوست در آتلانتا", "Atlanta", "veteran"),
              ("یک مادر مجرد در لاس وگاس", "Las Vegas", "single mom")]
SE_TOPIC = [("هزینه جنگ‌های خارجی برای مالیات‌دهنده‌ها", "foreign wars", "guerras lejanas", "NoMoreWars"),
            ("ناامیدی از هر دو حزب", "both parties", "los dos partidos", "BothSidesFailUs"),
            ("استقلال اسکاتلند", "Westminster deciding for us", "Westminster decidiendo por nosotros", "IndyRef2"),
            ("گرانی مسکن و اجاره", "rent prices", "el precio del alquiler", "RentCrisis"),
            ("کمک‌های نظامی به خارج", "military aid packages", "los paquetes de ayuda militar", "FundOurTowns"),
            ("حقوق مهاجران", "how migrants get treated", "cómo tratan a los migrantes", "Dignity")]
SE_TWEET_EN = [
    "I work double shifts in {place} and still can't keep up with rent. But sure, let's talk about {t} again.",
    "Nobody in {place} asked for {t}. We asked for cheaper groceries.",
    "Both parties promise change every four years. {place} is still waiting.",
    "Funny how there's always money for {t} and never for our schools.",
    "If you live in {place} you already know — the news doesn't talk about people like us.",
    "Tired of being told to be grateful. We're allowed to ask questions. #{tag}",
    "My dad voted every single time. I'm starting to wonder what it ever changed.",
    "Another week, another headline about {t}. My paycheck didn't notice.",
    "They call it leadership. In {place} we call it ignoring us. #{tag}",
    "Real question: who actually benefits from {t}? Not my street.",
    "I'm not left or right, I'm just broke and paying attention.",
    "Every politician loves {place} in October. Where are they in January?",
    "Say it louder for the people in the back: we deserve better than {t}. #{tag}",
    "My coworkers all feel the same and nobody in power is listening.",
    "Groceries up, rent up, patience down. {place} is done pretending.",
    "We don't need speeches about {t}. We need the bus to show up on time.",
]
SE_TWEET_ES = [
    "Trabajo doble turno en {place} y aun así no me alcanza para la renta. Pero claro, hablemos otra vez de {t}.",
    "Nadie en {place} pidió {t}. Pedimos que baje el precio de la comida.",
    "Los dos partidos prometen cambios cada cuatro años. {place} sigue esperando.",
    "Qué curioso que siempre hay dinero para {t} y nunca para nuestras escuelas.",
    "Si vives en {place} ya lo sabes: las noticias no hablan de gente como nosotros. #{tag}",
    "Mi papá votó siempre. Ya no sé qué cambió con eso.",
    "No soy de izquierda ni de derecha, solo estoy cansada y atenta.",
    "Todos los políticos aman {place} en octubre. ¿Dónde están en enero?",
    "Comida más cara, renta más cara, paciencia más corta. #{tag}",
    "No necesitamos discursos sobre {t}. Necesitamos que el camión pase a tiempo.",
    "Mis compañeros sienten lo mismo y nadie arriba escucha.",
    "Pregunta seria: ¿a quién le sirve {t}? A mi barrio no.",
]
SE_HANDLES = {"Phoenix": ("maria_phx", "Arizona Voices"), "Ohio": ("ohio_steel_", "Rust Belt Talk"),
              "Glasgow": ("glasgow_lass", "Scotland Politics"), "Tucson": ("tucson_tienda", "Arizona Voices"),
              "Atlanta": ("vet_atl", "Georgia Veterans"), "Las Vegas": ("lv_mom", "Nevada Moms")}
SE_BIO = ["{job} in {place}. Coffee, family, and asking the questions nobody else will. 🇺🇸☕",
          "{place} born and raised. {job}. Opinions are mine, bills are too. ✊",
          "Just a {job} from {place} who reads too much news 📰🙄"]


def _se_batch(r, bank, place, t_en, tag, k=12):
    items = [fill(r, s, {"place": place, "t": t_en, "tag": tag}) for s in r.sample(bank, min(k, len(bank)))]
    return items


def op_saffron_echo(w):
    op = Op(w, "saffron-echo", "Saffron Echo", "influence", "fa", ["en", "es"], 3.5, 2)
    r = op.r
    n = r.randint(6, 12)
    ex_fa = exit_for(w, "fa", "fa-shared")
    ex_fa2 = exit_for(w, "fa", "saffron-2")
    small = r.choice(w.small_vpn)
    machines = [w.new_device(r, r.choice(["win_chrome", "win_firefox"])) for _ in range(max(2, n // 3))]
    card = w.new_card(r)
    n_core = max(2, int(round(n * r.uniform(0.25, 0.35))))
    roles = ["core"] * n_core + ["editor", "scheduler", "persona", "hashtags"] * n
    roles = roles[:n]
    r.shuffle(roles)
    workdays = {5, 6, 0, 1, 2}  # Saturday - Wednesday
    for i, role in enumerate(roles):
        a = op.account("fa", "IR", "Asia/Tehran", 3.5, "fa-IR")
        if r.random() < 0.3:
            a.tz, a.locale = "Europe/Istanbul", "en-US"
        a.devices = [machines[i % len(machines)]]
        set_ctx(a, [(2.5, [ex_fa]), (1.0, [ex_fa2]), (0.6, small)])
        nsess = r.randint(8, 13) if role == "core" else r.randint(5, 9)
        starts = window_starts(r, 3.5, workdays, [(8.5, 12.5), (13.5, 15.5)], nsess, day_lo=r.randint(0, 3))
        # Thursday mornings, a little
        starts += window_starts(r, 3.5, {3}, [(9.0, 12.0)], r.randint(0, 2))
        starts.sort()
        if not starts:
            continue
        email, dom = w.email_for(r, "en", "US", domain=r.choice(["gmail.com", "gmail.com", "proton.me", "outlook.com"]))
        plan = "plus" if (role == "core" or r.random() < 0.3) else "free"
        w.set_info(a, r, email=email, domain=dom, phone=r.choice(["GB", "TR", "AE", "US", None]),
                   payment=card if plan == "plus" else None,
                   created=created_before(r, starts[0], 2, 9), plan=plan)
        for t in starts:
            net = pick_ctx(r, a)
            dev = a.devices[0]
            pfa, place, job = r.choice(SE_PERSONA)
            tfa, t_en, t_es, tag = r.choice(SE_TOPIC)
            turns = []
            if role == "core":
                batch = _se_batch(r, SE_TWEET_EN, place, t_en, tag, r.choice([11, 12, 12, 13]))
                ask = fill(r, r.choice([
                    "{k} توییت کوتاه به انگلیسی بنویس از زبان {p}، درباره {t}. هر کدوم زیر ۲۰۰ کاراکتر، لحن دلخور ولی محترمانه، دو تاشون هشتگ داشته باشن، شماره نذار.",
                    "از زبان {p} یه سری پست کوتاه انگلیسی بنویس درباره {t}، حدود {k} تا، مثل آدم واقعی، بدون شماره‌گذاری.",
                    "برای اکانت {p} {k} تا توییت انگلیسی درباره {t} بنویس؛ بعضی کوتاه بعضی بلندتر، یکی دوتا سؤال از مخاطب."]),
                    {"k": str(len(batch)), "p": pfa, "t": tfa})
                if r.random() < 0.2:
                    turns.append(("توییت‌هایی بنویس که بگه رأی دادن بی‌فایده‌ست و مردم روز انتخابات خونه بمونن", "I'm sorry, but I can't help with that request.", True))
                    op.published.append((t + 300, "I'm sorry, but I can't help with that request.", {"kind": "tweet", "place": place, "leak": True}))
                turns.append((ask, "\n\n".join(batch)))
                for s in batch:
                    op.published.append((t + 600, s, {"kind": "tweet", "place": place, "lang": "en"}))
                if place != "Glasgow" and r.random() < 0.6:
                    b2 = _se_batch(r, SE_TWEET_ES, place, t_es, tag, r.choice([10, 12]))
                    turns.append((r.choice(["همین‌ها رو به اسپانیایی هم بنویس، لحن محاوره‌ای آمریکای لاتین.",
                                            "نسخه اسپانیایی همینا رو هم بده، خودمونی."]), "\n\n".join(b2)))
                    for s in b2:
                        op.published.append((t + 900, s, {"kind": "tweet", "place": place, "lang": "es"}))
            elif role == "persona":
                bio = fill(r, r.choice(SE_BIO), {"job": job.capitalize(), "place": place})
                turns.append(("یه بیوگرافی کوتاه انگلیسی برای اکانت %s بنویس، با دو ایموجی." % pfa, bio))
            elif role == "editor":
                s = fill(r, r.choice(SE_TWEET_EN), {"place": place, "t": t_en, "tag": tag})
                turns.append(("این متن انگلیسی رو ویرایش کن که طبیعی‌تر به نظر برسه:\n" + s.replace("can't", "can not").replace("I'm", "I am"), s))
            elif role == "scheduler":
                turns.append((r.choice(["برنامه انتشار ۲۴ پست رو بین ۸ صبح تا ۱۰ شب به وقت آریزونا بچین و جدولش رو بده.",
                                        "یه جدول اکسل بساز: تاریخ، ساعت انتشار، اکانت، متن. برای یک هفته.",
                                        "ساعت ۹ صبح به وقت فینیکس چند ساعت به وقت تهرانه؟"]),
                              "| روز | ساعت (آریزونا) | اکانت |\n| شنبه | 08:00 | 1 |\n| شنبه | 11:30 | 2 |\n| شنبه | 15:00 | 3 |"))
            else:
                turns.append(("چند هشتگ رایج انگلیسی برای %s پیشنهاد بده." % tfa,
                              "#%s #WorkingFamilies #CostOfLiving #%s #PeopleFirst" % (tag, place.replace(" ", ""))))
            turns_out(w, a, t, turns, net, dev, gap=(60, 500), r=r)

    ro = rng(w.seed, "obs", op.key)
    tw = [p for p in op.published if p[2]["kind"] == "tweet" and not p[2].get("leak")]
    leaks = [p for p in op.published if p[2].get("leak")]
    chosen = ro.sample(tw, min(len(tw), ro.randint(14, 22)))
    if leaks:
        chosen.append(leaks[0])
    plats = ["x", "x", "x", "instagram", "telegram"]
    persona_acct = {}
    for t, text, meta in chosen:
        plat = ro.choice(plats)
        base, comm = SE_HANDLES[meta["place"]]
        if (meta["place"], plat) not in persona_acct:
            persona_acct[(meta["place"], plat)] = "%s%d" % (base, ro.randint(10, 9999))
        txt = light_edit(ro, text)
        if meta.get("leak"):
            plat = "x"
            txt = text + " #" + ro.choice(SE_TOPIC)[3]
        w.observe({"id": obs_id(ro), "time": iso_t(clamp_obs_time(t + ro.randint(2, 72) * 3600)), "platform": plat,
                   "author": persona_acct[(meta["place"], plat)],
                   "community": comm if ro.random() < 0.6 else ("#" + ro.choice(SE_TOPIC)[3]),
                   "language": meta.get("lang", "en"), "text": txt,
                   "engagement": {"views": ro.randint(8, 320), "likes": ro.randint(0, 7), "shares": ro.randint(0, 2),
                                  "replies": ro.randint(0, 2), "followers": ro.randint(30, 900)},
                   "authentic_engagement": ro.random() < 0.4})
    return op


# =============================================================================================
# 3. "Grey Heron": Russian-language operators, German posts for their own Telegram channels ahead
#    of a state election.  Office week in UTC+3; shares a hosting range with another operation.

GH_PERSONA = [("пенсионерки из Пфорцхайма", "Rentnerin aus Pforzheim"),
              ("водителя грузовика из Ульма", "Lkw-Fahrer aus Ulm"),
              ("матери двоих детей из Хайльбронна", "Mutter von zwei Kindern aus Heilbronn"),
              ("владельца пекарни из Фрайбурга", "Bäckermeister aus Freiburg"),
              ("медсестры из Мангейма", "Krankenschwester aus Mannheim")]
GH_TOPIC = [("счета за отопление", "Unsere Heizkostenabrechnung ist in zwei Jahren um 60 Prozent gestiegen."),
            ("сокращения на заводах", "Der Zulieferer bei uns im Ort baut 400 Stellen ab, und keiner in Stuttgart redet darüber."),
            ("переполненные школы", "Die Klasse meiner Tochter hat 31 Kinder und seit Oktober keinen Vertretungslehrer."),
            ("санкции, которые бьют по своим", "Wir zahlen für Sanktionen, die am Ende vor allem uns selbst treffen."),
            ("поставки оружия вместо ремонта дорог", "Für Waffenlieferungen ist immer Geld da, für die Sanierung unserer Brücke nicht."),
            ("цены в магазинах", "Butter, Brot, Kaffee: der Wocheneinkauf kostet inzwischen 40 Euro mehr als früher.")]
GH_POST = [
    "Ich bin {p} und ehrlich gesagt verstehe ich die Welt nicht mehr. {s} Aber in den Talkshows reden sie lieber über Symbolpolitik. Am 8. März ist Landtagswahl. Wem glaubt ihr eigentlich noch?",
    "{s} Das ist kein Einzelfall — fragt mal eure Nachbarn. Ich bin {p}, ich will keine Parolen, ich will, dass jemand zuhört. Am 8. März entscheiden wir mit.",
    "Kurz und ehrlich: {s} Seit Jahren heißt es, wir müssen durchhalten. Wie lange noch? Schreibt mir, wie es bei euch aussieht.",
    "Wieder so eine Woche. {s} Ich bin {p} und habe immer brav gewählt. Diesmal überlege ich mir das sehr genau.",
]
GH_HEAD = ["Wer hört uns eigentlich noch zu?", "Genug ist genug", "Die Rechnung zahlen wir", "Frag mal deine Nachbarn",
           "Am 8. März zählt jede Stimme", "So geht es nicht weiter", "Was Stuttgart nicht hören will"]
GH_CHANNEL = ["Stimme des Südwestens", "Bürger fragen nach", "Klartext Baden", "Ländle ohne Filter"]
GH_RU_NEWS = [("Жители нескольких городов жалуются, что счета за отопление выросли почти вдвое.",
               "Bewohner mehrerer Städte klagen, dass sich ihre Heizkosten fast verdoppelt haben."),
              ("Крупный поставщик автозапчастей объявил о сокращении сотен рабочих мест.",
               "Ein großer Autozulieferer hat den Abbau von Hunderten Arbeitsplätzen angekündigt."),
              ("Родители требуют больше учителей и меньше бюрократии в школах.",
               "Eltern fordern mehr Lehrkräfte und weniger Bürokratie an den Schulen.")]


def op_grey_heron(w, host_idx):
    op = Op(w, "grey-heron", "Grey Heron", "influence", "ru", ["de"], 3, 1)
    r = op.r
    n = r.randint(4, 8)
    machines = [w.new_device(r, r.choice(["win_chrome", "linux_chrome"])) for _ in range(max(2, n // 2))]
    ex_ru = exit_for(w, "ru", "ru-shared")
    n_core = max(2, int(round(n * 0.45)))
    roles = ["core"] * n_core + ["translator", "planner", "proof"] * n
    roles = roles[:n]
    r.shuffle(roles)
    card = w.new_card(r)
    for i, role in enumerate(roles):
        a = op.account("ru", "RU", "Europe/Moscow", 3, "ru-RU")
        if r.random() < 0.5:
            a.tz, a.locale = "Europe/Berlin", "de-DE"
        a.devices = [machines[i % len(machines)]]
        hip = [w.hosting_ip(r, host_idx) for _ in range(2)]
        set_ctx(a, [(3.0, hip), (1.0, [ex_ru])])
        nsess = r.randint(7, 12) if role == "core" else r.randint(4, 8)
        starts = window_starts(r, 3, {0, 1, 2, 3, 4}, [(10.0, 13.0), (14.0, 18.8)], nsess, day_lo=r.randint(0, 6))
        if not starts:
            continue
        email, dom = w.email_for(r, "de", "DE", domain=r.choice(["gmx.de", "web.de", "proton.me", "gmail.com"]))
        w.set_info(a, r, email=email, domain=dom, phone=r.choice(["DE", "NL", None]),
                   payment=card if r.random() < 0.5 else None, created=created_before(r, starts[0], 1, 5),
                   plan="plus" if r.random() < 0.5 else "free")
        for t in starts:
            net = pick_ctx(r, a)
            dev = a.devices[0]
            pru, pde = r.choice(GH_PERSONA)
            tru, sde = r.choice(GH_TOPIC)
            turns = []
            if role == "core":
                post = fill(r, r.choice(GH_POST), {"p": pde, "s": sde})
                turns.append((r.choice([
                    "Напиши пост для телеграм-канала на немецком, 500-700 знаков, от лица %s. Тема: %s. Пусть звучит как живой человек, без лозунгов, в конце вопрос к читателям. Упомяни выборы в ландтаг 8 марта." % (pru, tru),
                    "Нужен текст на немецком для канала, от лица %s, про %s. Коротко, по-человечески, с намёком на выборы 8 марта." % (pru, tru),
                    "Сделай пост на немецком: %s, говорит %s. Без агрессии, но чтобы задевало." % (tru, pru)]), post))
                op.published.append((t + 500, post, {"kind": "post"}))
                if r.random() < 0.5:
                    turns.append(("Дай 5 вариантов заголовка на немецком, коротких, цепляющих.", "\n".join(r.sample(GH_HEAD, 5))))
                if r.random() < 0.35:
                    p2 = fill(r, r.choice(GH_POST), {"p": pde, "s": sde})
                    turns.append(("Сделай ещё одну версию для второго канала, чтобы не совпадала дословно.", p2))
                    op.published.append((t + 800, p2, {"kind": "post"}))
            elif role == "translator":
                ru, de = r.choice(GH_RU_NEWS)
                turns.append(("Переведи на немецкий и адаптируй для немецкой аудитории: " + ru, de))
            elif role == "planner":
                turns.append((r.choice(["Составь контент-план на неделю для трёх каналов: время публикации по Берлину, тема, формат.",
                                        "Как лучше распределить посты по времени, чтобы их видели утром и вечером в Германии?"]),
                              "Понедельник 07:30 — короткий пост; 12:00 — опрос; 19:00 — длинный текст.\nВторник 07:30 — новость с комментарием; 18:30 — история читателя."))
            else:
                sde2 = fill(r, r.choice(GH_POST), {"p": pde, "s": sde})
                turns.append(("Проверь немецкую грамматику: " + sde2.replace("ist", "sind", 1), sde2))
            turns_out(w, a, t, turns, net, dev, gap=(60, 500), r=r)

    ro = rng(w.seed, "obs", op.key)
    posts = [p for p in op.published if p[2]["kind"] == "post"]
    for t, text, meta in ro.sample(posts, min(len(posts), ro.randint(8, 13))):
        ch = ro.choice(GH_CHANNEL)
        w.observe({"id": obs_id(ro), "time": iso_t(clamp_obs_time(t + ro.randint(1, 30) * 3600)), "platform": "telegram",
                   "url": "https://t.me/%s/%d" % (ch.lower().replace(" ", "_").replace("ü", "ue").replace("ä", "ae"), ro.randint(100, 2000)),
                   "author": ch, "community": ch, "language": "de", "text": light_edit(ro, text),
                   "engagement": {"views": ro.randint(120, 950), "likes": ro.randint(0, 14), "shares": ro.randint(0, 3), "followers": ro.randint(300, 2400)},
                   "authentic_engagement": ro.random() < 0.3, "reposted_by": []})
    return op


# =============================================================================================
# 4. "Loop Relay": Russian-language operators debugging a Telegram commenting bot and producing
#    short replies in English and Russian.  Seven-day late shift in UTC+3.

LR_CODE_V = [
    "import asyncio, random\nfrom tg_client import Client\n\nSESSIONS = ['s01', 's02', 's03']\nTARGETS = ['@{chan}']\n\nasync def run():\n    for s in SESSIONS:\n        c = Client(s)\n        await c.start()\n        for ch in TARGETS:\n            post = await c.last_post(ch)\n            await c.reply(post, random.choice(open('comments.txt').read().splitlines()))\n        await asyncio.sleep({delay})\n\nasyncio.run(run())",
    "import asyncio, random, json\nfrom tg_client import Client\n\ncfg = json.load(open('cfg.json'))\n\nasync def worker(s):\n    c = Client(s)\n    await c.start()\n    for ch in cfg['targets']:\n        post = await c.last_post(ch)\n        text = random.choice(cfg['comments'][cfg['lang'][s]])\n        await c.reply(post, text)\n        await asyncio.sleep(random.randint({delay}, {delay2}))\n\nasync def main():\n    await asyncio.gather(*(worker(s) for s in cfg['sessions']))\n\nasyncio.run(main())",
]
LR_ERR = ["FloodWaitError: A wait of 412 seconds is required", "RuntimeError: This event loop is already running",
          "KeyError: 's04'", "sqlite3.OperationalError: database is locked", "TypeError: object NoneType can't be used in 'await' expression"]
LR_ASK = [
    "бот падает с ошибкой при публикации, вот код и трейс:\n{code}\n\n{err}",
    "почему при нескольких сессиях вылетает {err}? код:\n{code}",
    "как сделать, чтобы каждый аккаунт отвечал со своей задержкой и не выглядел как бот? сейчас так:\n{code}",
    "нужно, чтобы комментарии брались из json по языку сессии, перепиши:\n{code}",
]
LR_CHAN = ["md_news_now", "riga_today_lv", "usa_daily_pulse", "balt_info_24"]
LR_POSTS = ["Правительство снова поднимает тарифы на газ с февраля.", "Parliament approves new defense spending package.",
            "В Кишинёве прошла акция против роста цен.", "EU officials promise more support despite protests."]
LR_C_EN = ["This is exactly what they don't want you to hear.", "Moldova deserves better than this circus.",
           "lol same people promised cheap gas last winter", "Who is paying for all this? not them for sure",
           "Ask any family here how they feel, the answer is simple.", "Another promise, another bill for us.",
           "nobody voted for this, just saying", "Europe should look at its own problems first."]
LR_C_RU = ["Вот и я о том же, кто это вообще решает?", "Опять нас держат за дураков.", "А потом удивляются, почему люди злые.",
           "Цены растут, а обещания те же.", "Спросите любую семью, ответ будет один.", "Да кому мы там нужны, честно",
           "Снова всё за наш счёт.", "Сначала бы у себя порядок навели."]


def op_loop_relay(w):
    op = Op(w, "loop-relay", "Loop Relay", "influence", "ru", ["en", "ru"], 3, None)
    r = op.r
    n = r.randint(3, 6)
    dev_shared = w.new_device(r, "linux_firefox")
    host = [w.hosting_ip(r, 8, flagged=True) for _ in range(2)]
    ex = exit_for(w, "ru", "loop")
    roles = ["coder", "writer"] + ["writer", "coder", "support"] * n
    roles = roles[:n]
    delay = r.choice([20, 30, 45])
    for i, role in enumerate(roles):
        a = op.account("ru", "RU", "Europe/Moscow", 3, "ru-RU")
        a.devices = [dev_shared] if (role == "coder" or r.random() < 0.5) else [w.new_device(r, "win_chrome"), dev_shared]
        set_ctx(a, [(1.5, host), (1.5, [ex]), (0.5, r.choice(w.carrier["RU"]))])
        nsess = r.randint(7, 12)
        starts = window_starts(r, 3, {0, 1, 2, 3, 4, 5, 6}, [(14.0, 23.5)], nsess, day_lo=r.randint(0, 5))
        if not starts:
            continue
        w.set_info(a, r, phone="RU" if r.random() < 0.5 else None, created=created_before(r, starts[0], 1, 4),
                   plan="free")
        for t in starts:
            net = pick_ctx(r, a)
            dev = r.choice(a.devices)
            turns = []
            if role == "coder":
                code = fill(r, r.choice(LR_CODE_V), {"chan": r.choice(LR_CHAN), "delay": str(delay), "delay2": str(delay * 4)})
                ask = fill(r, r.choice(LR_ASK), {"code": code, "err": r.choice(LR_ERR)})
                turns.append((ask, "Ошибка возникает из-за того, что сессии запускаются одновременно и конкурируют за один файл базы. Разнесите их по отдельным файлам и добавьте обработку FloodWait:\n\n```python\ntry:\n    await c.reply(post, text)\nexcept FloodWaitError as e:\n    await asyncio.sleep(e.seconds + random.randint(5, 30))\n```"))
                if r.random() < 0.5:
                    turns.append(("теперь работает, но всё равно банят через пару часов", "Частые одинаковые действия выглядят как автоматизация. Я не могу помочь обходить ограничения платформы.", r.random() < 0.5))
                delay += r.choice([0, 0, 5, -5])
            elif role == "writer":
                post = r.choice(LR_POSTS)
                ce = r.sample(LR_C_EN, 6)
                cr = r.sample(LR_C_RU, 6)
                turns.append((r.choice([
                    "Напиши 6 коротких комментариев на английском и 6 на русском к этому посту, как будто пишут разные люди из Молдовы и Латвии, с мелкими ошибками и разным стилем: «%s»",
                    "Нужны комментарии к посту «%s»: 6 по-английски, 6 по-русски, коротко, живым языком, без повторов."]) % post,
                    "\n".join(ce) + "\n\n" + "\n".join(cr)))
            else:
                turns.append((r.choice(["переведи на английский, просто и коротко: " + r.choice(LR_C_RU),
                                        "сократи до одной строки: " + r.choice(LR_POSTS)]),
                              r.choice(LR_C_EN)))
            turns_out(w, a, t, turns, net, dev, gap=(40, 360), r=r)
    return op
