"""The support code: the client hands the diagnostics report to support, staff read it.

``start_support`` uploads the (redacted) report to ``POST /support/sessions`` and gets a
6-digit code valid 30 minutes; the client reads the code over the phone. Staff run
``fetch_session`` with a staff account and see :func:`staff_layout`: the client, the
programs, what is wrong and what to tell the client — in the order a phone call needs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .client_text import neutralize_value
from .comparison_text import seats_phrase
from .dates import format_bg
from .diagnostics import (
    LICENCES_SERVICE,
    LICENCES_UNCHECKED,
    build_report,
    licence_gap,
    licences_source_of,
)
from .diagnostics_text import network_lines, program_lines
from .error_catalogue import N
from .errors import LoginRequired, UsageError
from .language import tx
from .redaction import redact

if TYPE_CHECKING:
    from .account import Activator

CODE_PATTERN = re.compile(r"^\d{6}$")
MAX_UPLOAD = 60 * 1024  # the service refuses bodies over 64 KiB
REPORT_MAX_AGE = dt.timedelta(minutes=10)  # an older report is taken again before upload


@dataclass(frozen=True)
class SupportCode:
    code: str
    expires_at: dt.datetime  # UTC, aware

    def minutes_valid(self, now: dt.datetime | None = None) -> int:
        moment = now or dt.datetime.now(dt.UTC)
        return max(0, round((self.expires_at - moment).total_seconds() / 60))

    @property
    def spaced(self) -> str:
        """„012 345“: easier to read aloud than six digits in a row."""
        return f"{self.code[:3]} {self.code[3:]}"

    def to_dict(self, now: dt.datetime | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "expires_at": self.expires_at.isoformat(timespec="seconds"),
            "minutes_valid": self.minutes_valid(now),
        }


def _ensure_login(activator: Activator) -> None:
    if activator.account is None and activator.resume() is None:
        raise LoginRequired()


def upload_body(report: Mapping[str, Any]) -> dict[str, Any]:
    """The body of ``POST /support/sessions``: the redacted report, trimmed to fit the
    service's size limit (programs beyond what fits are dropped, and the report says so)."""
    safe: dict[str, Any] = redact(report)
    programs = list(safe.get("programs") or [])
    while len(json.dumps({"diagnostics": safe}, ensure_ascii=False).encode()) > MAX_UPLOAD:
        if not programs:
            safe["service"] = {"url": (safe.get("service") or {}).get("url")}
            break
        programs.pop()
        safe["programs"] = programs
        safe["truncated"] = True
    return {"diagnostics": safe}


def is_current(report: Mapping[str, Any], now: dt.datetime | None = None) -> bool:
    """False for a report support should not be given: older than ``REPORT_MAX_AGE``, or
    taken while the service could not be reached (its network check failed, or its
    licences could not be fetched). Such a report says "no connection" about a moment
    that has passed: once the upload gets through, the connection is back."""
    moment = now or dt.datetime.now(dt.UTC)
    try:
        created = dt.datetime.fromisoformat(str(report.get("created_at")))
    except ValueError:
        created = None
    if created is not None and created.tzinfo is not None and (
        moment - created > REPORT_MAX_AGE
    ):
        return False
    net = (report.get("service") or {}).get("network") or {}
    failed = any(
        isinstance(net.get(step), dict) and net[step] and net[step].get("ok") is False
        # A step not run (TLS to a service on loopback) is no failed connection.
        and not net[step].get("skipped")
        for step in ("dns", "tcp", "tls", "http")
    )
    return not failed and licences_source_of(report) == LICENCES_SERVICE


def start_support(activator: Activator, report: Mapping[str, Any] | None = None) -> SupportCode:
    """Upload the diagnostics report and return the code. The report is taken now unless
    a current one is given (``is_current``): a retry after the connection came back sends
    what is true now, not what was true while offline.

    Raises LoginRequired when no one is logged in, ServiceUnavailable without network."""
    _ensure_login(activator)
    if report is None or not is_current(report):
        report = build_report(activator)
    body = upload_body(report)
    reply = activator.client.request("POST", "/support/sessions", body)
    code = str(reply.data.get("code", ""))
    try:
        expires = dt.datetime.fromisoformat(str(reply.data.get("expires_at")))
    except ValueError:
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.UTC)
    return SupportCode(code, expires)


def normalize_code(text: str) -> str:
    """The 6 digits of a code as read over the phone („012 345“, „012-345“)."""
    code = re.sub(r"[\s\-]", "", text)
    if not CODE_PATTERN.match(code):
        raise UsageError(reason="support_code", text=text)
    return code


