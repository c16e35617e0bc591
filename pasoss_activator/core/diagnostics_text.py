"""The diagnostics report as text a person reads: the client, or staff on the phone.

Kept apart from gathering the report (``diagnostics.py``) so that the staff layout
(``support.py``) can reuse the program and network paragraphs. Every layout starts
from ``redact(report)``: whatever reached the dict, no secret leaves through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from . import language
from .dates import ago_text, format_bg
from .language import tx
from .network_check import clock_text
from .redaction import redact


def _local(text: Any) -> str:
    """An ISO moment as дд.мм.гггг чч:мм in this PC's time zone."""
    try:
        moment = dt.datetime.fromisoformat(str(text)).astimezone()
    except ValueError:
        return str(text or "")
    return f"{format_bg(moment.date())} {moment:%H:%M}"


def _yes(value: Any) -> str:
    return tx("report", "да") if value else tx("report", "не")


def network_lines(net: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    dns, tcp, tls, http = (net.get(k) or {} for k in ("dns", "tcp", "tls", "http"))
    if dns.get("ok"):
        lines.append(
            "  " + tx("report", "Име (DNS): {0} ({1} ms)").format(
                ", ".join(dns.get("addresses") or []), dns["ms"]
            )
        )
    else:
        lines.append(
            "  " + tx("report", "Име (DNS): не се открива — {0}").format(dns.get("error", ""))
        )
    if tcp:
        ok = (
            tx("report", "наред ({0} ms)").format(tcp["ms"])
            if tcp.get("ok")
            else tx("report", "няма — {0}").format(tcp.get("error", ""))
        )
        lines.append("  " + tx("report", "Връзка: {0}").format(ok))
    if tls.get("skipped"):
        lines.append(f"  TLS: {tls.get('reason', '')}")
    elif tls.get("ok"):
        flags = {
            None: tx("report", "очакван"),
            "self_signed": tx("report", "САМОПОДПИСАН"),
            "inspection": tx("report", "ПРОВЕРКА ОТ {0}").format(tls.get("inspection_product")),
            "unexpected": tx("report", "НЕОЧАКВАН"),
        }
        flag = flags.get(tls.get("issuer_flag"), "?")
        lines.append(
            "  " + tx("report", "TLS: {0}, издател: {1} ({2})").format(
                tls.get("protocol"), tls.get("issuer"), flag
            )
        )
        lines.append(
            "  " + tx("report", "Сертификатът е приет от компютъра: {0}").format(
                _yes(tls.get("verified"))
            )
        )
    elif tls:
        lines.append("  " + tx("report", "TLS: неуспешно — {0}").format(tls.get("error", "")))
    if "status" in http:
        lines.append("  " + tx("report", "HTTP: {0} за {1} ms").format(http["status"], http["ms"]))
    elif http:
        lines.append(
            "  " + tx("report", "HTTP: няма отговор — {0}").format(http.get("error", ""))
        )
    clock = net.get("clock") or {}
    if clock.get("ok"):
        mark = tx("report", " — ВНИМАНИЕ") if clock.get("warning") else ""
        lines.append(
            "  " + tx("report", "Часовник: {0}").format(clock_text(int(clock["skew_seconds"])))
            + mark
        )
    proxy = (net.get("proxy") or {}).get("for_service")
    lines.append("  " + tx("report", "Прокси: {0}").format(proxy or tx("report", "няма")))
    return lines


def program_lines(index: int, program: Mapping[str, Any]) -> list[str]:
    name = tx("products", str(program.get("name")))
    status = tx("status", str(program.get("status_text") or ""))
    lines = [f"{index}. {name} {program.get('version') or ''} — {status}".rstrip()]
    lines.append("   " + tx("report", "Папка: {0}").format(program.get("folder", "")))
    if program.get("problem"):
        lines.append("   " + tx("report", "Проблем: {0}").format(program["problem"]))
        return lines
    if program.get("installation_key_read_aloud"):
        lines.append(
            "   " + tx("report", "Инсталационен ключ: {0}").format(
                program["installation_key_read_aloud"]
            )
        )
    elif program.get("key_error"):
        lines.append(
            "   " + tx("report", "Инсталационен ключ: {0} — {1}").format(
                program.get("installation_key"), program["key_error"]
            )
        )
    fields = program.get("fields")
    if fields:
        modules = ", ".join(tx("products", m) for m in fields["modules"])
        lines.append("   " + tx("report", "Модули: {0}").format(modules))
        lines.append(
            "   " + tx(
                "report",
                "{0}, работни места: {1}, клиентски номер: {2}, работна станция: {3}",
            ).format(
                tx("comparison", fields["installation_type_name"]),
                fields["workplaces"],
                fields["customer_number"],
                fields["workstation_id"],
            )
        )
    if program.get("version_mismatch"):
        lines.append(
            "   " + tx(
                "report", "Версията в PASOSS.INI е {0}, а ключът казва друго (важи ключът)."
            ).format(program.get("ini_version"))
        )
    if program.get("registration_key"):
        lines.append(
            "   " + tx("report", "Регистрационен ключ: {0} (записан {1})").format(
                program["registration_key"], program.get("registered_on") or "?"
            )
        )
    changed = program.get("what_changed")
    if changed:
        lines.append(
            "   " + tx("report", "Какво се промени: {0}").format(changed.get("summary", ""))
        )
    return lines


def report_text(report: Mapping[str, Any]) -> str:
    """The report for a person to read (and to paste into an e-mail), in the chosen
    language (``--lang``)."""
    safe: Mapping[str, Any] = redact(report)
    app, system = safe.get("app") or {}, safe.get("system") or {}
    service = safe.get("service") or {}
    lines = [
        tx("report", "Диагностика на {0} {1} — {2}").format(
            app.get("name"), app.get("version"), _local(safe.get("created_at"))
        ),
        tx("report", "Система: {0}, Python {1}, Qt {2}, компютър {3}").format(
            system.get("os"),
            system.get("python"),
            system.get("qt") or tx("report", "не е инсталиран"),
            system.get("computer_name"),
        ),
        tx("report", "Услуга: {0}").format(service.get("url")),
    ]
    if service.get("network"):
        lines.extend(network_lines(service["network"]))
    account = safe.get("account")
    if account:
        lines.append(
            tx("report", "Профил: {0} — {1}, клиентски номер {2}").format(
                account.get("email"), account.get("company"), account.get("customer_number")
            )
        )
    else:
        lines.append(tx("report", "Профил: не сте влезли"))
    keyring_info = safe.get("keyring") or {}
    if keyring_info.get("available"):
        lines.append(
            tx("report", "Защитено хранилище за данни за вход: {0}").format(
                keyring_info.get("backend")
            )
        )
    else:  # the backend's name still helps support; the sentence says what it means
        lines.append(
            tx(
                "report",
                "Защитено хранилище за данни за вход: няма — входът се помни само до "
                "затваряне на програмата ({0})",
            ).format(keyring_info.get("backend"))
        )
    cache = safe.get("cache") or {}
    if cache.get("synced_at"):
        lines.append(
            tx("report", "Локално копие: от {0} ({1})").format(
                _local(cache["synced_at"]), _ago(cache.get("age_seconds") or 0)
            )
        )
    else:
        lines.append(tx("report", "Локално копие: няма"))
    programs = safe.get("programs") or []
    lines.append(
        tx("report", "Програми ({0}):").format(len(programs))
        if programs
        else tx("report", "Програми: не са намерени")
    )
    for i, program in enumerate(programs, start=1):
        lines.extend(program_lines(i, program))
    found = safe.get("problems") or []
    lines.append(tx("report", "Проблеми:") if found else tx("report", "Проблеми: няма"))
    lines.extend(f"  - {p}" for p in found)
    return "\n".join(lines)


def _ago(seconds: float) -> str:
    if language.current() == language.DEFAULT:
        return ago_text(seconds)
    minutes = int(seconds // 60)
    if minutes < 1:
        return tx("report", "току-що")
    if minutes < 60:
        return tx("report", "преди {0} мин.").format(minutes)
    if minutes < 48 * 60:
        return tx("report", "преди {0} ч.").format(minutes // 60)
    return tx("report", "преди {0} дни").format(minutes // (24 * 60))
