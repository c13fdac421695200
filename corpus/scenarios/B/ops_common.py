"""Shared machinery for the operations and the hard-negative groups."""
import engine as gen
from engine import Account, rng, hexid, b36, set_ctx, pick_ctx, iso, MODELS, UA, TALKERS


class Op:
    def __init__(self, world, key, name, category, prompt_lang, out_langs, offset, breakout=None):
        self.w = world
        self.key = key
        self.name = name
        self.category = category
        self.prompt_lang = prompt_lang
        self.out_langs = out_langs
        self.offset = offset
        self.breakout = breakout
        self.r = rng(world.seed, "op", key)
        self.members = []
        self.published = []   # (time, text, meta) items the operation later posts elsewhere
        self.idx = 0

    def account(self, lang, country, tz, offset, locale, channel="chat", org=None):
        self.idx += 1
        a = Account(self.w.new_account_id("op", self.key, self.idx), lang, country, tz, offset, locale)
        a.channel = channel
        a.org = org
        a.model = self.r.choice(MODELS)
        a.tz_report = 0.9
        self.members.append(a)
        return a

    def truth(self, tid):
        return {
            "id": tid,
            "name": self.name,
            "category": self.category,
            "accounts": sorted(a.id for a in self.members),
            "utc_offset_hours": self.offset,
            "prompt_language": self.prompt_lang,
            "output_languages": list(self.out_langs),
            "breakout": self.breakout,
        }


def turns_out(w, a, t, turns, net, dev, conv=None, gap=(45, 420), r=None):
    """Emit a conversation; turns are (prompt, response[, refused]). Returns the time after it."""
    r = r or rng(w.seed, "turns", a.id, t)
    conv = conv or "conv-" + hexid(r, 12)
    for tr in turns:
        p, resp = tr[0], tr[1]
        refused = len(tr) > 2 and tr[2]
        if r.random() < 0.03:
            resp = None
        w.emit(a, t, p, resp, conv=conv, refused=refused, net=net, dev=dev)
        t += r.randint(gap[0], gap[1])
    return t


def fill(r, s, slots):
    """Replace {key} by a random choice from slots[key] (or a fixed string)."""
    out = s
    guard = 0
    while "{" in out and guard < 20:
        guard += 1
        i = out.find("{")
        j = out.find("}", i)
        if j < 0:
            break
        key = out[i + 1:j]
        if key not in slots:
            out = out[:i] + "\x00" + key + "\x01" + out[j + 1:]
            continue
        v = slots[key]
        val = v if isinstance(v, str) else r.choice(v)
        out = out[:i] + val + out[j + 1:]
    return out.replace("\x00", "{").replace("\x01", "}")


def light_edit(r, text, drop_dash=None):
    """Edits people make when they paste model output elsewhere."""
    t = text.strip()
    if drop_dash is None:
        drop_dash = r.random() < 0.6
    if drop_dash:
        t = t.replace(" — ", ", ").replace("—", "-")
    ops = r.sample(["lower_first", "drop_last", "swap_emoji", "add_tag", "typo", "trim_space", "none"], 2)
    for o in ops:
        if o == "lower_first" and t and t[0].isupper() and r.random() < 0.5:
            t = t[0].lower() + t[1:]
        elif o == "drop_last" and t.endswith((".", "!")) and r.random() < 0.5:
            t = t[:-1]
        elif o == "swap_emoji":
            for e1, e2 in (("🙏", "🙌"), ("👏", "👍"), ("💪", "🔥"), ("😍", "❤️")):
                if e1 in t:
                    t = t.replace(e1, e2, 1)
                    break
        elif o == "typo":
            words = t.split(" ")
            if len(words) > 6:
                k = r.randrange(1, len(words) - 1)
                w = words[k]
                if len(w) > 4 and w.isalpha():
                    i = r.randrange(1, len(w) - 1)
                    words[k] = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                t = " ".join(words)
        elif o == "trim_space":
            t = t.replace("  ", " ")
    return t


def created_before(r, first_t, lo_days=1, hi_days=6):
    return first_t - r.randint(int(lo_days * 86400), int(hi_days * 86400))


def handle(r, base):
    return base + str(r.randint(10, 9999))


def shared_exit(world, lang, rank=0):
    """The rank-th most popular commercial VPN exit among speakers of lang (used by many strangers)."""
    w = world.vpn_pref[lang]
    order = sorted(range(len(world.vpn)), key=lambda i: (-w[i], i))
    return world.vpn[order[rank]]


def clamp_obs_time(t):
    return min(max(t, 0), gen.MONTH_SECONDS - 60)


def obs_id(r):
    return "obs-" + hexid(r, 12)


def exit_for(world, lang, tag, country=None):
    """A popular commercial VPN exit for speakers of lang, reserved under tag.

    Calls with the same tag get the same exit (deliberate sharing); a new tag gets the most popular
    exit for that language that no other tag holds yet.
    """
    reg = world.__dict__.setdefault("exit_tags", {})
    if tag in reg:
        return reg[tag]
    taken = {id(e) for e in reg.values()}
    w = world.vpn_pref[lang]
    order = sorted(range(len(world.vpn)), key=lambda i: (-w[i], i))
    for want in ([country] if country else []) + [None]:
        for i in order:
            if id(world.vpn[i]) not in taken and (want is None or world.vpn[i]["country"] == want):
                reg[tag] = world.vpn[i]
                return reg[tag]
    reg[tag] = world.vpn[order[0]]
    return reg[tag]