def fetch_session(activator: Activator, code: str) -> dict[str, Any]:
    """``GET /support/sessions/{code}`` (staff only). Raises Forbidden (403) for an account
    that is not staff and NotFound (404) for a wrong or expired code."""
    clean = normalize_code(code)
    _ensure_login(activator)
    return activator.client.request("GET", f"/support/sessions/{clean}", None).data


# --- the layout for staff -----------------------------------------------------------

_STATUS_ADVICE = {
    "none": N("support", "Помолете клиента да натисне „Активирай“ за {name}."),
    "other_installation": N(
        "support",
        "Ключът в {name} е за друга инсталация. Помолете клиента да натисне „Активирай“, "
        "за да получи ключ за сегашната."
    ),
    "version_not_covered": N(
        "support",
        "Версия {version} на {name} е от по-ново издание от последното платено. Предложете "
        "абонамент или платено право за новото издание; след това клиентът натиска "
        "„Активирай“."
    ),
    "expired": N(
        "support",
        "Ключът на {name} е изтекъл. Проверете договора на клиента; след подновяване "
        "клиентът натиска „Активирай“."
    ),
    "signature_invalid": N(
        "support",
        "Ключът в {name} е повреден. Помолете клиента да натисне „Активирай“, за да се запише нов."
    ),
    "untrusted_signer": N(
        "support",
        "Ключът в {name} не е издаден от ПАСОСС. Помолете клиента да натисне „Активирай“, "
        "за да се запише ключ от ПАСОСС."
    ),
    "damaged": N(
        "support",
        "Инсталационният ключ в {name} е повреден. Помолете клиента да отвори програмата "
        "ПАСОСС, за да го образува наново, и прочетете ключа група по група."
    ),
}


# What fixes each gap of ``licence_gap``: the fix differs by gap (a module switched on
# without a licence is not fixed by renewing the subscription).
_GAP_ACTIONS = {
    "version": N("support", "абонамент или платено право за новото издание"),
    "modules": N("support", "да поръча модулите извън лиценза или да ги изключи в програмата"),
    "workplaces": N("support", "да намали работните места в програмата или да поръча още"),
    "active": N("support", "да поднови или плати договора"),
}


def _count(licence: Mapping[str, Any], name: str) -> int:
    value = licence.get(name)
    return value if isinstance(value, int) else 0


def _gap_actions(program: Mapping[str, Any]) -> str:
    covers = (program.get("licence") or {}).get("covers")
    if not covers:
        return tx("support", "да поръча лиценз за програмата")
    return "; ".join(
        tx("support", text) for what, text in _GAP_ACTIONS.items() if not covers.get(what)
    )


def advice(diagnostics: Mapping[str, Any]) -> list[str]:
    """What to tell the client, one sentence per finding."""
    tips: list[str] = []
    net = (diagnostics.get("service") or {}).get("network") or {}
    host = net.get("host") or tx("support", "услугата")
    tls = net.get("tls") or {}
    if net and not (net.get("dns") or {}).get("ok"):
        tips.append(
            tx("support", "Помолете клиента да провери дали има интернет (да отвори някой сайт).")
        )
    elif net.get("tcp") and not net["tcp"].get("ok"):
        tips.append(
            tx(
                "support",
                "Връзката до {host} е спряна: помолете клиента да провери защитната стена или "
                "да се обърне към администратора на мрежата си.",
            ).format(host=host)
        )
    if tls.get("issuer_flag") == "inspection":
        tips.append(
            tx(
                "support",
                "Кажете на клиента да добави {host} в изключенията на "
                "„{product}“ (проверка на защитени връзки / HTTPS).",
            ).format(host=host, product=tls.get("inspection_product"))
        )
    elif tls.get("issuer_flag") in ("self_signed", "unexpected"):
        tips.append(
            tx(
                "support",
                "Връзката до {host} минава през чужд сертификат ({issuer}): "
                "помолете клиента да се обърне към администратора на мрежата си.",
            ).format(host=host, issuer=tls.get("issuer"))
        )
    if (net.get("clock") or {}).get("warning"):
        tips.append(
            tx(
                "support",
                "Помолете клиента да свери часовника на компютъра (Настройки → Час и език → "
                "Автоматично задаване на часа).",
            )
        )
    if diagnostics.get("account") is None:
        tips.append(tx("support", "Помолете клиента да влезе в профила си в активатора."))
    for program in diagnostics.get("programs") or []:
        # The report keeps the program's Bulgarian name; staff read it in their language.
        name = tx("products", str(program.get("name") or tx("support", "програмата")))
        if program.get("problem"):
            tips.append(
                tx(
                    "support",
                    "{name}: помолете клиента да затвори програмата ПАСОСС и да стартира "
                    "активатора отново.",
                ).format(name=name)
            )
            continue
        status = str(program.get("status"))
        source = licences_source_of(diagnostics)
        gap = licence_gap(
            program, logged_in=diagnostics.get("account") is not None, source=source
        )
        refusable = status in ("none", "other_installation", "version_not_covered")
        if gap and source != LICENCES_UNCHECKED and refusable:
            tips.append(
                tx(
                    "support",
                    "{name}: ключ няма да бъде издаден сега. {gap} Предложете на клиента "
                    "{actions}; след това — „Активирай“.",
                ).format(name=name, gap=gap, actions=_gap_actions(program))
            )
        else:
            template = _STATUS_ADVICE.get(status)
            if template:
                tips.append(
                    tx("support", template).format(
                        name=name, version=program.get("version") or "?"
                    )
                )
        changed = program.get("what_changed") or {}
        kinds = {c.get("kind") for c in changed.get("changes") or []}
        licence = program.get("licence") or {}
        if "workstation" in kinds and status != "valid" and licence:
            seats = seats_phrase(_count(licence, "seats_used"), _count(licence, "workplaces"))
            tips.append(
                tx(
                    "support", "{name}: новата работна станция ще заеме работно място ({seats})."
                ).format(name=name, seats=seats)
            )
    if not tips:
        tips.append(tx("support", "Всичко е наред: не е нужно клиентът да прави нищо."))
    return tips


