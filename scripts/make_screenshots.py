"""Take the manifest's screenshots of the real app (run after `make build`).

Usage: .venv/bin/python scripts/make_screenshots.py
Writes pwa/static/screenshots/{phone-home,phone-timer,wide-muscle}.png at the sizes the
manifest declares (1080x2400 narrow, 1600x1000 wide).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.servers import gunicorn  # noqa: E402

OUT = ROOT / "pwa" / "static" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SHOTS = [
    # name, path, viewport, scale, seconds to run the timer before the shot
    ("phone-home", "/", {"width": 360, "height": 800}, 3, 0),
    ("phone-timer", "/timer?routine=tension-headache", {"width": 360, "height": 800}, 3, 12),
    ("wide-muscle", "/muscles/upper-trapezius", {"width": 800, "height": 500}, 2, 0),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    server = gunicorn("wsgi:app")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, path, viewport, scale, run_seconds in SHOTS:
                page = browser.new_page(viewport=viewport, device_scale_factor=scale)
                page.clock.install()
                page.goto(server.url + path)
                page.wait_for_load_state("networkidle")
                if run_seconds:
                    page.get_by_role("button", name="Start", exact=True).click()
                    page.clock.run_for(run_seconds * 1000)
                    page.evaluate("window.scrollTo(0, 0)")
                    page.wait_for_timeout(400)
                page.screenshot(path=str(OUT / f"{name}.png"))
                page.close()
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
