"""Error pages in the app's design; a bad URL or query never becomes a 500."""

from flask import render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

# Requests for these are made by code, not people: answer them with a bare status.
MACHINE_SUFFIXES = (".js", ".css", ".json", ".webmanifest", ".png", ".svg", ".ico")


def _page(code):
    return render_template("errors/error.html", code=code), code


def error_page(app, code):
    """The error page for `code` as bytes, for a path that is no page (the export's 404.html)."""
    with app.test_request_context("/__no-such-page"):
        return render_template("errors/error.html", code=code).encode()


def init_app(app):
    @app.errorhandler(HTTPException)
    def http_error(error):
        if request.path.endswith(MACHINE_SUFFIXES):
            return error
        return _page(error.code)

    @app.errorhandler(Exception)
    def server_error(error):
        app.logger.exception("Unhandled error on %s", request.path)
        return _page(InternalServerError.code)
