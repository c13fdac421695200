"""The ordinary population: thousands of people using the model for everyday things."""
import calendar
import math

from core import (T0, DAYS, Acct, Cum, fill, hexs, local_ts, local_weekday, mk_info, new_device, srng, UA, API_UAS)
from bank_common import SNIPPETS, PARALLEL, LANG_NAME
from bank_en import EN
from bank_eu import ES, PT, FR, DE
from bank_asia import RU, ZH, JA, KO, VI
from bank_mideast import FA, AR, HI, TR, ID

BANKS = dict(en=EN, es=ES, pt=PT, fr=FR, de=DE, ru=RU, zh=ZH, ja=JA, ko=KO, vi=VI, fa=FA, ar=AR, hi=HI, tr=TR, id=ID)
SNIP_KEYS = ({"code", "err", "fix", "plang"}, SNIPPETS)

# language -> (share of population, [(country, tz, utc offset in Sept 2025, locale, weight)])
LANGS = {
    "en": (0.27, [("US", "America/New_York", -4, "en-US", 30), ("US", "America/Chicago", -5, "en-US", 15), ("US", "America/Denver", -6, "en-US", 5),
                  ("US", "America/Los_Angeles", -7, "en-US", 14), ("GB", "Europe/London", 1, "en-GB", 12), ("CA", "America/Toronto", -4, "en-CA", 6),
                  ("AU", "Australia/Sydney", 10, "en-AU", 5), ("IN", "Asia/Kolkata", 5.5, "en-IN", 12), ("NG", "Africa/Lagos", 1, "en-NG", 5),
                  ("PH", "Asia/Manila", 8, "en-PH", 6), ("SG", "Asia/Singapore", 8, "en-SG", 2), ("KE", "Africa/Nairobi", 3, "en-KE", 2)]),
    "es": (0.09, [("ES", "Europe/Madrid", 2, "es-ES", 30), ("MX", "America/Mexico_City", -6, "es-MX", 30), ("CO", "America/Bogota", -5, "es-CO", 14),
                  ("AR", "America/Argentina/Buenos_Aires", -3, "es-AR", 12), ("PE", "America/Lima", -5, "es-PE", 8), ("US", "America/Los_Angeles", -7, "es-US", 6)]),
    "pt": (0.06, [("BR", "America/Sao_Paulo", -3, "pt-BR", 85), ("PT", "Europe/Lisbon", 1, "pt-PT", 15)]),
    "fr": (0.05, [("FR", "Europe/Paris", 2, "fr-FR", 60), ("BE", "Europe/Brussels", 2, "fr-BE", 10), ("CA", "America/Toronto", -4, "fr-CA", 15),
                  ("SN", "Africa/Dakar", 0, "fr-SN", 8), ("MA", "Africa/Casablanca", 1, "fr-MA", 7)]),
    "de": (0.05, [("DE", "Europe/Berlin", 2, "de-DE", 75), ("AT", "Europe/Vienna", 2, "de-AT", 12), ("CH", "Europe/Zurich", 2, "de-CH", 13)]),
    "ru": (0.06, [("RU", "Europe/Moscow", 3, "ru-RU", 55), ("RU", "Asia/Yekaterinburg", 5, "ru-RU", 8), ("RU", "Asia/Novosibirsk", 7, "ru-RU", 5),
                  ("BY", "Europe/Minsk", 3, "ru-BY", 7), ("KZ", "Asia/Almaty", 5, "ru-KZ", 8), ("UA", "Europe/Kyiv", 3, "ru-UA", 5),
                  ("GE", "Asia/Tbilisi", 4, "ru-RU", 5), ("DE", "Europe/Berlin", 2, "ru-RU", 4), ("AM", "Asia/Yerevan", 4, "ru-RU", 3)]),
    "zh": (0.07, [("CN", "Asia/Shanghai", 8, "zh-CN", 65), ("TW", "Asia/Taipei", 8, "zh-TW", 10), ("HK", "Asia/Hong_Kong", 8, "zh-HK", 7),
                  ("SG", "Asia/Singapore", 8, "zh-SG", 5), ("MY", "Asia/Kuala_Lumpur", 8, "zh-MY", 5), ("US", "America/Los_Angeles", -7, "zh-CN", 8)]),
    "ja": (0.04, [("JP", "Asia/Tokyo", 9, "ja-JP", 100)]),
    "ko": (0.04, [("KR", "Asia/Seoul", 9, "ko-KR", 95), ("US", "America/Los_Angeles", -7, "ko-KR", 5)]),
    "vi": (0.03, [("VN", "Asia/Ho_Chi_Minh", 7, "vi-VN", 92), ("US", "America/Los_Angeles", -7, "vi-VN", 8)]),
    "fa": (0.045, [("IR", "Asia/Tehran", 3.5, "fa-IR", 80), ("DE", "Europe/Berlin", 2, "fa-IR", 6), ("CA", "America/Toronto", -4, "fa-IR", 6),
                   ("US", "America/Los_Angeles", -7, "fa-IR", 5), ("TR", "Europe/Istanbul", 3, "fa-IR", 3)]),
    "ar": (0.04, [("SA", "Asia/Riyadh", 3, "ar-SA", 30), ("EG", "Africa/Cairo", 3, "ar-EG", 35), ("AE", "Asia/Dubai", 4, "ar-AE", 15),
                  ("MA", "Africa/Casablanca", 1, "ar-MA", 10), ("JO", "Asia/Amman", 3, "ar-JO", 10)]),
    "hi": (0.035, [("IN", "Asia/Kolkata", 5.5, "hi-IN", 100)]),
    "tr": (0.03, [("TR", "Europe/Istanbul", 3, "tr-TR", 90), ("DE", "Europe/Berlin", 2, "tr-DE", 10)]),
    "id": (0.04, [("ID", "Asia/Jakarta", 7, "id-ID", 85), ("ID", "Asia/Makassar", 8, "id-ID", 15)]),
}
LANG_CUM = Cum(list(LANGS), [LANGS[k][0] for k in LANGS])
LANG_LOC = {k: Cum(v[1], [x[4] for x in v[1]]) for k, v in LANGS.items()}

