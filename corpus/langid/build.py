#!/usr/bin/env python3
"""Build a language-identification test set from real translated text in Debian packages.

Standard library only.  Steps:

1. ``apt-get download`` the binary packages listed in PACKAGES into debs/
   (skipped for packages already there) and unpack each with ``dpkg-deb -x``
   / ``dpkg-deb -e`` into extract/<package>/.
2. Pull candidate texts out of the unpacked trees:
   * gettext catalogues (.mo, the compiled form of .po: msgstr of every
     translated, non-fuzzy entry; language from the locale directory).
     The English msgid of each entry is an English candidate.
   * debconf templates (DEBIAN/templates): Description-<ll> fields.
   * translated man pages (usr/share/man/<ll>/man*/): roff is converted to
     plain paragraphs by a small converter in this file.
   * translated HTML documentation (Debian FAQ, Debian Reference, Debian
     Administrator's Handbook, installation guide, maint-guide) and GNOME
     Mallard help pages: block-level paragraphs.
3. Clean, filter, dedupe, bucket by length and sample deterministically.
4. Write langid.jsonl, and stats.json (used for README.md).

Run:  python3 build.py            (from any directory; works in its own dir)
"""

import collections
import gzip
import hashlib
import html
import html.parser
import json
import os
import re
import struct
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEBS = os.path.join(HERE, "debs")
EXTRACT = os.path.join(HERE, "extract")
OUT = os.path.join(HERE, "langid.jsonl")
STATS = os.path.join(HERE, "stats.json")

PER_BUCKET = 50
BUCKETS = [("short", 15, 40), ("medium", 41, 150), ("long", 151, 600)]

TARGETS = ["zh", "ru", "ko", "fa", "es", "en", "de", "pt", "ja", "fr", "ar", "tl",
           "gl", "nl", "af", "uk", "it", "ca"]

# Binary packages downloaded.  Forbidden sources (Firefox l10n, fortunes, and the
# excluded red-teaming corpora) are deliberately absent.
PACKAGES = """
coreutils tar grep sed bash findutils diffutils wget gettext gettext-base make
dpkg apt libapt-pkg6.0 passwd login adduser libglib2.0-data libgtk-3-common
libgtk2.0-common e2fsprogs-l10n gnupg-l10n util-linux-locales procps psmisc
xz-utils man-db debconf-i18n debconf vlc-l10n aptitude-common
synaptic libreoffice-l10n-fa libreoffice-l10n-ar libreoffice-l10n-af
gnome-user-docs gsettings-desktop-schemas tasksel-data keyboard-configuration
console-setup tzdata locales popularity-contest dselect samba-common console-data
cdebconf tasksel
manpages manpages-de manpages-fr manpages-es manpages-ja manpages-ru manpages-zh
manpages-pt-br manpages-nl manpages-it manpages-uk
debian-faq debian-faq-de debian-faq-fr debian-faq-it debian-faq-ja debian-faq-ko
debian-faq-nl debian-faq-pt debian-faq-ru debian-faq-zh-cn
installation-guide-amd64
debian-reference-zh-cn debian-reference-zh-tw debian-reference-es
debian-reference-ja debian-reference-de debian-reference-fr debian-reference-it
debian-reference-pt
maint-guide-ca maint-guide-zh-tw maint-guide-zh-cn
debian-handbook
""".split()

FORBIDDEN = re.compile(r"^(firefox-esr-l10n-|fortunes?-|garak|pyrit|superred-claim-|inspect-evals)")

# Sources left out on purpose (see README): manpages-zh's zh_TW tree is generated
# from zh_CN by automatic Simplified->Traditional conversion.
EXCLUDE_PATH = [re.compile(r"^manpages-zh/usr/share/man/zh_TW/")]

# --------------------------------------------------------------------------
# locale name -> (iso639-1, script or None)


def map_locale(loc):
    loc = loc.strip()
    low = loc.lower().replace("-", "_")
    if low in ("c", "posix"):
        return ("en", None)
    base = re.split(r"[_@.]", low)[0]
    rest = low[len(base):]
    if base == "zh":
        if "tw" in rest or "hk" in rest or "mo" in rest or "hant" in rest:
            return ("zh", "Hant")
        return ("zh", "Hans")
    if base in ("fil", "tl"):
        return ("tl", None)
    if base == "en":
        # en_GB / en_AU ... catalogues are British/Australian re-spellings of the
        # English msgids; English comes from the msgids and from English docs.
        return ("en", None) if rest == "" else (None, None)
    if base in TARGETS:
        return (base, None)
    return (None, None)


# --------------------------------------------------------------------------
# download + unpack


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, **kw)


def ensure_packages():
    os.makedirs(DEBS, exist_ok=True)
    os.makedirs(EXTRACT, exist_ok=True)
    for p in PACKAGES:
        assert not FORBIDDEN.match(p), p
    have = {f.split("_")[0] for f in os.listdir(DEBS) if f.endswith(".deb")}
    missing = [p for p in PACKAGES if p not in have]
    if missing:
        print("apt-get download", " ".join(missing), file=sys.stderr)
        run(["apt-get", "download"] + missing, cwd=DEBS)
    info = {}
    for f in sorted(os.listdir(DEBS)):
        if not f.endswith(".deb"):
            continue
        pkg = f.split("_")[0]
        if pkg not in PACKAGES:
            continue
        path = os.path.join(DEBS, f)
        fields = run(["dpkg-deb", "-f", path, "Package", "Version", "Source"]).stdout
        d = dict(l.split(": ", 1) for l in fields.strip().splitlines() if ": " in l)
        info[pkg] = {"package": pkg, "version": d.get("Version", "?"),
                     "source": d.get("Source", pkg).split()[0], "deb": f}
        dest = os.path.join(EXTRACT, pkg)
        if not os.path.isdir(dest):
            os.makedirs(dest)
            run(["dpkg-deb", "-x", path, dest])
            run(["dpkg-deb", "-e", path, os.path.join(dest, "DEBIAN")])
    return info


