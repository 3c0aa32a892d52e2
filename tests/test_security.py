"""Security headers on every response, and hostile input never breaks or echoes markup."""

import pytest

from pwa.security import SECURITY_HEADERS

URLS = ["/", "/guide/", "/muscles/", "/map", "/timer", "/search?q=neck", "/history",
        "/manifest.webmanifest", "/sw.js", "/healthz", "/no-such-page",
        "/static/icons/icon-192.png"]


@pytest.mark.parametrize("url", URLS)
def test_every_response_carries_the_security_headers(client, url):
    response = client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (url, name)
    assert "Set-Cookie" not in response.headers


def test_csp_forbids_inline_script_and_framing():
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_static_bundles_are_immutable_for_ten_years(client, app):
    with app.test_request_context():
        url = app.jinja_env.globals["asset_url"]("css")
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "max-age=315360000, public, immutable"


def test_static_bundles_are_precompressed(client, app):
    with app.test_request_context():
        url = app.jinja_env.globals["asset_url"]("js_app")
    response = client.get(url, headers={"Accept-Encoding": "br"})
    assert response.headers["Content-Encoding"] == "br"


MARKUP = '<script>alert(1)</script>"><img src=x>'
HOSTILE_PATHS = [
    "/guide/..%2f..%2fetc%2fpasswd", "/muscles/..%2F..%2Fwsgi.py", "/static/../wsgi.py",
    "/static/%2e%2e/%2e%2e/wsgi.py", "/map/%00", "/guide/%ff%fe", "/muscles/%c0%ae%c0%ae",
    "/routines/" + "a" * 5000, "/%3Cscript%3E", "/guide/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "//evil.example/", "/timer/..", "/search/%2e%2e",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_hostile_paths_never_500(client, path):
    response = client.get(path)
    assert response.status_code in (200, 301, 308, 400, 404), path
    assert b"<script>alert" not in response.data
    assert b"root:" not in response.data and b"create_app" not in response.data


@pytest.mark.parametrize("query", [
    MARKUP, "a" * 8192, "%ff%fe%00", "\x00", "neck" * 2000, "🦶 heel", "%", "q=1&q=2",
])
def test_hostile_queries_are_escaped(client, query):
    # /search is the one page the server renders from its query; the others read theirs in
    # the browser (the timer's links have their own hostile table in tests/browser).
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    assert b"<script>alert" not in response.data and b"<img src=x>" not in response.data


def test_raw_invalid_utf8_query(client):
    response = client.get("/search?q=%ff%fe%fd&hold=%c3%28")
    assert response.status_code == 200


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("url", ["/", "/search", "/timer", "/sw.js"])
def test_unexpected_methods_are_refused_politely(client, method, url):
    response = client.open(url, method=method, data=MARKUP)
    assert response.status_code == 405
    assert b"<script>alert" not in response.data
