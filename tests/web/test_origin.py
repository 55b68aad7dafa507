"""Every state-changing request is checked for where it comes from, against real servers:
another site's page gets a 403 (in the one error shape), this server's own pages and
scripts on this machine go ahead, and with a token a request without Origin or Referer
needs the token."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest

from .conftest import start_server, stop_server
from .test_limits import call

TEXT = {"text": "Turkey sent 30 tonnes of aid to Gaza on Monday, officials said."}
FORM = urllib.parse.urlencode(TEXT).encode()


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"}, {"Origin": "null"},
    {"Referer": "http://evil.example/page"}, {"Origin": "http://localhost:1"}])
def test_another_sites_requests_are_refused(server, headers):
    for path, kwargs in (("/analyze", {"form": FORM}), ("/api/analyze", {"payload": TEXT}),
                         ("/api/analyze?store=true", {"payload": TEXT})):
        status, body, _ = call(server, path, headers=headers, **kwargs)
        assert status == 403 and set(body) == {"error"}, (path, headers, status, body)
        assert body["error"].startswith("refused: this request comes from another site")
    request = urllib.request.Request(server + "/api/documents", method="DELETE",
                                      headers=headers)
    with pytest.raises(urllib.error.HTTPError) as refused:  # checked before the routing
        urllib.request.urlopen(request, timeout=60)
    assert refused.value.code == 403


@pytest.mark.parametrize("headers", [
    {"Origin": "{base}"}, {"Referer": "{base}/analyze"}, {}])
def test_own_pages_and_local_scripts_go_ahead(server, headers):
    headers = {k: v.format(base=server) for k, v in headers.items()}
    status, body, _ = call(server, "/api/analyze", TEXT, headers=headers)
    assert status == 200 and body["analysis"]["events"], body
    port = server.rsplit(":", 1)[1]
    status, _, _ = call(server, "/api/analyze", TEXT,
                        headers={"Host": f"localhost:{port}",
                                 "Origin": f"http://localhost:{port}"})
    assert status == 200


def test_with_a_token_a_request_without_origin_needs_it(web_db):
    proc, base = start_server(web_db, "--token", "s3cret-token-16ch")
    try:
        status, body, _ = call(base, "/api/analyze", TEXT)
        assert status == 401 and body == {"error": "a valid token is required"}
        bearer = {"Authorization": "Bearer s3cret-token-16ch"}
        status, _, _ = call(base, "/api/analyze", TEXT, headers=bearer)
        assert status == 200
        status, body, _ = call(base, "/api/analyze", TEXT,
                               headers={**bearer, "Origin": "http://evil.example"})
        assert status == 403 and "another site" in body["error"]
    finally:
        stop_server(proc)
