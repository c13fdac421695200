"""The analyst's workbench in real headless Chromium, through the DevTools protocol: signs in,
searches for an address from the header's search box, pivots to the accounts that used it and to a
network, leaves an account out of a ban and runs the dry run, clears another member as judged
innocent, then prints the report to PDF.
Asserts on the DOM at each step and keeps a screenshot of each in OUT_DIR.
Usage: workbench.py BASE_URL ADMIN_TOKEN OUT_DIR"""
import base64, json, sys, time
from cdp import Browser

base, token, out = sys.argv[1], sys.argv[2], sys.argv[3]
browser = Browser(9335)
call = browser.call
passed = 0
try:
    def js(expression):
        return call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(expression, what):
        for _ in range(100):
            if js(expression):
                return
            time.sleep(0.1)
        raise AssertionError(what)

    def load(url):
        call("Page.navigate", url=url)
        wait_for("document.readyState === 'complete'", "the page loaded")

    def submit(expression):
        before = js("location.href + document.body.innerHTML.length")
        js(expression)
        for _ in range(100):
            time.sleep(0.1)
            if js("document.readyState") == "complete" and js("location.href + document.body.innerHTML.length") != before:
                return
        raise AssertionError("the form was answered")

    def shot(name):
        raw = base64.b64decode(call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"])
        open(f"{out}/{name}.png", "wb").write(raw)
        assert len(raw) > 10000, f"{name}: screenshot too small"

    def step(name):
        global passed
        passed += 1
        shot(name)
        print("ok", name)

    call("Page.enable")
    load(base + "/login")
    submit(f"document.querySelector('input[name=token]').value = {json.dumps(token)}; document.forms[0].submit()")
    assert "<h1>Overview</h1>" in js("document.body.innerHTML"), "signed in"

    # An address some network's evidence names: the analyst copies it from a network page.
    load(base + "/networks")
    networks = js("[...document.querySelectorAll('#networks a[href^=\"/networks/\"]')].map(a => a.getAttribute('href'))")
    ip = None
    for href in networks:
        load(base + href)
        ip = js("(document.querySelector('#evidence a[href^=\"/entities/ip/\"]') || {}).textContent")
        if ip:
            break
    assert ip, "a network whose evidence names a shared address"

    # Search for it from the header.
    load(base + "/")
    submit(f"document.querySelector('header input[name=q]').value = {json.dumps(ip)}; document.querySelector('header form[action=\"/search\"]').submit()")
    assert js("location.pathname") == "/search"
    link = js(f"(document.querySelector('#results a[href^=\"/entities/ip/\"]') || {{}}).textContent")
    assert link == ip, f"the search found {ip}"
    step("search")

    # Which other accounts used this address, and are they in any network?
    submit("document.querySelector('#results a[href^=\"/entities/ip/\"]').click()")
    accounts = js("document.querySelectorAll('#accounts a[href^=\"/accounts/\"]').length")
    assert accounts >= 2, "the address's accounts are listed"
    assert js("document.querySelectorAll('#networks a[href^=\"/networks/\"]').length") >= 1, "and the network they are in"
    step("address")

    # One of them: its page names its networks and the values it shares.
    submit("document.querySelector('#accounts a[href^=\"/accounts/\"]').click()")
    assert js("document.querySelector('h1').textContent").startswith("Account "), "an account page"
    assert js("document.querySelectorAll('#uses a[href^=\"/entities/\"]').length") >= 1
    step("account")

    # Its network: why are these accounts joined (the graph and the evidence), what was done.
    submit("document.querySelector('#networks a[href^=\"/networks/\"]').click()")
    assert js("!!document.querySelector('svg#graph a.hub') && !!document.querySelector('svg#timeline')"), "graph with hubs, timeline"
    assert js("document.querySelectorAll('script').length") == 0, "no script on the page"
    assert js("!!document.querySelector('#enforcement')"), "an enforcement section"
    step("network")
    network_page = js("location.href")

    # Leave one account out of a ban and run the dry run.
    spared = js("document.querySelector('#act input[type=checkbox]').name.slice('exclude:'.length)")
    submit("document.querySelector('#act input[name=reason]').value = 'browser test'; "
           "document.querySelector('#act input[type=checkbox]').checked = true; "
           "document.querySelector('#act button[value=\"1\"]').click()")
    assert js("document.querySelector('h1').textContent") == "Dry run"
    assert "Nothing is written" in js("document.querySelector('#plan').textContent")
    assert spared in js("document.querySelector('#excluded').textContent"), "the spared account is left out"
    assert js("!!document.querySelector('#confirm')"), "a confirm button"
    step("dry-run")

    # Back on the network page, clear another member as judged innocent: it is listed as cleared
    # with the reason, and no longer offered in the enforcement form.
    load(network_page)
    assert js("!!document.querySelector('#members')"), "the network page has a membership form"
    cleared = js("[...document.querySelectorAll('#members input[type=checkbox]')].map(i => i.name.slice('account:'.length)).find(a => a !== " + json.dumps(spared) + ")")
    assert cleared, "a second member to clear"
    submit("document.querySelector('#members input[name=reason]').value = 'a researcher we know'; "
           f"document.querySelector('#members input[name=\"account:' + CSS.escape({json.dumps(cleared)}) + '\"]').checked = true; "
           "document.querySelector('#members button[value=\"cleared\"]').click()")
    assert cleared in js("document.querySelector('#cleared').textContent"), "the cleared member is listed"
    assert "a researcher we know" in js("document.querySelector('#cleared').textContent"), "with the reason"
    assert not js(f"!!document.querySelector('#act input[name=\"exclude:' + CSS.escape({json.dumps(cleared)}) + '\"]')"), "and not offered for action"
    step("clear")

    # The report, printed to PDF by the browser.
    load(base + "/report")
    submit("document.querySelector('#open-report').click()")
    assert "Disrupting malicious uses of AI" in js("document.querySelector('h1').textContent"), "the report opened"
    assert js("document.querySelectorAll('script').length") == 0
    pdf = base64.b64decode(call("Page.printToPDF", printBackground=True)["data"])
    open(f"{out}/report.pdf", "wb").write(pdf)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20000, "a PDF of the report"
    step("report")
    print(f"workbench: {passed} passed, 0 failed")
finally:
    browser.close()
