"""Smoke test: a real Chromium reaches the running app and gets the login form."""

import pytest

pytestmark = pytest.mark.browser


def test_login_page_renders(live_server, page):
    response = page.goto(live_server.url + "/masuk/")

    assert response is not None
    assert response.status == 200
    assert page.locator("input[type=password]").count() == 1