# --------------------------------------------------------------------------
# candidate extraction.  Each candidate: (lang, script, text, source, kind, locale)


def read_mo(path):
    data = open(path, "rb").read()
    if len(data) < 20:
        return []
    magic = struct.unpack("<I", data[:4])[0]
    e = "<" if magic == 0x950412DE else ">"
    _, n, oo, to = struct.unpack(e + "4I", data[4:20])
    charset = "utf-8"
    out = []
    for i in range(n):
        l, o = struct.unpack(e + "2I", data[oo + 8 * i:oo + 8 * i + 8])
        ml, mo = struct.unpack(e + "2I", data[to + 8 * i:to + 8 * i + 8])
        mid, mstr = data[o:o + l], data[mo:mo + ml]
        if not mid:
            m = re.search(rb"charset=([\w-]+)", mstr)
            if m:
                charset = m.group(1).decode("ascii")
            continue
        out.append((mid, mstr))
    res = []
    for mid, mstr in out:
        try:
            mid = mid.decode(charset)
            mstr = mstr.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x04" in mid:               # msgctxt
            mid = mid.split("\x04", 1)[1]
        mid = mid.split("\x00")[0]      # singular msgid
        mstr = mstr.split("\x00")[0]    # msgstr[0]
        res.append((mid, mstr))
    return res


MO_RE = re.compile(r"/(?:locale|resource)/([^/]+)/LC_MESSAGES/[^/]+\.mo$")


def extract_mo(pkg, rel, full, cands):
    m = MO_RE.search(rel)
    if not m:
        return
    lang, script = map_locale(m.group(1))
    entries = read_mo(full)
    accel = "~" if "/libreoffice/" in rel else "_"
    for mid, mstr in entries:
        if is_table(mid) or is_table(mstr):
            continue
        cands.append(("en", None, clean_mo(mid, accel), pkg, rel + " (msgid)", "mo", "C",
                      None))
        if lang and mstr and mstr.strip() != mid.strip():
            cands.append((lang, script, clean_mo(mstr, accel), pkg, rel, "mo", m.group(1),
                          clean_mo(mid, accel)))


def is_table(s):
    """--help style option tables: several lines laid out in columns."""
    lines = [l for l in s.split("\n") if l.strip()]
    if len(lines) < 2:
        return False
    col = sum(1 for l in lines if re.match(r"^\s*\S.*?\S\s{2,}\S", l) or re.match(r"^\s+-", l))
    return col >= 2 and col >= 0.3 * len(lines)


TAG_RE = re.compile(r"</?(b|i|u|s|tt|big|small|span|sub|sup|a|em|strong|br|quote|"
                    r"filename|command|literal)\b[^>]*>", re.I)


def clean_mo(s, accel):
    s = s.replace("%PRODUCTNAME", "LibreOffice")
    s = TAG_RE.sub("", s)
    if accel == "~":
        s = re.sub(r"~(?=\w)", "", s)
    else:
        # GTK-style mnemonic: a single underscore before a letter ("_Open", "Ö_ffnen")
        if s.count("_") == 1:
            s = re.sub(r"_(?=[^\W\d_])", "", s)
    s = s.replace("\\n", " ")
    s = re.sub(r"^\|[A-Za-z0-9]*\|", "", s)      # gnupg prompt tags such as "|NP|"
    return s


TEMPLATE_FIELD = re.compile(r"^(Description|Extended_description)(?:-([A-Za-z_@]+))?(?:\.[\w-]+)?:\s?(.*)$")


def extract_templates(pkg, rel, full, cands):
    text = open(full, encoding="utf-8", errors="replace").read()
    for block in text.split("\n\n"):
        lines = block.split("\n")
        i = 0
        while i < len(lines):
            m = TEMPLATE_FIELD.match(lines[i])
            i += 1
            if not m:
                continue
            loc = m.group(2) or "C"
            lang, script = map_locale(loc)
            if not lang:
                continue
            paras = [m.group(3).strip()]
            cur = []
            while i < len(lines) and lines[i].startswith(" "):
                ln = lines[i][1:]
                i += 1
                if ln.strip() == ".":
                    paras.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(ln.strip())
            paras.append(" ".join(cur))
            for p in paras:
                if p.strip():
                    cands.append((lang, script, p, pkg, rel, "debconf", loc, None))


# ---- roff -> paragraphs ----------------------------------------------------

NAMED = {
    "em": "\u2014", "en": "\u2013", "hy": "-", "mi": "-", "aq": "'", "dq": '"',
    "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019", "Fo": "\u00ab",
    "Fc": "\u00bb", "fo": "\u2039", "fc": "\u203a", "bu": "\u2022", "co": "\u00a9",
    "rg": "\u00ae", "tm": "\u2122", "mu": "\u00d7", ">=": "\u2265", "<=": "\u2264",
    "->": "\u2192", "<-": "\u2190", "de": "\u00b0", "ti": "~", "ha": "^", "rs": "\\",
    "ga": "`", "sl": "/", "ba": "|", "pl": "+", "eq": "=", "sc": "\u00a7", "ps": "\u00b6",
    "ss": "\u00df", "Eu": "\u20ac", "eu": "\u20ac", "at": "@", "sh": "#", "Do": "$",
    "ct": "\u00a2", "==": "\u2261", "!=": "\u2260", "pc": "\u00b7", "r!": "\u00a1",
    "r?": "\u00bf", "%": "", "Aq": "'", "R": "\u00ae", "Tm": "\u2122",
}

ACCENT = {"'": "\u0301", "`": "\u0300", "^": "\u0302", ":": "\u0308", "~": "\u0303",
          ",": "\u0327", "o": "\u030a", "v": "\u030c"}
ACCENT_NAMES = {"aa": "\u0301", "ga": "\u0300", "a^": "\u0302", "ad": "\u0308",
                "a~": "\u0303", "ac": "\u0327", "ao": "\u030a", "ah": "\u030c"}
