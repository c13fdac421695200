"""Headless Chromium driven through the DevTools protocol, for the browser tests: starts the
browser on a debugging port, connects to its page and sends commands; events that arrive while a
command waits for its answer are kept in `events`."""
import json, subprocess, time, urllib.request
import websocket  # websocket-client, installed by .ci/run


class Browser:
    def __init__(self, port):
        self.process = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
                                         "--window-size=1200,1400", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        page = None
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.1)
        if page is None:
            self.process.kill()
            raise RuntimeError(f"Chromium did not open a page on debugging port {port}")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.counter = 0
        self.events = []

    def call(self, method, **params):
        self.counter += 1
        self.ws.send(json.dumps({"id": self.counter, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.counter:
                if "error" in msg:
                    raise RuntimeError(msg["error"])
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def close(self):
        self.process.kill()
