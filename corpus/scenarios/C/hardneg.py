"""Hard negatives: benign groups that look suspicious on one signal."""
from common import local_time, session_times, wchoice
from opkit import run
from benign import prompt_for, response_for, write_account_activity


def group(ctx, gid, desc, accts):
    ctx.hard_negatives.append({"id": gid, "description": desc, "accounts": [a["id"] for a in accts]})
    ctx.benign_count += len(accts)


def one(r, items):
    pr, rs = r.choice(items)
    return [(pr, rs, False)]


SCAM_PASTES = [
    ("en", "I got this WhatsApp from a number I don't know: \"Hello! I'm Sophie from a digital marketing agency. We're hiring part-time, you just like YouTube videos and earn $5 per like, up to $300 a day. Interested?\" Is this legit??", "This has the hallmarks of a task scam..."),
    ("en", "my mom received this email, is it real or a scam? \"Dear client, our Asset Recovery Unit has traced your lost cryptocurrency. To start the release a retainer of £750 is required. Case Ref HP/AR/4471\"", "This looks like a recovery scam. Legitimate law firms..."),
    ("en", "Someone I met on a dating app keeps talking about a crypto platform where she makes 20% a week and wants me to try with $500. She won't video call. Am I being paranoid?", "The pattern you describe is very common in so-called pig-butchering scams..."),
    ("es", "Me llegó este mensaje: \"Hola cariño, encontré una plataforma nueva que paga ganancias todos los días\" de un número que no conozco. ¿Es una estafa?", "Sí, tiene todas las señales de una estafa romántica de inversión..."),
    ("de", "Ist das Betrug? \"Unsere Ermittler haben Ihre Gelder in einer Cold Wallet lokalisiert. Zur Einleitung der gerichtlichen Freigabe ist eine Bearbeitungsgebühr erforderlich.\"", "Ja, das ist sehr wahrscheinlich ein sogenannter Recovery-Scam..."),
    ("sw", "Nimepokea ujumbe huu: \"Habari mpenzi, nimeona jukwaa jipya la uwekezaji linalolipa faida kila siku.\" Ni utapeli?", "Ndiyo, huu unaonekana kuwa utapeli wa uwekezaji..."),
    ("zh", "收到一条短信：“您好，兼职点赞视频，每个5美元，日结”，这是不是诈骗？", "这很可能是刷单类诈骗……"),
    ("en", "got a text saying my package is held at customs and I need to pay $2.99 at a link. it has my name in it. scam?", "This is a very common smishing scam..."),
    ("tl", "Scam ba 'to? May nag-message sa akin na mag-like lang daw ng videos tapos babayaran ako ng 250 pesos bawat isa, kailangan ko lang daw mag-deposit muna para ma-activate", "Oo, halos tiyak na scam ito..."),
    ("pt", "Recebi isso no WhatsApp: 'Sua conta foi bloqueada, clique no link para regularizar seu Pix'. É golpe?", "Sim, é um golpe comum..."),
    ("ar", "وصلتني رسالة تقول إنني ربحت جائزة وعلي دفع رسوم الشحن، هل هي احتيال؟", "نعم، هذه على الأرجح رسالة احتيالية..."),
    ("fr", "Un « conseiller bancaire » m'a appelé pour me dire que mon compte est piraté et qu'il faut virer l'argent sur un compte sécurisé. C'est une arnaque ?", "Oui, c'est l'arnaque au faux conseiller..."),
]
LC_LIKE = "El litio es nuestro: una lección que Perú no debe olvidar\n\nDesde que se anunció el llamado Pacto Andino de Minerales Críticos, los gobiernos de la región han escuchado muchas promesas y pocas cifras. Conviene preguntarse a quién sirve un tratado redactado lejos de nuestras comunidades. Resulta curioso que ciertos columnistas, como Ramiro Estévez, critiquen cada inversión asiática..."