SPECIAL = {"ss": "\u00df", "ae": "\u00e6", "AE": "\u00c6", "oe": "\u0153", "OE": "\u0152",
           "/o": "\u00f8", "/O": "\u00d8", "-D": "\u00d0", "Sd": "\u00f0", "TP": "\u00de",
           "Tp": "\u00fe", ".i": "\u0131", "/l": "\u0142", "/L": "\u0141"}


def glyph(name):
    """groff special character name -> text."""
    if name in NAMED:
        return NAMED[name]
    if name in SPECIAL:
        return SPECIAL[name]
    if len(name) == 2 and name[0] in ACCENT and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + ACCENT[name[0]])
    m = re.fullmatch(r"u([0-9A-Fa-f]{4,6})((?:_[0-9A-Fa-f]{4,6})*)", name)
    if m:
        return unicodedata.normalize("NFC", "".join(chr(int(x, 16)) for x in name[1:].split("_")))
    parts = name.split()
    if len(parts) == 2 and len(parts[0]) == 1 and parts[1] in ACCENT_NAMES:
        return unicodedata.normalize("NFC", parts[0] + ACCENT_NAMES[parts[1]])
    return ""


SKIP_SECTIONS = re.compile(
    r"^(SYNOPSIS|SYNOPSE|ÜBERSICHT|SINOPSIS|SINOPSE|SYNOPSIS|SINOSSI|ОБЗОР|СИНТАКСИС|КОРОТКИЙ ОПИС|"
    r"書式|概要|总览|總覽|摘要|语法|用法|OVERZICHT|SAMENVATTING|BEKNOPT|"
    r"SEE ALSO|SIEHE AUCH|VOIR AUSSI|VÉASE TAMBIÉN|VEA TAMBIÉN|VEJA TAMBÉM|VER TAMBÉM|"
    r"VEDERE ANCHE|VEDI ANCHE|ZIE OOK|СМОТРИТЕ ТАКЖЕ|СМ\. ТАКЖЕ|ДИВ\. ТАКОЖ|ДИВІТЬСЯ ТАКОЖ|"
    r"関連項目|参照|另见|参见|參見|參閱|"
    r"AUTHORS?|AUTOR(ES|EN)?|AUTEURS?|AUTORI|AUTEUR|АВТОР[ЫИ]?|著者|作者|"
    r"COPYRIGHT|COLOPHON|KOLOPHON|КОЛОФОН|TRANSLATION|ÜBERSETZUNG|TRADUCTION|TRADUCCIÓN|"
    r"TRADUÇÃO|TRADUZIONE|VERTALING|ПЕРЕВОД|ПЕРЕКЛАД|翻訳|翻译|翻譯|REPORTING BUGS|"
    r"FEHLER MELDEN|FILES|DATEIEN|FICHIERS|ARCHIVOS|FICHEROS|ARQUIVOS|FILE|BESTANDEN|ФАЙЛЫ|"
    r"ФАЙЛИ|ファイル|文件|檔案|EXAMPLES?|BEISPIELE?|EXEMPLES?|EJEMPLOS?|EXEMPLOS?|ESEMPI|"
    r"VOORBEELD(EN)?|ПРИМЕРЫ?|ПРИКЛАД(И)?|例|示例|範例|范例)\b", re.I)


def roff_inline(s):
    s = re.sub(r'\\".*$', "", s)                      # comment
    s = s.replace("\\\\", "\x00")                      # literal backslash
    s = re.sub(r"\\f(\[[^\]]*\]|\(..|.)", "", s)       # fonts
    s = re.sub(r"\\s[+-]?(\d|\(\d\d|\[\d+\])", "", s)  # size
    s = re.sub(r"\\\*(\[([^\]]*)\]|\((..)|(.))",
               lambda m: NAMED.get(m.group(2) or m.group(3) or m.group(4), ""), s)
    s = re.sub(r"\\\((..)", lambda m: glyph(m.group(1)), s)
    s = re.sub(r"\\\[([^\]]*)\]", lambda m: glyph(m.group(1)), s)
    s = re.sub(r"\\[hvwNlLbDoxXSZR]'[^']*'", "", s)
    s = re.sub(r"\\[nkgmMVY](\[[^\]]*\]|\(..|.)", "", s)
    s = s.replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ").replace("\\~", " ")
    s = s.replace("\\0", " ").replace("\\t", " ").replace("\\'", "'").replace("\\`", "`")
    s = s.replace("\\.", ".")
    s = re.sub(r"\\[&|^%cdu!:{}za)]", "", s)
    s = re.sub(r"\\.", "", s)
    return s.replace("\x00", "\\")


def roff_args(s):
    out, cur, q = [], "", False
    for ch in s:
        if ch == '"':
            q = not q
        elif ch in " \t" and not q:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


PARA_MACROS = {"PP", "P", "LP", "IP", "TP", "HP", "TQ", "sp", "RS", "RE", "SH", "SS", "br",
               "Sh", "Ss", "Pp", "Bl", "El", "It", "Bd", "Ed", "Dl", "in", "ti", "PD", "ne",
               "bp", "TH", "Dd", "Dt", "Os", "Nm", "Nd"}
FONT_JOIN = {"BR", "RB", "IR", "RI", "BI", "IB"}
FONT_SPACE = {"B", "I", "SM", "SB", "R", "CW"}
SKIP_BEGIN = {"nf": "fi", "EX": "EE", "TS": "TE", "EQ": "EN", "de": "..", "ig": "..",
              "am": "..", "PS": "PE", "Bd": "Ed", "Vb": "Ve"}


