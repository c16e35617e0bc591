"""How the service answers from this PC: name lookup, connection, TLS, HTTP, clock, proxy.

Accountants' PCs often sit behind an antivirus or a company firewall that opens TLS and
re-signs it with its own certificate; activation then fails with a cryptic certificate
error. This check names the certificate's issuer and flags one that is not a public
certificate authority we expect. A wrong system clock gives baffling errors too, so the
clock is compared with the service's ``Date`` header.

Every step has a timeout and none raises: a failure is a finding, not an exception.
The result is a plain dict (JSON-ready) with Bulgarian ``problems`` saying what to do.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import socket
import ssl
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.utils

from . import language
from .language import tx
from .redaction import redact, redact_text
from .settings import DEFAULT_EXPECTED_ISSUERS

# Issuers that mean someone between this PC and the service opens the TLS connection:
# antivirus "web shields" and company inspection proxies.
INSPECTION_ISSUERS: tuple[str, ...] = (
    "Avast",
    "AVG",
    "Kaspersky",
    "ESET",
    "Bitdefender",
    "Norton",
    "McAfee",
    "Sophos",
    "Trend Micro",
    "Dr.Web",
    "Webroot",
    "Fortinet",
    "FortiGate",
    "Zscaler",
    "Palo Alto",
    "Check Point",
    "Cisco Umbrella",
    "Netskope",
    "WatchGuard",
    "Forcepoint",
    "Blue Coat",
    "Barracuda",
    "Untangle",
)

CLOCK_WARNING_SECONDS = 5 * 60
DEFAULT_TIMEOUT = 5.0


@dataclass
class NetworkReport:
    url: str
    host: str
    port: int
    scheme: str
    dns: dict[str, Any] = field(default_factory=dict)
    tcp: dict[str, Any] = field(default_factory=dict)
    tls: dict[str, Any] = field(default_factory=dict)
    http: dict[str, Any] = field(default_factory=dict)
    clock: dict[str, Any] = field(default_factory=dict)
    proxy: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = redact(
            {
                "url": self.url,
                "host": self.host,
                "port": self.port,
                "scheme": self.scheme,
                "dns": self.dns,
                "tcp": self.tcp,
                "tls": self.tls,
                "http": self.http,
                "clock": self.clock,
                "proxy": self.proxy,
                "problems": self.problems,
            }
        )
        return out


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _error_text(err: BaseException) -> str:
    return redact_text(f"{type(err).__name__}: {err}")


def proxy_in_effect(url: str) -> dict[str, Any]:
    """The proxies the system and the environment set, and the one used for ``url``."""
    system = dict(urllib.request.getproxies())
    try:
        for_url = requests.utils.get_environ_proxies(url)
    except Exception:  # a malformed no_proxy must not break the report
        for_url = {}
    scheme = urlsplit(url).scheme
    chosen = for_url.get(scheme) or for_url.get("all")
    out: dict[str, Any] = redact({"system": system, "for_service": chosen})
    return out


def check_issuer(
    issuer_org: str, issuer_cn: str, self_signed: bool, expected: Sequence[str]
) -> tuple[str | None, str | None]:
    """(flag, product) for a certificate issuer: flag is None when it is expected,
    ``self_signed``, ``inspection`` (an antivirus or firewall, named) or ``unexpected``."""
    names = f"{issuer_org} {issuer_cn}".lower()
    if any(e.lower() in names for e in expected if e):
        return None, None
    for product in INSPECTION_ISSUERS:
        if product.lower() in names:
            return "inspection", product
    if self_signed:
        return "self_signed", None
    return "unexpected", None


def _describe_certificate(der: bytes) -> dict[str, Any]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)

    def attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return {
        "issuer": cert.issuer.rfc4514_string(),
        "issuer_organization": attr(cert.issuer, NameOID.ORGANIZATION_NAME),
        "issuer_common_name": attr(cert.issuer, NameOID.COMMON_NAME),
        "subject": cert.subject.rfc4514_string(),
        "self_signed": cert.issuer == cert.subject,
        "not_after": cert.not_valid_after_utc.isoformat(),
    }


def _tls_step(
    host: str, port: int, timeout: float, expected: Sequence[str], verify_context: ssl.SSLContext
) -> dict[str, Any]:
    # First without verification, so that we learn the issuer even of a certificate
    # this PC will not trust — that is exactly the case support needs to see.
    peek = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    peek.check_hostname = False
    peek.verify_mode = ssl.CERT_NONE
    start = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with peek.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
                protocol = tls.version()
    except (OSError, ssl.SSLError) as err:
        return {"ok": False, "ms": _ms(start), "error": _error_text(err)}
    result: dict[str, Any] = {"ok": True, "ms": _ms(start), "protocol": protocol}
    if der:
        result.update(_describe_certificate(der))
    flag, product = check_issuer(
        result.get("issuer_organization", ""),
        result.get("issuer_common_name", ""),
        bool(result.get("self_signed")),
        expected,
    )
    result["issuer_flag"] = flag
    result["inspection_product"] = product
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with verify_context.wrap_socket(raw, server_hostname=host):
                pass
        result["verified"] = True
    except ssl.SSLCertVerificationError as err:
        result["verified"] = False
        result["verify_error"] = redact_text(str(err.verify_message or err))
    except (OSError, ssl.SSLError) as err:
        result["verified"] = False
        result["verify_error"] = _error_text(err)
    return result


def default_verify_context() -> ssl.SSLContext:
    """The operating system's trust store, as the service client uses it."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # truststore missing or unsupported here: the default store
        return ssl.create_default_context()


