"""Shared plumbing for scenario C: accounts, infrastructure, time, events."""
import datetime as _dt
import json as _json

MONTH_START = _dt.datetime(2026, 10, 1, tzinfo=_dt.timezone.utc)
MONTH_END = _dt.datetime(2026, 11, 1, tzinfo=_dt.timezone.utc)
DAYS = 31

# country -> (IANA zone, offset in October 2026, locale per language, residential nets)
COUNTRIES = {
    "US": ("America/New_York", -4, [(73, 7922), (98, 701), (174, 20115), (24, 7018)]),
    "US-W": ("America/Los_Angeles", -7, [(67, 7922), (76, 20001), (107, 7018)]),
    "GB": ("Europe/London", 1, [(86, 2856), (81, 5089), (90, 5607)]),
    "DE": ("Europe/Berlin", 2, [(84, 3320), (91, 3209), (79, 6805)]),
    "FR": ("Europe/Paris", 2, [(90, 3215), (82, 12322), (88, 5410)]),
    "ES": ("Europe/Madrid", 2, [(83, 3352), (88, 12479), (95, 12430)]),
    "IT": ("Europe/Rome", 2, [(79, 3269), (93, 30722)]),
    "NL": ("Europe/Amsterdam", 2, [(83, 1136), (77, 33915)]),
    "PL": ("Europe/Warsaw", 2, [(83, 5617), (89, 12741)]),
    "UA": ("Europe/Kyiv", 3, [(93, 15895), (176, 21497)]),
    "RU": ("Europe/Moscow", 3, [(95, 12389), (188, 8402), (46, 31213)]),
    "TR": ("Europe/Istanbul", 3, [(78, 9121), (88, 47331)]),
    "IR": ("Asia/Tehran", 3.5, [(5, 58224), (91, 44244), (37, 197207)]),
    "SA": ("Asia/Riyadh", 3, [(94, 25019), (188, 35819)]),
    "EG": ("Africa/Cairo", 3, [(41, 8452), (197, 36935)]),
    "KE": ("Africa/Nairobi", 3, [(105, 33771), (41, 36866)]),
    "NG": ("Africa/Lagos", 1, [(102, 29465), (105, 37148)]),
    "IN": ("Asia/Kolkata", 5.5, [(49, 45609), (103, 55836), (117, 24560)]),
    "ID": ("Asia/Jakarta", 7, [(36, 7713), (114, 23693)]),
    "VN": ("Asia/Ho_Chi_Minh", 7, [(113, 7552), (14, 45899)]),
    "TH": ("Asia/Bangkok", 7, [(49, 17552), (171, 45758)]),
    "KH": ("Asia/Phnom_Penh", 7, [(36, 38235), (103, 131178)]),
    "PH": ("Asia/Manila", 8, [(112, 9299), (175, 132199), (49, 17639)]),
    "CN": ("Asia/Shanghai", 8, [(113, 4134), (27, 4837), (183, 9808)]),
    "TW": ("Asia/Taipei", 8, [(111, 3462), (36, 3462)]),
    "SG": ("Asia/Singapore", 8, [(116, 9506), (182, 4773)]),
    "JP": ("Asia/Tokyo", 9, [(126, 17676), (60, 2516), (153, 4713)]),
    "KR": ("Asia/Seoul", 9, [(211, 4766), (121, 9318), (175, 4766)]),
    "BR": ("America/Sao_Paulo", -3, [(177, 28573), (189, 18881), (201, 26599)]),
    "MX": ("America/Mexico_City", -6, [(187, 8151), (189, 8151)]),
    "AR": ("America/Argentina/Buenos_Aires", -3, [(181, 7303), (190, 22927)]),
    "CO": ("America/Bogota", -5, [(181, 10620), (186, 27831)]),
    "CL": ("America/Santiago", -3, [(190, 27651), (200, 7418)]),
    "PE": ("America/Lima", -5, [(179, 6147), (190, 12252)]),
    "HT": ("America/Port-au-Prince", -4, [(200, 27759)]),
    "RW": ("Africa/Kigali", 2, [(41, 36924)]),
    "TZ": ("Africa/Dar_es_Salaam", 3, [(41, 37133)]),
    "PT": ("Europe/Lisbon", 1, [(85, 3243), (94, 2860)]),
    "AE": ("Asia/Dubai", 4, [(94, 5384), (2, 15802)]),
    "PK": ("Asia/Karachi", 5, [(39, 17557), (119, 45595)]),
    "AU": ("Australia/Sydney", 11, [(101, 1221), (120, 4804)]),
    "CA": ("America/Toronto", -4, [(99, 812), (70, 577)]),
    "HK": ("Asia/Hong_Kong", 8, [(119, 4760), (203, 9269)]),
}

