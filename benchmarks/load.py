"""Requests per second and p99 latency at 64 connections, with wrk."""

import re
import shutil
import subprocess

CONNECTIONS = 64
DURATION = "8s"


def wrk(url):
    """Run wrk once; return {rps, p99_ms, errors}."""
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": round(rps), "p99_ms": round(float(p99.group(1)) * scale, 2),
            "errors": errors + (int(non2xx.group(1)) if non2xx else 0)}


def available():
    return shutil.which("wrk") is not None
