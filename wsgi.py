"""The WSGI entry point for gunicorn: `gunicorn wsgi:app`."""

from pwa import create_app

app = create_app()
