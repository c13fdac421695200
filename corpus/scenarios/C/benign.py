"""Ordinary population: people using the model for everyday things."""
import math
import re
import datetime as _dt

from common import local_time, session_times, wchoice
from bank_en import EN, CODE_ASKS, CODE_SLOTS
from bank_intl import L, AFFIX
from bank_resp import R as RESP, LONG, LONG_ASK

BANKS = dict(L)
BANKS["en"] = EN

LANG_MIX = [  # language, weight, countries
    ("en", 38, ["US", "US", "US-W", "GB", "CA", "AU", "IN", "NG", "PH", "SG", "KE"]),
    ("es", 8, ["ES", "MX", "MX", "AR", "CO", "CL", "PE", "US"]),
    ("zh", 7, ["CN", "CN", "CN", "CN", "TW", "SG", "HK", "KH"]),
    ("pt", 5, ["BR", "BR", "BR", "PT"]),
    ("ru", 4, ["RU", "RU", "RU", "UA"]),
    ("fr", 4, ["FR", "FR", "CA"]),
    ("de", 4, ["DE", "DE", "NL"]),
    ("ja", 3, ["JP"]),
    ("ko", 2.5, ["KR"]),
    ("ar", 3, ["EG", "SA", "AE"]),
    ("hi", 2, ["IN"]),
    ("id", 2.5, ["ID"]),
    ("tr", 2, ["TR"]),
    ("it", 2, ["IT"]),
    ("vi", 1.5, ["VN"]),
    ("fa", 1.2, ["IR"]),
    ("pl", 1.2, ["PL"]),
    ("nl", 1, ["NL"]),
    ("uk", 1, ["UA"]),
    ("tl", 1.2, ["PH"]),
    ("th", 1, ["TH"]),
    ("sw", 0.6, ["KE", "TZ"]),
]

CODE_PREFIX = {"zh": ["这段代码报错了，帮我看看：\n", "怎么优化这个？\n", ""], "ru": ["почему не работает?\n", "помоги с кодом:\n", ""],
               "es": ["no me funciona esto:\n", "ayuda con este código:\n", ""], "pt": ["por que dá erro?\n", ""],
               "ja": ["このコードのエラーの原因を教えてください\n", ""], "ko": ["이 코드 에러 왜 나?\n", ""], "de": ["warum geht das nicht?\n", ""],
               "fr": ["pourquoi ça plante ?\n", ""], "vi": ["code này bị lỗi, giúp mình với\n", ""], "tr": ["bu kod neden hata veriyor?\n", ""]}

SLOT = re.compile(r"\{([a-z0-9]+)\}")


def fill(r, text, slots, depth=0):
    def rep(m):
        k = m.group(1)
        v = slots.get(k)
        if v is None:
            return m.group(0)
        s = r.choice(v)
        return fill(r, s, slots, depth + 1) if depth < 2 and "{" in s else s
    return SLOT.sub(rep, text)


