"""The registration status of an installed program (DESIGN.md section 4) and its names.

A module of its own, without the key codec: a window lists programs by their status
(„На този компютър“) before anything has been decoded or verified, and imports this alone.
``registration_key`` decides the status and re-exports it."""

from __future__ import annotations

import enum

from .error_catalogue import N  # marks the names for translation (a no-op)


class Status(enum.StrEnum):
    """Registration status of an installed program (DESIGN.md section 4)."""

    NONE = "none"
    VALID = "valid"
    SIGNATURE_INVALID = "signature_invalid"
    UNTRUSTED_SIGNER = "untrusted_signer"
    OTHER_INSTALLATION = "other_installation"
    VERSION_NOT_COVERED = "version_not_covered"
    EXPIRED = "expired"
    DAMAGED = "damaged"

    @property
    def display_name(self) -> str:
        return STATUS_NAMES[self]


STATUS_NAMES = {
    Status.NONE: N("status", "Няма ключ"),
    Status.VALID: N("status", "Активирана"),
    Status.SIGNATURE_INVALID: N("status", "Ключът е повреден или подправен"),
    Status.UNTRUSTED_SIGNER: N("status", "Ключът не е издаден от ПАСОСС"),
    Status.OTHER_INSTALLATION: N("status", "Ключът е за друга инсталация"),
    Status.VERSION_NOT_COVERED: N("status", "Версията не е покрита от ключа"),
    Status.EXPIRED: N("status", "Ключът е изтекъл"),
    Status.DAMAGED: N("status", "Инсталационният ключ е повреден"),
}
