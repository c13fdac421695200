"""Cross-site request forgery from a second origin, in real headless Chromium: signs in to the
console as an admin, then opens a hostile page served from another port of 127.0.0.1 (the same
site, so SameSite=Strict lets the browser send the session cookie) whose forms submit themselves,
as text/plain and as form-urlencoded, to the API (a case note, a dry-run and a real ban, minting
an admin token) and to every console POST route (case update, token revocation, sign-out, and a
sign-in with the attacker's token). Asserts through the DevTools protocol that each forged request
was sent, with the cookie where the browser attaches it, and refused (401 or 403); then through the
API that nothing changed, and in the browser that the admin's session still works.
Usage: cross_site.py BASE_URL ADMIN_TOKEN OUT_DIR"""
import base64, html, http.server, json, socket, sys, threading, time, urllib.request
import websocket  # websocket-client, installed by .ci/run
from cdp import Browser

base, token, out = sys.argv[1], sys.argv[2], sys.argv[3]
checks = []


def check(ok, what):
    checks.append((bool(ok), what))
    print(("ok   " if ok else "FAIL ") + what)


def api(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def state():
    """What a forged request could change, as the API reports it (a token's last use aside: the
    test's own calls move it)."""
    tokens = [{k: v for k, v in t.items() if k != "last_used"} for t in api("GET", "/v1/tokens")[1]["tokens"]]
    return {"cases": api("GET", "/v1/cases")[1], "tokens": tokens,
            "enforcement": api("GET", "/v1/enforcement/export?since=1970-01-01T00:00:00Z")[1]}


# The attacker's own token, for the forged sign-in; minted before the snapshot.
status, minted = api("POST", "/v1/tokens", {"role": "viewer", "name": "cross-site attacker"})
assert status == 201, f"minting the attacker's token: {status}"
network = api("GET", "/v1/cases")[1]["cases"][0]["network"]
member = next(n for n in api("GET", "/v1/networks")[1]["networks"] if n["id"] == network)["accounts"][0]
admin_id = min(t["id"] for t in api("GET", "/v1/tokens")[1]["tokens"] if t.get("revoked") is None and t["role"] == "admin")
before = state()

# The hostile page: each form targets an iframe of its own and submits itself on load.
forms = []


def plain(path, payload):
    """A text/plain form whose body is JSON: the field's name holds the JSON up to a padding key."""
    text = json.dumps(payload)
    forms.append(("text/plain", path, [(text[:-1] + ', "pad": "', '"}')]))


def urlencoded(path, fields):
    forms.append(("application/x-www-form-urlencoded", path, list(fields.items())))


plain(f"/v1/cases/{network}", {"note": "forged-csrf", "status": "dismissed"})
plain("/v1/enforcement", {"target_kind": "network", "target": network, "action": "ban", "category": "scam", "reason": "forged-csrf", "dry_run": True})
plain("/v1/enforcement", {"target_kind": "network", "target": network, "action": "ban", "category": "scam", "reason": "forged-csrf"})
plain("/v1/tokens", {"role": "admin", "name": "forged-csrf"})
urlencoded(f"/v1/cases/{network}", {"note": "forged-csrf"})
urlencoded("/v1/tokens", {"role": "admin", "name": "forged-csrf"})
urlencoded(f"/networks/{network}/case", {"status": "dismissed", "note": "forged-csrf"})
urlencoded(f"/networks/{network}/case", {"csrf": "0" * 32, "status": "dismissed", "note": "forged-csrf"})
urlencoded(f"/tokens/{admin_id}/revoke", {})
urlencoded(f"/networks/{network}/enforce", {"action": "ban", "category": "scam", "reason": "forged-csrf", "dry_run": "0"})
urlencoded("/enforcement/1/reverse", {"reason": "forged-csrf", "back": network})
plain(f"/v1/cases/{network}", {"clear": [member], "reason": "forged-csrf"})
urlencoded(f"/networks/{network}/membership", {"decision": "cleared", f"account:{member}": "1", "reason": "forged-csrf"})
urlencoded("/networks/bulk", {"action": "ban", f"network:{network}": "1", "reason": "forged-csrf", "dry_run": "0"})
urlencoded("/logout", {})
urlencoded("/login", {"token": minted["token"]})

page = ["<!DOCTYPE html><html><head><title>Free prizes</title></head><body><h1>Nothing to see</h1>"]
for i, (enctype, path, fields) in enumerate(forms):
    page.append(f'<iframe name="f{i}" width="300" height="80"></iframe>')
    page.append(f'<form id="form{i}" method="post" enctype="{enctype}" target="f{i}" action="{html.escape(base + path)}">')
    for name, value in fields:
        page.append(f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">')
    page.append("</form>")
page.append("<script>for (const f of document.forms) f.submit();</script></body></html>")
hostile_page = "\n".join(page).encode()


class Hostile(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(hostile_page)

    def log_message(self, *args):
        pass


hostile = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Hostile)
threading.Thread(target=hostile.serve_forever, daemon=True).start()
hostile_url = f"http://127.0.0.1:{hostile.server_address[1]}/"
check(hostile_url.split(":")[2] != base.split(":")[2], "the hostile page is another origin of the same site")

browser = Browser(free_port())
ws, events, call = browser.ws, browser.events, browser.call
try:
    def pump(seconds):
        """Collects the browser's events for a while."""
        end = time.time() + seconds
        ws.settimeout(0.2)
        while time.time() < end:
            try:
                events.append(json.loads(ws.recv()))
            except websocket.WebSocketTimeoutException:
                pass
        ws.settimeout(30)

    def evaluate(expression):
        return call("Runtime.evaluate", expression=expression)["result"].get("value")

    call("Page.enable")
    call("Page.navigate", url=base + "/login")
    pump(1.0)
    evaluate(f"document.querySelector('input[name=token]').value = {json.dumps(token)}; document.forms[0].submit()")
    pump(1.5)
    check("<h1>Overview</h1>" in evaluate("document.documentElement.outerHTML"), "signed in to the console as the admin")
    cookies = call("Network.getCookies", urls=[base])["cookies"]
    session = [c for c in cookies if c["name"] == "sl_session"]
    check(len(session) == 1 and session[0].get("httpOnly") and session[0].get("sameSite") == "Strict",
          f"the session cookie is HttpOnly and SameSite=Strict ({[{k: c.get(k) for k in ('httpOnly', 'sameSite')} for c in session]})")

    call("Network.enable")
    events.clear()
    call("Page.navigate", url=hostile_url)
    # Wait until every forged request has an answer (or 10 s).
    deadline = time.time() + 10
    while time.time() < deadline:
        pump(0.5)
        answered = {e["params"]["requestId"] for e in events if (e.get("method") == "Network.responseReceived"
                    and e["params"]["response"]["url"].startswith(base)) or "redirectResponse" in e.get("params", {})}
        if len(answered) >= len(forms):
            break
    shot = base64.b64decode(call("Page.captureScreenshot", format="png")["data"])
    open(f"{out}/cross-site.png", "wb").write(shot)

    # A redirect keeps its request id: the forged request is the first sent under an id, its answer
    # the first received (a redirect's status comes with the next request).
    sent, answers, extra = {}, {}, {}
    for e in events:
        p = e.get("params", {})
        if e.get("method") == "Network.requestWillBeSent":
            if "redirectResponse" in p:
                answers.setdefault(p["requestId"], p["redirectResponse"]["status"])
            elif p["request"]["url"].startswith(base):
                sent.setdefault(p["requestId"], p["request"])
        elif e.get("method") == "Network.responseReceived":
            answers.setdefault(p["requestId"], p["response"]["status"])
        elif e.get("method") == "Network.requestWillBeSentExtraInfo":
            extra.setdefault(p["requestId"], {k.lower(): v for k, v in p["headers"].items()})
    forged = [(sent[r]["method"], sent[r]["url"][len(base):], answers.get(r), "sl_session=" in extra.get(r, {}).get("cookie", ""))
              for r in sent]
    for method, path, code, with_cookie in sorted(forged, key=lambda f: f[1]):
        print(f"     {method} {path} -> {code}{' (with the session cookie)' if with_cookie else ''}")
    check(len(forged) == len(forms) and all(m == "POST" for m, _, _, _ in forged), f"every forged form was sent ({len(forged)} of {len(forms)})")
    check(all(code in (401, 403) for _, _, code, _ in forged), "every forged request was refused with 401 or 403")
    console = [f for f in forged if not f[1].startswith("/v1/")]
    check(console and all(c for _, _, _, c in console), "the browser sent the session cookie with the console forms: SameSite does not separate ports")

    after = state()
    for key in before:
        check(after[key] == before[key], f"nothing changed through the API: {key}")
    check("forged-csrf" not in json.dumps(after), "no forged note, ban or token anywhere")

    # The admin's own session is untouched: not signed out, not swapped for the attacker's.
    call("Page.navigate", url=base + "/tokens")
    pump(1.0)
    check("<h1>Tokens</h1>" in evaluate("document.documentElement.outerHTML"), "the admin's session still works (not signed out, not replaced)")
    ok = sum(1 for passed, _ in checks if passed)
    print(f"cross-site: {ok} passed, {len(checks) - ok} failed")
    sys.exit(0 if ok == len(checks) else 1)
finally:
    browser.close()
    hostile.shutdown()
