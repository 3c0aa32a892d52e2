"""The web app manifest has what Android and iPhone need to install a good-looking app."""

import struct

import pytest


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def manifest(app):
    return app.test_client().get("/manifest.webmanifest").get_json(force=True)


def test_served_as_manifest_json(client):
    response = client.get("/manifest.webmanifest")
    assert response.mimetype == "application/manifest+json"


def test_required_fields(manifest):
    for field in ("id", "name", "short_name", "description", "start_url", "scope", "lang",
                  "theme_color", "background_color", "categories"):
        assert manifest[field], field
    assert manifest["display"] == "standalone" and manifest["id"] == "/"


@pytest.mark.parametrize("purpose", ["any", "maskable"])
def test_icons_exist_at_their_declared_sizes(client, manifest, purpose):
    icons = [i for i in manifest["icons"] if i["purpose"] == purpose]
    assert {i["sizes"] for i in icons} == {"192x192", "512x512"}
    for icon in icons:
        width, height = png_size(client.get(icon["src"]).data)
        assert f"{width}x{height}" == icon["sizes"]


def test_screenshots_narrow_and_wide_exist(client, manifest):
    factors = {s["form_factor"] for s in manifest["screenshots"]}
    assert factors == {"narrow", "wide"}
    for shot in manifest["screenshots"]:
        width, height = png_size(client.get(shot["src"]).data)
        assert f"{width}x{height}" == shot["sizes"]
        assert max(width, height) / min(width, height) <= 2.3


def test_shortcuts_to_timer_map_and_search(client, manifest):
    urls = [s["url"] for s in manifest["shortcuts"]]
    assert urls == ["/timer", "/map", "/search"]
    for shortcut in manifest["shortcuts"]:
        assert png_size(client.get(shortcut["icons"][0]["src"]).data) == (96, 96)


def test_apple_touch_icon_is_180_and_opaque(client):
    html = client.get("/").get_data(as_text=True)
    assert 'rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png"' in html
    data = client.get("/static/icons/apple-touch-icon.png").data
    assert png_size(data) == (180, 180)
    assert data[25] in (0, 2, 3)  # colour type: grey, RGB or a palette, no alpha channel...
    assert b"tRNS" not in data  # ...and no transparent palette entry