def roff_paragraphs(src):
    paras, cur = [], []
    section = ""
    skipping = None
    skip_tag = False
    lines = src.replace("\r", "").split("\n")
    # join continuation lines ending in a backslash
    joined, buf = [], ""
    for ln in lines:
        if ln.endswith("\\") and not ln.endswith("\\\\"):
            buf += ln[:-1]
            continue
        joined.append(buf + ln)
        buf = ""

    def flush():
        if cur:
            t = " ".join(cur)
            if not SKIP_SECTIONS.match(section.strip()):
                paras.append(t)
        cur.clear()

    for ln in joined:
        if skipping:
            if re.match(r"^[.']\s*" + re.escape(skipping) + r"\b", ln) or (skipping == ".." and ln.strip() == ".."):
                skipping = None
            continue
        if ln.startswith(".") or ln.startswith("'"):
            body = ln[1:].lstrip()
            if body.startswith('\\"') or not body:
                continue
            mac = re.match(r"(\S+)\s*(.*)$", body)
            name, rest = mac.group(1), mac.group(2)
            if name in SKIP_BEGIN:
                flush()
                skipping = SKIP_BEGIN[name]
                continue
            if name in ("SH", "SS", "Sh", "Ss"):
                flush()
                if name in ("SH", "Sh"):
                    section = roff_inline(" ".join(roff_args(rest)))
                continue
            if name in ("TP", "TQ"):
                flush()
                skip_tag = True
                continue
            if name in ("IP", "It"):
                flush()
                continue
            if name in PARA_MACROS:
                flush()
                continue
            if name in FONT_JOIN:
                args = roff_args(rest)
                text = roff_inline("".join(args))
            elif name in FONT_SPACE:
                text = roff_inline(" ".join(roff_args(rest)))
            elif name in ("UR", "MT"):
                continue
            elif name in ("UE", "ME"):
                text = roff_inline(" ".join(roff_args(rest)))
                if cur and text:
                    cur[-1] += text
                continue
            elif name in ("so", "mso"):
                return []
            else:
                continue
            if skip_tag:
                skip_tag = False
                continue
            if text.strip():
                cur.append(text.strip())
            continue
        if skip_tag:
            skip_tag = False
            continue
        if not ln.strip():
            flush()
            continue
        t = roff_inline(ln).strip()
        if t:
            cur.append(t)
    flush()
    return paras


MAN_RE = re.compile(r"/usr/share/man/([^/]+)/man[^/]*/[^/]+$")
MAN_EN_RE = re.compile(r"/usr/share/man/man[^/]*/[^/]+$")


def extract_man(pkg, rel, full, cands):
    if os.path.islink(full):
        return
    m = MAN_RE.search(rel)
    if m:
        loc = m.group(1)
        lang, script = map_locale(loc)
    elif MAN_EN_RE.search(rel):
        loc, lang, script = "C", "en", None
    else:
        return
    if not lang:
        return
    raw = gzip.open(full).read() if full.endswith(".gz") else open(full, "rb").read()
    try:
        src = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    for p in roff_paragraphs(src):
        cands.append((lang, script, p, pkg, rel, "man", loc, None))


# ---- HTML / Mallard -> paragraphs -----------------------------------------

BLOCK = {"p", "div", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
         "ul", "ol", "dl", "table", "tr", "blockquote", "section", "body", "br", "hr",
         "note", "item", "list", "terms", "tree", "steps", "page", "info", "figure",
         "caption", "media", "links", "synopsis", "example", "listing", "comment",
         "tbody", "thead", "head", "form", "center", "address", "title", "desc"}
SKIP_IN = {"pre", "script", "style", "screen", "code-block", "h1", "h2", "h3", "h4",
           "h5", "h6", "title", "head", "info", "table", "th", "dt", "credit", "license",
           "synopsis", "comment"}
SKIP_FLUSH = {"pre", "script", "style", "screen", "code-block"}
SKIP_CLASS = re.compile(r"\b(docnav|title|screen|programlisting|literallayout|synopsis|toc|navheader|"
                        r"navfooter|legalnotice|author|othercredit|revhistory|indexterm|"
                        r"index|cmdsynopsis|funcsynopsis|copyright)\b")


class ParaParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.buf, self.stack, self.skip = [], [], [], 0

    def flush(self):
        t = "".join(self.buf)
        if t.strip():
            self.paras.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in ("br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr"):
            if tag in ("br", "hr"):
                self.flush()
            return
        cls = dict(attrs).get("class") or ""
        skip = tag in SKIP_IN or bool(cls and SKIP_CLASS.search(cls))
        if tag in BLOCK or tag in SKIP_FLUSH:
            self.flush()
        self.stack.append((tag, bool(skip)))
        if skip:
            self.skip += 1

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        tag = tag.lower()
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, sk = self.stack.pop()
            if sk:
                self.skip -= 1
            if t in BLOCK or t in SKIP_FLUSH:
                self.flush()
            if t == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_paragraphs(text):
    p = ParaParser()
    try:
        p.feed(text)
        p.close()
    except Exception:
        pass
    p.flush()
    return p.paras


DOC_RULES = [
    # (package regex, path regex giving locale)
    (r"^debian-faq", re.compile(r"/FAQ/(?:[^/]+/)?[^/]+\.([a-z]{2}(?:[-_][a-z]{2})?)\.html$")),
    (r"^debian-reference", re.compile(r"/debian-reference/[^/]+\.([a-z]{2}(?:-[a-z]{2})?)\.html$")),
    (r"^maint-guide", re.compile(r"/html/[^/]+\.([a-z]{2}(?:-[a-z]{2})?)\.html$")),
    (r"^installation-guide", re.compile(r"/installation-guide-amd64/([a-zA-Z_]+)/[^/]+\.html$")),
    (r"^debian-handbook", re.compile(r"/html/([a-z]{2}-[A-Z]{2})/[^/]+\.html$")),
    (r"^gnome-user-docs", re.compile(r"/usr/share/help/([^/]+)/[^/]+/[^/]+\.page$")),
]


def extract_doc(pkg, rel, full, cands):
    for prx, rx in DOC_RULES:
        if re.match(prx, pkg):
            m = rx.search(rel)
            if not m:
                return
            loc = m.group(1)
            lang, script = map_locale(loc)
            if not lang:
                return
            text = open(full, encoding="utf-8", errors="replace").read()
            for p in html_paragraphs(text):
                cands.append((lang, script, p, pkg, rel, "doc", loc, None))
            return


