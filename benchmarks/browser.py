"""Measurements in Debian's Chromium: repeat-visit requests and offline page loads."""

import statistics

from playwright.sync_api import sync_playwright

# The same browser, phone and CSP-safe wait as the browser tests.
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, wait_until

OFFLINE_PAGES = ["/", "/guide/", "/guide/self-treatment", "/muscles/", "/muscles/soleus", "/map",
                 "/map/feet", "/search", "/timer", "/history"]


def measure(server, stop_server, rounds=5):
    """Network requests on a repeat visit, then DOMContentLoaded times with the server gone."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.goto(server.url + "/")
        wait_until(page, "navigator.serviceWorker.controller !== null")
        page.wait_for_timeout(500)
        network = []
        page.on("requestfinished", lambda r: network.append(r.url)
                if not r.response() or not r.response().from_service_worker else None)
        page.reload()
        page.wait_for_load_state("networkidle")
        repeat = [u for u in network if not u.endswith("/sw.js")]
        stop_server()
        times = []
        for _ in range(rounds):
            for path in OFFLINE_PAGES:
                page.goto(server.url + path)
                times.append(page.evaluate(
                    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
        browser.close()
    return {"repeat_visit_requests": repeat,
            "offline_dcl_median_ms": round(statistics.median(times), 1),
            "offline_dcl_p90_ms": round(statistics.quantiles(times, n=10)[-1], 1),
            "offline_samples": len(times)}
