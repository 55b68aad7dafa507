"""Logging in with a real Chromium to a server started with a token: the page asked for
shows the login form, a wrong token is refused on the page, the right one opens the page
first asked for, and the cookie is out of the scripts' reach (HttpOnly)."""

from __future__ import annotations

import pytest

from .browsing import shot
from .conftest import start_server, stop_server

TOKEN = "a-browser-token-of-32-characters"


@pytest.fixture(scope="module")
def guarded(web_db):
    proc, base = start_server(web_db, "--token", TOKEN)
    yield base
    stop_server(proc)


def test_login_in_the_browser_opens_the_page_asked_for(guarded, page):
    response = page.goto(guarded + "/stories?status=contested")
    assert response is not None and response.status == 401
    assert page.locator("h1").inner_text() == "Log in"
    assert page.locator("#logout").count() == 0
    shot(page, "login")
    page.fill("#token", "not-the-token-but-long-enough")
    page.click("#login button[type=submit]")
    page.wait_for_selector("#login .error")
    assert "not this server" in page.locator("#login .error").inner_text()
    page.fill("#token", TOKEN)
    page.click("#login button[type=submit]")
    page.wait_for_url(guarded + "/stories?status=contested")
    assert page.locator("h1").first.inner_text() != "Log in"
    assert page.locator("#logout").is_visible()
    cookie = next(c for c in page.context.cookies() if c["name"] == "newsledger_token")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and not cookie["secure"]
    assert TOKEN not in page.evaluate("document.cookie")
    page.click("#logout button")
    page.wait_for_url(guarded + "/login")
    assert page.locator("#token").is_visible()
    assert not [c for c in page.context.cookies() if c["name"] == "newsledger_token"]