def collect():
    cands = []
    for pkg in sorted(os.listdir(EXTRACT)):
        if pkg not in PACKAGES:
            continue
        root = os.path.join(EXTRACT, pkg)
        for dp, dns, fns in os.walk(root):
            dns.sort()
            for fn in sorted(fns):
                full = os.path.join(dp, fn)
                rel = os.path.relpath(full, EXTRACT)
                if any(r.match(rel) for r in EXCLUDE_PATH):
                    continue
                relp = "/" + rel.split("/", 1)[1]
                if fn.endswith(".mo"):
                    extract_mo(pkg, relp, full, cands)
                elif relp == "/DEBIAN/templates":
                    extract_templates(pkg, relp, full, cands)
                elif "/usr/share/man/" in relp and not os.path.islink(full):
                    extract_man(pkg, relp, full, cands)
                elif fn.endswith(".html") or fn.endswith(".page"):
                    extract_doc(pkg, relp, full, cands)
    return cands


# --------------------------------------------------------------------------
# cleaning and filtering

PLACEHOLDER = re.compile(
    r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGaAcspnmSC%]"
    r"|%\([A-Za-z_]+\)[sdif]|\{[0-9A-Za-z_]*\}|\$\{[^}]*\}|\$[A-Z_]{2,}|%[A-Z_]{2,}%?|%\d"
    r"|<[A-Za-z_-]+>|@[A-Z_]+@|\$\([^)]*\)|\$\d")
URL = re.compile(r"(?:https?|ftp|file)://\S+|www\.\S+|\S+@\S+\.\w+")
LETTER_SCRIPTS = {
    "Latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "Han": re.compile(r"[\u3400-\u9fff\uf900-\ufaff]"),
    "Kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "Hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
}
EXPECT = {"ru": ["Cyrillic"], "uk": ["Cyrillic"], "fa": ["Arabic"], "ar": ["Arabic"],
          "zh": ["Han"], "ja": ["Han", "Kana"], "ko": ["Hangul", "Han"]}
EN_WORDS = set("the and with this that you your which from have has are will be for to not "
               "can should when it if or is of an by on as".split())
# words of the English list that are also common function words in a target language
EN_OVERLAP = {"nl": {"is", "of", "an", "on"}, "af": {"is", "an", "on", "by", "of"},
              "de": {"an", "will", "as"}, "tl": {"to"}, "it": {"or"},
              "ca": {"on", "as"}, "gl": {"as", "on"}, "pt": {"as", "on"}, "fr": {"on", "as"},
              "es": {"on"}}
WORD = re.compile(r"[^\W\d_]+", re.U)


def script_counts(t):
    return {k: len(r.findall(t)) for k, r in LETTER_SCRIPTS.items()}


def normalize(t):
    t = unicodedata.normalize("NFC", t)
    t = t.replace("\u00ad", "").replace("\u200b", "")
    t = re.sub(r"\s+", " ", t).strip()
    return t


def dedupe_key(t):
    return re.sub(r"[\W\d_]+", "", t.casefold())


def noise_ratio(t):
    """Share of characters that sit in code-like tokens."""
    toks = t.split()
    if not toks:
        return 1.0
    bad = 0
    for tok in toks:
        core = tok.strip(".,;:!?()[]\"'\u201c\u201d\u00ab\u00bb\u300c\u300d")
        if (re.search(r"[/\\=<>{}$%@#|_*`]|::|^\[", core) or re.match(r"^--?\w", core)
                or re.search(r"\w\.\w+\(", core) or re.fullmatch(r"[A-Z0-9_]{4,}", core)
                or re.search(r"\w\.(conf|txt|html|gz|deb|sh|py|so|c|h|xml|list)\b", core)):
            bad += len(tok)
    return bad / max(1, sum(len(x) for x in toks))


def looks_english(t, lang):
    words = [w.lower() for w in WORD.findall(t)]
    if len(words) < 3:
        return False
    ok = EN_WORDS - EN_OVERLAP.get(lang, set())
    hits = sum(1 for w in words if w in ok)
    return hits >= 2 and hits / len(words) >= 0.2


def bucket_of(n):
    for name, lo, hi in BUCKETS:
        if lo <= n <= hi:
            return name
    return None


SENT_END = re.compile(r"(?<=[.!?\u3002\uff01\uff1f\u061f\u06d4])\s+|(?<=[\u3002\uff01\uff1f])")


def trim_long(t):
    """Paragraphs over 600 characters: keep whole leading sentences up to 600."""
    if len(t) <= 600:
        return t
    parts = SENT_END.split(t)
    out = ""
    for p in parts:
        cand = (out + " " + p).strip() if out and not re.search(r"[\u3002\uff01\uff1f]$", out) else out + p
        if len(cand) > 600:
            break
        out = cand
    return out if len(out) > 150 else None


# one-to-one Simplified/Traditional pairs of frequent characters, used to check
# that zh items carry the script their locale says
SIMP = "们这个为说时来对会过还没发问题么应该与关开长门间实现后经从动进体东车见电话网络设备软件档数据库导线图标输显示队认识选择语类务单处码删复盖样将条机层"
TRAD = "們這個為說時來對會過還沒發問題麼應該與關開長門間實現後經從動進體東車見電話網絡設備軟件檔數據庫導線圖標輸顯示隊認識選擇語類務單處碼刪複蓋樣將條機層"
assert len(SIMP) == len(TRAD)
SIMP_SET, TRAD_SET = set(SIMP) - set(TRAD), set(TRAD) - set(SIMP)

CJK = r"\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK_GAP = re.compile(r"(?<=[%s])\s+(?=[%s])" % (CJK, CJK))