def _clock(date_header: str | None, local: dt.datetime) -> dict[str, Any]:
    if not date_header:
        return {"ok": False, "error": tx("report", "Услугата не изпрати час (заглавие Date).")}
    try:
        server = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return {
            "ok": False,
            "error": tx("report", "Неразбираем час от услугата: {0}").format(date_header),
        }
    if server.tzinfo is None:
        server = server.replace(tzinfo=dt.UTC)
    # Positive: this PC's clock is ahead of the service's.
    skew = round((local - server).total_seconds())
    return {
        "ok": True,
        "server_time": server.astimezone(dt.UTC).isoformat(),
        "local_time": local.astimezone(dt.UTC).isoformat(),
        "skew_seconds": skew,
        "warning": abs(skew) > CLOCK_WARNING_SECONDS,
    }


def _unverified_get(url: str, timeout: float) -> http.client.HTTPResponse:
    """GET without certificate checks, only to read the status and the Date header of a
    service whose certificate this PC does not trust."""
    parts = urlsplit(url)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    conn = http.client.HTTPSConnection(
        parts.hostname or "", parts.port or 443, timeout=timeout, context=context
    )
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    conn.request("GET", path or "/", headers={"Accept": "application/json"})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def _http_step(
    url: str, session: requests.Session, timeout: float, now: Callable[[], dt.datetime]
) -> tuple[dict[str, Any], dict[str, Any]]:
    start = time.perf_counter()
    before = now()
    try:
        response = session.get(url, timeout=timeout, headers={"Accept": "application/json"})
    except requests.exceptions.SSLError as err:
        result: dict[str, Any] = {
            "ok": False,
            "verified": False,
            "ms": _ms(start),
            "error": _error_text(err),
        }
        try:
            start = time.perf_counter()
            before = now()
            raw = _unverified_get(url, timeout)
        except (OSError, ssl.SSLError, http.client.HTTPException) as again:
            result["unverified_error"] = _error_text(again)
            return result, _clock(None, before)
        after = now()
        result["unverified_status"] = raw.status
        result["unverified_ms"] = _ms(start)
        return result, _clock(raw.getheader("Date"), before + (after - before) / 2)
    except requests.RequestException as err:
        return {"ok": False, "ms": _ms(start), "error": _error_text(err)}, _clock(None, before)
    after = now()
    result = {
        "ok": response.ok,
        "verified": urlsplit(url).scheme == "https",
        "status": response.status_code,
        "ms": _ms(start),
    }
    # The midpoint of the round trip is the best guess of when the service stamped it.
    return result, _clock(response.headers.get("Date"), before + (after - before) / 2)


