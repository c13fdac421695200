"""Core of the scenario generator: time, randomness, infrastructure, accounts and event output.

Everything is driven by explicit seeded random.Random instances; no set or dict of strings is
iterated in hash order, so the same seed gives the same bytes.
"""
import bisect
import hashlib
import json
import os
import random
import re
import time

T0 = 1756684800            # 2025-09-01T00:00:00Z, a Monday
DAYS = 30
TEND = T0 + DAYS * 86400   # 2025-10-01T00:00:00Z


def srng(*parts):
    h = hashlib.sha256(repr(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexs(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def iso(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def wchoice(rng, items, weights):
    """Weighted choice without building cumulative lists each time for small inputs."""
    tot = 0.0
    for w in weights:
        tot += w
    r = rng.random() * tot
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


class Cum:
    """Precomputed cumulative weights for fast repeated weighted choice."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = []
        t = 0.0
        for w in weights:
            t += w
            self.cum.append(t)
        self.tot = t

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def local_ts(day, hour, off):
    """UTC epoch seconds for local day index `day` (0 = 1 Sept local) at local `hour` (float)."""
    return int(T0 + day * 86400 + hour * 3600 - off * 3600)


def local_weekday(day):
    return day % 7   # 1 Sept 2025 is a Monday


# ----------------------------------------------------------------------------------------------
# Infrastructure: ISPs, mobile carriers, VPN exits, hosting ranges.
# ASNs follow the real operators where known; address blocks are invented for the scenario.

COUNTRIES = {
    "US": dict(isp=[("Comcast", 7922, ["73.162", "76.104", "98.207", "24.6"]), ("Charter", 20115, ["70.121", "97.83", "47.12"]),
                    ("AT&T", 7018, ["99.47", "107.203"]), ("Verizon Fios", 701, ["71.105", "108.41"])],
               mob=[("T-Mobile US", 21928, "172.58"), ("Verizon Wireless", 6167, "174.204"), ("AT&T Mobility", 20057, "166.205")]),
    "GB": dict(isp=[("BT", 2856, ["86.128", "81.151"]), ("Virgin Media", 5089, ["82.21", "86.7"]), ("Sky", 5607, ["90.194", "2.98"])],
               mob=[("EE", 12576, "92.40"), ("Vodafone UK", 25135, "148.252")]),
    "CA": dict(isp=[("Rogers", 812, ["99.228", "72.136"]), ("Bell Canada", 577, ["142.112", "70.52"])], mob=[("Rogers Wireless", 812, "99.247")]),
    "AU": dict(isp=[("Telstra", 1221, ["101.181", "120.148"]), ("Optus", 4804, ["49.180"])], mob=[("Telstra Mobile", 1221, "1.144")]),
    "IN": dict(isp=[("BSNL", 9829, ["117.197", "59.96"]), ("ACT Fibernet", 24309, ["106.51", "183.82"]), ("Airtel Broadband", 24560, ["122.161", "223.182"])],
               mob=[("Reliance Jio", 55836, "49.36"), ("Airtel Mobile", 45609, "223.187"), ("Vi India", 38266, "42.106")]),
    "NG": dict(isp=[("Spectranet", 37340, ["102.88"]), ("MainOne", 37282, ["41.75"])], mob=[("MTN Nigeria", 29465, "102.89"), ("Airtel Nigeria", 36873, "105.112")]),
    "PH": dict(isp=[("PLDT", 9299, ["112.198", "49.145"]), ("Converge", 17639, ["136.158", "180.190"])], mob=[("Smart", 10139, "110.54"), ("Globe", 4775, "124.6")]),
    "CN": dict(isp=[("China Telecom", 4134, ["113.87", "116.24", "180.158"]), ("China Unicom", 4837, ["123.112", "221.216"])],
               mob=[("China Mobile", 9808, "111.30")]),
    "TW": dict(isp=[("Chunghwa Telecom", 3462, ["114.32", "1.160"])], mob=[("Taiwan Mobile", 24158, "49.216")]),
    "HK": dict(isp=[("HKBN", 9269, ["219.76", "59.148"]), ("PCCW", 4760, ["113.28"])], mob=[("CSL", 4760, "223.196")]),
    "SG": dict(isp=[("Singtel", 7473, ["116.14", "175.156"]), ("StarHub", 4657, ["118.200"])], mob=[("Singtel Mobile", 7473, "111.65")]),
    "MY": dict(isp=[("TM Unifi", 4788, ["175.136", "60.52"])], mob=[("Maxis", 9534, "115.164")]),
    "RU": dict(isp=[("Rostelecom", 12389, ["95.31", "178.66", "188.234"]), ("ER-Telecom", 50544, ["5.3", "91.144"]), ("MTS Home", 8359, ["85.140"])],
               mob=[("MTS", 8359, "85.26"), ("Beeline", 3216, "176.59"), ("MegaFon", 31133, "83.149")]),
    "BY": dict(isp=[("Beltelecom", 6697, ["178.120", "93.84"])], mob=[("A1 Belarus", 42772, "37.45")]),
    "KZ": dict(isp=[("Kazakhtelecom", 9198, ["92.46", "95.56"])], mob=[("Beeline KZ", 21299, "37.151")]),
    "UA": dict(isp=[("Kyivstar", 15895, ["176.36", "46.211"]), ("Ukrtelecom", 6849, ["91.225"])], mob=[("Kyivstar Mobile", 15895, "46.133")]),
    "GE": dict(isp=[("Magticom", 16010, ["31.146", "94.240"])], mob=[("Magti Mobile", 16010, "212.58")]),
    "AM": dict(isp=[("Ucom", 44395, ["37.252"])], mob=[("Team Telecom", 12297, "5.77")]),
    "IR": dict(isp=[("TCI", 58224, ["5.119", "2.176", "37.255"]), ("Shatel", 31549, ["94.182", "151.238"])],
               mob=[("Irancell", 44244, "5.112"), ("MCI", 197207, "83.123")]),
    "ES": dict(isp=[("Telefonica", 3352, ["83.39", "88.25", "79.153"]), ("Orange Spain", 12479, ["90.167"]), ("Digi Spain", 57269, ["79.116"])],
               mob=[("Movistar", 3352, "31.4"), ("Vodafone ES", 12430, "2.136")]),
    "MX": dict(isp=[("Telmex", 8151, ["187.189", "189.203", "201.141"]), ("Totalplay", 22884, ["187.190"])], mob=[("Telcel", 28403, "201.144")]),
    "CO": dict(isp=[("Claro Colombia", 10620, ["181.48", "186.86"]), ("Tigo UNE", 13489, ["190.249"])], mob=[("Claro Movil CO", 10620, "191.95")]),
    "AR": dict(isp=[("Telecom Argentina", 7303, ["181.45", "190.55"]), ("Telecentro", 27747, ["186.22"])], mob=[("Personal", 22927, "186.128")]),
    "PE": dict(isp=[("Movistar Peru", 6147, ["190.43", "179.7"])], mob=[("Claro Peru", 12252, "190.232")]),
    "SA": dict(isp=[("STC", 25019, ["176.44", "94.96"])], mob=[("Mobily", 35819, "188.55")]),
    "EG": dict(isp=[("TE Data", 8452, ["41.35", "156.210"])], mob=[("Vodafone Egypt", 24835, "197.38")]),
    "AE": dict(isp=[("Etisalat", 5384, ["94.200", "86.98"])], mob=[("du", 15802, "94.56")]),
    "MA": dict(isp=[("Maroc Telecom", 6713, ["105.155", "41.142"])], mob=[("Orange Maroc", 36925, "160.176")]),
    "JO": dict(isp=[("Orange Jordan", 8376, ["176.29"])], mob=[("Zain JO", 48832, "37.202")]),
    "KR": dict(isp=[("KT", 4766, ["121.134", "211.36", "175.196"]), ("SK Broadband", 9318, ["1.224", "58.120"]), ("LG U+", 17858, ["106.245"])],
               mob=[("SK Telecom", 9644, "223.38"), ("KT Mobile", 4766, "39.7")]),
    "JP": dict(isp=[("NTT OCN", 4713, ["153.205", "114.150"]), ("KDDI", 2516, ["106.154", "111.87"]), ("SoftBank", 17676, ["126.66"])],
               mob=[("NTT Docomo", 9605, "1.72"), ("au Mobile", 2516, "49.98")]),
    "VN": dict(isp=[("VNPT", 45899, ["113.160", "14.177"]), ("Viettel", 7552, ["27.72", "171.224"]), ("FPT Telecom", 18403, ["42.112"])],
               mob=[("Viettel Mobile", 7552, "27.67"), ("Vinaphone", 45899, "113.185")]),
    "BR": dict(isp=[("Claro Brasil", 28573, ["177.92", "189.6"]), ("Vivo", 26599, ["177.33", "187.57"]), ("Oi", 7738, ["189.72"])],
               mob=[("Vivo Movel", 26599, "191.245"), ("TIM Brasil", 26615, "177.130")]),
    "PT": dict(isp=[("MEO", 3243, ["85.241", "188.81"]), ("NOS", 2860, ["2.83"])], mob=[("Vodafone PT", 12353, "89.214")]),
    "DE": dict(isp=[("Deutsche Telekom", 3320, ["79.240", "87.150", "93.220"]), ("Vodafone DE", 3209, ["88.64", "94.114"]), ("O2 DE", 6805, ["89.204"])],
               mob=[("Telekom Mobil", 3320, "80.187"), ("O2 Mobil", 6805, "176.2")]),
    "AT": dict(isp=[("A1 Telekom", 8447, ["80.110", "62.46"])], mob=[("Magenta AT", 8412, "91.115")]),
    "CH": dict(isp=[("Swisscom", 3303, ["85.3", "178.197"])], mob=[("Swisscom Mobile", 3303, "46.14")]),
    "FR": dict(isp=[("Orange France", 3215, ["90.45", "86.246"]), ("Free", 12322, ["82.64", "88.160"]), ("SFR", 15557, ["109.16"])],
               mob=[("Bouygues Telecom", 5410, "37.164"), ("Orange Mobile FR", 3215, "92.184")]),
    "BE": dict(isp=[("Proximus", 5432, ["81.241", "91.182"])], mob=[("Orange Belgium", 47377, "109.128")]),
    "SN": dict(isp=[("Sonatel", 8346, ["41.82"])], mob=[("Orange Senegal", 8346, "154.125")]),
    "TR": dict(isp=[("Turk Telekom", 9121, ["88.230", "78.180", "176.232"]), ("Superonline", 34984, ["31.223"])],
               mob=[("Turkcell", 16135, "176.88"), ("Vodafone TR", 15897, "46.155")]),
    "ID": dict(isp=[("Telkom Indonesia", 7713, ["36.68", "180.244", "125.160"]), ("Biznet", 17451, ["114.79"])],
               mob=[("Telkomsel", 23693, "114.125"), ("Indosat", 4761, "114.4"), ("XL Axiata", 24203, "112.215")]),
    "KH": dict(isp=[("Ezecom", 24560, ["103.118"]), ("SINET", 38901, ["27.109"])], mob=[("Cellcard", 38623, "175.100"), ("Smart Axiata", 38235, "117.20")]),
    "TH": dict(isp=[("True Internet", 7470, ["171.96", "49.228"])], mob=[("AIS", 45430, "49.230")]),
    "MM": dict(isp=[("MPT", 9988, ["103.25"])], mob=[("Ooredoo MM", 133385, "37.111")]),
    "KE": dict(isp=[("Safaricom Home", 33771, ["105.160"])], mob=[("Safaricom", 33771, "197.237")]),
    "NL": dict(isp=[("KPN", 1136, ["84.84", "77.166"]), ("Ziggo", 33915, ["83.80"])], mob=[("Odido", 31615, "62.140")]),
    "RW": dict(isp=[("Liquid Rwanda", 37228, ["41.186"])], mob=[("MTN Rwanda", 36924, "197.157")]),
    "HT": dict(isp=[("Access Haiti", 27759, ["200.113"])], mob=[("Digicel Haiti", 27653, "190.115")]),
    "IL": dict(isp=[("Bezeq", 8551, ["79.181"])], mob=[("Partner", 12400, "31.154")]),
}

# Popular commercial VPN services' exits (flagged). (provider, asn, country, prefix, n exits)
VPN_EXITS = [
    ("M247", 9009, "NL", "185.107.56", 3), ("M247", 9009, "DE", "89.38.224", 3), ("M247", 9009, "GB", "185.195.232", 2),
    ("M247", 9009, "RO", "146.70.36", 2), ("M247", 9009, "US", "37.19.198", 3), ("Datacamp", 60068, "US", "156.146.54", 3),
    ("Datacamp", 60068, "SG", "138.199.60", 3), ("Datacamp", 60068, "JP", "149.22.87", 2), ("Datacamp", 60068, "HK", "84.17.57", 2),
    ("Datacamp", 60068, "DE", "195.181.170", 2), ("PacketHub", 207137, "NL", "213.232.87", 2), ("PacketHub", 207137, "CH", "185.156.175", 2),
    ("Tefincom", 136787, "US", "45.134.140", 2), ("Tefincom", 136787, "SE", "45.83.220", 2), ("Tefincom", 136787, "CA", "45.88.190", 2),
    ("Clouvider", 62240, "GB", "45.92.33", 2), ("Clouvider", 62240, "US", "77.81.142", 2), ("HostRoyale", 203020, "FR", "45.152.181", 2),
]

# Hosting providers: (name, asn, country, prefix, flagged?)
HOSTING = [
    ("Hetzner", 24940, "DE", "95.217.14", True), ("Hetzner", 24940, "FI", "65.21.202", True), ("DigitalOcean", 14061, "US", "159.89.120", True),
    ("DigitalOcean", 14061, "NL", "188.166.33", True), ("DigitalOcean", 14061, "SG", "128.199.77", True), ("OVH", 16276, "FR", "51.178.40", True),
    ("Contabo", 51167, "DE", "144.91.98", False), ("Vultr", 20473, "JP", "45.76.211", True), ("AWS", 16509, "US", "3.91.178", True),
    ("AWS", 16509, "IE", "54.228.61", True), ("Google Cloud", 396982, "US", "34.121.44", True), ("Alibaba Cloud", 45102, "HK", "47.242.118", False),
    ("Tencent Cloud", 132203, "SG", "43.134.92", False), ("Aeza", 210644, "NL", "77.91.73", False), ("Akamai Linode", 63949, "DE", "172.104.152", True),
]

RELAY = [("Cloudflare Relay", 13335, "104.28"), ("Akamai Relay", 36183, "172.225")]
TOR = [("Tor exit", 0, "185.220.101"), ("Tor exit", 0, "192.42.116")]


class Infra:
    """Allocates plausible client addresses and shared exits."""

    def __init__(self, seed):
        self.rng = srng(seed, "infra")
        self.used = set()
        self.mobile_pools = {}
        rng = self.rng
        # Commercial VPN exits with a heavy-tailed popularity.
        self.vpn = []
        for prov, asn, cc, pfx, n in VPN_EXITS:
            for _ in range(n):
                ip = "%s.%d" % (pfx, rng.randrange(2, 250))
                self.vpn.append(dict(ip=ip, asn=asn, country=cc, anonymizer="vpn"))
        rng.shuffle(self.vpn)
        self.vpn_cum = Cum(self.vpn, [1.0 / (i + 1) ** 0.9 for i in range(len(self.vpn))])
        self.relay = []
        for name, asn, pfx in RELAY:
            for _ in range(6):
                self.relay.append(dict(ip="%s.%d.%d" % (pfx, rng.randrange(0, 255), rng.randrange(1, 254)), asn=asn, country="US", anonymizer="relay"))
        self.tor = [dict(ip="%s.%d" % (p, rng.randrange(1, 250)), asn=asn or 4224, country=cc, anonymizer="tor")
                    for (name, asn, p), cc in zip(TOR * 3, ["DE", "NL", "DE", "NL", "US", "FR"])]

    def _fresh(self, rng, pfx):
        parts = pfx.count(".")
        for _ in range(64):
            if parts == 1:
                ip = "%s.%d.%d" % (pfx, rng.randrange(0, 256), rng.randrange(1, 255))
            else:
                ip = "%s.%d" % (pfx, rng.randrange(1, 255))
            if ip not in self.used:
                self.used.add(ip)
                return ip
        return ip   # a full /24 of a hosting range: addresses get reused, as they are in reality

    def home(self, rng, cc):
        c = COUNTRIES[cc]
        name, asn, pfxs = c["isp"][rng.randrange(len(c["isp"]))]
        return dict(ip=self._fresh(rng, pfxs[rng.randrange(len(pfxs))]), asn=asn, country=cc)

    def static(self, rng, cc, isp_index=0):
        """A business line: a fixed address on the country's first ISP."""
        c = COUNTRIES[cc]
        name, asn, pfxs = c["isp"][isp_index % len(c["isp"])]
        return dict(ip=self._fresh(rng, pfxs[0]), asn=asn, country=cc)

    def mobile(self, rng, cc):
        """Carrier-grade NAT: every subscriber of a carrier shows one of a handful of addresses."""
        c = COUNTRIES[cc]
        k = rng.randrange(len(c["mob"]))
        key = (cc, k)
        pool = self.mobile_pools.get(key)
        if pool is None:
            name, asn, pfx = c["mob"][k]
            prng = srng("mobile-pool", cc, k)
            pool = []
            for _ in range(6):
                ip = "%s.%d.%d" % (pfx, prng.randrange(0, 256), prng.randrange(1, 255))
                pool.append(dict(ip=ip, asn=asn, country=cc))
            self.mobile_pools[key] = pool
        return pool[rng.randrange(len(pool))]

    def vpn_exit(self, rng):
        return self.vpn_cum.pick(rng)

    def hosting(self, rng, idx=None, flagged=None):
        h = HOSTING[idx if idx is not None else rng.randrange(len(HOSTING))]
        name, asn, cc, pfx, flag = h
        d = dict(ip=self._fresh(rng, pfx), asn=asn, country=cc)
        if (flag if flagged is None else flagged):
            d["anonymizer"] = "hosting"
        return d


# ----------------------------------------------------------------------------------------------
# User agents

UA = dict(
    win_chrome="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    win_chrome140="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
    win_edge="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0",
    win_ff="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0",
    mac_safari="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
    mac_chrome="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    linux_ff="Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0",
    linux_chrome="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    linux_ff_esr="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    iphone="Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
    android="Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36",
    app_ios="AtlasChat/1.2025.241 (iOS 18.6; iPhone15,3)",
    app_ios2="AtlasChat/1.2025.234 (iOS 17.7; iPhone13,2)",
    app_android="AtlasChat/1.2025.241 (Android 14; SM-A546E)",
    app_android2="AtlasChat/1.2025.238 (Android 13; Redmi Note 12)",
    app_android3="AtlasChat/1.2025.241 (Android 15; Pixel 8)",
)
DESKTOP_UAS = Cum(["win_chrome", "win_chrome140", "win_edge", "win_ff", "mac_safari", "mac_chrome", "linux_ff", "linux_chrome"],
                  [30, 12, 14, 6, 12, 14, 4, 5])
MOBILE_UAS = Cum(["iphone", "android", "app_ios", "app_ios2", "app_android", "app_android2", "app_android3"], [14, 16, 22, 6, 18, 10, 6])
API_UAS = ["python-httpx/0.27.2", "python-requests/2.32.3", "atlas-sdk-python/1.9.2", "atlas-sdk-node/4.3.0", "axios/1.7.7",
           "Go-http-client/2.0", "curl/8.5.0", "okhttp/4.12.0"]


def new_device(rng, mobile=False, ua_key=None):
    if ua_key is None:
        ua_key = (MOBILE_UAS if mobile else DESKTOP_UAS).pick(rng)
    return ("d-" + hexs(rng, 16), UA[ua_key], mobile)


# ----------------------------------------------------------------------------------------------
# Accounts and events

class Acct:
    __slots__ = ("id", "lang", "tz", "off", "locale", "info", "org", "channel", "model", "devices", "nets", "first", "role", "api_ua")

    def __init__(self, aid, lang, tz, off, locale, info, org=None, channel="chat", model="atlas-5"):
        self.id = aid
        self.lang = lang
        self.tz = tz
        self.off = off
        self.locale = locale
        self.info = info
        self.org = org
        self.channel = channel
        self.model = model
        self.devices = []
        self.nets = []     # list of (weight, net dict, is_mobile)
        self.first = True
        self.role = None
        self.api_ua = None

    def pick_net(self, rng):
        tot = 0.0
        for w, n, m in self.nets:
            tot += w
        r = rng.random() * tot
        for w, n, m in self.nets:
            r -= w
            if r < 0:
                return n, m
        return self.nets[-1][1], self.nets[-1][2]

    def pick_device(self, rng, mobile):
        cands = [d for d in self.devices if d[2] == mobile] or self.devices
        return cands[rng.randrange(len(cands))]


class IdMaker:
    def __init__(self, seed):
        self.rng = srng(seed, "ids")
        self.used = set()

    def account(self):
        while True:
            a = "u-" + hexs(self.rng, 12)
            if a not in self.used:
                self.used.add(a)
                return a

    def conv(self, rng):
        return "c-" + hexs(rng, 14)


def mk_info(email=None, email_domain=None, phone=None, payment=None, created=None, plan=None):
    d = {}
    if email:
        d["email"] = email
        d["email_domain"] = email.split("@", 1)[1]
    elif email_domain:
        d["email_domain"] = email_domain
    if phone:
        d["phone_country"] = phone
    if payment:
        d["payment"] = payment
    if created is not None:
        d["created"] = iso(created)
    if plan:
        d["plan"] = plan
    return d


class Emitter:
    """Writes events into per-day bucket files, then sorts each day into events.jsonl."""

    def __init__(self, outdir, seed):
        self.outdir = outdir
        self.seed = seed
        self.tmpdir = os.path.join(outdir, ".buckets")
        os.makedirs(self.tmpdir, exist_ok=True)
        self.files = {}
        self.n = 0
        self.per_acct = {}
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self.idrng = srng(seed, "event-ids")
        self.outputs = {}   # account -> list of (ts, response) kept for provenance, only for tracked accounts
        self.track = set()

    def _file(self, day):
        f = self.files.get(day)
        if f is None:
            f = open(os.path.join(self.tmpdir, "%02d" % day), "w", encoding="utf-8")
            self.files[day] = f
        return f

    def emit(self, a, ts, prompt, response=None, conv=None, refused=False, net=None, dev=None, rng=None,
             channel=None, model=None, info=None, org=None, extra=None, client_extra=None):
        if ts < T0 or ts >= TEND:
            return False
        rng = rng or self.idrng
        self.n += 1
        eid = "ev-" + hexs(self.idrng, 20)
        ch = channel or a.channel
        ev = {"id": eid, "time": iso(ts), "account": a.id}
        o = org if org is not None else a.org
        if o:
            ev["organization"] = o
        if conv:
            ev["conversation"] = conv
        ev["channel"] = ch
        ev["model"] = model or a.model
        ev["prompt"] = prompt
        if response is not None:
            ev["response"] = response
        if refused:
            ev["refused"] = True
        if net is None:
            net = a.pick_net(rng)[0]
        ev["network"] = net
        if ch == "api":
            cl = {"user_agent": a.api_ua or API_UAS[0]}
        else:
            if dev is None:
                dev = a.pick_device(rng, False)
            cl = {"user_agent": dev[1], "device": dev[0]}
            if a.tz:
                cl["timezone"] = a.tz
            if a.locale:
                cl["locale"] = a.locale
        if client_extra:
            cl.update(client_extra)
        ev["client"] = cl
        if a.first or (info is True) or (info is None and rng.random() < 0.08):
            ev["account_info"] = a.info
            a.first = False
        if extra:
            ev.update(extra)
        line = self.dumps(ev)
        day = (ts - T0) // 86400
        self._file(day).write("%010d\t%s\n" % (ts, line))
        self.per_acct[a.id] = self.per_acct.get(a.id, 0) + 1
        if a.id in self.track and response is not None:
            self.outputs.setdefault(a.id, []).append((ts, response, eid))
        return True

    def finish(self):
        for f in self.files.values():
            f.close()
        out = os.path.join(self.outdir, "events.jsonl")
        with open(out, "w", encoding="utf-8") as fo:
            for day in sorted(self.files):
                p = os.path.join(self.tmpdir, "%02d" % day)
                with open(p, encoding="utf-8") as fi:
                    lines = fi.readlines()
                lines.sort()
                for ln in lines:
                    fo.write(ln[11:])
                os.remove(p)
        os.rmdir(self.tmpdir)
        return out


# ----------------------------------------------------------------------------------------------
# Template filling

_SLOT = re.compile(r"\{(\w+)\}")
_COMPILED = {}


def compile_tpl(s):
    c = _COMPILED.get(s)
    if c is None:
        c = _SLOT.split(s)
        _COMPILED[s] = c
    return c


def fill(tpl, slots, rng, vals=None, bundles=None):
    """Fill {slot}s; values chosen once per vals dict so a prompt and its answer agree."""
    if vals is None:
        vals = {}
    parts = compile_tpl(tpl)
    if len(parts) == 1:
        return tpl
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out.append(p)
            continue
        v = vals.get(p)
        if v is None:
            if bundles and p in bundles[0]:
                b = bundles[1][rng.randrange(len(bundles[1]))]
                vals.update(b)
                v = vals[p]
            else:
                choices = slots.get(p)
                if choices is None:
                    v = "{" + p + "}"
                else:
                    v = choices[rng.randrange(len(choices))]
                    if "{" in v and _SLOT.search(v):
                        inner = _SLOT.findall(v)
                        if all(n in slots for n in inner):
                            v = fill(v, slots, rng, vals, bundles)
                vals[p] = v
        out.append(v)
    return "".join(out)
