"""The diagnostics report: what support staff need to see, and nothing secret.

One dict (JSON-ready) built by :func:`build_report`, shown as text
(:func:`report_text`) or JSON (:func:`report_json`), saved (:func:`save_report`) or
uploaded to support (``core/support.py``). Every one of those paths goes through
``redaction.redact``: no password, no token, a registration key only as its first and
last 6 characters (DESIGN.md section 6).
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import logging
import os
import platform
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from .atomic_write import SHARED_FILE_MODE, write_atomically
from .dates import Version
from .diagnostics_text import report_text
from .error_text import error_text
from .errors import ActivatorError
from .installation_key import InstallationKey
from .language import tx
from .model import AccountData, Licence, licence_list
from .network_check import NetworkReport, check_network
from .products import module_names
from .redaction import mask_registration_key, redact
from .registration_key import Status
from .what_changed import for_program

if TYPE_CHECKING:
    from .account import Activator
    from .programs import ProgramWithStatus

log = logging.getLogger(__name__)
REPORT_FORMAT = 1
# Where the report's licences came from (report["licences"]["source"]).
LICENCES_SERVICE, LICENCES_OFFLINE, LICENCES_UNCHECKED = "service", "offline_copy", "none"
NetworkChecker = Callable[..., NetworkReport]


def read_aloud(key: InstallationKey | str) -> str:
    """The key's groups numbered for reading over the phone: „1) 24GRN 2) J000E …“."""
    text = key.text if isinstance(key, InstallationKey) else key.strip()
    return " ".join(f"{i}) {group}" for i, group in enumerate(text.split("-"), start=1))


def qt_version() -> str | None:
    """The installed PySide6's version, read from its metadata: importing Qt here would
    cost start-up time and break the rule that the core never imports Qt."""
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as err:  # a broken keyring is itself a finding
        return tx("report", "недостъпно ({0})").format(type(err).__name__)
    return f"{type(backend).__module__}.{type(backend).__name__}"


def describe_key(key: InstallationKey) -> dict[str, Any]:
    """The installation key's fields decoded, as a person reads them."""
    return {
        "product": key.product.name,
        "product_name": key.product.display_name,
        "version": str(key.version),
        "modules": module_names(key.product, key.modules),
        "installation_type": key.installation_type.api_name,
        "installation_type_name": key.installation_type.display_name,
        "workplaces": key.workplaces,
        "customer_number": key.customer_number,
        "workstation_id": key.workstation_hex,
    }


def licence_summary(key: InstallationKey, licences: Sequence[Licence]) -> dict[str, Any] | None:
    """The client's licence for this program, and whether it covers what the key asks:
    lets staff say before activating that a key will be refused, and why."""
    mine = [lic for lic in licences if lic.product_code == key.product.name]
    if not mine:
        return None
    summaries: list[dict[str, Any]] = []
    for lic in mine:
        mask = lic.module_mask
        try:
            max_version: Version | None = Version.parse(lic.max_version)
        except ValueError:
            max_version = None
        covers = {
            # By release date, as the service compares (a later build is a free fix).
            "version": max_version is not None and key.version.covered_by(max_version),
            "modules": key.modules & ~mask == 0,
            "workplaces": key.workplaces <= lic.workplaces,
            "active": lic.status == "active",
        }
        summaries.append(
            {
                "id": lic.id,
                "service_type": lic.service_type,
                "status": lic.status,
                "max_version": lic.max_version,
                "valid_until": lic.valid_until,
                "workplaces": lic.workplaces,
                "seats_used": len(lic.installations),
                "modules": module_names(key.product, mask),
                "covers": covers,
            }
        )
    # The one that covers everything, else the one that covers most (as the service picks).
    return max(summaries, key=lambda s: sum(s["covers"].values()))