def _problems(report: NetworkReport) -> list[str]:
    problems: list[str] = []
    if not report.dns.get("ok"):
        problems.append(
            tx("report", "Името {0} не се открива (DNS). Проверете връзката с интернет; ако "
               "тя работи, обадете се на администратора на мрежата.").format(report.host)
        )
    elif not report.tcp.get("ok") and not report.proxy.get("for_service"):
        problems.append(
            tx("report", "Няма връзка с {0}:{1}. Проверете дали защитната стена "
               "(firewall) или антивирусната програма не я спира.").format(report.host, report.port)
        )
    tls = report.tls
    flag = tls.get("issuer_flag")
    issuer = tls.get("issuer_organization") or tls.get("issuer_common_name") or "?"
    if flag == "inspection":
        problems.append(
            tx("report", "Сертификатът на услугата е подменен от „{0}“ (издател: {1}). "
               "Антивирусната програма или защитната стена проверява защитените връзки: "
               "добавете услугата на ПАСОСС в изключенията ѝ.").format(
                tls.get("inspection_product"), issuer
            )
        )
    elif flag == "self_signed":
        problems.append(
            tx("report", "Сертификатът на услугата е самоподписан (издател: {0}), а не от "
               "публичен удостоверяващ орган. Ако не работите с тестова услуга, някой "
               "подменя връзката: обадете се на поддръжката.").format(issuer)
        )
    elif flag == "unexpected":
        problems.append(
            tx("report", "Сертификатът на услугата е издаден от „{0}“, който не очакваме. "
               "Вероятно фирмената мрежа или антивирусна програма проверява защитените "
               "връзки: обадете се на администратора на мрежата.").format(issuer)
        )
    if tls.get("ok") and tls.get("verified") is False and not flag:
        problems.append(
            tx("report", "Компютърът не приема сертификата на услугата. Проверете датата и "
               "часа на компютъра и обновете Windows.")
        )
    if report.tcp.get("ok") or report.proxy.get("for_service"):
        if not report.http.get("ok") and "status" in report.http:
            problems.append(
                tx("report", "Услугата отговори с код {0}. Опитайте отново по-късно.").format(
                    report.http["status"]
                )
            )
        elif not report.http.get("ok") and not report.tls.get("issuer_flag"):
            problems.append(
                tx("report", "Услугата не отговаря. Опитайте отново по-късно или се обадете "
                   "на поддръжката.")
            )
    if report.clock.get("warning"):
        problems.append(
            clock_text(int(report.clock["skew_seconds"])) + " " + tx("report", "Сверете часовника.")
        )
    return problems


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def clock_text(skew_seconds: int) -> str:
    """„Часовникът на компютъра избързва с 12 минути спрямо услугата.“"""
    if skew_seconds == 0:
        return tx("report", "Часовникът на компютъра е верен.")
    seconds = abs(skew_seconds)
    minutes = round(seconds / 60)  # the Date header has whole seconds only
    if language.current() != language.DEFAULT:
        if minutes >= 120:
            amount = tx("report", "{0} ч. и {1} мин.").format(minutes // 60, minutes % 60)
        elif seconds >= 60:
            amount = tx("report", "{0} мин.").format(minutes)
        else:
            amount = tx("report", "{0} сек.").format(seconds)
        if skew_seconds > 0:
            return tx("report", "Часовникът на компютъра избързва с {0} спрямо услугата.").format(
                amount
            )
        return tx("report", "Часовникът на компютъра изостава с {0} спрямо услугата.").format(
            amount
        )
    if minutes >= 120:
        amount = (
            f"{_count(minutes // 60, 'час', 'часа')} и {_count(minutes % 60, 'минута', 'минути')}"
        )
    elif seconds >= 60:
        amount = _count(minutes, "минута", "минути")
    else:
        amount = _count(seconds, "секунда", "секунди")
    way = "избързва" if skew_seconds > 0 else "изостава"
    return f"Часовникът на компютъра {way} с {amount} спрямо услугата."


def check_network(
    server_url: str,
    *,
    session: requests.Session | None = None,
    expected_issuers: Sequence[str] = DEFAULT_EXPECTED_ISSUERS,
    timeout: float = DEFAULT_TIMEOUT,
    verify_context: ssl.SSLContext | None = None,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> NetworkReport:
    """Check the way to ``server_url`` (the base URL ending in ``/api/v1``) step by step.

    ``session`` is the service client's (its proxy and trust settings are what the
    activation uses); a plain one with the system trust store is made when it is None.
    """
    base = server_url.rstrip("/")
    parts = urlsplit(base)
    scheme = parts.scheme or "https"
    host = parts.hostname or ""
    port = parts.port or (443 if scheme == "https" else 80)
    report = NetworkReport(url=base, host=host, port=port, scheme=scheme)
    report.proxy = proxy_in_effect(base)

    start = time.perf_counter()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses = sorted({str(info[4][0]) for info in infos})
        report.dns = {"ok": True, "ms": _ms(start), "addresses": addresses}
    except OSError as err:
        report.dns = {"ok": False, "ms": _ms(start), "error": _error_text(err)}

    if report.dns.get("ok"):
        start = time.perf_counter()
        try:
            with socket.create_connection((host, port), timeout=timeout) as sock:
                peer = sock.getpeername()
            report.tcp = {"ok": True, "ms": _ms(start), "address": str(peer[0])}
        except OSError as err:
            report.tcp = {"ok": False, "ms": _ms(start), "error": _error_text(err)}

    if scheme != "https":
        reason = tx("report", "Връзката е без TLS (само локално).")
        report.tls = {"ok": False, "skipped": True, "reason": reason}
    elif report.tcp.get("ok"):
        context = verify_context if verify_context is not None else default_verify_context()
        report.tls = _tls_step(host, port, timeout, expected_issuers, context)

    own_session = session is None
    if session is None:
        session = _system_session(verify_context)
    try:
        report.http, report.clock = _http_step(base + "/contacts", session, timeout, now)
    finally:
        if own_session:
            session.close()
    report.problems = _problems(report)
    return report


def _system_session(verify_context: ssl.SSLContext | None) -> requests.Session:
    """A requests session that trusts what the operating system trusts."""
    from requests.adapters import HTTPAdapter

    context = verify_context if verify_context is not None else default_verify_context()

    class _Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = context
            super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
            kwargs["ssl_context"] = context
            return super().proxy_manager_for(*args, **kwargs)

    session = requests.Session()
    session.mount("https://", _Adapter())
    return session
