"""Drives the web console in real headless Chromium through the DevTools protocol, as an analyst
would: signs in with a token on /login, opens the overview, a network page and its case form,
takes screenshots and asserts on the DOM. Usage: console_login.py BASE_URL TOKEN OUT_DIR"""
import base64, json, sys, time
from cdp import Browser

base, token, out = sys.argv[1], sys.argv[2], sys.argv[3]
browser = Browser(9333)
call = browser.call
try:
    def load(url):
        call("Page.navigate", url=url)
        time.sleep(1.0)

    def dom():
        return call("Runtime.evaluate", expression="document.documentElement.outerHTML")["result"]["value"]

    def shot(name):
        data = call("Page.captureScreenshot", format="png")["data"]
        raw = base64.b64decode(data)
        open(f"{out}/{name}.png", "wb").write(raw)
        assert len(raw) > 10000, f"{name}: screenshot too small"

    call("Page.enable")
    load(base + "/networks")
    assert "/login" in call("Runtime.evaluate", expression="location.pathname")["result"]["value"], "no session: sent to sign in"
    # Sign in through the form, as a person would type it.
    call("Runtime.evaluate", expression=f"document.querySelector('input[name=token]').value = {json.dumps(token)}; document.forms[0].submit()")
    time.sleep(1.0)
    html = dom()
    assert "<h1>Overview</h1>" in html, "signed in, the overview shows"
    shot("overview")
    load(base + "/networks")
    html = dom()
    assert "<table id=\"networks\">" in html
    first = call("Runtime.evaluate", expression="document.querySelector('#networks a[href^=\"/networks/net-\"]').getAttribute('href')")["result"]["value"]
    load(base + first)
    html = dom()
    assert "Update case" in html and "<svg" in html, "a network page with charts and its case form"
    assert call("Runtime.evaluate", expression="document.querySelectorAll('script').length")["result"]["value"] == 0
    shot("network")
    # Take an analyst's action on the case through the form.
    call("Runtime.evaluate", expression="document.querySelector('select[name=status]').value='investigating'; document.querySelector('input[name=note]').value='checked in the browser test'; document.querySelector('form[action$=\"/case\"]').submit()")
    time.sleep(1.0)
    html = dom()
    assert "checked in the browser test" in html and "<strong>investigating</strong>" in html, "the case was updated"
    shot("case")
    print("signed in, opened the overview, a network page and its case, updated the case")
    print("browser: 4 passed, 0 failed")
finally:
    browser.close()
