"""Trusted Types: the CSP makes the browser refuse HTML or script URLs written as strings, and no
page of the app writes one (issue 26). Every page kind, each doing what a person does there.
The one policy allowed ("tpg-worker", worker-updates.js) makes the service worker's URL only."""

import json

import pytest
from playwright.sync_api import expect

from pwa.security import CONTENT_SECURITY_POLICY
from tests.conftest import WITH_WORKER, start_timer

# The worker is registered through the one Trusted Types policy: a real registration, not the
# default context's stub.
pytestmark = [pytest.mark.browser, WITH_WORKER]

REPORT = ("document.addEventListener('securitypolicyviolation', e => window.reportViolation("
          "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))")
BACKUP = {"format": "trigger-point-guide-history", "version": 1, "entries": [
    {"id": "e1", "date": "2026-11-01T08:30:00.000Z", "kind": "routine", "slug": "jaw",
     "title": "Jaw and face", "seconds": 301, "points": 6, "painBefore": 6, "painAfter": 3,
     "note": "<img src=x onerror=alert(1)> felt better"}]}


@pytest.fixture
def watched(page, console_errors):
    """The page, with every CSP violation it raises collected."""
    violations = []
    page.expose_function("reportViolation", lambda v: violations.append(v))
    page.add_init_script(REPORT)
    return page, violations, console_errors


def settle(page):
    page.wait_for_load_state("networkidle")


def test_the_policy_requires_trusted_types_and_allows_one_policy(client):
    csp = client.get("/").headers["Content-Security-Policy"]
    assert csp == CONTENT_SECURITY_POLICY
    assert "require-trusted-types-for 'script'" in csp
    assert "trusted-types tpg-worker;" in csp + ";"  # one policy, no duplicates


def test_an_html_string_written_to_the_page_is_refused_and_reported(watched, base_url):
    """The check below can fail: a string sink is blocked, and the listener hears of it."""
    page, violations, _ = watched
    page.goto(base_url + "/")
    settle(page)
    refused = page.evaluate("""() => {
      try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return false; }
      catch (e) { return e instanceof TypeError; } }""")
    assert refused is True
    page.wait_for_timeout(100)  # the violation event is queued as a task
    assert any(v.startswith("require-trusted-types-for") for v in violations), violations
    # No script can make a policy to get round it: the worker's name is taken, others refused.
    for name in ("tpg-worker", "default", "mine"):
        made = page.evaluate("""name => { try { trustedTypes.createPolicy(name, {}); return true; }
          catch (e) { return false; } }""", name)
        assert made is False, name


def test_every_page_kind_runs_without_a_violation_or_console_error(watched, base_url, tmp_path):
    page, violations, errors = watched
    def heading():
        expect(page.get_by_role("heading", level=1)).to_be_visible()

    def link_to(prefix):
        expect(page.locator(f"main a[href^='{prefix}']").first).to_be_visible()

    checks = {
        "/": heading,
        "/guide/self-treatment": heading,
        "/muscles/upper-trapezius": heading,
        "/map": lambda: (page.get_by_role("button", name="Back").click(),
                         expect(page.get_by_role("button", name="Back")).to_have_attribute(
                             "aria-pressed", "true")),
        "/map/neck": lambda: link_to("/muscles/"),
        "/search?q=heel+hurts+when+I+get+up": lambda: link_to("/muscles/"),
        "/routines/": lambda: link_to("/routines/"),
        "/routines/jaw": heading,
        "/routines/new": lambda: expect(page.locator("main button").first).to_be_visible(),
        "/routines/shared#v=1&t=Quick%20try&r=0&s=soleus.n.h20": lambda: expect(
            page.get_by_role("button", name="Save to my routines")).to_be_visible(),
        "/offline": heading,
    }
    for path, check in checks.items():
        page.goto(base_url + path)
        check()
        settle(page)
        assert violations == [], path
        assert errors == [], path

    page.goto(base_url + "/timer?muscle=upper-trapezius")
    start_timer(page)
    page.wait_for_timeout(1500)  # a second of the session drawing itself
    page.get_by_role("button", name="Pause").click()
    assert violations == [], "/timer"

    page.goto(base_url + "/history")
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(BACKUP))
    page.get_by_label("Import a JSON export").set_input_files(path)
    expect(page.locator("[data-history-status]")).to_have_text("Imported 1 session.")
    expect(page.locator("[data-list]")).to_contain_text("<img src=x onerror=alert(1)> felt better")
    settle(page)
    assert violations == [], "/history"
    assert errors == []