def _when(text: Any) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return str(text or "?")
    local = moment.astimezone()  # staff read the time of their own clock
    return f"{format_bg(local.date())} {local:%H:%M}"


def staff_view(session: Mapping[str, Any]) -> dict[str, Any]:
    """The session as staff may see it: secrets redacted, the client's control characters
    made visible (``client_text``), so a report cannot steer the staff member's terminal."""
    return dict(neutralize_value(redact(session)))


def staff_layout(session: Mapping[str, Any]) -> str:
    """The support session laid out for a person on the phone with the client. Each value
    stands on one line of the layout: a line break in it is shown, never obeyed."""
    safe: Mapping[str, Any] = neutralize_value(redact(session), keep_newlines=False)
    account = safe.get("account") or {}
    report = safe.get("diagnostics") or {}
    system, app = report.get("system") or {}, report.get("app") or {}
    rule = "=" * 60
    unknown = "?"
    lines = [
        rule,
        tx("support", "КОД {code} — изпратен {sent}, валиден до {until}").format(
            code=safe.get("code"),
            sent=_when(safe.get("created_at")),
            until=_when(safe.get("expires_at")),
        ),
        rule,
        tx("support", "КЛИЕНТ"),
        "  " + tx("support", "{company} — клиентски номер {number}").format(
            company=account.get("company"), number=account.get("customer_number")
        ),
        "  " + tx("support", "Имейл: {email}").format(email=account.get("email")),
        "  " + tx("support", "Компютър: {name} ({os})").format(
            name=system.get("computer_name") or unknown, os=system.get("os") or unknown
        ),
        "  " + tx("support", "Активатор {version}, Python {python}, Qt {qt}").format(
            version=app.get("version") or unknown,
            python=system.get("python") or unknown,
            qt=system.get("qt") or "—",
        ),
        "",
        tx("support", "ПРОГРАМИ"),
    ]
    programs = report.get("programs") or []
    if not programs:
        lines.append("  " + tx("support", "Не са намерени програми ПАСОСС на компютъра."))
    for i, program in enumerate(programs, start=1):
        lines.extend("  " + line for line in program_lines(i, program))
    service = report.get("service") or {}
    lines += [
        "",
        tx("support", "ВРЪЗКА С УСЛУГАТА ({url})").format(url=service.get("url") or unknown),
    ]
    if service.get("network"):
        lines.extend(network_lines(service["network"]))
    else:
        lines.append("  " + tx("support", "Не е проверена."))
    lines += ["", tx("support", "КАКВО НЕ Е НАРЕД")]
    nothing = [tx("support", "Нищо.")]
    lines.extend(f"  - {p}" for p in report.get("problems") or nothing)
    lines += ["", tx("support", "КАКВО ДА КАЖЕТЕ НА КЛИЕНТА")]
    lines.extend(f"  - {tip}" for tip in advice(report))
    return "\n".join(lines)
