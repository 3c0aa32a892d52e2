"""gunicorn settings for `make run` (and a sane base for production)."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Pages are rendered once and served from memory, so a worker per core plus threads for slow
# clients is enough; WEB_CONCURRENCY overrides, as on most hosts.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# Load the app (and validate the content) once, before forking: a broken file stops start-up.
preload_app = True
accesslog = "-"
errorlog = "-"
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 10))
timeout = 30
keepalive = 5
# Two servers on one machine (tests, benchmarks) must not fight over one control socket.
control_socket_disable = True