def program_entry(found: ProgramWithStatus, licences: Sequence[Licence]) -> dict[str, Any]:
    """One program of the report (its status None when the INI could not be read)."""
    program, status = found.program, found.status
    key = program.installation_key
    entry: dict[str, Any] = {
        "name": program.display_name,
        "folder": str(program.folder),
        "config_path": str(program.config_path),
        "source": program.source,
        "ini_version": program.ini_version,
        "version": str(program.version) if program.version else None,
        "version_mismatch": program.version_mismatch,
        "installation_key": key.text if key else program.installation_key_text,
        "installation_key_read_aloud": read_aloud(key) if key else None,
        "fields": describe_key(key) if key else None,
        "key_error": error_text(program.key_error) if program.key_error else None,
        "problem": error_text(program.problem) if program.problem else None,
        "registration_key": mask_registration_key(program.registration_key_text),
        "registered_on": program.registered_on or None,
        "status": status.value if status else None,
        "status_text": found.status_text,
        "what_changed": None,
        "licence": licence_summary(key, licences) if key else None,
    }
    if status is not None:
        changed = for_program(program, status, licences)
        entry["what_changed"] = changed.to_dict() if changed else None
    return entry


def _licences(
    activator: Activator, cached: AccountData | None
) -> tuple[Sequence[Licence], str]:
    """The licences and where they come from: fresh ``/licences`` when the service answers
    (``service``), else the offline copy's (``offline_copy``), else none (``none``: the
    licences could not be checked, which is not the same as having none)."""
    if activator.account is not None:
        try:
            fresh = licence_list(activator.client.get("/licences").data.get("licences"))
            return fresh, LICENCES_SERVICE
        except ActivatorError as err:
            log.info("licences for diagnostics not fetched: %s", err.code)
        except ValueError as err:
            log.info("licences for diagnostics not understood: %s", err)
    if cached is not None:
        return cached.licences, LICENCES_OFFLINE
    return (), LICENCES_UNCHECKED


def expected_issuers(activator: Activator) -> Sequence[str]:
    return activator.settings.expected_tls_issuers


