"""Putting the service on a socket: plain HTTP, or HTTPS with a certificate and key."""

from __future__ import annotations

import ssl
from pathlib import Path

from .http import ApiServer
from .routes import ROUTES
from .service import Service

TlsFiles = tuple[str | Path, str | Path]


def tls_context(tls: TlsFiles | ssl.SSLContext | None) -> ssl.SSLContext | None:
    """A server context from ``(certificate file, key file)``, or the context as given."""
    if tls is None or isinstance(tls, ssl.SSLContext):
        return tls
    cert, key = tls
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(str(cert), str(key))
    return context


def make_server(
    service: Service,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: TlsFiles | ssl.SSLContext | None = None,
) -> ApiServer:
    """A server already listening on (host, port); port 0 picks a free one."""
    return ApiServer((host, port), service, ROUTES, tls_context(tls))
