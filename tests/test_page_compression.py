"""The build compresses every page once; a worker reads those bytes and compresses nothing at
start, only (if the build did not) an encoding a client asks for, once."""

import gzip
import shutil

import brotli
import pytest

from pwa import PACKAGE_DIR, create_app, stored_pages

URLS = ["/guide/safety", "/_part/guide/safety", "/search-index.json"]


@pytest.fixture
def build_dir(app, tmp_path):
    """A copy of the build (the `app` fixture makes sure there is one) without its pages."""
    build = tmp_path / "build"
    shutil.copytree(PACKAGE_DIR / "build", build, ignore=shutil.ignore_patterns("pages"))
    return build


def client_of(build_dir):
    app = create_app({"TESTING": True, "BUILD_DIR": str(build_dir)})
    return app, app.test_client()


@pytest.fixture
def compressions(monkeypatch):
    """Every compression a worker does, by encoding."""
    done = []
    for encoding, encode in list(stored_pages.ENCODERS.items()):
        monkeypatch.setitem(stored_pages.ENCODERS, encoding,
                            lambda body, e=encoding, f=encode: done.append(e) or f(body))
    return done


def test_a_worker_compresses_only_the_encodings_asked_for_once(build_dir, compressions):
    _, client = client_of(build_dir)
    client.get("/guide/safety", headers={"Accept-Encoding": "identity"})
    assert compressions == []
    for _ in range(2):
        page = client.get("/guide/safety", headers={"Accept-Encoding": "gzip"})
        assert page.headers["Content-Encoding"] == "gzip"
    assert compressions == ["gzip"]
    client.get("/guide/safety", headers={"Accept-Encoding": "br, gzip"})
    assert compressions == ["gzip", "br"]


def test_workers_read_the_bytes_the_build_compressed(build_dir, compressions):
    built, client = client_of(build_dir)
    plain = {url: client.get(url, headers={"Accept-Encoding": "identity"}).data for url in URLS}
    stored_pages.write_compressed(built)
    compressions.clear()

    _, worker = client_of(build_dir)  # another process, started after the build
    for url in URLS:
        br = worker.get(url, headers={"Accept-Encoding": "br, gzip"})
        gz = worker.get(url, headers={"Accept-Encoding": "gzip"})
        assert br.headers["Content-Encoding"] == "br" and gz.headers["Content-Encoding"] == "gzip"
        assert brotli.decompress(br.data) == plain[url] == gzip.decompress(gz.data), url
        assert br.headers["ETag"] != gz.headers["ETag"]
    assert compressions == []


def test_the_build_writes_both_encodings_of_every_page_it_rendered(app):
    folder = PACKAGE_DIR / "build" / "pages"
    names = {p.name for p in folder.iterdir()}
    _, client = client_of(PACKAGE_DIR / "build")
    for url in URLS + ["/", "/_shell"]:
        digest = client.get(url, headers={"Accept-Encoding": "identity"}).headers["ETag"][1:-1]
        assert {digest + ".br", digest + ".gz"} <= names, url