# anonymizing infrastructure (invented addresses, real-looking ASNs)
VPN_PROVIDERS = [(9009, ["NL", "US", "GB", "DE", "SG", "JP"]), (212238, ["US", "DE", "HK", "SG"]),
                 (60068, ["NL", "US", "JP", "GB"]), (136787, ["SG", "HK", "JP", "US"])]
HOSTING = [(14061, "US"), (16509, "US"), (24940, "DE"), (63949, "SG"), (20473, "NL"), (16276, "FR")]


class Ctx:
    def __init__(self, rng, scale):
        self.rng = rng
        self.scale = scale
        self.events = []
        self.observations = []
        self.networks = []
        self.hard_negatives = []
        self.benign_count = 0
        self._ids = set()
        self._ips = set()
        self.shared = {}
        self.accounts_seen = set()

    def uid(self, prefix, bits=48):
        while True:
            v = "%s%0*x" % (prefix, bits // 4, self.rng.getrandbits(bits))
            if v not in self._ids:
                self._ids.add(v)
                return v

    # ---------- infrastructure ----------
    def res_ip(self, country):
        zone, off, nets = COUNTRIES[country]
        r = self.rng
        while True:
            a, asn = r.choice(nets)
            ip = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
            if ip not in self._ips:
                self._ips.add(ip)
                return {"ip": ip, "asn": asn, "country": country[:2]}

    def vpn_exit(self):
        r = self.rng
        asn, cs = r.choice(VPN_PROVIDERS)
        ip = "%d.%d.%d.%d" % (r.choice([185, 193, 45, 146, 89, 37]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
        return {"ip": ip, "asn": asn, "country": r.choice(cs), "anonymizer": "vpn"}

    def hosting_ip(self, base=None):
        r = self.rng
        asn, c = r.choice(HOSTING) if base is None else base
        ip = "%d.%d.%d.%d" % (r.choice([159, 167, 178, 139, 64, 51]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
        return {"ip": ip, "asn": asn, "country": c, "anonymizer": "hosting"}

    def tor_exit(self):
        r = self.rng
        return {"ip": "%d.%d.%d.%d" % (r.choice([185, 199, 204, 109]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                "asn": r.choice([60729, 208323, 53667]), "country": r.choice(["DE", "NL", "US", "RO", "CH"]), "anonymizer": "tor"}

    def device(self):
        return "fp-%016x" % self.rng.getrandbits(64)

    # ---------- accounts ----------
    def account(self, country, lang, **kw):
        """Build an account profile. kw overrides any field."""
        r = self.rng
        zone, off, _ = COUNTRIES[country]
        p = {
            "id": self.uid("acct-"),
            "country": country[:2],
            "tz": zone,
            "offset": off,
            "locale": LOCALES.get(lang, "en-US"),
            "lang": lang,
            "ips": [(self.res_ip(country), 1.0)],
            "devices": [(self.device(), 1.0)],
            "ua": r.choice(USER_AGENTS),
            "org": None,
            "channel": "chat",
            "model": r.choice(["lm-chat-4", "lm-chat-4", "lm-chat-4-mini", "lm-chat-5"]),
            "email_domain": r.choice(EMAIL_DOMAINS.get(lang, EMAIL_DOMAINS["en"])),
            "phone_country": country[:2],
            "payment": None,
            "plan": "free",
            "created": None,
            "info_sent": False,
        }
        if r.random() < 0.3:
            p["plan"] = r.choice(["plus", "plus", "team", "pro"])
            p["payment"] = "pm-%012x" % r.getrandbits(48)
        if r.random() < 0.25:  # a second address (mobile + home)
            p["ips"].append((self.res_ip(country), 0.5))
        if r.random() < 0.2:
            p["devices"].append((self.device(), 0.4))
        days_before = r.randint(1, 900)
        p["created"] = iso(MONTH_START - _dt.timedelta(days=days_before, seconds=r.randint(0, 86399)))
        p.update(kw)
        return p

    def emit(self, p, t, prompt, response=None, conv=None, refused=False, net=None, device=None, extra=None):
        r = self.rng
        if net is None:
            net = wchoice(r, p["ips"])
        if device is None:
            device = wchoice(r, p["devices"])
        ev = {
            "id": self.uid("ev-", 64),
            "time": iso(t, r),
            "account": p["id"],
        }
        if p.get("org"):
            ev["organization"] = p["org"]
        ev["conversation"] = conv or self.uid("cv-")
        ev["channel"] = p["channel"]
        ev["model"] = p["model"]
        ev["prompt"] = prompt
        if response is not None:
            ev["response"] = response
        if refused:
            ev["refused"] = True
        ev["network"] = dict(net)
        cl = {"device": device, "timezone": p["tz"], "locale": p["locale"]}
        if p["channel"] == "chat":
            cl["user_agent"] = p["ua"]
        else:
            cl["user_agent"] = p.get("api_ua", "python-httpx/0.27.0")
        ev["client"] = cl
        if not p["info_sent"] or r.random() < 0.03:
            p["info_sent"] = True
            ai = {"email_domain": p["email_domain"], "phone_country": p["phone_country"],
                  "created": p["created"], "plan": p["plan"]}
            if p.get("email"):
                ai["email"] = p["email"]
            if p["payment"]:
                ai["payment"] = p["payment"]
            if p["phone_country"] is None:
                del ai["phone_country"]
            ev["account_info"] = ai
        if extra:
            ev.update(extra)
        # keep only the serialised line (sorted later by time, then id) to save memory at large scales
        self.events.append((ev["time"], ev["id"], _json.dumps(ev, ensure_ascii=False, separators=(",", ":"))))
        self.accounts_seen.add(p["id"])
        return ev


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def iso(t, r=None):
    if r is not None:
        t = t.replace(microsecond=r.randint(0, 999) * 1000)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------- time ----------
# hourly weights (local time, 0..23) for working patterns
PATTERNS = {
    "office": [0, 0, 0, 0, 0, 0, 0, .2, .6, 1, 1, 1, .35, .5, 1, 1, 1, .9, .5, .15, .1, .05, 0, 0],
    "personal": [.2, .1, .05, 0, 0, 0, .1, .3, .5, .6, .6, .6, .7, .6, .6, .6, .7, .8, .9, 1, 1, .9, .7, .4],
    "student": [.5, .3, .1, 0, 0, 0, 0, .1, .3, .5, .7, .8, .7, .8, .9, .9, .8, .7, .7, .9, 1, 1, .9, .7],
    "night": [1, 1, 1, .9, .8, .5, .2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .2, .5, .9, 1],
    "late": [.3, 0, 0, 0, 0, 0, 0, 0, 0, .3, .8, 1, 1, .6, 1, 1, 1, 1, .9, .9, 1, 1, .8, .6],
    "split": [0, 0, 0, 0, 0, 0, 0, 0, .3, 1, 1, 1, 0, 0, .8, 1, 1, .6, 0, 0, 1, 1, .9, .4],
}


def local_time(r, offset, pattern="office", weekdays=True, days=None, minute_window=None):
    """Sample a UTC datetime whose local wall-clock fits the pattern."""
    w = PATTERNS[pattern] if isinstance(pattern, str) else pattern
    tot = sum(w)
    for _ in range(100):
        day = r.choice(days) if days else r.randint(1, DAYS)
        d = _dt.datetime(2026, 10, day, tzinfo=_dt.timezone.utc)
        if weekdays is True and d.weekday() >= 5 and r.random() < 0.93:
            continue
        x = r.random() * tot
        h = 0
        for i, v in enumerate(w):
            x -= v
            if x <= 0:
                h = i
                break
        loc = d + _dt.timedelta(hours=h, minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        t = loc - _dt.timedelta(hours=offset)
        if MONTH_START <= t < MONTH_END - _dt.timedelta(hours=2):
            return t
    return MONTH_START + _dt.timedelta(days=3, hours=4)


def session_times(r, start, n, gap=(40, 600)):
    out = [start]
    for _ in range(n - 1):
        out.append(out[-1] + _dt.timedelta(seconds=r.randint(*gap)))
    return out


LOCALES = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE", "pt": "pt-BR", "it": "it-IT",
           "ru": "ru-RU", "zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "ar": "ar-EG", "fa": "fa-IR",
           "tr": "tr-TR", "hi": "hi-IN", "id": "id-ID", "vi": "vi-VN", "pl": "pl-PL", "nl": "nl-NL",
           "uk": "uk-UA", "tl": "fil-PH", "th": "th-TH", "sw": "sw-KE"}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"],
    "zh": ["qq.com", "163.com", "gmail.com", "126.com", "foxmail.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
    "ko": ["naver.com", "daum.net", "gmail.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "de": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    "es": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.es"],
    "pt": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "fa": ["gmail.com", "yahoo.com", "chmail.ir"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl"],
    "uk": ["gmail.com", "ukr.net", "i.ua"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "it": ["gmail.com", "libero.it", "virgilio.it"],
}
TEMP_MAIL = ["burnbox.click", "quickinbox.top", "tmpdrop.site", "mailvanish.net", "10min-post.org"]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36",
    "LMChat/3.2 (iOS 18.0; iPhone15,2)",
    "LMChat/3.2 (Android 14; Pixel 8)",
]