# Share of a country's users who reach the service through a commercial VPN, and how often.
VPN_PROPENSITY = {"CN": 0.85, "IR": 0.9, "RU": 0.55, "BY": 0.35, "HK": 0.15, "VN": 0.08, "TR": 0.15, "AE": 0.2, "SA": 0.12, "EG": 0.1}
WEEKEND = {"IR": (4,), "SA": (4, 5), "EG": (4, 5), "JO": (4, 5)}

H_OFFICE_WD = [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.6, 2.6, 3.0, 3.0, 1.9, 2.3, 3.0, 3.0, 2.7, 2.0, 1.3, 1.2, 1.4, 1.3, 0.8, 0.4]
H_RELAXED = [0.4, 0.25, 0.12, 0.06, 0.05, 0.05, 0.12, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.4, 1.6, 1.5, 1.1, 0.7]
H_STUDENT = [1.6, 1.1, 0.6, 0.3, 0.1, 0.05, 0.1, 0.3, 0.8, 1.2, 1.5, 1.6, 1.4, 1.5, 1.8, 2.0, 2.0, 1.8, 1.8, 2.2, 2.6, 2.8, 2.6, 2.2]
H_EVENING = [0.4, 0.2, 0.1, 0.05, 0.05, 0.1, 0.4, 0.7, 0.6, 0.5, 0.5, 0.6, 1.0, 0.7, 0.5, 0.5, 0.6, 0.9, 1.6, 2.4, 3.0, 3.0, 2.3, 1.2]
H_NIGHT = [2.5, 2.5, 2.2, 1.8, 1.2, 0.6, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5, 2.0, 2.4, 2.6]
H_HEAVY = [0.5, 0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.8, 2.2, 2.4, 2.4, 2.0, 2.2, 2.4, 2.4, 2.3, 2.0, 1.8, 1.8, 1.9, 1.8, 1.4, 0.9]
HOURS = list(range(24))
PERSONAS = {
    # name: (weekday hours, weekend hours, weekend day weight, topic weights)
    "office": (Cum(HOURS, H_OFFICE_WD), Cum(HOURS, H_RELAXED), 0.35,
               dict(email=18, code=14, biz=10, info=10, writing=8, job=4, tr=8, advice=4, food=3, travel=3, health=3, social=4, study=2, fun=2, common=3)),
    "student": (Cum(HOURS, H_STUDENT), Cum(HOURS, H_STUDENT), 0.85,
                dict(study=30, code=12, writing=10, info=8, job=6, tr=6, social=6, fun=6, email=4, advice=4, food=2, travel=2, health=2, common=4)),
    "evening": (Cum(HOURS, H_EVENING), Cum(HOURS, H_RELAXED), 1.3,
                dict(food=12, travel=10, health=9, advice=10, social=12, fun=8, info=10, email=6, job=6, writing=5, biz=4, tr=5, code=2, common=4)),
    "night": (Cum(HOURS, H_NIGHT), Cum(HOURS, H_NIGHT), 1.0,
              dict(code=15, fun=10, writing=10, info=10, social=10, study=8, advice=8, health=4, food=3, tr=4, job=4, common=4)),
    "heavy": (Cum(HOURS, H_HEAVY), Cum(HOURS, H_RELAXED), 0.7,
              dict(code=22, email=12, writing=12, biz=12, info=10, tr=8, study=6, job=4, social=6, advice=3, common=2)),
}
PERSONA_CUM = Cum(list(PERSONAS), [33, 24, 27, 7, 9])

