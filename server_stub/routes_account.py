"""The account's own data: profile, password, licences, contracts, news; public contacts."""

from __future__ import annotations

from . import errors, throttle, views
from .db import transaction
from .errors import ApiError
from .messages import Request, Response
from .passwords import hash_password, verify_password, weakness
from .routes_auth import MAX_PASSWORD
from .tokens import revoke_other_logins


def profile(req: Request) -> Response:
    return Response(200, views.profile(req.user.account))


def change_password(req: Request) -> Response:
    """Changes the password and revokes every other login of the account.

    A wrong current password counts as a failed login of the account (throttle.py): the
    sixth in 15 minutes, and every attempt after it, gets 429 unchecked."""
    current = req.text("current_password", max_length=MAX_PASSWORD)
    new = req.text("new_password", max_length=MAX_PASSWORD)
    account = req.user.account
    email = str(account["email"])
    now = req.service.clock.timestamp()
    wait = throttle.retry_after(req.conn, email, req.address, now)
    if wait is not None:
        raise errors.too_many_attempts(wait)
    if not verify_password(current, account["password_hash"]):
        with transaction(req.conn):
            wait = throttle.retry_after(req.conn, email, req.address, now)
            if wait is None:
                throttle.record_failure(req.conn, email, req.address, now)
        if wait is not None:
            raise errors.too_many_attempts(wait)
        raise ApiError(
            403,
            "wrong_password",
            "Текущата парола не е вярна. Въведете паролата, с която влизате сега.",
        )
    problem = weakness(new, account["email"])
    if problem is not None:
        raise ApiError(
            400, "weak_password", f"{problem} Изберете по-дълга парола, различна от имейла."
        )
    with transaction(req.conn):
        throttle.clear(req.conn, email)  # it knew the password, as a successful login does
        req.conn.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ?",
            (hash_password(new), req.user.account_id),
        )
        revoke_other_logins(
            req.conn, req.user.account_id, req.user.login_id, req.service.clock.timestamp()
        )
    return Response(204)


def licences(req: Request) -> Response:
    return Response(200, views.licences(req.conn, req.user.account_id, req.service.clock.today()))


def contracts(req: Request) -> Response:
    return Response(200, views.contracts(req.conn, req.user.account_id))


def news(req: Request) -> Response:
    return Response(200, views.news(req.conn))


def sync(req: Request) -> Response:
    """The whole account in one answer (DESIGN.md section 5.2): each part exactly as its
    own route returns it; the HTTP layer puts one strong ETag over the whole."""
    return Response(
        200,
        {
            "profile": profile(req).body,
            "licences": licences(req).body,
            "contracts": contracts(req).body,
            "news": news(req).body,
        },
    )


def contacts(req: Request) -> Response:
    return Response(200, views.CONTACTS)
