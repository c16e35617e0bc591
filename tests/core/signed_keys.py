"""The demo SCH installation key (DESIGN.md section 8) and registration keys signed for it
with the demo key: what the key-format tests and the format fuzzing start from."""

from __future__ import annotations

import datetime as dt

from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import demo_private_key

INSTALL = demo_keys()[Product.SCH]
TODAY = dt.date(2026, 11, 27)


def issue(for_key: InstallationKey = INSTALL, **changes: object) -> RegistrationKey:
    """The key the service would issue for ``for_key`` on ``TODAY`` (granting what it asks,
    up to its own version), with ``changes`` made to it."""
    fields: dict[str, object] = dict(
        product=for_key.product,
        licence_id=42,
        installation_digest=for_key.digest(),
        modules=for_key.modules,
        workplaces=for_key.workplaces,
        max_version=for_key.version,
        valid_until=None,
        issued_on=TODAY,
        key_id=0,
    )
    fields.update(changes)
    return RegistrationKey(**fields).signed(demo_private_key())  # type: ignore[arg-type]