FIRST_NAMES = {
    "en": ["james", "emily", "michael", "sarah", "david", "jessica", "chris", "ashley", "daniel", "olivia", "ryan", "megan", "priya", "rahul",
           "chinedu", "ada", "maria", "kevin", "laura", "tom", "grace", "joseph", "amaka", "mark", "anna", "liam", "zoe", "kyle", "nina", "sam"],
    "es": ["carlos", "lucia", "javier", "sofia", "diego", "valentina", "pablo", "camila", "andres", "paula", "jorge", "mariana", "luis", "elena"],
    "pt": ["joao", "ana", "pedro", "beatriz", "lucas", "larissa", "rafael", "juliana", "thiago", "camila", "bruno", "fernanda"],
    "fr": ["julien", "camille", "thomas", "manon", "nicolas", "chloe", "antoine", "lea", "mamadou", "awa", "hugo", "ines"],
    "de": ["lukas", "anna", "felix", "lena", "jonas", "sophie", "max", "julia", "tobias", "laura", "niklas", "hannah"],
    "ru": ["alexey", "olga", "dmitry", "anna", "sergey", "elena", "ivan", "maria", "nikita", "ekaterina", "pavel", "natalia"],
    "zh": ["wang.lei", "li.na", "zhang.wei", "liu.yang", "chen.jing", "yang.fan", "zhao.min", "huang.xin", "zhou.tao", "wu.qian"],
    "ja": ["yuki", "haruto", "sakura", "kenta", "aoi", "takumi", "yui", "ren", "misaki", "daiki"],
    "ko": ["minjun", "seoyeon", "jihoon", "jiwoo", "hyunwoo", "soyeon", "dohyun", "yuna", "junho", "eunji"],
    "vi": ["nguyen.anh", "tran.minh", "le.thu", "pham.huong", "hoang.nam", "vu.linh", "dang.khoa", "bui.trang"],
    "fa": ["ali", "sara", "reza", "maryam", "mohammad", "fatemeh", "amir", "zahra", "hossein", "nazanin", "mehdi", "parisa", "arash", "negar"],
    "ar": ["ahmed", "fatima", "mohamed", "nour", "omar", "layla", "youssef", "mariam", "khaled", "hana"],
    "hi": ["amit", "pooja", "rohit", "neha", "vikas", "anjali", "suresh", "kavita", "arjun", "sneha"],
    "tr": ["mehmet", "ayse", "emre", "zeynep", "burak", "elif", "can", "merve", "murat", "selin"],
    "id": ["budi", "siti", "agus", "dewi", "andi", "putri", "rizky", "ayu", "dimas", "indah"],
}
MAIL = {
    "default": (["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"], [55, 15, 8, 8, 10, 2]),
    "CN": (["qq.com", "163.com", "gmail.com", "outlook.com", "126.com"], [40, 25, 20, 10, 5]),
    "RU": (["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "proton.me"], [35, 30, 25, 5, 5]),
    "BY": (["mail.ru", "yandex.ru", "gmail.com"], [40, 20, 40]),
    "KR": (["naver.com", "gmail.com", "daum.net"], [50, 40, 10]),
    "JP": (["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"], [50, 25, 15, 10]),
    "DE": (["gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.de"], [40, 22, 22, 8, 8]),
    "FR": (["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net"], [50, 15, 10, 15, 10]),
    "BR": (["gmail.com", "hotmail.com", "uol.com.br", "outlook.com"], [70, 15, 5, 10]),
    "IR": (["gmail.com", "yahoo.com", "outlook.com", "proton.me"], [75, 10, 8, 7]),
    "TR": (["gmail.com", "hotmail.com", "outlook.com"], [70, 20, 10]),
}
TEMP_MAIL = ["yopmail.com", "mail.tm", "tempmail.dev", "sharklasers.com", "guerrillamail.com", "10minutemail.net", "dropmail.me", "maildrop.cc"]
MAIL_CUM = {k: Cum(v[0], v[1]) for k, v in MAIL.items()}


def email_for(rng, lang, cc):
    names = FIRST_NAMES.get(lang, FIRST_NAMES["en"])
    n = names[rng.randrange(len(names))]
    style = rng.random()
    if style < 0.4:
        local = "%s%d" % (n, rng.randrange(1, 99))
    elif style < 0.7:
        local = "%s.%s" % (n, hexs(rng, 3)) if "." not in n else "%s%d" % (n, rng.randrange(70, 2005))
    else:
        local = "%s_%d" % (n.replace(".", ""), rng.randrange(1970, 2008))
    if rng.random() < 0.012:
        dom = TEMP_MAIL[rng.randrange(len(TEMP_MAIL))]
    else:
        dom = MAIL_CUM.get(cc, MAIL_CUM["default"]).pick(rng)
    return "%s@%s" % (local, dom)


# How people open and close a request, so that the same question is not always the same string.
DECOR = {
    "en": (["quick question: ", "pls help: ", "hey, ", "Hi! ", "ok so ", "I need help. ", "hello, "], [" thanks!", " thx", " please", " asap", " (for tomorrow)", " :)", " ty"]),
    "es": (["hola, ", "una pregunta: ", "ayuda: ", "buenas, "], [" gracias", " porfa", " por favor", " gracias!!"]),
    "pt": (["oi, ", "uma dúvida: ", "olá! "], [" obrigado", " por favor", " valeu", " obg"]),
    "fr": (["salut, ", "bonjour, ", "question rapide : "], [" merci", " stp", " svp", " merci d'avance"]),
    "de": (["hallo, ", "kurze Frage: ", "Hi, "], [" danke", " bitte", " danke dir!"]),
    "ru": (["привет, ", "подскажи, ", "вопрос: ", "здравствуйте, "], [" спасибо", " пожалуйста", " срочно", " заранее спасибо"]),
    "zh": (["你好，", "请问", "急！", "麻烦"], ["，谢谢", "，谢谢！", "，在线等", "，急"]),
    "ja": (["すみません、", "質問です。", "こんにちは。"], ["。お願いします", "。よろしく", "。急ぎです"]),
    "ko": (["안녕, ", "질문 있어요. ", "혹시 "], [" 부탁해", " 감사합니다", " ㅠㅠ", " 부탁드려요"]),
    "vi": (["chào bạn, ", "cho mình hỏi, ", "ad ơi, "], [" nhé", " cảm ơn", " với ạ", " gấp"]),
    "fa": (["سلام، ", "یه سوال: ", "ببخشید، "], [" مرسی", " لطفاً", " ممنون", " فوری"]),
    "ar": (["مرحبا، ", "سؤال: ", "لو سمحت، "], [" شكرا", " من فضلك", " ضروري"]),
    "hi": (["नमस्ते, ", "please ", "bhai "], [" धन्यवाद", " please", " jaldi"]),
    "tr": (["merhaba, ", "bir sorum var: ", "selam, "], [" teşekkürler", " lütfen", " acil"]),
    "id": (["halo, ", "mau tanya, ", "kak, "], [" makasih", " ya", " dong", " tolong"]),
}
LATIN = {"en", "es", "pt", "fr", "de", "tr", "id", "vi"}


def decorate(rng, lang, p):
    if "\n" in p or len(p) > 220:
        return p
    pre, suf = DECOR.get(lang, ([], []))
    r = rng.random()
    if r < 0.22 and pre:
        w = pre[rng.randrange(len(pre))]
        p = w + (p[0].lower() + p[1:] if lang in LATIN and p[:2] != "I " and not p[:2].isupper() else p)
    elif r < 0.3 and lang in LATIN:
        p = p[0].lower() + p[1:]
    if rng.random() < 0.2 and suf:
        p = p.rstrip("?.!") + suf[rng.randrange(len(suf))]
    return p


class TextGen:
    """Builds ordinary prompts and answers in a language."""

    def __init__(self):
        self.merged = {}
        self.by_topic = {}
        for lang, b in BANKS.items():
            t = {}
            # templates may span several lines: a new template starts at a line with "topic|"
            cur = None
            for line in b["T"].strip("\n").split("\n"):
                head, sep, rest = line.partition("|")
                if sep and head.isidentifier() and head.islower() and len(head) < 12:
                    cur = [head, rest]
                    t.setdefault(head.replace("_en", ""), []).append(cur)
                elif cur is not None:
                    cur[1] += "\n" + line
            comp = {}
            for k, v in t.items():
                lst = []
                for tp, txt in v:
                    pt, sep, rt = txt.partition("||")
                    lst.append((tp, pt, rt if sep else None))
                comp[k] = lst
            self.by_topic[lang] = comp

    def turn(self, rng, lang, topic):
        """Returns (prompt, response, output_lang)."""
        b = BANKS[lang]
        if topic == "common":
            c = b["C"]
            r = b["R"]["*"]
            return c[rng.randrange(len(c))], r[rng.randrange(len(r))], lang
        if topic == "tr":
            return self.translation(rng, lang)
        cands = self.by_topic[lang].get(topic)
        if not cands:
            cands = self.by_topic[lang].get("info") or self.by_topic[lang]["code"]
        tp, tpl, rtpl = cands[rng.randrange(len(cands))]
        vals = {}
        prompt = decorate(rng, lang, fill(tpl, b["S"], rng, vals, SNIP_KEYS))
        out_lang = lang
        rb = b
        base = tp
        if tp.endswith("_en"):
            rb = EN
            out_lang = "en"
            base = tp[:-3]
        if rtpl is None:
            rl = rb["R"].get(base) or rb["R"]["*"]
            rtpl = rl[rng.randrange(len(rl))]
        slots = b["S"]
        if rb is not b:
            slots = self.merged.get(lang)
            if slots is None:
                slots = dict(EN["S"])
                slots.update(b["S"])
                self.merged[lang] = slots
        resp = fill(rtpl, slots, rng, vals, SNIP_KEYS)
        return prompt, resp, out_lang

    def translation(self, rng, lang):
        b = BANKS[lang]
        targets = b["TR_TARGETS"]
        tgt = targets[rng.randrange(len(targets))]
        p = PARALLEL[rng.randrange(len(PARALLEL))]
        names = LANG_NAME.get(lang, {})
        if lang == "en" or rng.random() < 0.8:
            src_lang, out = lang, tgt
        else:
            src_lang, out = "en", lang      # pasting English text to get it in one's own language
        if out not in p or src_lang not in p:
            src_lang, out = lang, "en"
        tname = names.get(out) if out != lang else None
        if tname is None:
            # asking for one's own language: use the English target name list in reverse
            tname = {"en": "English"}.get(out) or LANG_NAME.get(lang, {}).get("en", "English")
            src_lang, out = lang, "en"
        tpls = b["TR"]
        prompt = fill(tpls[rng.randrange(len(tpls))], {}, rng, {"tgt": tname, "src": p[src_lang]})
        return prompt, p[out], out

    def followup(self, rng, lang):
        b = BANKS[lang]
        return b["F"][rng.randrange(len(b["F"]))], b["FR"][rng.randrange(len(b["FR"]))]


TEXT = None


def textgen():
    global TEXT
    if TEXT is None:
        TEXT = TextGen()
    return TEXT


def pick_topic(rng, topic_cum):
    return topic_cum.pick(rng)


_TOPIC_CUM = {k: Cum(list(v[3]), list(v[3].values())) for k, v in PERSONAS.items()}


class Population:
    """Generates the ordinary accounts. Shared places (workplaces, campuses, households, libraries,
    resellers, API customers) are created on the fly and reused across accounts."""

    def __init__(self, seed, infra, ids, em, n_accounts, orgs):
        self.seed = seed
        self.infra = infra
        self.ids = ids
        self.em = em
        self.n = n_accounts
        self.orgs = orgs
        self.tg = textgen()
        self.workplaces = {}
        self.campuses = {}
        self.libraries = {}
        self.accounts = []

    # -- shared places ------------------------------------------------------------------------
    def workplace(self, rng, cc):
        lst = self.workplaces.setdefault(cc, [])
        if not lst or rng.random() < 0.09:
            wrng = srng(self.seed, "workplace", cc, len(lst))
            org = None
            card = None
            if wrng.random() < 0.3:
                org = "org-" + hexs(wrng, 10)
                card = "pm_" + hexs(wrng, 16)
            net = self.infra.static(wrng, cc, wrng.randrange(3))
            lst.append((net, org, card))
        return lst[rng.randrange(len(lst))]

    def campus(self, rng, cc):
        lst = self.campuses.setdefault(cc, [])
        if len(lst) < 1 or (len(lst) < 6 and rng.random() < 0.03):
            crng = srng(self.seed, "campus", cc, len(lst))
            nets = [self.infra.static(crng, cc, 0) for _ in range(crng.randrange(2, 4))]
            lst.append(nets)
        return lst[rng.randrange(len(lst))]

    def library(self, rng, cc):
        lst = self.libraries.setdefault(cc, [])
        if len(lst) < 1 or (len(lst) < 8 and rng.random() < 0.05):
            lrng = srng(self.seed, "library", cc, len(lst))
            net = self.infra.static(lrng, cc, 1)
            devs = [new_device(lrng, False, "win_chrome") for _ in range(lrng.randrange(2, 5))]
            lst.append((net, devs))
        return lst[rng.randrange(len(lst))]

    # -- accounts -----------------------------------------------------------------------------
    def make_account(self, i, household=None):
        rng = srng(self.seed, "benign", i)
        if household is not None:
            lang, cc, tz, off, locale, home, hh_dev, hh_card = household
        else:
            lang = LANG_CUM.pick(rng)
            cc, tz, off, locale, _ = LANG_LOC[lang].pick(rng)
            home = self.infra.home(rng, cc)
            hh_dev = hh_card = None
        persona = PERSONA_CUM.pick(rng)
        aid = self.ids.account()
        # account facts
        if rng.random() < 0.12:
            created = T0 + rng.randrange(0, 20 * 86400)
        else:
            created = T0 - int(86400 * (1 + rng.random() ** 1.6 * 900))
        r = rng.random()
        plan, pay = "free", None
        if r < 0.27:
            plan, pay = "plus", "pm_" + hexs(rng, 16)
        elif r < 0.29:
            plan, pay = "pro", "pm_" + hexs(rng, 16)
        if hh_card and rng.random() < 0.5:
            plan, pay = "plus", hh_card
        phone = None
        pr = rng.random()
        if pr < 0.55:
            if cc in ("CN", "IR", "RU") and rng.random() < 0.5:
                phone = ["US", "GB", "HK", "KZ", "TR", "AE", "GE", "NL"][rng.randrange(8)]
            else:
                phone = cc
        info = mk_info(email=email_for(rng, lang, cc), phone=phone, payment=pay, created=created, plan=plan)
        model = "atlas-5" if (plan != "free" or rng.random() < 0.55) else "atlas-5-mini"
        a = Acct(aid, lang, tz if rng.random() < 0.93 else None, off, locale if rng.random() < 0.95 else None, info, model=model)
        a.role = persona
        # devices
        n_desk = 1 if rng.random() < 0.8 else 2
        if rng.random() < 0.12:
            n_desk = 0
        has_phone = rng.random() < 0.6 or n_desk == 0
        for _ in range(n_desk):
            a.devices.append(new_device(rng, False))
        if has_phone:
            a.devices.append(new_device(rng, True))
        if hh_dev is not None and rng.random() < 0.6:
            a.devices.append(hh_dev)
        # networks
        a.nets.append((3.0, home, False))
        if rng.random() < 0.2:
            a.nets.append((1.5, self.infra.home(rng, cc), False))
        if has_phone:
            a.nets.append((0.6 + 2.5 * rng.random(), self.infra.mobile(rng, cc), True))
        if persona in ("office", "heavy") and rng.random() < 0.55:
            net, org, card = self.workplace(rng, cc)
            a.nets.append((2.5, net, False))
            if org and rng.random() < 0.8:
                a.org = org
                info["plan"] = "team"
                info["payment"] = card
        if persona == "student" and rng.random() < 0.5:
            nets = self.campus(rng, cc)
            a.nets.append((2.0, nets[rng.randrange(len(nets))], False))
        if rng.random() < 0.02:
            net, devs = self.library(rng, cc)
            a.nets.append((1.0, net, False))
            a.devices.append(devs[rng.randrange(len(devs))])
        vp = VPN_PROPENSITY.get(cc, 0.05)
        if rng.random() < vp:
            share = 0.5 + 0.5 * rng.random() if cc in ("CN", "IR") else 0.2 + 0.6 * rng.random()
            k = 1 + int(rng.random() * 2.5)
            tot = sum(w for w, n, m in a.nets)
            for _ in range(k):
                a.nets.append((tot * share / (1 - share) / k, self.infra.vpn_exit(rng), False))
            if cc in ("CN", "IR") and rng.random() < 0.35:
                # some only ever come through the VPN
                a.nets = [x for x in a.nets if x[1].get("anonymizer")]
        elif rng.random() < 0.03:
            a.nets.append((1.0, self.infra.hosting(rng, flagged=False), False))   # small VPN or own proxy on a VPS
        if any(d[1] in (UA["iphone"], UA["mac_safari"]) for d in a.devices) and rng.random() < 0.12:
            a.nets.append((2.0, self.infra.relay[rng.randrange(len(self.infra.relay))], False))
        if rng.random() < 0.003:
            a.nets.append((1.0, self.infra.tor[rng.randrange(len(self.infra.tor))], False))
        # reseller customers
        res = self.orgs.reseller_for(lang, rng)
        if res is not None and a.org is None:
            a.org = res
            info["plan"] = "reseller"
            info.pop("payment", None)
        return a, rng, cc, home

    def activity(self, a, rng, cc):
        """Sessions spread over the month in the person's own rhythm."""
        wd_cum, we_cum, we_w, _ = PERSONAS[a.role]
        topics = _TOPIC_CUM[a.role]
        lang = a.lang
        second = "en" if (lang != "en" and rng.random() < 0.35) else None
        n_events = int(math.exp(rng.gauss(3.3, 0.5)))
        n_events = max(2, min(n_events, 140))
        start = 0
        end = DAYS - 1
        created = a.info.get("created")
        cts = None
        if created and created >= "2025-09":
            # created inside the month: activity starts that day
            cts = calendar.timegm((int(created[0:4]), int(created[5:7]), int(created[8:10]), 0, 0, 0))
            start = max(0, (cts - T0) // 86400)
        if rng.random() < 0.1:
            end = max(start, start + rng.randrange(3, 25))
        weekend = WEEKEND.get(cc, (5, 6))
        days = list(range(start, min(end, DAYS - 1) + 1))
        dw = [we_w if local_weekday(d) in weekend else 1.0 for d in days]
        dcum = Cum(days, dw)
        off = a.off
        emitted = 0
        conv = None
        guard = 0
        while emitted < n_events and guard < n_events * 3:
            guard += 1
            d = dcum.pick(rng)
            hcum = we_cum if local_weekday(d) in weekend else wd_cum
            h = hcum.pick(rng) + rng.random()
            ts = local_ts(d, h, off)
            net, mob = a.pick_net(rng)
            dev = a.pick_device(rng, mob)
            if conv is None or rng.random() > 0.12:
                conv = self.ids.conv(rng)
            slang = second if (second and rng.random() < 0.3) else lang
            topic = topics.pick(rng)
            p, r, _ = self.tg.turn(rng, slang, topic)
            refused = False
            if rng.random() < 0.004:
                r = BANKS[slang]["REF"]
                refused = True
            if self.em.emit(a, ts, p, r, conv=conv, refused=refused, net=net, dev=dev, rng=rng):
                emitted += 1
            k = 0
            while emitted < n_events and rng.random() < 0.4 and k < 5:
                k += 1
                ts += 30 + int(rng.random() * 420)
                if rng.random() < 0.3:
                    p, r = self.tg.followup(rng, slang)
                else:
                    p, r, _ = self.tg.turn(rng, slang, topic)
                if self.em.emit(a, ts, p, r, conv=conv, net=net, dev=dev, rng=rng):
                    emitted += 1
        return emitted

    def run(self):
        i = 0
        made = 0
        while made < self.n:
            a, rng, cc, home = self.make_account(i)
            i += 1
            made += 1
            self.activity(a, rng, cc)
            self.accounts.append(a.id)
            # households: some people share the connection, and sometimes a laptop and a card
            if made < self.n and rng.random() < 0.09:
                hh_dev = new_device(rng, False) if rng.random() < 0.4 else None
                hh_card = a.info.get("payment") if rng.random() < 0.3 else None
                for _ in range(1 + (rng.random() < 0.4) + (rng.random() < 0.2)):
                    if made >= self.n:
                        break
                    if hh_dev is not None and hh_dev not in a.devices:
                        a.devices.append(hh_dev)
                    b, brng, _, _ = self.make_account(i, household=(a.lang, cc, a.tz, a.off, a.locale, home, hh_dev, hh_card))
                    i += 1
                    made += 1
                    self.activity(b, brng, cc)
                    self.accounts.append(b.id)
        return self.accounts


class Orgs:
    """API customers and resellers in the ordinary population."""

    def __init__(self, seed, scale):
        rng = srng(seed, "orgs")
        self.r_cn = "org-" + hexs(rng, 10)    # reseller selling access to Chinese-speaking customers
        self.r_ru = "org-" + hexs(rng, 10)    # reseller selling access to Russian-speaking customers
        self.r_app = "org-" + hexs(rng, 10)   # a writing-assistant app that resells to anyone
        self.share = {"zh": (self.r_cn, 0.22), "ru": (self.r_ru, 0.16), "en": (self.r_app, 0.03), "es": (self.r_app, 0.04),
                      "pt": (self.r_app, 0.04), "id": (self.r_app, 0.03)}

    def reseller_for(self, lang, rng):
        s = self.share.get(lang)
        if s and rng.random() < s[1]:
            return s[0]
        return None


# ----------------------------------------------------------------------------------------------
# Company API integrations in the ordinary population: templated prompts, service accounts.

API_JOBS = [
    ("en", "Summarize the following customer support ticket in one sentence and classify its priority (low/medium/high).\n\nTicket #{n}: {ticket}",
     "Summary: {sum}\nPriority: {prio}",
     dict(ticket=["My order arrived damaged and I need a replacement before Friday.", "I can't log in after resetting my password, it says the link expired.",
                  "Please cancel my subscription, I was charged twice this month.", "The app crashes when I upload a photo larger than 5 MB.",
                  "How do I change the delivery address on an order I already placed?"],
          sum=["Customer reports a problem with an order and asks for help.", "User cannot access the account after a password reset.",
               "Billing issue reported by the customer."], prio=["low", "medium", "high"])),
    ("en", "Write a product description (max 80 words) for: {product}. Tone: {tone}. Include the material and one use case.",
     "{desc}",
     dict(product=["Oak cutting board 40x25 cm", "Merino wool beanie, charcoal", "Stainless steel lunch box 1.2 L", "Bamboo toothbrush 4-pack",
                   "LED desk lamp with USB-C", "Linen napkins set of 6", "Ceramic planter, matte white"],
          tone=["warm", "minimal", "playful", "premium"],
          desc=["Crafted from durable, natural materials, this piece is made for everyday use and looks good doing it. Perfect for busy mornings at home.",
                "Simple, sturdy and easy to care for: a small upgrade you will reach for every day."])),
    ("en", "Classify the sentiment of this review as positive, negative or mixed. Return JSON.\nReview: \"{review}\"",
     "{{\"sentiment\": \"{sent}\"}}",
     dict(review=["Great quality, arrived early!", "The color is not as pictured and the seller never replied.", "Comfortable but runs small.",
                  "Works fine, battery could be better.", "Terrible, broke after two days."], sent=["positive", "negative", "mixed"])),
    ("de", "Fasse das folgende Gesprächsprotokoll in 3 Stichpunkten zusammen:\n{notes}",
     "- {p1}\n- Nächste Schritte wurden vereinbart.\n- Termin für die Nachbesprechung steht.",
     dict(notes=["Kunde möchte Lieferung auf KW 42 verschieben, Preis bleibt. Rückfrage zur Rechnung offen.",
                 "Team bespricht Urlaubsplanung, Vertretung für Oktober geklärt, IT-Umstellung verschoben."],
          p1=["Lieferung wird verschoben.", "Urlaubsvertretung ist geklärt."])),
    ("es", "Traduce al inglés la siguiente descripción de alojamiento, manteniendo el tono: {listing}",
     "{listing_en}",
     dict(listing=["Apartamento luminoso a cinco minutos de la playa, con terraza y wifi rápido.", "Casa rural con chimenea, ideal para familias y mascotas."],
          listing_en=["Bright apartment five minutes from the beach, with a terrace and fast wifi.", "Country house with a fireplace, ideal for families and pets."])),
    ("en", "Generate a SQL query for PostgreSQL. Schema: orders(id, customer_id, total, created_at), customers(id, country). Question: {q}",
     "SELECT c.country, SUM(o.total) AS revenue\nFROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= date_trunc('month', now())\nGROUP BY c.country\nORDER BY revenue DESC;",
     dict(q=["revenue by country this month", "top 10 countries by revenue this month", "which countries bought the most this month"])),
    ("ja", "次の問い合わせメールに対する返信の下書きを作成してください。丁寧語で。\n{mail}",
     "お問い合わせいただきありがとうございます。ご指摘の件につきまして、担当部署にて確認のうえ、改めてご連絡いたします。",
     dict(mail=["注文した商品がまだ届いていません。", "領収書の再発行をお願いできますか。", "サイズ交換は可能でしょうか。"])),
    ("pt", "Responda ao comentário do cliente no Instagram da loja de forma simpática, em até 2 frases: \"{c}\"",
     "Oi! Obrigado pelo carinho, ficamos muito felizes. Qualquer dúvida é só chamar no direct!",
     dict(c=["Amei o vestido, chegou super rápido!", "Vocês entregam em Curitiba?", "Tem no tamanho G?"])),
    ("en", "You are a code review assistant. Review this diff and list potential bugs:\n{diff}",
     "1. The loop index may go out of range when the list is empty.\n2. Consider handling the None case before calling .strip().",
     dict(diff=["- for i in range(len(rows)+1):\n+ for i in range(len(rows)):", "+ name = user.get('name').strip()", "+ total = price * qty\n- total = round(price * qty, 2)"])),
    ("ko", "다음 상품 리뷰를 한 문장으로 요약해줘: {r}", "전반적으로 만족하지만 배송이 조금 늦었다는 의견입니다.",
     dict(r=["배송은 좀 늦었지만 품질은 좋아요", "사이즈가 생각보다 작아요. 그래도 예뻐요", "가성비 최고! 재구매 의사 있음"])),
]


def api_integrations(seed, infra, ids, em, scale):
    """A few dozen companies call the API from their servers with a fixed template."""
    out = []
    n_orgs = max(4, int(round(12 * scale)))
    for k in range(n_orgs):
        rng = srng(seed, "api-org", k)
        lang, tpl, rtpl, slots = API_JOBS[k % len(API_JOBS)]
        org = "org-" + hexs(rng, 10)
        hidx = rng.randrange(15)
        n_keys = 1 + (rng.random() < 0.4) + (rng.random() < 0.2)
        nets = [infra.hosting(rng, hidx) for _ in range(2)]
        ua = API_UAS[rng.randrange(len(API_UAS))]
        rate = 2 + rng.random() * 10     # calls per hour while active
        always_on = rng.random() < 0.5
        off = {"en": -5, "de": 2, "es": 2, "ja": 9, "pt": -3, "ko": 9}[lang]
        for j in range(n_keys):
            aid = ids.account()
            info = mk_info(email="api-%s@%s" % (hexs(rng, 4), ["acme-tools.io", "shopline.app", "helpdeskly.com", "brightcart.de",
                                                               "tabiya.jp", "lojaflor.com.br", "devreview.ai", "hanbit-mall.kr"][k % 8]),
                           payment="pm_" + hexs(rng, 16), created=T0 - rng.randrange(60, 600) * 86400, plan="api")
            a = Acct(aid, lang, None, off, None, info, org=org, channel="api", model="atlas-5-mini")
            a.api_ua = ua
            a.nets = [(1.0, n, False) for n in nets]
            n_calls = int(min(400, max(20, rate * (24 if always_on else 9) * DAYS * rng.uniform(0.03, 0.08))))
            for _ in range(n_calls):
                d = rng.randrange(DAYS)
                if always_on:
                    h = rng.random() * 24
                else:
                    if local_weekday(d) >= 5 and rng.random() < 0.85:
                        continue
                    h = 8 + rng.random() * 10
                vals = {"n": str(rng.randrange(10000, 99999))}
                p = fill(tpl, slots, rng, vals)
                r = fill(rtpl, slots, rng, vals).replace("{{", "{").replace("}}", "}")
                em.emit(a, local_ts(d, h, off), p, r, net=a.pick_net(rng)[0], rng=rng, info=False)
            out.append(aid)
    return out