def accept(lang, script, text, kind, msgid, english_keys):
    """Return (cleaned text or None, reason)."""
    t = normalize(text)
    if lang in ("zh", "ja"):
        # line breaks in CJK sources (and old space-separated zh man pages) are
        # not word boundaries: drop whitespace between two CJK characters
        t = CJK_GAP.sub("", t)
    t = trim_long(t)
    if t is None:
        return None, "too long"
    if len(t) < 15:
        return None, "too short"
    if len(t) > 600:
        return None, "too long"
    if any(ord(c) < 32 for c in t) or "\ufffd" in t:
        return None, "control chars"
    if re.search(r"(^|\s)\.(B|I|BR|IR|RB|BI|IB|SH|TP|PP|IP|br|sp)\s", t):
        return None, "roff residue"
    if lang not in ("zh", "ja") and len(t.split()) < 2:
        return None, "single token"
    if lang == "ko" and re.search(r"[\uac00-\ud7af(),.]{25,}", t):
        return None, "ko without word spacing"
    if re.search(r"(\. ?){4,}|(\u00b7\S*){2,}|_{3,}|-{4,}|={3,}", t):
        return None, "leaders/separators"
    nph = len(PLACEHOLDER.findall(t))
    if nph > 1 or (nph == 1 and len(t) <= 40):
        return None, "placeholders"
    if URL.search(t) and len(URL.sub("", t).strip()) < 0.8 * len(t):
        return None, "url"
    if noise_ratio(t) > (0.15 if len(t) > 150 else 0.08):
        return None, "code-like"
    sc = script_counts(t)
    letters = sum(sc.values())
    if letters < 0.5 * len(t.replace(" ", "")):
        return None, "few letters"
    exp = EXPECT.get(lang, ["Latin"])
    if sum(sc[s] for s in exp) < 0.6 * letters:
        return None, "wrong script"
    if lang == "ja" and sc["Kana"] == 0:
        return None, "ja without kana"
    if lang == "zh" and sc["Kana"] > 0:
        return None, "zh with kana"
    if lang == "zh":
        ns = sum(1 for c in t if c in SIMP_SET)
        nt = sum(1 for c in t if c in TRAD_SET)
        if (script == "Hant" and ns > nt) or (script == "Hans" and nt > ns):
            return None, "zh script mismatch"
    if lang == "ko" and sc["Hangul"] < 0.5 * letters:
        return None, "ko without hangul"
    if lang != "en":
        if msgid is not None and dedupe_key(msgid) == dedupe_key(t):
            return None, "untranslated"
        if dedupe_key(t) in english_keys:
            return None, "untranslated"
        if exp == ["Latin"] and looks_english(t, lang):
            return None, "english"
    else:
        if not looks_english(t, "en") and len(WORD.findall(t)) >= 4:
            return None, "en without english function words"
    if kind == "mo" and re.match(r"^[\W\d]*$", t):
        return None, "no words"
    return t, "ok"


