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
    ("phone-home", "/", {"width": 360, "height": 800}, 3),
    ("phone-timer", "/timer?routine=tension-headache", {"width": 360, "height": 800}, 3),
    ("wide-muscle", "/muscles/upper-trapezius", {"width": 800, "height": 500}, 2),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    server = gunicorn("wsgi:app")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, path, viewport, scale in SHOTS:
                page = browser.new_page(viewport=viewport, device_scale_factor=scale)
                page.goto(server.url + path)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / f"{name}.png"))
                page.close()
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
