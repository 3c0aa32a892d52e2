"""Lighthouse (npm) against the running app with Debian's Chromium, mobile form factor."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def ensure_installed():
    if not BIN.exists() and shutil.which("npm"):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                        "--prefix", str(HERE), "lighthouse@13"], check=False, timeout=600)
    return BIN.exists()


def run(url, attempts=2):
    """Scores 0-100 by category for one URL.

    Headless Chrome under Lighthouse now and then fails to start on a busy 2-core machine; one
    retry is enough, and a page that still fails is reported, not allowed to sink the whole run.
    """
    error = ""
    for _ in range(attempts):
        with tempfile.TemporaryDirectory() as folder:
            output = Path(folder) / "report.json"
            done = subprocess.run(
                [str(BIN), url, "--only-categories=" + ",".join(CATEGORIES),
                 "--form-factor=mobile", "--output=json", f"--output-path={output}", "--quiet",
                 "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=180,
                capture_output=True, text=True)
            if done.returncode == 0 and output.exists():
                report = json.loads(output.read_text())
                return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
            error = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
    return {"error": error[0][:200]}
