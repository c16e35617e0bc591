"""What changed since a program was registered, said in words.

When a registration key no longer fits its installation key, clients and support staff
alike ask "why?". The installation key holds the disk, the modules, the version, the
workplaces and the kind of installation, so comparing the key the program forms now
with the one registered for the same client and program on the service (``/licences``,
``installations[].installation_key``) tells exactly which of them changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .error_catalogue import N
from .errors import InstallationKeyError
from .installation_key import InstallationKey
from .language import tx
from .model import Licence
from .products import module_names
from .registration_key import RegistrationKey, Status

if TYPE_CHECKING:
    from .programs import InstalledProgram


@dataclass(frozen=True)
class Change:
    kind: str  # workstation, modules_added, modules_removed, version, workplaces,
    # installation_type, customer
    text: str  # one Bulgarian sentence
    before: Any = None
    after: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class WhatChanged:
    """The comparison with one registered installation (or the lack of one)."""

    changes: list[Change] = field(default_factory=list)
    registered_key: str | None = None  # the installation key registered on the service
    licence_id: int | None = None
    generated_at: str | None = None
    matched_by: str | None = None  # registration_key, workstation, latest

    @property
    def found(self) -> bool:
        return self.registered_key is not None

    def summary(self) -> str:
        if not self.found:
            return tx(
                "report",
                "В профила на услугата няма регистрирана инсталация на тази програма, "
                "с която да сравним.",
            )
        if not self.changes:
            return tx("report", "Инсталационният ключ е същият като регистрирания.")
        return " ".join(change.text for change in self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "registered_installation_key": self.registered_key,
            "licence_id": self.licence_id,
            "generated_at": self.generated_at,
            "matched_by": self.matched_by,
            "changes": [change.to_dict() for change in self.changes],
            "summary": self.summary(),
        }


def _names(items: Iterable[str]) -> str:
    return ", ".join(items)


def compare_keys(registered: InstallationKey, current: InstallationKey) -> list[Change]:
    """The differences between the registered installation key and the current one, in
    the order a person would check them: the disk first, then the configuration."""
    changes: list[Change] = []
    if registered.customer_number != current.customer_number:
        changes.append(
            Change(
                "customer",
                tx("report", "Клиентският номер в програмата е друг: беше {0}, сега е {1}.")
                .format(registered.customer_number, current.customer_number),
                registered.customer_number,
                current.customer_number,
            )
        )
    if registered.workstation_id != current.workstation_id:
        changes.append(
            Change(
                "workstation",
                tx(
                    "report",
                    "Програмата е на нов диск или на друг компютър (нова работна станция): "
                    "регистрирана е за работна станция {0}, а тази е {1}.",
                ).format(registered.workstation_hex, current.workstation_hex),
                registered.workstation_hex,
                current.workstation_hex,
            )
        )
    product = current.product
    sentences = {  # (one module, several): Bulgarian agrees the verb with the count
        "modules_added": (
            N("report", "Добавен е модулът {0}."), N("report", "Добавени са модулите {0}.")
        ),
        "modules_removed": (
            N("report", "Премахнат е модулът {0}."),
            N("report", "Премахнати са модулите {0}."),
        ),
    }
    for kind, bits in (
        ("modules_added", current.modules & ~registered.modules),
        ("modules_removed", registered.modules & ~current.modules),
    ):
        if not bits:
            continue
        names = module_names(product, bits)
        one, several = sentences[kind]
        changes.append(
            Change(
                kind,
                tx("report", several if len(names) > 1 else one).format(
                    _names(tx("products", name) for name in names)
                ),
                module_names(product, registered.modules),
                module_names(product, current.modules),
            )
        )
    if registered.version != current.version:
        sentence = (
            N("report", "Версията е обновена: беше {0}, сега е {1}.")
            if current.version > registered.version
            else N("report", "Версията е върната към по-стара: беше {0}, сега е {1}.")
        )
        changes.append(
            Change(
                "version",
                tx("report", sentence).format(registered.version, current.version),
                str(registered.version),
                str(current.version),
            )
        )
    if registered.workplaces != current.workplaces:
        changes.append(
            Change(
                "workplaces",
                tx("report", "Броят работни места е променен: беше {0}, сега е {1}.").format(
                    registered.workplaces, current.workplaces
                ),
                registered.workplaces,
                current.workplaces,
            )
        )
    if registered.installation_type != current.installation_type:
        changes.append(
            Change(
                "installation_type",
                tx("report", "Видът инсталация е променен: беше „{0}“, сега е „{1}“.").format(
                    tx("comparison", registered.installation_type.display_name),
                    tx("comparison", current.installation_type.display_name),
                ),
                registered.installation_type.api_name,
                current.installation_type.api_name,
            )
        )
    return changes


@dataclass(frozen=True)
class _Candidate:
    key: InstallationKey
    text: str
    licence_id: int | None
    generated_at: str


def _candidates(
    current: InstallationKey, licences: Iterable[Licence]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for licence in licences:
        for item in licence.installations:
            try:
                key = InstallationKey.parse(item.installation_key)
            except InstallationKeyError:
                continue  # a damaged record on the service tells us nothing
            if key.product != current.product:
                continue
            found.append(_Candidate(key, key.text, licence.id, item.generated_at))
    return found


def what_changed(
    current: InstallationKey,
    licences: Iterable[Licence],
    registration: RegistrationKey | None = None,
) -> WhatChanged:
    """Compare ``current`` with the installation registered for the same program.

    Which registered installation: the one the program's own registration key was issued
    for (its digest names it exactly); else the one on this same workstation; else the
    most recently registered one of the product (the PC the client moved from).
    """
    candidates = _candidates(current, licences)
    chosen: _Candidate | None = None
    matched_by = None
    if registration is not None:
        for candidate in candidates:
            if candidate.key.digest() == registration.installation_digest:
                chosen, matched_by = candidate, "registration_key"
                break
    if chosen is None:
        same_disk = [c for c in candidates if c.key.workstation_id == current.workstation_id]
        if same_disk:
            chosen, matched_by = max(same_disk, key=lambda c: c.generated_at), "workstation"
    if chosen is None and candidates:
        chosen, matched_by = max(candidates, key=lambda c: c.generated_at), "latest"
    if chosen is None:
        return WhatChanged()
    return WhatChanged(
        changes=compare_keys(chosen.key, current),
        registered_key=chosen.text,
        licence_id=chosen.licence_id,
        generated_at=chosen.generated_at or None,
        matched_by=matched_by,
    )


def for_program(
    program: InstalledProgram, status: Status, licences: Iterable[Licence]
) -> WhatChanged | None:
    """What to show beside a program in the list, ``programs`` and the report: for a key
    that no longer fits, always; for a program with no key yet, only when the same
    program is registered elsewhere (the client moved to a new PC); otherwise None."""
    key = program.installation_key
    if key is None or status not in (Status.OTHER_INSTALLATION, Status.NONE):
        return None
    changed = what_changed(key, licences, program.registration_key())
    if status is Status.OTHER_INSTALLATION or changed.found:
        return changed
    return None
