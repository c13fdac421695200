"""Helpers for building operations."""
from common import local_time, session_times, wchoice, iso, MONTH_START, TEMP_MAIL
import datetime as _dt


def net_entry(ctx, nets):
    return [(n, w) for n, w in nets]


def crew(ctx, n, country, lang, offset, tz=None, locale=None, ips=None, devices=None, payments=None,
         org=None, email_domains=None, phone=None, created_days=(20, 400), plan=None, channel="chat", ua=None):
    """n accounts sharing an operation's infrastructure (each gets a subset)."""
    r = ctx.rng
    out = []
    for i in range(n):
        p = ctx.account(country, lang)
        p["offset"] = offset
        if tz:
            p["tz"] = tz if isinstance(tz, str) else r.choice(tz)
        if locale:
            p["locale"] = locale
        if ips:
            k = min(len(ips), r.randint(1, 3))
            p["ips"] = [(x, 1.0) for x in r.sample(ips, k)]
        if devices:
            p["devices"] = [(r.choice(devices), 1.0)]
            if r.random() < 0.3:
                p["devices"].append((r.choice(devices), 0.5))
        if payments is not None:
            p["payment"] = r.choice(payments) if payments else None
            p["plan"] = plan or ("plus" if p["payment"] else "free")
        elif plan:
            p["plan"] = plan
        if org:
            p["org"] = org if isinstance(org, str) else r.choice(org)
        if email_domains:
            p["email_domain"] = r.choice(email_domains)
        if phone:
            p["phone_country"] = phone
        if ua:
            p["ua"] = r.choice(ua)
        p["channel"] = channel
        d = r.randint(*created_days)
        p["created"] = iso(MONTH_START - _dt.timedelta(days=d, seconds=r.randint(0, 86399)))
        out.append(p)
    return out


def run(ctx, p, n_convs, pattern, gen, weekdays=True, days=None, gap=(60, 900), pick_net=None, on_conv=None):
    """gen(r, k) -> list of turns (prompt, response, refused)."""
    r = ctx.rng
    for k in range(n_convs):
        t0 = local_time(r, p["offset"], pattern, weekdays=weekdays, days=days)
        turns = gen(r, k)
        conv = ctx.uid("cv-")
        net = pick_net(r) if pick_net else wchoice(r, p["ips"])
        dev = wchoice(r, p["devices"])
        last = t0
        for t, (pr, rs, ref) in zip(session_times(r, t0, len(turns), gap), turns):
            ctx.emit(p, t, pr, rs, conv=conv, refused=ref, net=net, device=dev)
            last = t
        if on_conv:
            on_conv(last)


def network(ctx, nid, name, cat, accounts, offset, plang, olangs, breakout=None):
    ctx.networks.append({"id": nid, "name": name, "category": cat, "accounts": [a["id"] for a in accounts],
                         "utc_offset_hours": offset, "prompt_language": plang, "output_languages": olangs,
                         "breakout": breakout})


def pick(r, xs):
    return r.choice(xs)


def temp_account_email(ctx):
    r = ctx.rng
    return "%s%d@%s" % (r.choice(["qwe", "zx", "mk", "lo", "dv", "tt"]), r.randint(1000, 99999), r.choice(TEMP_MAIL))


REFUSALS = {
    "en": "I can't help with that. Creating content designed to deceive people or cause harm goes against my guidelines.",
    "zh": "抱歉，我无法协助完成这个请求。",
    "ru": "Извините, я не могу помочь с этим запросом.",
    "fa": "متأسفم، نمی‌توانم در این مورد کمک کنم.",
    "ko": "죄송하지만 해당 요청은 도와드릴 수 없습니다.",
    "vi": "Xin lỗi, tôi không thể hỗ trợ yêu cầu này.",
    "pt": "Desculpe, não posso ajudar com isso.",
}
