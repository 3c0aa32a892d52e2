"""Servers to measure: the app under gunicorn, a bare Flask app, nginx, all on loopback."""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early: {url}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url}")


class Process:
    def __init__(self, args, url, probe, cwd=ROOT, env=None):
        self.url = url
        self.port = int(url.rsplit(":", 1)[1])
        self.process = subprocess.Popen(args, cwd=cwd, env={**os.environ, **(env or {})},
                                        start_new_session=True, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        wait_for(url + probe, self.process)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            self.process.wait(timeout=15)


def gunicorn(app_spec, cwd=ROOT, env=None, port=None):
    port = port or free_port()
    args = [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py"),
            "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null",
            "--graceful-timeout", "0", app_spec]
    return Process(args, f"http://127.0.0.1:{port}", "/", cwd=cwd, env=env)


def bare_flask(page_bytes, asset_bytes, asset_path):
    """The yardstick: Flask under the same gunicorn settings, returning bytes from memory."""
    folder = Path(tempfile.mkdtemp(prefix="bench-bare-"))
    (folder / "page.bin").write_bytes(page_bytes)
    (folder / "asset.bin").write_bytes(asset_bytes)
    (folder / "bare.py").write_text(textwrap.dedent(f"""
        from pathlib import Path
        from flask import Flask, Response
        HERE = Path(__file__).parent
        PAGE = (HERE / "page.bin").read_bytes()
        ASSET = (HERE / "asset.bin").read_bytes()
        app = Flask(__name__)

        @app.route("/")
        def page():
            return Response(PAGE, mimetype="text/html")

        @app.route("{asset_path}")
        def asset():
            return Response(ASSET, mimetype="text/css")
    """))
    return gunicorn("bare:app", cwd=folder, env={"PYTHONPATH": str(folder)})


def nginx(page_bytes, asset_bytes, asset_path):
    if not shutil.which("nginx"):
        return None
    folder = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    folder.chmod(0o755)  # nginx's workers run as another user (www-data) when started as root
    (folder / "www" / Path(asset_path).parent.relative_to("/")).mkdir(parents=True)
    (folder / "www" / "index.html").write_bytes(page_bytes)
    (folder / "www" / asset_path.lstrip("/")).write_bytes(asset_bytes)
    port = free_port()
    (folder / "nginx.conf").write_text(textwrap.dedent(f"""
        worker_processes auto;
        daemon off;
        pid {folder}/nginx.pid;
        error_log {folder}/error.log;
        events {{ worker_connections 1024; }}
        http {{
            access_log off;
            client_body_temp_path {folder}/tmp;
            proxy_temp_path {folder}/tmp;
            fastcgi_temp_path {folder}/tmp;
            uwsgi_temp_path {folder}/tmp;
            scgi_temp_path {folder}/tmp;
            server {{
                listen 127.0.0.1:{port};
                root {folder}/www;
            }}
        }}
    """))
    (folder / "tmp").mkdir()
    return Process(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)],
                   f"http://127.0.0.1:{port}", "/")
