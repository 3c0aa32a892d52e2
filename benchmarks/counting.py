"""The app, counting what it sends: one JSON line per request, for the update benchmark and tests.

`gunicorn benchmarks.counting:app` with `TPG_COUNT_LOG=<file>`. Counting at the server sees
every request the browser really made, service worker's included, whatever the browser's own
tools attribute to which target. Each line holds the method, path, status, the bytes of the
status line and headers as the app sends them (gunicorn adds Date, Server and Connection, about
80 bytes, not counted) and the body bytes as sent (compressed when the browser accepted it).
"""

import json
import os

from wsgi import app as _app


class Counting:
    def __init__(self, wsgi_app, log_path):
        self.wsgi_app = wsgi_app
        self.log_path = log_path

    def __call__(self, environ, start_response):
        seen = {}

        def counting_start_response(status, headers, exc_info=None):
            seen["status"] = status
            seen["header_bytes"] = len(f"HTTP/1.1 {status}\r\n\r\n") + sum(
                len(f"{name}: {value}\r\n") for name, value in headers)
            return start_response(status, headers, exc_info)

        # Read the whole answer before logging and sending it: the line is written even when
        # the benchmark stops the server the moment the browser has its bytes.
        body = self.wsgi_app(environ, counting_start_response)
        try:
            chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        seen["body_bytes"] = sum(len(chunk) for chunk in chunks)
        self._log(environ, seen)
        return chunks

    def _log(self, environ, seen):
        line = json.dumps({
            "method": environ["REQUEST_METHOD"],
            "path": environ.get("PATH_INFO", ""),
            "status": int(seen.get("status", "0").split()[0]),
            "header_bytes": seen.get("header_bytes", 0),
            "body_bytes": seen.get("body_bytes", 0),
            # What asked: "document", "script", "image"... for the page's own loads, "empty"
            # for a fetch() (the service worker's install is all fetch()).
            "dest": environ.get("HTTP_SEC_FETCH_DEST", ""),
        })
        # One short append per line: the workers' lines never interleave.
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")


def read_log(path):
    """The requests logged so far, oldest first."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as log:
        return [json.loads(line) for line in log if line.strip()]


app = Counting(_app, os.environ.get("TPG_COUNT_LOG", os.devnull))
