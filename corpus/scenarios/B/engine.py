#!/usr/bin/env python3
"""Engine of the scenario generator: infrastructure, accounts, time, ordinary population, writer.

The command-line entry point is gen.py.
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from bank_en import EN, CODE_SNIPPETS, CODE_ASKS  # noqa: E402
from bank_intl import BANKS as INTL  # noqa: E402

BANKS = dict(INTL)
BANKS["en"] = EN

DAYS = 31
MONTH_SECONDS = DAYS * 86400
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
FIRST_WEEKDAY = 3  # 2026-01-01 is a Thursday (Monday = 0)
_DAY_PREFIX = ["2026-01-%02dT" % (d + 1) for d in range(DAYS)]

MODELS = ["aurora-2", "aurora-2", "aurora-2", "aurora-2-mini", "aurora-2-mini", "aurora-2-pro"]


def iso(t):
    """Seconds since 2026-01-01T00:00:00Z -> RFC 3339 string."""
    t = int(t)
    if 0 <= t < MONTH_SECONDS:
        d, rem = divmod(t, 86400)
        h, rem = divmod(rem, 3600)
        m, s = divmod(rem, 60)
        return "%s%02d:%02d:%02dZ" % (_DAY_PREFIX[d], h, m, s)
    return (EPOCH + datetime.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")


def weekday_of_local_day(ld):
    return (FIRST_WEEKDAY + ld) % 7


def rng(seed, *parts):
    return random.Random("%s|%s" % (seed, "|".join(str(p) for p in parts)))


B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(r, n):
    return "".join(r.choice(B36) for _ in range(n))


def hexid(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


# ----------------------------------------------------------------------------------------------
# Follow-up turns per language (ordinary conversations continue like this)
FU = {
    "en": ["make it shorter", "can you make it a bit more formal?", "thanks, that's great",
           "another version please", "what about for 2 people?", "can you explain the second point?",
           "ok and in simpler words?", "perfect, thank you!", "shorter pls", "can you add an example?",
           "make it sound less like AI", "now in a table", "what if I only have 20 minutes?",
           "hmm not quite, try again", "can you make it funnier", "and a subject line?", "thx!!",
           "explain step 3 again", "is there a cheaper option?", "great, now translate it to Spanish"],
    "zh": ["再短一点", "换个说法", "谢谢!", "能再正式一点吗?", "第二点能展开说说吗?", "好的,明白了",
           "举个例子", "做成表格", "再口语化一点", "不太对,重新来"],
    "ru": ["Сделай короче", "А можно ещё вариант?", "Спасибо!", "Чуть официальнее, пожалуйста",
           "Поясни второй пункт", "Отлично, спасибо", "Приведи пример", "Сделай таблицей", "Попроще, пожалуйста"],
    "fa": ["کوتاه‌ترش کن", "یه نسخه دیگه هم بنویس", "مرسی!", "رسمی‌ترش کن", "عالی بود ممنون"],
    "es": ["Hazlo más corto", "Dame otra versión", "¡Gracias!", "Más formal, por favor", "Perfecto",
           "¿Puedes dar un ejemplo?", "Más sencillo, porfa", "Ahora en una tabla", "No me convence, otra vez"],
    "ar": ["اجعله أقصر", "اكتب نسخة أخرى", "شكراً جزيلاً", "أضف مثالاً", "بأسلوب أبسط من فضلك", "ممتاز، شكراً لك"],
    "ko": ["좀 더 짧게", "다른 버전도 써줘", "고마워!", "존댓말로 바꿔줘"],
    "ja": ["もう少し短くして", "別のパターンもお願い", "ありがとう!"],
    "vi": ["Ngắn hơn chút", "Viết phiên bản khác", "Cảm ơn nhé"],
    "pt": ["Deixa mais curto", "Outra versão, por favor", "Valeu!"],
    "de": ["Mach es kürzer", "Noch eine Version bitte", "Danke!", "Etwas förmlicher bitte"],
    "fr": ["Plus court stp", "Une autre version ?", "Merci !"],
    "hi": ["थोड़ा छोटा करो", "एक और वर्ज़न दो", "धन्यवाद!"],
    "tr": ["Biraz kısalt", "Başka bir versiyon yaz", "Teşekkürler!"],
    "id": ["Lebih singkat dong", "Versi lain ya", "Makasih!"],
    "it": ["Più corto", "Un'altra versione", "Grazie!"],
    "uk": ["Коротше, будь ласка", "Ще один варіант", "Дякую!"],
    "sw": ["Ifupishe", "Andika toleo lingine", "Asante!"],
    "tl": ["Paikliin mo pa", "Isa pang version", "Salamat!"],
}

# ----------------------------------------------------------------------------------------------
# Where ordinary people live: (lang, country, tz, offset, locale, weight, vpn_rate)
LOCALES = [
    ("en", "US", "America/New_York", -5, "en-US", 9.0, 0.08),
    ("en", "US", "America/Chicago", -6, "en-US", 4.0, 0.07),
    ("en", "US", "America/Denver", -7, "en-US", 1.0, 0.07),
    ("en", "US", "America/Los_Angeles", -8, "en-US", 5.0, 0.09),
    ("en", "GB", "Europe/London", 0, "en-GB", 4.0, 0.08),
    ("en", "IN", "Asia/Kolkata", 5.5, "en-IN", 3.0, 0.06),
    ("en", "NG", "Africa/Lagos", 1, "en-NG", 1.5, 0.10),
    ("en", "PH", "Asia/Manila", 8, "en-PH", 1.5, 0.05),
    ("en", "AU", "Australia/Sydney", 11, "en-AU", 1.5, 0.06),
    ("en", "CA", "America/Toronto", -5, "en-CA", 1.5, 0.07),
    ("en", "KE", "Africa/Nairobi", 3, "en-KE", 0.5, 0.05),
    ("en", "SG", "Asia/Singapore", 8, "en-SG", 0.5, 0.06),
    ("zh", "CN", "Asia/Shanghai", 8, "zh-CN", 7.0, 0.60),
    ("zh", "TW", "Asia/Taipei", 8, "zh-TW", 1.2, 0.05),
    ("zh", "HK", "Asia/Hong_Kong", 8, "zh-HK", 0.5, 0.10),
    ("zh", "SG", "Asia/Singapore", 8, "zh-SG", 0.3, 0.05),
    ("zh", "US", "America/Los_Angeles", -8, "zh-CN", 0.4, 0.05),
    ("ru", "RU", "Europe/Moscow", 3, "ru-RU", 4.0, 0.35),
    ("ru", "RU", "Asia/Yekaterinburg", 5, "ru-RU", 0.6, 0.30),
    ("ru", "RU", "Asia/Novosibirsk", 7, "ru-RU", 0.5, 0.30),
    ("ru", "BY", "Europe/Minsk", 3, "ru-BY", 0.4, 0.30),
    ("ru", "KZ", "Asia/Almaty", 5, "ru-KZ", 0.5, 0.10),
    ("ru", "DE", "Europe/Berlin", 1, "ru-RU", 0.3, 0.05),
    ("ru", "GE", "Asia/Tbilisi", 4, "ru-RU", 0.2, 0.10),
    ("ru", "AM", "Asia/Yerevan", 4, "ru-RU", 0.2, 0.10),
    ("fa", "IR", "Asia/Tehran", 3.5, "fa-IR", 3.5, 0.75),
    ("fa", "DE", "Europe/Berlin", 1, "fa-IR", 0.2, 0.05),
    ("fa", "CA", "America/Toronto", -5, "fa-IR", 0.2, 0.05),
    ("fa", "US", "America/Los_Angeles", -8, "fa-IR", 0.2, 0.05),
    ("fa", "TR", "Europe/Istanbul", 3, "fa-IR", 0.1, 0.10),
    ("es", "ES", "Europe/Madrid", 1, "es-ES", 2.0, 0.06),
    ("es", "MX", "America/Mexico_City", -6, "es-MX", 3.0, 0.05),
    ("es", "AR", "America/Argentina/Buenos_Aires", -3, "es-AR", 1.2, 0.05),
    ("es", "CO", "America/Bogota", -5, "es-CO", 1.2, 0.05),
    ("es", "PE", "America/Lima", -5, "es-PE", 0.6, 0.05),
    ("es", "CL", "America/Santiago", -3, "es-CL", 0.6, 0.05),
    ("es", "US", "America/Chicago", -6, "es-US", 0.8, 0.05),
    ("ar", "SA", "Asia/Riyadh", 3, "ar-SA", 1.5, 0.25),
    ("ar", "EG", "Africa/Cairo", 2, "ar-EG", 2.0, 0.15),
    ("ar", "AE", "Asia/Dubai", 4, "ar-AE", 0.8, 0.30),
    ("ar", "MA", "Africa/Casablanca", 1, "ar-MA", 0.8, 0.05),
    ("ar", "JO", "Asia/Amman", 3, "ar-JO", 0.4, 0.10),
    ("ar", "IQ", "Asia/Baghdad", 3, "ar-IQ", 0.5, 0.15),
    ("ko", "KR", "Asia/Seoul", 9, "ko-KR", 3.0, 0.04),
    ("ja", "JP", "Asia/Tokyo", 9, "ja-JP", 3.0, 0.03),
    ("vi", "VN", "Asia/Ho_Chi_Minh", 7, "vi-VN", 3.0, 0.10),
    ("pt", "BR", "America/Sao_Paulo", -3, "pt-BR", 4.0, 0.05),
    ("pt", "PT", "Europe/Lisbon", 0, "pt-PT", 0.8, 0.05),
    ("de", "DE", "Europe/Berlin", 1, "de-DE", 3.0, 0.06),
    ("de", "AT", "Europe/Vienna", 1, "de-AT", 0.6, 0.05),
    ("de", "CH", "Europe/Zurich", 1, "de-CH", 0.5, 0.05),
    ("fr", "FR", "Europe/Paris", 1, "fr-FR", 3.0, 0.06),
    ("fr", "BE", "Europe/Brussels", 1, "fr-BE", 0.4, 0.05),
    ("fr", "CA", "America/Toronto", -5, "fr-CA", 0.5, 0.05),
    ("fr", "SN", "Africa/Dakar", 0, "fr-SN", 0.3, 0.05),
    ("hi", "IN", "Asia/Kolkata", 5.5, "hi-IN", 3.0, 0.04),
    ("tr", "TR", "Europe/Istanbul", 3, "tr-TR", 3.0, 0.20),
    ("id", "ID", "Asia/Jakarta", 7, "id-ID", 3.0, 0.08),
    ("it", "IT", "Europe/Rome", 1, "it-IT", 1.5, 0.05),
    ("uk", "UA", "Europe/Kyiv", 2, "uk-UA", 1.0, 0.15),
    ("sw", "KE", "Africa/Nairobi", 3, "sw-KE", 0.6, 0.05),
    ("sw", "TZ", "Africa/Dar_es_Salaam", 3, "sw-TZ", 0.5, 0.05),
    ("tl", "PH", "Asia/Manila", 8, "fil-PH", 1.5, 0.05),
]

# Weekend days per country (Monday = 0)
WEEKEND = {"IR": (4,), "SA": (4, 5), "EG": (4, 5), "JO": (4, 5), "IQ": (4, 5)}

EMAIL_DOMAINS = {
    "US": ["gmail.com"] * 6 + ["outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com"],
    "GB": ["gmail.com"] * 4 + ["outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk"],
    "CN": ["qq.com"] * 4 + ["163.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com"],
    "TW": ["gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com"],
    "HK": ["gmail.com", "yahoo.com.hk", "outlook.com"],
    "RU": ["mail.ru", "mail.ru", "yandex.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru"],
    "BY": ["mail.ru", "tut.by", "gmail.com", "yandex.by"],
    "KZ": ["mail.ru", "gmail.com", "inbox.kz"],
    "IR": ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "chmail.ir", "outlook.com"],
    "KR": ["naver.com", "naver.com", "gmail.com", "daum.net", "kakao.com"],
    "JP": ["gmail.com", "yahoo.co.jp", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp"],
    "DE": ["gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.de", "posteo.de"],
    "AT": ["gmx.at", "gmail.com", "aon.at"],
    "CH": ["bluewin.ch", "gmail.com", "gmx.ch"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr"],
    "BR": ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "bol.com.br"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
    "ES": ["gmail.com", "hotmail.es", "outlook.es", "yahoo.es", "telefonica.net"],
    "IN": ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "VN": ["gmail.com", "gmail.com", "yahoo.com.vn"],
    "ID": ["gmail.com", "gmail.com", "yahoo.co.id"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it"],
    "UA": ["gmail.com", "ukr.net", "i.ua"],
}
DEFAULT_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"]
# Disposable / privacy mail that ordinary people also sometimes use
TEMP_DOMAINS = ["tempmail.plus", "dropmail.me", "10minutemail.net", "mailnesia.com", "yopmail.com",
                "guerrillamail.com", "emailondeck.com"]

ROMAN_FIRST = {
    "en": "james mary john linda michael sarah david emma chris olivia daniel ava ryan mia kevin grace tyler zoe".split(),
    "zh": "wei fang li jing hao yan lei xin ming yu chen jie tao ying bo lin".split(),
    "ru": "ivan olga dmitry anna sergey elena alexey maria nikita daria pavel irina artem ksenia".split(),
    "fa": "ali sara reza maryam amir zahra mohammad neda hossein fatemeh mehdi leila arash shirin".split(),
    "es": "carlos maria jose lucia diego sofia juan valentina miguel camila andres paula".split(),
    "ar": "ahmed fatima omar layla youssef nour khaled mariam hassan aya".split(),
    "ko": "minjun seoyeon jiho haeun jisoo dohyun yuna hyunwoo".split(),
    "ja": "haruto yui sota hina ren aoi kenta sakura".split(),
    "vi": "minh lan huy thao nam linh tuan trang".split(),
    "pt": "joao ana pedro beatriz lucas julia rafael larissa".split(),
    "de": "lukas anna jonas lea felix marie paul laura".split(),
    "fr": "lucas chloe hugo ines louis manon theo camille".split(),
    "hi": "rahul priya amit neha vikram pooja arjun kavya".split(),
    "tr": "mehmet ayse emre zeynep burak elif can selin".split(),
    "id": "budi siti agus dewi rizky putri andi ayu".split(),
    "it": "marco giulia luca francesca matteo chiara".split(),
    "uk": "oleksandr oksana andriy iryna taras yulia".split(),
    "sw": "juma amina baraka neema hamisi zawadi".split(),
    "tl": "juan maria jose ana mark joy paolo bea".split(),
}
ROMAN_LAST = {
    "en": "smith johnson brown lee garcia miller davis wilson taylor clark hall young".split(),
    "zh": "wang li zhang liu chen yang zhao huang zhou wu xu sun".split(),
    "ru": "ivanov smirnova kuznetsov popova sokolov volkova lebedev kozlova novikov morozova".split(),
    "fa": "ahmadi hosseini karimi rezaei mohammadi hashemi moradi rahimi jafari sadeghi".split(),
    "es": "garcia martinez lopez gonzalez rodriguez sanchez perez romero torres flores".split(),
    "ar": "alsayed hassan ibrahim mahmoud alharbi alotaibi mansour saleh".split(),
    "ko": "kim lee park choi jung kang cho yoon".split(),
    "ja": "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura".split(),
    "vi": "nguyen tran le pham hoang vu dang bui".split(),
    "pt": "silva santos oliveira souza costa pereira ferreira almeida".split(),
    "de": "mueller schmidt schneider fischer weber meyer wagner becker".split(),
    "fr": "martin bernard dubois thomas robert petit durand leroy".split(),
    "hi": "sharma verma gupta singh kumar patel mehta joshi".split(),
    "tr": "yilmaz kaya demir sahin celik yildiz aydin".split(),
    "id": "santoso wijaya saputra hidayat pratama lestari".split(),
    "it": "rossi russo ferrari esposito bianchi romano".split(),
    "uk": "shevchenko kovalenko bondarenko tkachenko kravchenko".split(),
    "sw": "mwangi otieno njoroge mushi kimaro hassan".split(),
    "tl": "santos reyes cruz bautista garcia mendoza".split(),
}

UA = {
    "win_chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "win_firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "mac_chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "linux_firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "linux_chrome": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "iphone_safari": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "android_chrome": "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "ios_app": "AuroraChat/3.14.2 (iPhone; iOS 18.1; Scale/3.00)",
    "android_app": "AuroraChat/3.14.0 (Android 14; SM-A546B)",
    "android_app2": "AuroraChat/3.13.5 (Android 13; Redmi Note 12)",
}
UA_DESKTOP = ["win_chrome", "win_chrome", "win_chrome", "win_edge", "win_firefox", "mac_safari",
              "mac_chrome", "mac_chrome", "linux_firefox", "linux_chrome"]
UA_MOBILE = ["iphone_safari", "android_chrome", "ios_app", "ios_app", "android_app", "android_app2"]
API_UA = ["python-requests/2.32.3", "httpx/0.27.2", "axios/1.7.7", "okhttp/4.12.0", "Go-http-client/2.0",
          "node-fetch/3.3.2", "curl/8.5.0"]


class Account:
    __slots__ = ("id", "lang", "country", "tz", "offset", "locale", "devices", "ctx", "info",
                 "org", "channel", "model", "info_sent", "weekend", "tz_report")

    def __init__(self, aid, lang, country, tz, offset, locale):
        self.id = aid
        self.lang = lang
        self.country = country
        self.tz = tz
        self.offset = offset
        self.locale = locale
        self.devices = []   # list of (device_id, ua)
        self.ctx = []       # list of (cum_weight, pool) ; pool = list of net dicts
        self.info = {}
        self.org = None
        self.channel = "chat"
        self.model = "aurora-2"
        self.info_sent = False
        self.weekend = WEEKEND.get(country, (5, 6))
        self.tz_report = 0.92


class World:
    """Shared infrastructure, writer and bookkeeping."""

    def __init__(self, seed, scale, out):
        self.seed = seed
        self.scale = scale
        self.out = out
        self.r = rng(seed, "world")
        self.tmpdir = os.path.join(out, ".tmp_days")
        os.makedirs(self.tmpdir, exist_ok=True)
        self.buckets = [open(os.path.join(self.tmpdir, "d%02d" % d), "w", encoding="utf-8", newline="\n")
                        for d in range(DAYS)]
        self.n_events = 0
        self.observations = []
        self.used_ids = set()
        self.iocs = {}
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self._build_infra()

    # ---------------------------------------------------------------- ids
    def new_account_id(self, *key):
        r = rng(self.seed, "acct", *key)
        while True:
            aid = "user-" + b36(r, 14)
            if aid not in self.used_ids:
                self.used_ids.add(aid)
                return aid

    # ---------------------------------------------------------------- infrastructure
    def _ip_in(self, r, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(r.randint(1, 254)))
        return ".".join(parts)

    def _build_infra(self):
        r = self.r
        countries = sorted({loc[1] for loc in LOCALES} | {"NL", "SE", "FI", "CH", "KH", "MM", "TH", "LV", "RO", "CZ"})
        used_prefix = set()

        def fresh_prefix(n_octets=2):
            while True:
                a = r.choice([5, 24, 31, 37, 41, 45, 46, 49, 58, 59, 60, 61, 62, 77, 78, 79, 80, 81, 82,
                              83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103, 106, 110,
                              111, 112, 113, 114, 115, 116, 117, 118, 119, 121, 122, 123, 124, 125,
                              139, 141, 144, 146, 147, 151, 154, 157, 160, 163, 171, 175, 176, 177,
                              178, 179, 180, 181, 182, 183, 185, 186, 187, 188, 189, 190, 191, 193,
                              194, 195, 197, 200, 201, 202, 203, 210, 211, 212, 213, 217, 218, 219,
                              220, 221, 222])
                p = [str(a)] + [str(r.randint(0, 254)) for _ in range(n_octets - 1)]
                s = ".".join(p)
                if s not in used_prefix:
                    used_prefix.add(s)
                    return s

        asn_used = set()

        def fresh_asn():
            while True:
                a = r.randint(1000, 64000) if r.random() < 0.7 else r.randint(131072, 215000)
                if a not in asn_used:
                    asn_used.add(a)
                    return a

        self.isp = {}
        self.carrier = {}
        self.campus = {}
        for c in countries:
            self.isp[c] = [(fresh_prefix(2), fresh_asn()) for _ in range(r.randint(2, 4))]
            carriers = []
            for _ in range(r.randint(2, 3)):
                pre = fresh_prefix(3)
                asn = fresh_asn()
                pool = [{"ip": self._ip_in(r, pre), "asn": asn, "country": c} for _ in range(r.randint(5, 14))]
                carriers.append(pool)
            self.carrier[c] = carriers
            camps = []
            for _ in range(r.randint(1, 3)):
                pre = fresh_prefix(3)
                asn = fresh_asn()
                camps.append([{"ip": self._ip_in(r, pre), "asn": asn, "country": c} for _ in range(r.randint(1, 2))])
            self.campus[c] = camps
        self.company_prefix = {c: (fresh_prefix(2), fresh_asn()) for c in countries}

        # Popular commercial VPN brands: exits flagged "vpn", used by many strangers.
        exit_countries = ["US", "NL", "DE", "GB", "SG", "JP", "HK", "CA", "SE", "CH", "FR", "FI", "LV", "RO"]
        self.vpn = []  # list of exits (dict)
        rank_in_brand = []
        brand_of = []
        for brand in range(3):
            asns = [fresh_asn() for _ in range(3)]   # each brand rents exits from a few hosters
            for k, ec in enumerate(r.sample(exit_countries, 6)):
                pre = fresh_prefix(3)
                self.vpn.append({"ip": self._ip_in(r, pre), "asn": asns[k % 3], "country": ec, "anonymizer": "vpn"})
                rank_in_brand.append(k)
                brand_of.append(brand)
        brand_w = [3.0, 2.0, 1.0]
        # exit preference by user language (weights over self.vpn)
        self.vpn_pref = {}
        for lang in BANKS:
            w = []
            for i, ex in enumerate(self.vpn):
                base = brand_w[brand_of[i]] / (1 + rank_in_brand[i]) ** 1.2  # a few very popular exits
                if lang == "zh" and ex["country"] in ("JP", "SG", "HK", "US"):
                    base *= 6
                if lang == "fa" and ex["country"] in ("DE", "NL", "GB", "CA", "SE"):
                    base *= 5
                if lang == "ru" and ex["country"] in ("NL", "DE", "FI", "LV"):
                    base *= 5
                if lang == "ar" and ex["country"] in ("GB", "FR", "DE", "NL"):
                    base *= 3
                w.append(base)
            self.vpn_pref[lang] = w
        # small VPN / proxy providers that are NOT flagged
        self.small_vpn = []
        for _ in range(6):
            pre = fresh_prefix(3)
            asn = fresh_asn()
            self.small_vpn.append([{"ip": self._ip_in(r, pre), "asn": asn, "country": r.choice(exit_countries)}
                                   for _ in range(3)])
        # hosting ranges (cloud/VPS); each a /24 with its ASN and country
        self.hosting = []
        for hc in ["NL", "DE", "US", "SG", "FR", "US", "DE", "HK", "RU", "NL"]:
            pre = fresh_prefix(3)
            self.hosting.append({"prefix": pre, "asn": fresh_asn(), "country": hc})
        # one range left for ordinary self-hosters only
        self.r_state_prefix = fresh_prefix

        # resellers (organizations through which many unrelated customers reach the model)
        self.resellers = ["org-" + hexid(r, 10) for _ in range(3)]
        self.fresh_prefix = fresh_prefix
        self.fresh_asn = fresh_asn

    def hosting_ip(self, r, idx, flagged=True, last=None):
        h = self.hosting[idx]
        ip = h["prefix"] + "." + str(last if last is not None else r.randint(2, 250))
        d = {"ip": ip, "asn": h["asn"], "country": h["country"]}
        if flagged:
            d["anonymizer"] = "hosting"
        return d

    def home_net(self, r, country):
        pre, asn = r.choice(self.isp[country])
        return {"ip": self._ip_in(r, pre), "asn": asn, "country": country}

    def company_net(self, country, k):
        pre, asn = self.company_prefix[country]
        rr = rng(self.seed, "company", country, k)
        return {"ip": self._ip_in(rr, pre), "asn": asn, "country": country}

    def pick_vpn(self, r, lang, n=1):
        w = self.vpn_pref.get(lang, self.vpn_pref["en"])
        out = []
        for _ in range(n):
            ex = r.choices(self.vpn, weights=w)[0]
            if ex not in out:
                out.append(ex)
        return out

    # ---------------------------------------------------------------- accounts
    def new_device(self, r, kind=None):
        if kind is None:
            kind = r.choice(UA_DESKTOP) if r.random() < 0.55 else r.choice(UA_MOBILE)
        return ("dev-" + hexid(r, 16), UA[kind] if kind in UA else kind)

    def email_for(self, r, lang, country, domain=None):
        first = r.choice(ROMAN_FIRST.get(lang, ROMAN_FIRST["en"]))
        last = r.choice(ROMAN_LAST.get(lang, ROMAN_LAST["en"]))
        style = r.random()
        if style < 0.35:
            local = "%s.%s" % (first, last)
        elif style < 0.6:
            local = "%s%s%d" % (first, last[:1], r.randint(1, 99))
        elif style < 0.8:
            local = "%s_%s%d" % (first, last, r.randint(1970, 2008))
        else:
            local = "%s%d" % (first, r.randint(100, 99999))
        if domain is None:
            if r.random() < 0.012:
                domain = r.choice(TEMP_DOMAINS)
            else:
                domain = r.choice(EMAIL_DOMAINS.get(country, DEFAULT_DOMAINS))
        if lang == "zh" and domain in ("qq.com",) and r.random() < 0.7:
            local = str(r.randint(10000000, 3999999999))
        return local + "@" + domain, domain

    def set_info(self, a, r, email=None, domain=None, phone=None, payment=None, created=None, plan=None):
        if email is None:
            email, domain = self.email_for(r, a.lang, a.country)
        elif domain is None:
            domain = email.split("@", 1)[1]
        info = {"email": email, "email_domain": domain}
        if phone:
            info["phone_country"] = phone
        if payment:
            info["payment"] = payment
        if created is not None:
            info["created"] = iso(created)
        if plan:
            info["plan"] = plan
        a.info = info

    def new_card(self, r):
        return "pm_" + hexid(r, 20)

    # ---------------------------------------------------------------- event writer
    def emit(self, a, t, prompt, response=None, conv=None, refused=False, net=None, dev=None,
             info=None, extra=None, model=None):
        t = int(t)
        if t < 0 or t >= MONTH_SECONDS:
            return False
        ev = {"time": iso(t), "account": a.id}
        if a.org:
            ev["organization"] = a.org
        if conv:
            ev["conversation"] = conv
        ev["channel"] = a.channel
        ev["model"] = model or a.model
        ev["prompt"] = prompt
        if response is not None:
            ev["response"] = response
        if refused:
            ev["refused"] = True
        if net is not None:
            ev["network"] = net
        if dev is not None or a.channel == "chat":
            cl = {}
            if dev is not None:
                cl["user_agent"] = dev[1]
                if dev[0]:
                    cl["device"] = dev[0]
            if a.tz and (a.channel == "chat") and (hash_frac(t, a.id) < a.tz_report):
                cl["timezone"] = a.tz
                if a.locale:
                    cl["locale"] = a.locale
            if cl:
                ev["client"] = cl
        send_info = info
        if send_info is None:
            send_info = (not a.info_sent) or (hash_frac(t + 7, a.id) < 0.12)
        if send_info and a.info:
            ev["account_info"] = a.info
            a.info_sent = True
        if extra:
            ev.update(extra)
        line = self.dumps(ev)
        self.buckets[t // 86400].write("%07d\t%s\n" % (t, line))
        self.n_events += 1
        return True

    def observe(self, obs):
        self.observations.append(obs)

    def finish(self, truth):
        for f in self.buckets:
            f.close()
        path = os.path.join(self.out, "events.jsonl")
        n = 0
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for d in range(DAYS):
                p = os.path.join(self.tmpdir, "d%02d" % d)
                with open(p, encoding="utf-8") as f:
                    lines = f.read().split("\n")
                os.remove(p)
                lines = [x for x in lines if x]
                lines.sort()
                buf = []
                for x in lines:
                    n += 1
                    body = x[8:]
                    buf.append('{"id":"evt_%08d",%s\n' % (n, body[1:]))
                out.write("".join(buf))
        os.rmdir(self.tmpdir)
        self.observations.sort(key=lambda o: (o["time"], o["id"]))
        with open(os.path.join(self.out, "observations.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for o in self.observations:
                f.write(self.dumps(o) + "\n")
        with open(os.path.join(self.out, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return n


def hash_frac(t, s):
    """Cheap deterministic pseudo-random fraction from an int and a string (no PYTHONHASHSEED use)."""
    h = 2166136261
    for ch in s[-6:]:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    h = ((h ^ (t & 0xFFFFFFFF)) * 2654435761) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 2246822519) & 0xFFFFFFFF
    h ^= h >> 13
    return (h & 0xFFFFFF) / float(0x1000000)


# ----------------------------------------------------------------------------------------------
# Time helpers

H_OFFICE = [0, 0, 0, 0, 0, 0, 0.05, 0.25, 0.8, 1.0, 1.0, 1.0, 0.45, 0.7, 1.0, 1.0, 0.9, 0.7, 0.4, 0.3, 0.3, 0.2, 0.1, 0.03]
H_EVENING = [0.25, 0.08, 0.02, 0, 0, 0, 0.05, 0.2, 0.3, 0.3, 0.3, 0.3, 0.45, 0.3, 0.3, 0.3, 0.4, 0.6, 0.8, 1.0, 1.0, 1.0, 0.8, 0.5]
H_STUDENT = [0.8, 0.6, 0.4, 0.2, 0.05, 0, 0, 0, 0.1, 0.3, 0.5, 0.6, 0.6, 0.7, 0.7, 0.7, 0.7, 0.7, 0.6, 0.7, 0.8, 1.0, 1.0, 1.0]
H_RETIREE = [0, 0, 0, 0, 0, 0.05, 0.3, 0.7, 1.0, 1.0, 1.0, 0.8, 0.6, 0.7, 0.9, 0.9, 0.8, 0.6, 0.5, 0.4, 0.3, 0.1, 0, 0]
H_NIGHT = [1.0, 1.0, 0.9, 0.7, 0.4, 0.1, 0, 0, 0, 0, 0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
H_MIXED = [0.1, 0.05, 0.02, 0.01, 0.01, 0.02, 0.1, 0.3, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 0.8, 0.7, 0.5, 0.3]

RHYTHMS = {
    # name: (hour weights, workday weight, weekend weight)
    "office": (H_OFFICE, 1.0, 0.12),
    "evening": (H_EVENING, 1.0, 1.4),
    "student": (H_STUDENT, 1.0, 0.9),
    "retiree": (H_RETIREE, 1.0, 0.9),
    "night": (H_NIGHT, 1.0, 1.1),
    "mixed": (H_MIXED, 1.0, 1.0),
    "weekend": (H_MIXED, 0.35, 1.6),
}


def _cum(ws):
    out = []
    s = 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


_HCUM = {k: _cum(v[0]) for k, v in RHYTHMS.items()}


def session_starts(r, offset, rhythm, n, weekend=(5, 6), day_lo=0, day_hi=DAYS, hours=None):
    """n session start times (UTC seconds) for a person in UTC+offset with a rhythm."""
    if hours is None:
        hw, wd, we = RHYTHMS[rhythm]
        hcum = _HCUM[rhythm]
    else:
        hw, wd, we = hours
        hcum = _cum(hw)
    days = list(range(day_lo, day_hi))
    dw = [(we if weekday_of_local_day(d) in weekend else wd) for d in days]
    dcum = _cum(dw)
    out = []
    hidx = list(range(24))
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        ld = r.choices(days, cum_weights=dcum)[0]
        h = r.choices(hidx, cum_weights=hcum)[0]
        t = int(ld * 86400 + h * 3600 + r.randint(0, 3599) - offset * 3600)
        if 0 <= t < MONTH_SECONDS - 3600:
            out.append(t)
    out.sort()
    return out


def window_starts(r, offset, workdays, windows, n, day_lo=0, day_hi=DAYS, jitter=600):
    """n start times inside local working windows [(h0,h1),...] on given weekdays."""
    days = [d for d in range(day_lo, day_hi) if weekday_of_local_day(d) in workdays]
    if not days:
        return []
    spans = [(a, b) for a, b in windows]
    lens = [b - a for a, b in spans]
    out = []
    tries = 0
    while len(out) < n and tries < n * 30:
        tries += 1
        ld = r.choice(days)
        a, b = r.choices(spans, weights=lens)[0]
        h = a + r.random() * (b - a)
        t = int(ld * 86400 + h * 3600 + r.randint(-jitter, jitter) * (r.random() < 0.2) - offset * 3600)
        if 0 <= t < MONTH_SECONDS - 3600:
            out.append(t)
    out.sort()
    return out


def pick_ctx(r, a):
    """Choose the network pool for one session and an address from it."""
    x = r.random() * a.ctx[-1][0]
    for cw, pool in a.ctx:
        if x <= cw:
            return pool[0] if len(pool) == 1 else r.choice(pool)
    return a.ctx[-1][1][0]


def set_ctx(a, pairs):
    """pairs: [(weight, pool)]"""
    s = 0.0
    a.ctx = []
    for w, pool in pairs:
        if w <= 0 or not pool:
            continue
        s += w
        a.ctx.append((s, pool))


# ----------------------------------------------------------------------------------------------
# Ordinary prompts

class Talker:
    """Builds ordinary prompts and answers in a language."""

    def __init__(self, lang):
        self.lang = lang
        self.b = BANKS[lang]
        self.tpl = self.b["T"]
        self.slots = self.b["S"]

    def fill(self, r, tpl):
        out = tpl
        guard = 0
        while "{" in out and guard < 8:
            guard += 1
            i = out.index("{")
            j = out.index("}", i)
            key = out[i + 1:j]
            vals = self.slots.get(key)
            val = r.choice(vals) if vals else key
            out = out[:i] + val + out[j + 1:]
        return out

    def prompt(self, r, favorites):
        b = self.b
        x = r.random()
        if x < 0.09:
            return r.choice(b["C"]), self.lang
        if x < 0.16 and b.get("TR"):
            tgt = r.choice(list(b["LN"].keys()))
            text = r.choice(b["F"])
            p = r.choice(b["TR"]).replace("{tgt}", b["LN"][tgt]).replace("{text}", text)
            return p, tgt
        tpl = r.choice(favorites) if (favorites and r.random() < 0.6) else r.choice(self.tpl)
        pre = r.choice(b["P"])
        body = self.fill(r, tpl)
        if pre.endswith(", ") and len(body) > 1 and body[0].isupper() and body[1].islower() and r.random() < 0.8:
            body = body[0].lower() + body[1:]
        p = (pre + body + r.choice(b["X"])).strip()
        if self.lang in ("en", "de", "fr", "es", "pt", "it", "id", "tl", "sw", "tr", "vi") and p and p[0].islower() and r.random() < 0.5:
            p = p[0].upper() + p[1:]
        return p, self.lang

    def answer(self, r, lang_out=None):
        b = BANKS.get(lang_out or self.lang, self.b)
        k = r.randint(1, 3)
        body = " ".join(r.sample(b["F"], min(k, len(b["F"]))))
        return r.choice(b["R"]) + "\n\n" + body

    def followup(self, r):
        return r.choice(FU[self.lang])


TALKERS = {l: Talker(l) for l in BANKS}


def code_prompt(r):
    plang, code, err = r.choice(CODE_SNIPPETS)
    code = code.replace("sales.csv", r.choice(["sales.csv", "data.csv", "orders_2025.csv", "report.csv"]))
    ask = r.choice(CODE_ASKS)
    return ask.replace("{plang}", plang).replace("{err}", err).replace("{code}", code), plang


def code_answer(r, lang="en"):
    intro = {"en": "The problem is in how the value is used before it is checked. Here is a fixed version:",
             "zh": "问题出在使用变量之前没有做检查。修改后的版本如下:",
             "ru": "Проблема в том, что значение используется до проверки. Исправленный вариант:",
             "es": "El problema es que usas el valor antes de comprobarlo. Versión corregida:",
             "pt": "O problema é que o valor é usado antes de ser verificado. Versão corrigida:",
             "de": "Das Problem: der Wert wird benutzt, bevor er geprüft wird. Korrigierte Version:"}.get(lang, None)
    if intro is None:
        intro = "The problem is in how the value is used before it is checked. Here is a fixed version:"
    fix = r.choice(["if not items:\n    return 0", "const data = await res.json();", "m := make(map[string]int)",
                    "for f in *.jpg; do convert \"$f\" -resize 50% \"small_$f\"; done",
                    "names.removeIf(String::isEmpty);", "var first = list.FirstOrDefault(u => u.Active);",
                    "cur.execute(\"SELECT * FROM users WHERE id = %s\", (user_id,))"])
    return intro + "\n\n```\n" + fix + "\n```\n\nThis avoids the error and keeps the rest of your logic the same."


# ----------------------------------------------------------------------------------------------
# The ordinary population

def build_benign(world, n_accounts, truth_counts):
    seed = world.seed
    weights = [loc[5] for loc in LOCALES]
    lcum = _cum(weights)
    rhythm_names = ["office", "evening", "student", "retiree", "night", "mixed", "weekend"]
    rhythm_w = [0.26, 0.27, 0.18, 0.07, 0.06, 0.10, 0.06]
    # companies per country proportional to expected population
    exp = {}
    tot = sum(weights)
    for loc in LOCALES:
        exp[loc[1]] = exp.get(loc[1], 0) + n_accounts * loc[5] / tot
    ncomp = {c: max(3, int(v / 12)) for c, v in exp.items()}
    libs = {}
    made = build_integrations(world, n_accounts, exp)
    i = 0
    reseller_customers = 0
    while made < n_accounts:
        # a household: 1 person (most), or 2-4 sharing a home connection
        hr = rng(seed, "hh", i)
        i += 1
        loc = LOCALES[_bisect(lcum, hr.random() * lcum[-1])]
        size = 1 if hr.random() < 0.78 else hr.choice([2, 2, 2, 3, 3, 4])
        size = min(size, n_accounts - made)
        home = world.home_net(hr, loc[1])
        shared_dev = world.new_device(hr, hr.choice(UA_DESKTOP)) if (size > 1 and hr.random() < 0.35) else None
        family_card = world.new_card(hr) if (size > 1 and hr.random() < 0.25) else None
        for k in range(size):
            r = rng(seed, "benign", made)
            lang, country, tz, off, locale, _, vpn_rate = loc
            if k > 0 and r.random() < 0.15:
                # a household member who prompts in another language (e.g. English at school)
                lang = "en" if lang != "en" else r.choice(["es", "zh", "hi", "tl", "vi", "ar", "fr"])
            aid = world.new_account_id("benign", made)
            a = Account(aid, lang, country, tz, off, locale)
            a.model = r.choice(MODELS)
            rhythm = r.choices(rhythm_names, weights=rhythm_w)[0]
            if r.random() < 0.04:
                a.tz = None
            # devices
            nd = r.choice([1, 1, 2, 2, 2, 3])
            a.devices = [world.new_device(r) for _ in range(nd)]
            if shared_dev and r.random() < 0.7:
                a.devices.append(shared_dev)
            # network contexts
            pairs = [(0.55 if rhythm != "student" else 0.3, [home])]
            carrier = r.choice(world.carrier[country])
            pairs.append((0.3, carrier))
            if rhythm == "student" or (r.random() < 0.08):
                pairs.append((0.45, r.choice(world.campus[country])))
                if r.random() < 0.15:
                    # a shared library or lab computer on campus
                    nlib = libs.setdefault(country, max(2, int(exp.get(country, 10) / 120)))
                    k = r.randrange(nlib)
                    lr = rng(seed, "libdev", country, k)
                    a.devices.append(world.new_device(lr, lr.choice(["win_chrome", "win_edge", "linux_firefox"])))
            if rhythm == "office" or r.random() < 0.2:
                pairs.append((0.45, [world.company_net(country, r.randrange(ncomp.get(country, 3)))]))
            if r.random() < min(0.9, vpn_rate * 1.4):
                exits = world.pick_vpn(r, lang, r.choice([1, 1, 2, 3]))
                pairs.append((r.choice([0.3, 0.6, 1.5, 6.0]), exits))
            if r.random() < 0.02:
                pairs.append((0.5, r.choice(world.small_vpn)))
            if r.random() < 0.006:
                hi = r.choice([1, 2, 4, 5])
                pairs.append((0.5, [world.hosting_ip(r, hi, flagged=r.random() < 0.5)]))
            set_ctx(a, pairs)
            # account facts
            plan = r.choices(["free", "plus", "pro", "team"], weights=[0.72, 0.22, 0.03, 0.03])[0]
            pay = None
            if plan != "free":
                pay = family_card if (family_card and r.random() < 0.8) else world.new_card(r)
            if r.random() < 0.05:
                created = r.randint(-5 * 86400, 20 * 86400)
            else:
                created = -r.randint(20 * 86400, 1000 * 86400)
            phone = country if r.random() < 0.85 else (None if r.random() < 0.7 else r.choice(["US", "GB", "DE", "TR", "AE"]))
            world.set_info(a, r, phone=phone, payment=pay, created=created, plan=plan)
            if plan == "team" and r.random() < 0.8:
                a.org = "org-" + hexid(rng(seed, "teamorg", country, r.randrange(ncomp.get(country, 3))), 10)
            # some customers of resellers (Southeast Asia, South Asia, Africa mostly)
            if country in ("PH", "VN", "ID", "IN", "NG", "KE", "BR", "EG") and r.random() < 0.3:
                a.org = world.resellers[r.choice([0, 0, 0, 1, 2])]
                a.channel = "api"
                a.info["plan"] = "reseller"
                a.info.pop("payment", None)
                a.devices = [(d, "RelayChat/2.4 (Android 13)" if "Android" in ua or "android" in ua.lower() else "RelayChat/2.4 (iOS 17)") for d, ua in a.devices]
                reseller_customers += 1
            a.tz_report = 0.9
            gen_ordinary_activity(world, a, r, rhythm, created)
            made += 1
    truth_counts["ordinary"] = made
    truth_counts["reseller_customers"] = reseller_customers


API_TASKS = [
    ("Classify this customer email as billing, technical, sales or other. Reply with one word.\n\n{mail}", "{cat}"),
    ("Write a 40-word product description for: {prod}, colour {col}, material {mat}.", "A {col} {prod} made from {mat}, designed for everyday use and easy care."),
    ("Summarize these meeting notes in three bullet points:\n{notes}", "- Timeline agreed\n- Budget review next week\n- Owners assigned"),
    ("Translate to {lang2}: {ui}", "{ui}"),
    ("Turn this question into a SQL query for table orders(id, customer_id, total, created_at): {q}", "SELECT ... FROM orders WHERE ...;"),
    ("Extract the invoice number, date and total from this text as JSON: Invoice {inv} dated {dt}, total {amt} EUR.", '{{"invoice": "{inv}", "date": "{dt}", "total": {amt}}}'),
]
API_SLOTS = {
    "mail": ["I was charged twice this month.", "The app crashes when I upload a photo.", "Do you offer volume discounts for 50 seats?",
             "Please update my billing address.", "Can someone call me about the enterprise plan?", "Password reset link does not arrive."],
    "cat": ["billing", "technical", "sales", "other"],
    "prod": ["backpack", "water bottle", "desk lamp", "phone case", "yoga mat", "travel mug", "notebook"],
    "col": ["black", "sage green", "navy", "sand", "red"], "mat": ["recycled polyester", "stainless steel", "bamboo", "silicone", "cotton canvas"],
    "notes": ["Kickoff with vendor; launch moved to March; Anna owns QA; budget check Friday.", "Sprint review: search shipped, export delayed, hire one more designer."],
    "lang2": ["German", "Spanish", "French", "Japanese", "Portuguese"],
    "ui": ["Your order has shipped.", "Save changes", "Your trial ends in 3 days.", "Add to cart", "Something went wrong. Please try again."],
    "q": ["total sales per customer last month", "orders above 500 in 2025", "number of orders per day this week"],
    "inv": ["INV-20417", "INV-88120", "2026-0113", "A-5531"], "dt": ["2026-01-05", "2026-01-12", "2025-12-30"], "amt": ["129.90", "2400.00", "87.50"],
}


def build_integrations(world, n_accounts, exp):
    """Company API integrations in the ordinary population: one organization, templated prompts."""
    seed = world.seed
    n_int = max(1, int(round(n_accounts / 1300.0)))
    made = 0
    for k in range(n_int):
        r = rng(seed, "integration", k)
        country = r.choice(["US", "US", "DE", "GB", "FR", "JP", "BR", "IN", "NL", "SG"])
        org = "org-" + hexid(r, 10)
        ips = [world.hosting_ip(r, r.choice([1, 2, 4])) for _ in range(r.randint(1, 3))]
        tasks = r.sample(API_TASKS, r.randint(1, 2))
        card = world.new_card(r)
        around = r.random() < 0.5
        for j in range(r.randint(1, 3)):
            if made >= n_accounts:
                return made
            a = Account(world.new_account_id("integration", k, j), "en", country, None, 0, None)
            a.channel = "api"
            a.org = org
            a.model = r.choice(["aurora-2-mini", "aurora-2"])
            ua = ("", r.choice(API_UA))
            world.set_info(a, r, email="api-%d@%s" % (j, r.choice(["corp", "shop", "apps", "data"]) + hexid(r, 3) + ".com"),
                           payment=card, created=-r.randint(60, 700) * 86400, plan="api")
            n = r.randint(40, 200)
            hours = ([0.7] * 24, 1.0, 0.8) if around else ([0] * 7 + [1.0] * 12 + [0.1] * 5, 1.0, 0.05)
            off = {"US": -5, "DE": 1, "GB": 0, "FR": 1, "JP": 9, "BR": -3, "IN": 5.5, "NL": 1, "SG": 8}[country]
            for t in session_starts(r, off, None, n, hours=hours):
                tpl, resp = r.choice(tasks)
                vals = {key: r.choice(v) for key, v in API_SLOTS.items()}
                p = tpl
                for key, v in vals.items():
                    p = p.replace("{" + key + "}", v)
                rs = resp
                for key, v in vals.items():
                    rs = rs.replace("{" + key + "}", v)
                world.emit(a, t, p, rs.replace("{{", "{").replace("}}", "}"), conv=None, net=r.choice(ips), dev=ua)
            made += 1
    return made


def _bisect(cum, x):
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def gen_ordinary_activity(world, a, r, rhythm, created, n_target=None, talk=None, extra_prompts=None):
    """Sessions of ordinary use: ~20-40 events over the month."""
    if n_target is None:
        x = r.random()
        n_target = r.randint(20, 40) if x < 0.85 else (r.randint(10, 19) if x < 0.93 else r.randint(41, 70))
    talk = talk or TALKERS[a.lang]
    en = TALKERS["en"]
    favorites = r.sample(talk.tpl, min(len(talk.tpl), r.randint(3, 6)))
    coder = r.random() < (0.35 if rhythm in ("office", "student", "night") else 0.1)
    en_share = 0.0 if a.lang == "en" else r.choice([0.0, 0.0, 0.05, 0.1, 0.25])
    day_lo = 0
    if created > 0:
        day_lo = min(DAYS - 2, created // 86400)
    n_sessions = max(3, int(n_target / r.uniform(2.0, 3.2)))
    starts = session_starts(r, a.offset, rhythm, n_sessions, weekend=a.weekend, day_lo=day_lo)
    if created > 0 and starts:
        # the account exists before its first use
        pass
    left = n_target
    conv_prev = None
    for si, t in enumerate(starts):
        if left <= 0:
            break
        k = min(left, r.choice([1, 1, 2, 2, 3, 3, 4, 5, 6]))
        left -= k
        net = pick_ctx(r, a)
        dev = r.choice(a.devices) if a.devices else None
        conv = conv_prev if (conv_prev and r.random() < 0.12) else "conv-" + hexid(r, 12)
        conv_prev = conv
        first = True
        for j in range(k):
            if first or r.random() < 0.72:
                if extra_prompts and r.random() < extra_prompts[0]:
                    p, out_lang, resp = extra_prompts[1](r)
                elif coder and r.random() < 0.35:
                    p, _ = code_prompt(r)
                    resp = code_answer(r, a.lang if r.random() < 0.5 else "en")
                    out_lang = "en"
                elif en_share and r.random() < en_share:
                    p, out_lang = en.prompt(r, None)
                    resp = en.answer(r, out_lang)
                else:
                    p, out_lang = talk.prompt(r, favorites)
                    resp = talk.answer(r, out_lang)
                if not first:
                    conv = "conv-" + hexid(r, 12) if r.random() < 0.5 else conv
            else:
                p = talk.followup(r)
                resp = talk.answer(r)
            first = False
            if r.random() < 0.03:
                resp = None
            world.emit(a, t, p, resp, conv=conv, net=net, dev=dev)
            t += r.randint(25, 420)


# ----------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--benign-scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.benign_scale < 0:
        ap.error("--benign-scale must be >= 0")
    os.makedirs(args.out, exist_ok=True)
    world = World(args.seed, args.benign_scale, args.out)

    import hardneg
    import ops

    counts = {}
    networks = ops.build_operations(world)
    hn_groups = hardneg.build_hard_negatives(world)
    n_ordinary = int(round(4000 * args.benign_scale))
    build_benign(world, n_ordinary, counts)
    n_hn = sum(len(g["accounts"]) for g in hn_groups)
    truth = {
        "networks": networks,
        "hard_negative_groups": hn_groups,
        "benign_accounts": counts["ordinary"] + n_hn_unique(hn_groups),
    }
    n = world.finish(truth)
    sys.stderr.write("events=%d observations=%d networks=%d op_accounts=%d hard_negative_accounts=%d ordinary=%d\n" % (
        n, len(world.observations), len(networks), sum(len(x["accounts"]) for x in networks),
        n_hn, counts["ordinary"]))
    return 0


def n_hn_unique(groups):
    s = set()
    for g in groups:
        s.update(g["accounts"])
    return len(s)


