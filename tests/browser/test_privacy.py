"""Nothing the app does ever reaches another origin."""

from urllib.parse import urlsplit

from tests.conftest import WITH_WORKER

# The worker's own requests count too.
pytestmark = WITH_WORKER


def test_no_request_leaves_for_a_third_party(page, base_url):
    origins = set()
    page.on("request", lambda r: origins.add(urlsplit(r.url)[:2]))
    for path in ["/", "/guide/", "/guide/self-treatment", "/muscles/soleus", "/map", "/map/feet",
                 "/search?q=neck", "/timer?routine=tension-headache", "/history", "/about"]:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    ours = urlsplit(base_url)[:2]
    assert origins - {ours, ("data", "")} == set()


def test_no_cookies_are_set(page, base_url):
    page.goto(base_url + "/")
    page.goto(base_url + "/timer")
    assert page.context.cookies() == []
