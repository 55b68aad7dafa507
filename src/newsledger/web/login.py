"""Logging in to a server started with ``--token``: the form (``GET /login``; also what a
browser gets instead of any page while it has no token, see ``security.token_check``),
its answer (``POST /login``: the token compared in constant time, then an HttpOnly,
SameSite=Strict cookie and a redirect to the page asked for, a local path only), and
``POST /logout`` (the cookie removed). Both POSTs pass the origin check of every
state-changing request (``security.origin_check``): another site's page cannot log the
browser in or out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from .security import (
    TOKEN_COOKIE,
    given_token,
    local_path,
    login_page,
    set_token_cookie,
    token_matches,
)

router = APIRouter(include_in_schema=False)
MAX_FORM = 4096  # bytes of a login form: a token and a path


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    """The form; a browser that already has the token (or a server without one) goes
    straight on to ``next``."""
    token = request.app.state.token
    if token is None or token_matches(given_token(request), token):
        return RedirectResponse(local_path(next), status_code=303)
    return login_page(request, next, status=200)


@router.post("/login")
async def log_in(request: Request) -> Response:
    """The token from the form: right, a cookie and a redirect (303) to ``next``; wrong,
    the form again with one line saying so (401)."""
    token = request.app.state.token
    form = await request.form(max_files=0, max_fields=4, max_part_size=MAX_FORM)
    target = local_path(str(form.get("next") or "/"))
    if token is None:
        return RedirectResponse(target, status_code=303)
    if not token_matches(str(form.get("token") or ""), token):
        return login_page(request, target, "That token is not this server's token.")
    response = RedirectResponse(target, status_code=303)
    set_token_cookie(response, request, token)
    return response


@router.post("/logout")
def log_out(request: Request) -> Response:
    """The cookie removed; back to the form."""
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(TOKEN_COOKIE, path="/", httponly=True, samesite="strict",
                           secure=request.url.scheme == "https")
    return response
