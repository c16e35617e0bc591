"""Every route of the API, in one table (mirrored by openapi.yaml; a test keeps them equal)."""

from __future__ import annotations

from . import routes_account as account
from . import routes_auth as auth
from . import routes_keys as keys
from . import routes_support as support
from .messages import Route, route

ROUTES: list[Route] = [
    route("POST", "/auth/login", auth.login, "public"),
    route("POST", "/auth/refresh", auth.refresh, "public"),
    route("POST", "/auth/logout", auth.logout, "public"),
    route("POST", "/auth/password-reset", auth.password_reset, "public"),
    route("GET", "/profile", account.profile),
    route("POST", "/profile/password", account.change_password),
    route("GET", "/licences", account.licences),
    route("GET", "/contracts", account.contracts),
    route("GET", "/news", account.news),
    route("GET", "/sync", account.sync),
    route("GET", "/contacts", account.contacts, "public"),
    route("POST", "/keys", keys.post_key),
    route("POST", "/installations", keys.post_installations),
    route("POST", "/support/sessions", support.create),
    route("GET", "/support/sessions/{code}", support.show, "staff"),
    route("DELETE", "/support/sessions/{code}", support.close),
    route("POST", "/support/sessions/{code}/offers", support.create_offer, "staff"),
    route("GET", "/support/sessions/{code}/offers", support.list_offers),
]