def prompt_for(r, lang, kind="task"):
    b = BANKS[lang]
    if kind == "code":
        p = fill(r, r.choice(CODE_ASKS), CODE_SLOTS)
        if lang in CODE_PREFIX and r.random() < 0.6:
            p = r.choice(CODE_PREFIX[lang]) + p
        return p
    if lang in LONG and r.random() < 0.07:
        pool = LONG[lang]
        k = r.randint(3, len(pool))
        start = r.randint(0, len(pool) - 1)
        sents = [pool[(start + i) % len(pool)] for i in range(k)]
        sep = "" if lang in ("zh", "ja") else " "
        paras = [sep.join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
        return r.choice(LONG_ASK[lang]) + "\n\n".join(paras)
    p = fill(r, r.choice(b["tasks"]), b["slots"])
    if lang == "en":
        p = r.choice(EN["open"]) + p + r.choice(EN["close"])
        if r.random() < 0.15:
            p = p.lower()
        if r.random() < 0.1:
            p = p.replace("?", "??")
    else:
        pre, post = AFFIX.get(lang, ([""], [""]))
        if r.random() < 0.45:
            p = r.choice(pre) + p
        if r.random() < 0.35:
            p = p + r.choice(post)
        if r.random() < 0.1:
            p = p + "\n" + fill(r, r.choice(b["tasks"]), b["slots"])  # two asks in one message
    return p


def response_for(r, lang, prompt):
    b = BANKS[lang]
    head = r.choice(b["resp"])
    sents = RESP[lang]
    body = " ".join(r.sample(sents, min(len(sents), r.randint(1, 3))))
    out = head + "\n\n" + body
    if "```" in prompt:
        out += "\n\n```python\n# fixed version\n" + r.choice(CODE_SLOTS["py"]).replace("print", "logger.info") + "\n```"
    elif r.random() < 0.4:
        s = fill(r, r.choice(b["tasks"]), b["slots"])
        out += "\n\n- " + r.choice(sents) + "\n- " + r.choice(sents)
    return out


def followup_for(r, lang):
    b = BANKS[lang]
    f = r.choice(b["followups"])
    if lang == "en":
        f = fill(r, f, {"alt": EN["alt"], "fb": EN["fb"], "extra": EN["extra"]})
    return f


def choose_lang(r):
    tot = sum(w for _, w, _ in LANG_MIX)
    x = r.random() * tot
    for lang, w, cs in LANG_MIX:
        x -= w
        if x <= 0:
            return lang, r.choice(cs)
    return "en", "US"


def write_account_activity(ctx, p, n_events, pattern, code_share=0.0, langs=None, weekdays=False, conv_len=(1, 4), prompt_fn=None):
    """Emit n_events for an account in conversations."""
    r = ctx.rng
    done = 0
    while done < n_events:
        t0 = local_time(r, p["offset"], pattern, weekdays=weekdays)
        x = r.random()
        k = 1 if x < 0.55 else 2 if x < 0.8 else r.randint(conv_len[0] + 2, conv_len[1] + 2)
        k = min(n_events - done, k)
        lang = p["lang"] if not langs else wchoice(r, langs)
        conv = ctx.uid("cv-")
        net = wchoice(r, p["ips"])
        dev = wchoice(r, p["devices"])
        for i, t in enumerate(session_times(r, t0, k)):
            if i == 0:
                if prompt_fn:
                    pr, rs = prompt_fn(r, lang)
                else:
                    kind = "code" if r.random() < code_share else "task"
                    pr = prompt_for(r, lang, kind)
                    rs = response_for(r, lang, pr)
            elif r.random() < 0.45:
                pr = followup_for(r, lang)
                rs = response_for(r, lang, pr)
            else:  # a new request in the same chat
                pr = prompt_for(r, lang, "code" if r.random() < code_share else "task")
                rs = response_for(r, lang, pr)
            ctx.emit(p, t, pr, rs, conv=conv, net=net, device=dev)
        done += k


def build_shared(ctx):
    """Shared infrastructure that ops, hard negatives and ordinary users all touch (merge traps)."""
    r = ctx.rng
    ctx.shared["vpn_popular"] = [ctx.vpn_exit() for _ in range(24)]
    base = (14061, "US")
    ctx.shared["hosting_range"] = [ctx.hosting_ip(base) for _ in range(30)]
    ctx.shared["reseller_org"] = "org-apibridge-resale"
    # carrier-grade NAT pools: many customers behind few addresses
    ctx.shared["cgnat"] = {c: [ctx.res_ip(c) for _ in range(12)] for c in ["PH", "IN", "NG", "ID", "BR", "KH", "VN"]}


def generate(ctx):
    r = ctx.rng
    n_acc = int(round(4000 * ctx.scale))
    vpn = ctx.shared["vpn_popular"]
    for _ in range(n_acc):
        lang, country = choose_lang(r)
        p = ctx.account(country, lang)
        roll = r.random()
        if roll < 0.08:  # privacy-minded VPN user: popular exit, mostly
            p["ips"] = [(r.choice(vpn), 2.0), (p["ips"][0][0], 1.0)]
        elif roll < 0.11:
            p["ips"] = [(r.choice(ctx.shared["hosting_range"]), 1.0)]  # runs things from a cloud VM
        elif country in ctx.shared["cgnat"] and r.random() < 0.5:
            p["ips"] = [(r.choice(ctx.shared["cgnat"][country]), 1.0)]
        if r.random() < 0.015:
            p["org"] = ctx.shared["reseller_org"]
        elif r.random() < 0.04:
            p["org"] = "org-%s" % ctx.uid("", 24)
        if r.random() < 0.04:
            p["channel"] = "api"
        dev = r.random() < 0.18
        pattern = r.choice(["personal", "personal", "office", "student"])
        n = int(min(500, max(1, math.exp(r.gauss(3.1, 1.1)))))
        langs = None
        if lang != "en" and r.random() < 0.3:
            langs = [(lang, 3.0), ("en", 1.0)]  # bilingual users
        write_account_activity(ctx, p, n, pattern, code_share=0.6 if dev else 0.03, langs=langs,
                               weekdays=(pattern == "office"))
        ctx.benign_count += 1
