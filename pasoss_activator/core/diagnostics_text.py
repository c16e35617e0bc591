"""The diagnostics report as text a person reads: the client, or staff on the phone.

Kept apart from gathering the report (``diagnostics.py``) so that the staff layout
(``support.py``) can reuse the program and network paragraphs. Every layout starts
from ``redact(report)``: whatever reached the dict, no secret leaves through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .dates import ago_text, format_bg
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
    return "да" if value else "не"


def network_lines(net: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    dns, tcp, tls, http = (net.get(k) or {} for k in ("dns", "tcp", "tls", "http"))
    if dns.get("ok"):
        lines.append(f"  Име (DNS): {', '.join(dns.get('addresses') or [])} ({dns['ms']} ms)")
    else:
        lines.append(f"  Име (DNS): не се открива — {dns.get('error', '')}")
    if tcp:
        ok = f"наред ({tcp['ms']} ms)" if tcp.get("ok") else f"няма — {tcp.get('error', '')}"
        lines.append(f"  Връзка: {ok}")
    if tls.get("skipped"):
        lines.append(f"  TLS: {tls.get('reason', '')}")
    elif tls.get("ok"):
        flag = {
            None: "очакван",
            "self_signed": "САМОПОДПИСАН",
            "inspection": f"ПРОВЕРКА ОТ {tls.get('inspection_product')}",
            "unexpected": "НЕОЧАКВАН",
        }.get(tls.get("issuer_flag"), "?")
        lines.append(f"  TLS: {tls.get('protocol')}, издател: {tls.get('issuer')} ({flag})")
        lines.append(f"  Сертификатът е приет от компютъра: {_yes(tls.get('verified'))}")
    elif tls:
        lines.append(f"  TLS: неуспешно — {tls.get('error', '')}")
    if "status" in http:
        lines.append(f"  HTTP: {http['status']} за {http['ms']} ms")
    elif http:
        lines.append(f"  HTTP: няма отговор — {http.get('error', '')}")
    clock = net.get("clock") or {}
    if clock.get("ok"):
        mark = " — ВНИМАНИЕ" if clock.get("warning") else ""
        lines.append(f"  Часовник: {clock_text(int(clock['skew_seconds']))}{mark}")
    proxy = (net.get("proxy") or {}).get("for_service")
    lines.append(f"  Прокси: {proxy or 'няма'}")
    return lines


def program_lines(index: int, program: Mapping[str, Any]) -> list[str]:
    lines = [
        f"{index}. {program.get('name')} {program.get('version') or ''} — "
        f"{program.get('status_text', '')}".rstrip()
    ]
    lines.append(f"   Папка: {program.get('folder', '')}")
    if program.get("problem"):
        lines.append(f"   Проблем: {program['problem']}")
        return lines
    if program.get("installation_key_read_aloud"):
        lines.append(f"   Инсталационен ключ: {program['installation_key_read_aloud']}")
    elif program.get("key_error"):
        lines.append(
            f"   Инсталационен ключ: {program.get('installation_key')} — {program['key_error']}"
        )
    fields = program.get("fields")
    if fields:
        lines.append(f"   Модули: {', '.join(fields['modules'])}")
        lines.append(
            f"   {fields['installation_type_name']}, работни места: {fields['workplaces']}, "
            f"клиентски номер: {fields['customer_number']}, "
            f"работна станция: {fields['workstation_id']}"
        )
    if program.get("version_mismatch"):
        lines.append(
            f"   Версията в PASOSS.INI е {program.get('ini_version')}, "
            "а ключът казва друго (важи ключът)."
        )
    if program.get("registration_key"):
        lines.append(
            f"   Регистрационен ключ: {program['registration_key']}"
            f" (записан {program.get('registered_on') or '?'})"
        )
    changed = program.get("what_changed")
    if changed:
        lines.append(f"   Какво се промени: {changed.get('summary', '')}")
    return lines


def report_text(report: Mapping[str, Any]) -> str:
    """The report for a person to read (and to paste into an e-mail)."""
    safe: Mapping[str, Any] = redact(report)
    app, system = safe.get("app") or {}, safe.get("system") or {}
    service = safe.get("service") or {}
    lines = [
        f"Диагностика на {app.get('name')} {app.get('version')} — {_local(safe.get('created_at'))}",
        f"Система: {system.get('os')}, Python {system.get('python')}, "
        f"Qt {system.get('qt') or 'не е инсталиран'}, компютър {system.get('computer_name')}",
        f"Услуга: {service.get('url')}",
    ]
    if service.get("network"):
        lines.extend(network_lines(service["network"]))
    account = safe.get("account")
    if account:
        lines.append(
            f"Профил: {account.get('email')} — {account.get('company')}, клиентски "
            f"номер {account.get('customer_number')}"
        )
    else:
        lines.append("Профил: не сте влезли")
    keyring_info = safe.get("keyring") or {}
    if keyring_info.get("available"):
        lines.append(f"Защитено хранилище за данни за вход: {keyring_info.get('backend')}")
    else:  # the backend's name still helps support; the sentence says what it means
        lines.append(
            "Защитено хранилище за данни за вход: няма — входът се помни само до затваряне "
            "на програмата "
            f"({keyring_info.get('backend')})"
        )
    cache = safe.get("cache") or {}
    if cache.get("synced_at"):
        lines.append(
            f"Локално копие: от {_local(cache['synced_at'])} "
            f"({ago_text(cache.get('age_seconds') or 0)})"
        )
    else:
        lines.append("Локално копие: няма")
    programs = safe.get("programs") or []
    lines.append(f"Програми ({len(programs)}):" if programs else "Програми: не са намерени")
    for i, program in enumerate(programs, start=1):
        lines.extend(program_lines(i, program))
    found = safe.get("problems") or []
    lines.append("Проблеми:" if found else "Проблеми: няма")
    lines.extend(f"  - {p}" for p in found)
    return "\n".join(lines)
