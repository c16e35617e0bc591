"""Assisted activation (DESIGN §5.1): staff issue a key into a client's support session;
the client's activator fetches it, verifies it like any key and writes it only when told.

The facade (``Activator.send_offer``, ``support_offers``, ``verify_offer``,
``write_offer``) calls these functions; :class:`OfferWatch` is the client's waiting: one
conditional GET per poll, so an unchanged session costs a 304 and nothing else.
The verification is the one of every key (``activation.verified_key``): the signature,
a trusted key id, the digest of an installation key found on this PC, the version and the
end date. Nothing here writes a file except ``write_offer`` through ``install_key``, the
transaction ``activate`` uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .activation import verified_key
from .errors import NotFound, RegistrationKeyError
from .installation_key import InstallationKey
from .model import ComparisonRow, comparison_rows
from .programs import InstalledProgram
from .registration_key import RegistrationKey
from .service_client import ServiceClient
from .service_errors import bad_answer
from .support import normalize_code
from .trust import TrustStore

# Seconds for ending a session: enough for a service that answers, short enough that a
# closed window or Ctrl+C is not held up by one that does not.
END_DEADLINE = 5.0


@dataclass(frozen=True)
class Offer:
    """A key staff issued into the session (``POST /support/sessions/{code}/offers``)."""

    offer_id: int
    product: str
    registration_key: str
    licence_id: int
    comparison: tuple[ComparisonRow, ...]
    created_at: str  # ISO 8601 UTC, as the service sent it

    @classmethod
    def from_json(cls, data: Any) -> Offer:
        """Parsed at the edge; ServiceError for a shape the service should never send."""
        if not isinstance(data, dict):
            raise bad_answer("offer")
        offer_id, key = data.get("offer_id"), data.get("registration_key")
        licence, comparison = data.get("licence_id"), data.get("comparison")
        if (
            not isinstance(offer_id, int)
            or not isinstance(key, str)
            or not isinstance(licence, int)
            or not isinstance(comparison, list)
        ):
            raise bad_answer("offer")
        try:
            rows = comparison_rows(comparison)
        except ValueError:
            raise bad_answer("offer") from None
        return cls(
            offer_id=offer_id,
            product=str(data.get("product") or ""),
            registration_key=key,
            licence_id=licence,
            comparison=rows,
            created_at=str(data.get("created_at") or ""),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "offer_id": self.offer_id,
            "product": self.product,
            "registration_key": self.registration_key,
            "licence_id": self.licence_id,
            "comparison": [row.to_json() for row in self.comparison],
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class OffersPage:
    """One look at the session's offers: newest first; ``changed`` is False on a 304 (then
    ``offers`` is empty: nothing new to read)."""

    offers: list[Offer]
    etag: str | None
    changed: bool


@dataclass(frozen=True)
class VerifiedOffer:
    """An offer whose key verified against the installation key of ``program`` on this PC."""

    offer: Offer
    program: InstalledProgram
    key: RegistrationKey


class NoProgramForKey(RegistrationKeyError):
    """The offered key answers the installation key of no program found on this PC."""

    code = "no_program_for_key"


class SupportSessionEnded(NotFound):
    """The support code expired (or was closed) while the client waited."""

    code = "support_session_ended"
    exit_code = 5


def send_offer(client: ServiceClient, code: str, installation_key: str) -> Offer:
    """Staff: issue a key into the session. The key is parsed here first, so a typo is
    named without a round trip. Raises NotEntitled (the table), Forbidden (not staff),
    NotFound (unknown or expired code), InvalidRequest (the session holds 10 offers)."""
    clean = normalize_code(code)
    key = InstallationKey.parse(installation_key)
    reply = client.request(
        "POST", f"/support/sessions/{clean}/offers", {"installation_key": key.text}
    )
    return Offer.from_json(reply.data)


def fetch_offers(client: ServiceClient, code: str, etag: str | None = None) -> OffersPage:
    """``GET /support/sessions/{code}/offers``, conditional on ``etag``. An unknown or
    expired code raises SupportSessionEnded."""
    clean = normalize_code(code)
    try:
        reply = client.get(f"/support/sessions/{clean}/offers", etag)
    except NotFound as err:
        # Our own sentence, not the service's "no such session": the client was waiting.
        facts = {k: v for k, v in err.details.items() if k != "service_message"}
        raise SupportSessionEnded(**facts) from None
    if reply.status == 304:
        return OffersPage([], reply.etag or etag, changed=False)
    items = reply.data.get("offers")
    if not isinstance(items, list):
        raise bad_answer("offers")
    return OffersPage([Offer.from_json(item) for item in items], reply.etag, changed=True)


def end_session(client: ServiceClient, code: str) -> bool:
    """The client ends its own session (``DELETE /support/sessions/{code}``): the code stops
    working at once, so staff cannot send a key nobody waits for any more. False when the
    session had already ended (404): nothing is left to end. Bounded by ``END_DEADLINE``:
    it is said on the way out (a dialog closed, a wait broken off), and a code left open
    expires on its own within 30 minutes anyway."""
    clean = normalize_code(code)
    try:
        client.request("DELETE", f"/support/sessions/{clean}", None, within=END_DEADLINE)
    except NotFound:
        return False
    return True


def verify_offer(
    offer: Offer,
    programs: Sequence[InstalledProgram],
    trust: TrustStore,
    *,
    demo_allowed: bool,
    today: dt.date,
) -> VerifiedOffer:
    """The program among ``programs`` whose installation key the offer answers, with the key
    verified exactly as ``activate`` verifies one. RegistrationKeyError (exit 8) when the key
    does not parse or verify; NoProgramForKey when it answers no program here."""
    key = RegistrationKey.parse(offer.registration_key)
    for program in programs:
        installation = program.installation_key
        if program.problem is None and installation is not None and (
            installation.digest() == key.installation_digest
            and installation.product == key.product
        ):
            verified = verified_key(
                offer.registration_key, installation, trust,
                demo_allowed=demo_allowed, today=today,
            )
            return VerifiedOffer(offer, program, verified)
    raise NoProgramForKey(
        status="other_installation", product=offer.product or "ПАСОСС"
    )


@dataclass
class OfferWatch:
    """The client's side of waiting: each :meth:`poll` is one conditional GET and returns
    the offers not seen before, oldest first. The caller decides how long to wait between
    polls (DESIGN §5.1: cheap polling, at most 3 s apart) and when to give up."""

    client: ServiceClient
    code: str
    etag: str | None = None
    seen: set[int] = field(default_factory=set)

    def poll(self) -> list[Offer]:
        """New offers since the last poll; SupportSessionEnded when the code has expired."""
        page = fetch_offers(self.client, self.code, self.etag)
        self.etag = page.etag
        fresh = [offer for offer in page.offers if offer.offer_id not in self.seen]
        self.seen.update(offer.offer_id for offer in fresh)
        return list(reversed(fresh))


__all__ = [
    "END_DEADLINE",
    "NoProgramForKey",
    "Offer",
    "OfferWatch",
    "OffersPage",
    "SupportSessionEnded",
    "VerifiedOffer",
    "end_session",
    "fetch_offers",
    "send_offer",
    "verify_offer",
]