def h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def main():
    info = ensure_packages()
    cands = collect()
    print(len(cands), "raw candidates", file=sys.stderr)
    english_keys = set()
    for c in cands:
        if c[0] == "en":
            english_keys.add(dedupe_key(normalize(c[2])))
    english_keys.discard("")
    reasons = collections.Counter()
    pool = {}      # dedupe key -> item
    keylangs = collections.defaultdict(set)
    for lang, script, text, pkg, rel, kind, loc, msgid in cands:
        t, why = accept(lang, script, text, kind, msgid, english_keys)
        reasons[(lang, why)] += 1
        if t is None:
            continue
        k = dedupe_key(t)
        label = lang + ("-" + script if script else "")
        keylangs[k].add(label)
        if (label, k) in pool:
            continue
        pool[(label, k)] = {"text": t, "language": lang, "script": script, "locale": loc,
                            "package": pkg, "path": rel, "kind": kind}
    # the same text under two different languages (or under both Chinese scripts)
    # is ambiguous: drop it everywhere
    groups = collections.defaultdict(list)
    ambiguous = 0
    for (label, k), it in pool.items():
        if len(keylangs[k]) > 1:
            ambiguous += 1
            continue
        b = bucket_of(len(it["text"]))
        if b:
            groups[(label, b)].append(it)
    out = []
    stats = {"available": {}, "selected": {}, "packages": {}, "ambiguous_dropped": ambiguous}
    labels = []
    for lang in TARGETS:
        labels += [lang] if lang != "zh" else ["zh-Hans", "zh-Hant"]
    for label in labels:
        for b, _, _ in BUCKETS:
            items = groups.get((label, b), [])
            stats["available"]["%s/%s" % (label, b)] = len(items)
            # two-level round-robin: over kinds of source (mo, debconf, man, doc),
            # and within a kind over packages; packages ordered by hash of name,
            # each package's items by (has a placeholder, hash of text)
            bykind = collections.defaultdict(lambda: collections.defaultdict(list))
            for it in items:
                bykind[it["kind"]][it["package"]].append(it)
            kqueues = []
            for kind in sorted(bykind, key=lambda k: h(label + b + k)):
                pq = []
                for pkg in sorted(bykind[kind], key=lambda p: h(label + b + p)):
                    pq.append(sorted(bykind[kind][pkg],
                                     key=lambda it: (bool(PLACEHOLDER.search(it["text"])), h(it["text"]))))
                kqueues.append([pq, 0])
            chosen = []
            while len(chosen) < PER_BUCKET and any(any(q) for q, _ in kqueues):
                for kq in kqueues:
                    pq = kq[0]
                    if len(chosen) >= PER_BUCKET or not any(pq):
                        continue
                    # next non-empty package queue of this kind
                    while not pq[kq[1] % len(pq)]:
                        kq[1] += 1
                    chosen.append(pq[kq[1] % len(pq)].pop(0))
                    kq[1] += 1
            chosen.sort(key=lambda it: h(it["text"]))
            stats["selected"]["%s/%s" % (label, b)] = len(chosen)
            for it in chosen:
                pk = info.get(it["package"], {})
                rec = {"id": "%s-%s-%s" % (label, b, h(it["text"])[:10]),
                       "text": it["text"], "language": it["language"], "length": b,
                       "source": "%s %s: %s" % (it["package"], pk.get("version", "?"), it["path"])}
                if it["script"]:
                    rec["script"] = it["script"]
                rec["locale"] = it["locale"]
                rec["kind"] = it["kind"]
                out.append(rec)
                stats["packages"].setdefault(it["package"], 0)
                stats["packages"][it["package"]] += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    stats["package_info"] = info
    stats["with_placeholder"] = sum(1 for r in out if PLACEHOLDER.search(r["text"]))
    stats["kinds"] = dict(collections.Counter(
        "%s/%s" % (r["language"] + ("-" + r["script"] if r.get("script") else ""), r["kind"]) for r in out))
    stats["reasons"] = {"%s/%s" % k: v for k, v in sorted(reasons.items())}
    with open(STATS, "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
    write_readme(stats, labels, len(out))
    print(len(out), "items written to", OUT, file=sys.stderr)


README_HEAD = """# Language-identification test set from Debian translations

`langid.jsonl` holds real human-translated text taken from Debian 12 (bookworm)
binary packages, labelled with the language given by the file it came from
(gettext locale directory, debconf field name, man page directory, or the
language tag of a translated manual).  It is meant for measuring language
identification; it was not written by or for a language model, and none of it
is machine-generated except where noted under Caveats.

Built by `build.py` (Python 3, standard library only; it shells out to
`apt-get download` and `dpkg-deb`).  Re-run with `python3 build.py`: it downloads
any package missing from `debs/`, unpacks into `extract/`, and rewrites
`langid.jsonl`, `stats.json` and this README.  The output is deterministic for a
given set of .deb files.

## Format

One JSON object per line:

| field | meaning |
| --- | --- |
| `id` | `<lang>[-<script>]-<length>-<sha1(text)[:10]>`, stable across re-runs |
| `text` | the cleaned text |
| `language` | ISO 639-1 code (`zh` for both Chinese scripts, `tl` for Tagalog/Filipino) |
| `length` | `short` (15-40 characters), `medium` (41-150), `long` (151-600); characters are Unicode code points |
| `source` | `<binary package> <version>: <path inside the package>`; a `(msgid)` suffix means the English source string of that catalogue |
| `script` | only on `zh` items: `Hans` (zh_CN) or `Hant` (zh_TW, zh_HK) |
| `locale` | the locale tag as found (e.g. `pt_BR`, `ca@valencia`, `es-ES`, `C` for English) |
| `kind` | `mo` (gettext catalogue), `debconf` (debconf template), `man` (man page), `doc` (HTML manual or GNOME Mallard help) |

## Sources

Packages were fetched with `apt-get download` from the machine's configured
Debian archive (`deb.debian.org`, suites bookworm, bookworm-updates and
bookworm-security, component main).  No source packages were needed: a binary
package's `.mo` catalogues are the compiled `.po` files (msgid/msgstr pairs of all
translated, non-fuzzy entries), so the language is known from the catalogue's
locale directory just as it would be from the `.po` file name.

Not used, on purpose: Firefox localisation packages (`firefox-esr-l10n-*`),
fortune packages (`fortunes-*`), and the garak / pyrit / superred-claim /
inspect-evals corpora; `build.py` refuses package names matching those.
Also left out: the `zh_TW` tree of `manpages-zh`, which upstream generates from
the `zh_CN` pages by automatic conversion (`opencc s2twp`, per its changelog), and the
`en_GB`/`en_AU`/... catalogues (English comes from msgids and English docs).

"""

README_METHOD = """
## Extraction

* **gettext catalogues** (`usr/share/locale/<ll>/LC_MESSAGES/*.mo`, LibreOffice's
  `program/resource/<ll>/LC_MESSAGES/*.mo`): every entry's `msgstr` (first plural
  form; message context stripped) is a candidate in the catalogue's language if it
  differs from its `msgid`; every `msgid` is an English candidate.  GTK mnemonic
  underscores, LibreOffice `~` accelerators, simple Pango/HTML tags and gnupg's
  `|NP|` prompt tags are removed; `%PRODUCTNAME` becomes `LibreOffice`.  Entries
  laid out as `--help` option tables are skipped.
* **debconf templates** (`DEBIAN/templates` of each package): `Description` and
  `Description-<ll>.UTF-8` fields; the short description and each paragraph of the
  extended description are separate candidates.
* **man pages** (`usr/share/man/<ll>/man*/`, English from `usr/share/man/man*/`):
  a small roff-to-text converter in `build.py` (font/size escapes dropped, groff
  special characters including accented-letter glyphs such as `\\('e` resolved,
  `.nf`/`.EX`/`.TS` blocks skipped, `.TP` tags skipped, `.so` stubs skipped)
  splits pages into paragraphs.  Sections that are mostly code, lists of names or
  boilerplate are skipped (SYNOPSIS, SEE ALSO, AUTHORS, COPYRIGHT, FILES,
  EXAMPLES, the translators' credits section, and their translated headings).
* **HTML manuals and GNOME help** (Debian FAQ, Debian Reference, Debian
  Administrator's Handbook, Installation Guide, New Maintainers' Guide, GNOME
  user/admin help `.page` files): text of block elements (`p`, `div`, `li`, ...),
  skipping `pre`, screens, program listings, headings, titles, tables,
  navigation bars and tables of contents.  Language from the path.

## Cleaning and filtering

Applied to every candidate, in order:

1. Unicode NFC, soft hyphens and zero-width spaces removed, whitespace collapsed;
   for `zh`/`ja`, whitespace between two CJK characters removed (line breaks in
   the sources, and the one-space-per-character style of old Chinese man pages).
2. Texts over 600 characters are cut after the last whole sentence that fits
   (kept only if the result is over 150 characters); texts under 15 are dropped.
3. Dropped: control characters; leftover roff requests; a single word; dot
   leaders and separator lines; more than one format placeholder (`%s`, `%1$d`,
   `{0}`, `${var}`, `<FILE>` ...), or any placeholder in a short item; mostly URL;
   more than 8 % (15 % for long items) of characters in code-like tokens (paths,
   options, `key=value`, identifiers, file names).
4. Script check: at least half the non-space characters are letters, and at
   least 60 % of letters are in the language's script (Cyrillic for ru/uk, Arabic
   for fa/ar, Han for zh, Han+kana with at least one kana for ja, Hangul for ko,
   Latin otherwise).  For `zh`, a list of 71 frequent Simplified/Traditional
   character pairs must not contradict the locale's script.  Korean texts with
   long runs of Hangul without word spaces are dropped.
5. Untranslated English: dropped if equal to its msgid or to any English candidate
   (after case-folding and stripping non-letters), or, for Latin-script languages,
   if at least 2 words and 20 % of words are English function words that are not
   also function words of that language.  English candidates must conversely look
   English by the same test (4 words or more).  This heuristic filter is the main
   defence against partially translated manuals (the Persian, Arabic, Korean and
   Dutch handbooks keep many English paragraphs).
6. Dedupe within a language label on case-folded letters only; a text accepted
   under two labels (e.g. identical Galician and Portuguese strings, or a Chinese
   string with no script-specific characters under both Hans and Hant) is dropped
   from all of them.

## Sampling

Per language label and length bucket, up to 50 items, taken round-robin over the
kinds of source (gettext, debconf, man, doc) and, within a kind, round-robin over
packages; packages are ordered by a SHA-1 hash of their name and each package's
items by (has a placeholder, SHA-1 of text).  So no single large catalogue
(LibreOffice, VLC, GTK) dominates, and manuals and man pages get a share
comparable to software messages wherever they exist.  Output is sorted by language,
bucket and text hash.
"""


def write_readme(stats, labels, total):
    L = []
    L.append(README_HEAD)
    L.append("## Counts\n")
    L.append("Selected items, and in brackets the number of distinct candidates that passed the filters.\n")
    L.append("| language | short | medium | long | total |")
    L.append("| --- | ---: | ---: | ---: | ---: |")
    short_of = []
    for lab in labels:
        row, tot = [], 0
        for b, _, _ in BUCKETS:
            n = stats["selected"]["%s/%s" % (lab, b)]
            a = stats["available"]["%s/%s" % (lab, b)]
            tot += n
            row.append("%d (%d)" % (n, a))
            if n < PER_BUCKET:
                short_of.append("%s %s: %d of %d" % (lab, b, n, PER_BUCKET))
        L.append("| %s | %s | %d |" % (lab, " | ".join(row), tot))
    L.append("\nTotal: %d items.\n" % total)
    L.append("Items per kind of source:\n")
    kinds = ["mo", "debconf", "man", "doc"]
    L.append("| language | " + " | ".join(kinds) + " |")
    L.append("| --- |" + " ---: |" * len(kinds))
    for lab in labels:
        L.append("| %s | %s |" % (lab, " | ".join(str(stats["kinds"].get("%s/%s" % (lab, k), 0)) for k in kinds)))
    L.append("")
    if short_of:
        L.append("Buckets below target: " + "; ".join(short_of) + ".\n")
    L.append(README_METHOD)
    L.append(README_CAVEATS.replace("{n_ph}", str(stats["with_placeholder"])))
    L.append("## Packages and versions\n")
    L.append("Versions are those of the downloaded .deb files (`dpkg-deb -f`).\n")
    L.append("| package | version | source package | items |")
    L.append("| --- | --- | --- | ---: |")
    for p in sorted(stats["package_info"]):
        pi = stats["package_info"][p]
        L.append("| %s | %s | %s | %d |" % (p, pi["version"], pi["source"], stats["packages"].get(p, 0)))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


README_CAVEATS = """
## Caveats

* **Register.** Most items are software UI text: short, technical, imperative,
  full of product names and acronyms (APT, GTK, VLC, LibreOffice).  Short items
  are UI strings, debconf prompts, man-page NAME lines and help-page fragments
  (often ending in a colon).  Long items come mostly from
  manuals, man pages, debconf templates and the longer help strings of VLC,
  LibreOffice, GTK and gsettings.  None of it is conversational or literary text.
* **Tagalog** (`tl`; `fil` is mapped to `tl` but synaptic's `fil` catalogue gave
  no usable item) exists in Debian only in a
  few catalogues and templates translated around 2005-2006 (apt, dpkg, dselect,
  aptitude, glib, shadow, debconf, tasksel, samba-common, console-data): there are
  not enough long texts, and the Tagalog is heavy with English loanwords
  ("i-install", "pakete", "cache").
* **Afrikaans** has no translated manuals in Debian; all 150 items are gettext
  strings, the long ones mostly LibreOffice help tips and VLC option help.
* **Traditional Chinese** long items come from few packages (only ~140 long
  candidates: Debian Reference, Handbook, maint-guide, gsettings, bash); the zh_TW
  man pages of manpages-zh were excluded as machine-converted.  The Hans/Hant
  split follows the locale (`zh_CN` vs `zh_TW`/`zh_HK`) plus the small
  character-pair check; some Traditional texts use Hong Kong or mainland
  vocabulary.
* **Variants are merged:** `pt` mixes pt_PT and pt_BR, `ca` includes
  `ca@valencia`, `es` includes es_MX, `fa` includes Persian written with Arabic
  yeh/kaf.  The `locale` field keeps the original tag.
* **English** items are msgids (original English UI strings) and English docs
  and man pages; they are not translations.
* Text is kept as the translators wrote it: typos, inconsistent punctuation and
  embedded English terms, command names and option names (where under the
  code-token threshold) remain.  {n_ph} items contain one `%s`-style placeholder
  (medium and long buckets only).
* The untranslated-English filter is itself a crude language test (English
  function words); it could drop a genuine target-language string that quotes a
  lot of English, and it cannot catch untranslated text in a language other than
  English.
* The roff converter is simple; some man-page paragraphs start mid-sentence
  where a `.TP` tag or inline macro was dropped.
"""


if __name__ == "__main__":
    main()
