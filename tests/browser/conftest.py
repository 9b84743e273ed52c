"""Playwright fixtures for browser tests, driving Debian's Chromium at /usr/bin/chromium.

The browser comes from Debian (``scripts/ensure-chromium``, run by ``make test``), never from
``playwright install``, which downloads a browser build of its own and cannot work here.

Tests take ``live_server`` (pytest-django) plus ``page`` or ``phone_page`` and are marked
``@pytest.mark.browser``::

    @pytest.mark.browser
    def test_login_page(live_server, page):
        page.goto(live_server.url + "/masuk/")

When /usr/bin/chromium is missing the browser tests are skipped, except under CI (env ``CI`` set),
where they fail: CI must never pass by silently skipping them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio event loop in the test thread. Django then sees a running
# loop and raises SynchronousOnlyOperation for ORM calls made from that thread (fixtures that
# create users, assertions that read the database). Nothing here runs concurrently with that
# loop, so turning the check off for the test process is safe. Set at import time, before any
# test touches the ORM.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # tests run as root in CI
    "--disable-gpu",
    # The network is closed except to localhost: stop Chromium's own background connections.
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
# Screenshots of the key pages, for people to look at (not compared automatically).
SHOTS = Path(__file__).resolve().parents[2] / "test-results"
PASSWORD = "sandi-uji-peramban"
PHONE = {"width": 390, "height": 844}


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run scripts/ensure-chromium (Debian's chromium package)"
        if _ci():
            pytest.fail(f"{message}. CI is set, so browser tests may not be skipped.", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="id-ID", timezone_id="Asia/Jakarta")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized page (own context: no cookies shared between tests)."""
    yield from _page(browser, DESKTOP)


@pytest.fixture
def phone_page(browser):
    """A fresh phone-sized page (390x844, a typical field facilitator's phone)."""
    yield from _page(browser, PHONE)