def build_report(
    activator: Activator,
    *,
    network: bool = True,
    checker: NetworkChecker = check_network,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Everything support needs, gathered now. Blocking (the network check waits up to a
    few seconds per step); never raises for a finding — a failure is part of the report."""
    moment = now or dt.datetime.now(dt.UTC)
    try:
        cached = activator.cached()
    except ActivatorError as err:
        log.info("offline copy unreadable for diagnostics: %s", err.code)
        cached = None
    net: dict[str, Any] | None = None
    if network:
        net = checker(
            activator.server_url,
            session=activator.client.session,
            expected_issuers=expected_issuers(activator),
        ).to_dict()
    licences, licences_source = _licences(activator, cached)
    programs: list[dict[str, Any]] = []
    try:
        found = activator.programs_with_status()
    except ActivatorError as err:
        found = []
        programs.append({"name": "?", "problem": error_text(err)})
    for item in found:
        programs.append(program_entry(item, licences))
    synced = cached.synced_at if cached is not None else None
    report: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "created_at": moment.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "app": {"name": "PASOSS Activator", "version": __version__},
        "system": {
            "os": platform.platform(),
            "python": platform.python_version(),
            "qt": qt_version(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "computer_name": platform.node() or os.environ.get("COMPUTERNAME", ""),
        },
        "service": {"url": activator.server_url, "network": net},
        "account": activator.account.to_json() if activator.account else None,
        "keyring": {"backend": keyring_backend(), "available": activator.keyring_available},
        "cache": {
            "synced_at": synced.isoformat(timespec="seconds") if synced else None,
            "age_seconds": round((moment - synced).total_seconds()) if synced else None,
        },
        "licences": {"source": licences_source},
        "programs": programs,
    }
    report["problems"] = problems(report)
    safe: dict[str, Any] = redact(report)
    return safe


def problems(report: Mapping[str, Any]) -> list[str]:
    """What is wrong, in Bulgarian, each with what to do: the network's findings, then
    each program that is not activated."""
    found: list[str] = []
    net = (report.get("service") or {}).get("network") or {}
    found.extend(net.get("problems") or [])
    for program in report.get("programs") or []:
        name = program.get("name", "?")
        if program.get("problem"):
            found.append(f"{name}: {program['problem']}")
            continue
        status = program.get("status")
        if status == Status.VALID.value:
            continue
        if program.get("key_error"):
            found.append(f"{name}: {program['key_error']}")
            continue
        name = tx("products", str(name))
        line = f"{name}: {tx('status', str(program.get('status_text')))}."
        gap = licence_gap(
            program, logged_in=report.get("account") is not None, source=licences_source_of(report)
        )
        if gap:
            line += f" {gap}"
        changed = program.get("what_changed")
        if changed and changed.get("found") and changed.get("changes"):
            line += " " + tx("report", "Какво се промени: {0}").format(changed["summary"])
        found.append(line)
    if report.get("account") is None:
        found.append(tx("report", "Не сте влезли в профила си. Влезте с имейла и паролата си."))
    return found


def licences_source_of(report: Mapping[str, Any]) -> str:
    """Where the report's licences came from; a report without the field (made by an
    older activator) fetched them from the service."""
    return str((report.get("licences") or {}).get("source") or LICENCES_SERVICE)


def licence_gap(
    program: Mapping[str, Any], *, logged_in: bool = True, source: str = LICENCES_SERVICE
) -> str:
    """Why the service would refuse a key for this program now, or "" when it would not.
    ``source`` says where the licences came from: without the service a missing licence
    is never reported as "none in the account", and the offline copy is named as such."""
    licence = program.get("licence")
    if licence is None and not (program.get("fields") and logged_in):
        return ""
    if source == LICENCES_UNCHECKED:
        return tx(
            "report",
            "Лицензът не можа да бъде проверен: няма връзка с услугата на ПАСОСС и няма "
            "запазено копие на профила. Проверете отново, когато връзката се възстанови.",
        )
    offline = source == LICENCES_OFFLINE
    if licence is None:
        if offline:
            return tx(
                "report",
                "Лицензът не можа да бъде проверен в услугата (няма връзка); в запазеното "
                "копие на профила няма лиценз за тази програма.",
            )
        return tx("report", "В профила няма лиценз за тази програма.")
    covers, fields = licence.get("covers") or {}, program.get("fields") or {}
    gaps = {
        "version": tx(
            "report", "версия {0} е от по-ново издание от последното платено {1}"
        ).format(fields.get("version"), licence.get("max_version")),
        "modules": tx("report", "програмата има модули извън лиценза"),
        "workplaces": tx("report", "работните места са {0}, а лицензът е за {1}").format(
            fields.get("workplaces"), licence.get("workplaces")
        ),
        "active": tx("report", "лицензът не е активен"),
    }
    reasons = [text for what, text in gaps.items() if not covers.get(what)]
    if not reasons:
        return ""
    text = tx("report", "Лицензът не покрива: {0}.").format("; ".join(reasons))
    if offline:
        text += " " + tx(
            "report",
            "(По запазеното копие на профила: лицензът не можа да бъде проверен в услугата.)",
        )
    return text


def report_json(report: Mapping[str, Any]) -> str:
    return json.dumps(redact(report), ensure_ascii=False, indent=2)


def save_report(report: Mapping[str, Any], path: Path, *, as_json: bool | None = None) -> Path:
    """Write the report as JSON (``.json``) or text (anything else), UTF-8."""
    use_json = as_json if as_json is not None else path.suffix.lower() == ".json"
    text = report_json(report) if use_json else report_text(report)
    # With a BOM, Notepad on older Windows shows the Cyrillic text right.
    encoded = (text + "\n").encode("utf-8" if use_json else "utf-8-sig")
    write_atomically(path, encoded, mode=SHARED_FILE_MODE)
    return path