def build(ctx):
    r = ctx.rng
    s = ctx.scale
    vpn = ctx.shared["vpn_popular"]

    # 1 campus NAT
    nat = [ctx.res_ip("DE") for _ in range(3)]
    accts = []
    for i in range(60):
        lang = r.choice(["de", "de", "de", "en", "en", "zh", "tr", "ar", "ru"])
        p = ctx.account("DE", lang, ips=[(nat[0], 2.0), (nat[1], 1.0), (nat[2], 1.0)], email_domain="stud.tu-brunnfeld.de")
        write_account_activity(ctx, p, r.randint(5, 40), "student", code_share=0.3)
        accts.append(p)
    group(ctx, "hn-campus-nat", "Students of one university behind three campus NAT addresses, many languages", accts)

    # 2 company templated API traffic
    host = [ctx.hosting_ip((16509, "US")) for _ in range(4)]
    tickets = ["Customer cannot log in after password reset, gets error 'token expired'.", "Invoice #88213 charged twice, customer requests refund.",
               "App crashes on Android 14 when uploading photos larger than 10MB.", "Customer wants to change delivery address after shipping.",
               "Bulk export to CSV times out for accounts with more than 50k rows."]
    accts = []
    for i in range(20):
        p = ctx.account("US", "en", ips=[(r.choice(host), 1.0)], channel="api", org="org-northwind-support", plan="enterprise",
                        email_domain="northwind-support.example", api_ua="northwind-helpdesk/2.4 python-requests/2.32")
        def gen(r, k):
            t = r.choice(tickets)
            return [("Summarize the following support ticket in 3 bullet points and classify urgency (low/medium/high). Reply in JSON with keys summary, urgency.\n\nTicket #%d:\n%s" % (r.randint(100000, 999999), t),
                     '{"summary": ["%s"], "urgency": "%s"}' % (t[:40], r.choice(["low", "medium", "high"])), False)]
        run(ctx, p, r.randint(60, 140), [1] * 24, gen, weekdays=False)
        accts.append(p)
    group(ctx, "hn-helpdesk-api", "A company's helpdesk integration: identical prompt template from 20 API keys on cloud addresses", accts)

    # 3 SOC defenders
    ps = "powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA..."
    items = [("We found this in a scheduled task on a user's laptop during an incident. Decode it and tell me what it does:\n%s" % ps, "The base64 decodes to an IEX download cradle..."),
             ("Write a YARA rule for a Go implant that has the strings 'beaconCfg' and '/v2/poll' and a hard-coded port 8443", "rule Go_Beacon_Poll { strings: $a = \"beaconCfg\" ... }"),
             ("Which Windows event IDs should we alert on for someone adding Defender exclusions via PowerShell?", "Watch Microsoft-Windows-Windows Defender/Operational 5007..."),
             ("Explain DLL side-loading and how to hunt for it with Sysmon event 7", "DLL side-loading abuses the DLL search order..."),
             ("Draft an incident report summary for management: phishing email impersonating a recruiter led to credential theft on 2 accounts, contained within 4 hours", "Incident summary..."),
             ("Here's a sandbox report of a sample sending data to a Telegram bot API. What IOCs should we extract?", "Extract the bot token, chat id, ...")]
    ip = ctx.res_ip("NL")
    accts = [ctx.account("NL", "en", ips=[(ip, 2.0), (r.choice(vpn), 0.5)], org="org-ironbark-security", plan="team", email_domain="ironbark-sec.example") for _ in range(6)]
    for p in accts:
        run(ctx, p, r.randint(10, 25), "office", lambda r, k: one(r, items))
    group(ctx, "hn-soc-defenders", "A security vendor's analysts analysing malware samples, phishing and intrusion artefacts", accts)

    # 4 people asking whether a message is a scam (unrelated to each other)
    accts = []
    ctry = {"en": ["US", "GB", "CA", "AU", "IN"], "es": ["MX", "ES", "AR"], "de": ["DE"], "sw": ["KE", "TZ"], "zh": ["CN", "TW"], "tl": ["PH"], "pt": ["BR"], "ar": ["EG"], "fr": ["FR"]}
    for i in range(int(45 * max(1, s))):
        lang, pr, rs = r.choice(SCAM_PASTES)
        p = ctx.account(r.choice(ctry[lang]), lang)
        run(ctx, p, 1, "personal", lambda r, k, pr=pr, rs=rs: [(pr, rs, False)], weekdays=False)
        write_account_activity(ctx, p, r.randint(0, 15), "personal")
        accts.append(p)
    group(ctx, "hn-scam-checkers", "Unrelated people pasting scam messages they received and asking whether they are scams", accts)

    # 5 fact-checkers
    ip = ctx.res_ip("CL")
    items = [("Soy verificadora en Verifica Sur. Analiza este artículo publicado hoy: ¿qué narrativas usa, qué afirmaciones se pueden verificar y qué señales hay de que sea contenido coordinado?\n\n" + LC_LIKE, "El texto utiliza varias técnicas retóricas..."),
             ("Estos comentarios aparecieron en varias notas el mismo día con frases casi iguales: \"Nuestros recursos, nuestras reglas\", \"Otro tratado con letra pequeña\". ¿Cómo documento que es comportamiento coordinado?", "Para documentar comportamiento inauténtico coordinado..."),
             ("Traduce al inglés este resumen de nuestra investigación sobre la red de columnas pagadas para un socio internacional", "Summary of our investigation into a network of paid op-eds..."),
             ("¿Qué es la Breakout Scale de Ben Nimmo y cómo la aplico a una campaña que salió en diarios regionales?", "La escala mide hasta dónde llega una operación...")]
    accts = [ctx.account("CL", "es", ips=[(ip, 1.0)], org="org-verifica-sur", email_domain="verificasur.example") for _ in range(5)]
    for p in accts:
        run(ctx, p, r.randint(8, 18), "office", lambda r, k: one(r, items))
    group(ctx, "hn-fact-checkers", "A fact-checking newsroom pasting propaganda articles and coordinated comments to analyse them", accts)

    # 6 journalists researching surveillance vendors
    items = [("I'm a journalist researching Chinese 'public opinion monitoring' (舆情监测) software vendors. What is publicly known about how these products are marketed to police?", "Public procurement notices and vendor brochures show..."),
             ("Summarise what export controls apply to surveillance technology in the EU dual-use regulation", "Regulation (EU) 2021/821 covers cyber-surveillance items..."),
             ("Help me structure an investigative piece about a company selling social-media monitoring tools to governments that jail protesters", "A possible structure..."),
             ("Traduis en anglais cet extrait d'une brochure commerciale : « suivi en temps réel des personnes d'intérêt »", "\"Real-time tracking of persons of interest\""),
             ("What questions should I send to a surveillance vendor for right of reply?", "Ask about customers, due diligence, ...")]
    accts = [ctx.account(c, l) for c, l in [("GB", "en"), ("FR", "fr"), ("US", "en"), ("DE", "en")]]
    for p in accts:
        run(ctx, p, r.randint(6, 14), "office", lambda r, k: one(r, items))
    group(ctx, "hn-journalists", "Journalists researching surveillance vendors and their marketing", accts)

    # 7 family on one laptop
    home = ctx.res_ip("US")
    dev = ctx.device()
    accts = []
    for lang in ["en", "en", "en", "es"]:
        p = ctx.account("US", lang, ips=[(home, 1.0)], devices=[(dev, 1.0)])
        write_account_activity(ctx, p, r.randint(10, 50), r.choice(["personal", "student"]))
        accts.append(p)
    group(ctx, "hn-family-laptop", "A family sharing one laptop and home connection: four accounts, one device", accts)

    # 8 recruiting agency
    ip = ctx.res_ip("GB")
    names = ["Priya Sharma", "Tom Ellis", "Grace Okonkwo", "Marek Nowak", "Aisha Rahman", "Ben Carter", "Sofia Rossi", "James O'Neill"]
    accts = [ctx.account("GB", "en", ips=[(ip, 1.0)], org="org-talentbridge-recruit", plan="team", email_domain="talentbridge.example") for _ in range(8)]
    def rec(r, k):
        n = r.choice(names)
        role = r.choice(["Senior Data Engineer", "Payroll Specialist", "Registered Nurse", "Frontend Developer", "Site Manager"])
        return [("Candidate: %s. Role: %s. Tighten the profile summary of the CV below to 80 words and rewrite the bullet points with measurable results. Do not invent experience.\n\nCV:\n%s\nProfile: experienced professional...\n- Responsible for reports\n- Helped team with projects" % (n, role, n),
                 "Profile\nResults-driven %s with..." % role, False)]
    for p in accts:
        run(ctx, p, r.randint(15, 35), "office", rec)
    group(ctx, "hn-recruiting-agency", "A recruiting agency polishing many candidates' CVs with one template", accts)

    # 9 marketing agency in Manila, open client work
    ip = ctx.res_ip("PH")
    accts = [ctx.account("PH", "en", ips=[(ip, 2.0), (r.choice(ctx.shared["cgnat"]["PH"]), 0.5)], org="org-sariwa-creative", plan="team", locale="en-PH", email_domain="sariwa.example") for _ in range(10)]
    def mk(r, k):
        brand = r.choice(["Kapé Kanto coffee", "BayadNa e-wallet", "Lola's Bakeshop", "Pasig Run Club", "SunnyDent clinic"])
        n = r.choice([5, 10, 12])
        return [("Client: %s. Write %d Instagram captions for their October campaign, taglish ok, fun, with emojis, include the brand hashtag. We post these on the brand's official page." % (brand, n),
                 "\n".join("%d. %s ✨" % (i + 1, r.choice(["Tara, kape muna! ☕", "Bagong promo this weekend! 🎉", "Sulit na sulit 💛", "See you sa Sunday run! 🏃"])) for i in range(n)), False)]
    for p in accts:
        run(ctx, p, r.randint(10, 25), "office", mk)
    group(ctx, "hn-marketing-agency", "A Manila marketing agency openly writing social posts for its clients' official pages", accts)

    # 10 translation bureau
    ip = ctx.res_ip("ES")
    accts = [ctx.account("ES", "es", ips=[(ip, 1.0)], org="org-lingua-puente", plan="team", email_domain="linguapuente.example") for _ in range(7)]
    items = [("Traduce del chino al español este contrato de suministro, registro formal:\n甲方应于每月五日前支付上月货款，逾期按日万分之五计收违约金。", "La Parte A abonará el importe de las mercancías del mes anterior antes del día cinco de cada mes..."),
             ("Translate into Swahili for an NGO leaflet: 'Wash your hands with soap before preparing food.'", "Osha mikono yako kwa sabuni kabla ya kuandaa chakula."),
             ("Traduce al alemán este folleto turístico: «Descubre los pueblos blancos de Andalucía»", "Entdecken Sie die weißen Dörfer Andalusiens"),
             ("Translate into Haitian Creole: 'The clinic is open Monday to Friday from 8 am to 4 pm.'", "Klinik la ouvè lendi rive vandredi de 8è di maten rive 4è di swa."),
             ("Revisa esta traducción al inglés de una sentencia judicial y marca errores de terminología", "Observaciones: 'demandado' debe ser 'defendant'...")]
    for p in accts:
        run(ctx, p, r.randint(20, 40), "office", lambda r, k: one(r, items))
    group(ctx, "hn-translation-bureau", "A translation bureau translating between many languages, including Chinese to Spanish and into Swahili and Haitian Creole", accts)

    # 11 Beijing office workers on popular VPN exits
    accts = []
    for i in range(int(30 * max(1, s))):
        p = ctx.account("CN", "zh", ips=[(r.choice(vpn), 3.0), (ctx.res_ip("CN"), 0.3)])
        write_account_activity(ctx, p, r.randint(10, 60), "office", code_share=0.2, weekdays=True)
        accts.append(p)
    group(ctx, "hn-beijing-vpn", "Ordinary Chinese-speaking office workers reaching the model over popular VPN exits during Beijing office hours", accts)

    # 12 students on a security course
    nat = [ctx.res_ip("US") for _ in range(2)]
    items = [("For my CS 4460 lab: explain why this C code has a buffer overflow and how a stack canary would stop it\n```c\nvoid greet(char *s) { char buf[16]; strcpy(buf, s); }\n```", "strcpy copies without bounds checking..."),
             ("we're doing SQL injection on DVWA in our class VM. why does ' OR 1=1 -- work on the low level but not medium?", "At medium level DVWA uses mysqli_real_escape_string..."),
             ("what nmap flags should I use to scan my own lab subnet 10.0.2.0/24 for services, homework asks for version detection", "nmap -sV 10.0.2.0/24 ..."),
             ("CTF challenge gives a base64 string and says 'rot13 after decoding'. how do I do that in python", "import base64, codecs ..."),
             ("Explain what a reverse shell is for my exam, conceptually", "A reverse shell is when the target connects back...")]
    accts = [ctx.account("US", "en", ips=[(nat[0], 1.0), (nat[1], 1.0)], email_domain="students.hollins-state.edu") for _ in range(25)]
    for p in accts:
        run(ctx, p, r.randint(4, 10), "student", lambda r, k: one(r, items), weekdays=False)
        write_account_activity(ctx, p, r.randint(5, 20), "student")
    group(ctx, "hn-security-students", "Students of a university security course asking about exploits for lab work", accts)

    # 13 Tehran users on VPN
    accts = []
    for i in range(15):
        p = ctx.account("IR", "fa", ips=[(r.choice(vpn), 3.0)])
        write_account_activity(ctx, p, r.randint(10, 40), "office", code_share=0.25, weekdays=False)
        accts.append(p)
    group(ctx, "hn-tehran-vpn", "Ordinary Persian-speaking users in Tehran on popular VPN exits during office hours", accts)

    # 14 Manila BPO night shift
    cg = ctx.shared["cgnat"]["PH"]
    office = ctx.res_ip("PH")
    accts = [ctx.account("PH", "en", ips=[(office, 3.0), (r.choice(cg), 1.0)], locale="en-PH", org="org-clearwave-bpo", email_domain="clearwave-bpo.example") for _ in range(20)]
    bpo_drafts = ["we cannot refund because the 30 days is already over but we can give store credit",
                  "the technician can come on %s between 8 and 12, pls confirm", "your bill is higher because the promo ended last month",
                  "we already escalated your case to the network team, ticket number is %d", "sorry for the wait, the system was down earlier"]
    def bpo(r, k):
        if r.random() < 0.6:
            d = r.choice(bpo_drafts)
            d = d % r.choice(["Tuesday", "Thursday", "Saturday"]) if "%s" in d else (d % r.randint(100000, 999999) if "%d" in d else d)
            return [("Rewrite this reply to a US customer so it sounds friendly and professional: '%s'" % d, "I completely understand your frustration...", False)]
        return [("Summarize this call note in one line for the CRM: customer %s called about %s, %s" % (r.choice(["Mark", "Linda", "Jose", "Sharon", "Dwayne", "Kim"]),
                 r.choice(["slow internet", "billing", "no signal", "a late payment fee", "moving service to a new address"]),
                 r.choice(["resolved by resetting router", "escalated to tier 2", "callback scheduled", "offered a one-time credit"])),
                 "Customer reported issue; handled per note.", False)]
    for p in accts:
        run(ctx, p, r.randint(15, 35), "night", bpo)
    group(ctx, "hn-manila-bpo", "A Manila call centre on the US night shift, same office IP and carrier NAT, templated customer replies", accts)

    # 15 bootcamp job seekers polishing their own CVs
    accts = []
    for c in ["US", "US", "IN", "NG", "US", "KE", "PH", "US", "IN", "US", "BR", "US"]:
        p = ctx.account(c, "en", org="org-codeforge-bootcamp")
        if c != "US" and r.random() < 0.5:
            p["ips"].append((r.choice(vpn), 1.0))
        def js(r, k):
            return [(r.choice(["Here is my resume, I just finished a full-stack bootcamp. Make the projects section stronger without exaggerating: built a todo app with React and Express, a weather dashboard",
                               "Mock interview: ask me 5 behavioral questions for a junior developer role, one at a time",
                               "How do I explain a 2 year gap in my resume? I was caring for my father",
                               "write a cover letter for a junior React developer role at a healthcare startup, I'm changing careers from teaching"]), "Here's a suggestion...", False)]
        run(ctx, p, r.randint(6, 15), "personal", js, weekdays=False)
        write_account_activity(ctx, p, r.randint(5, 25), "personal", code_share=0.5)
        accts.append(p)
    group(ctx, "hn-bootcamp-jobseekers", "Bootcamp graduates in several countries polishing their own CVs and practising interviews", accts)

    # 16 Moscow office workers on VPN
    accts = []
    for i in range(15):
        p = ctx.account("RU", "ru", ips=[(r.choice(vpn[:8]), 3.0), (ctx.res_ip("RU"), 0.5)])
        write_account_activity(ctx, p, r.randint(10, 40), "office", code_share=0.3, weekdays=True)
        accts.append(p)
    group(ctx, "hn-moscow-vpn", "Ordinary Russian-speaking office workers on the same popular VPN exits some operators use", accts)
