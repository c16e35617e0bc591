"""The account as typed values: profile, licences and their installations, contracts, news,
comparison rows, the vendor's contacts and who is logged in (JSON shapes of DESIGN.md section 5).

Service JSON becomes these frozen dataclasses where it enters the program: a sync, the
offline copy, an API answer (POST /keys, an offline response file). This module is the one
place that reads that JSON; past it the command line, the GUI and diagnostics read
attributes. Parsing is lenient the way the service is documented to be: a missing field
takes its empty value, a field of the wrong type is a ``ValueError`` (the caller turns that
into "the service answered something we do not understand" or a resync of the copy).
``to_json`` gives back the documented shape for ``--json`` output and the offline files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .products import Product, mask_from_modules

JsonObject = Mapping[str, Any]


def _text(data: JsonObject, key: str, default: str = "") -> str:
    value = data.get(key)
    if type(value) is str:  # nearly always: first, before the slower checks (20 000 rows)
        return value
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"{key}: expected text")
    return str(value)


def _number(data: JsonObject, key: str) -> int | None:
    value = data.get(key)
    if type(value) is int:  # not a bool, whose type is bool
        return value
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{key}: expected a number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise ValueError(f"{key}: expected a number")


def _objects(value: Any, what: str) -> list[JsonObject]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ValueError(f"{what}: expected a list of objects")
    return value


def _object(value: Any, what: str) -> JsonObject:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"{what}: expected an object")
    return value


@dataclass(frozen=True)
class AccountSummary:
    """Who is logged in (the ``account`` object of the login answer)."""

    email: str
    company: str
    customer_number: int
    role: str

    @classmethod
    def from_json(cls, data: Any) -> AccountSummary:
        # Lenient: a login answer without the object still logs in (shown as unknown).
        data = data if isinstance(data, Mapping) else {}
        return cls(
            email=_text(data, "email"),
            company=_text(data, "company"),
            customer_number=_number(data, "customer_number") or 0,
            role=_text(data, "role", "client"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.email,
            "company": self.company,
            "customer_number": self.customer_number,
            "role": self.role,
        }


@dataclass(frozen=True)
class Profile:
    """The company's data (GET /profile); empty strings before the first sync."""

    company: str = ""
    eik: str = ""
    email: str = ""
    mol: str = ""
    phone: str = ""
    customer_number: int | None = None

    @classmethod
    def from_json(cls, data: Any) -> Profile:
        data = _object(data, "profile")
        return cls(
            company=_text(data, "company"),
            eik=_text(data, "eik"),
            email=_text(data, "email"),
            mol=_text(data, "mol"),
            phone=_text(data, "phone"),
            customer_number=_number(data, "customer_number"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "eik": self.eik,
            "email": self.email,
            "mol": self.mol,
            "phone": self.phone,
            "customer_number": self.customer_number,
        }


@dataclass(frozen=True)
class Installation:
    """One installation registered under a licence (a key the service issued)."""

    workstation_id: str = ""
    installation_key: str = ""
    registration_key: str = ""
    generated_at: str = ""  # ISO 8601 UTC, as the service wrote it
    version: str = ""

    @classmethod
    def from_json(cls, data: JsonObject) -> Installation:
        return cls(
            workstation_id=_text(data, "workstation_id"),
            installation_key=_text(data, "installation_key"),
            registration_key=_text(data, "registration_key"),
            generated_at=_text(data, "generated_at"),
            version=_text(data, "version"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "workstation_id": self.workstation_id,
            "installation_key": self.installation_key,
            "registration_key": self.registration_key,
            "generated_at": self.generated_at,
            "version": self.version,
        }


@dataclass(frozen=True)
class Licence:
    """A licensed program with the installations registered under it."""

    id: int | None = None
    product_code: str = ""  # "SCH", "RZ5" … as the service names it
    product_name: str = ""
    installation_type: str = ""  # the API name: standalone, network_server …
    workplaces: int = 0
    service_type: str = ""
    modules: tuple[int, ...] = ()
    max_version: str = ""
    valid_until: str | None = None  # ISO date; None = no end
    status: str = ""  # active, expired, suspended
    installations: tuple[Installation, ...] = ()

    @classmethod
    def from_json(cls, data: JsonObject) -> Licence:
        modules = data.get("modules") or []
        if not isinstance(modules, list):
            raise ValueError("modules: expected a list")
        valid_until = data.get("valid_until")
        return cls(
            id=_number(data, "id"),
            product_code=_text(data, "product").strip().upper(),
            product_name=_text(data, "product_name"),
            installation_type=_text(data, "installation_type"),
            workplaces=_number(data, "workplaces") or 0,
            service_type=_text(data, "service_type"),
            modules=tuple(m for m in modules if isinstance(m, int) and not isinstance(m, bool)),
            max_version=_text(data, "max_version"),
            valid_until=str(valid_until) if valid_until else None,
            status=_text(data, "status"),
            installations=tuple(
                Installation.from_json(item)
                for item in _objects(data.get("installations"), "installations")
            ),
        )

    @property
    def product(self) -> Product | None:
        """The catalogue's program, None for a code this version does not know."""
        try:
            return Product.from_code(self.product_code)
        except ValueError:
            return None

    @property
    def module_mask(self) -> int:
        return mask_from_modules(self.modules)

    @property
    def title(self) -> str:
        """The program's name as the service gives it, else its code."""
        return self.product_name or self.product_code

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "product": self.product_code,
            "product_name": self.product_name,
            "installation_type": self.installation_type,
            "workplaces": self.workplaces,
            "service_type": self.service_type,
            "modules": list(self.modules),
            "max_version": self.max_version,
            "valid_until": self.valid_until,
            "status": self.status,
            "installations": [i.to_json() for i in self.installations],
        }


@dataclass(frozen=True)
class Contract:
    id: int | None = None
    year: int | None = None
    document_type: str = ""
    subscription_type: str = ""
    monthly_price: str = ""  # decimal text, "30.00"
    currency: str = ""  # BGN, EUR
    concluded_on: str = ""  # ISO date
    status: str = ""  # active, awaiting_payment, expired, terminated
    paid: bool = False

    @classmethod
    def from_json(cls, data: JsonObject) -> Contract:
        return cls(
            id=_number(data, "id"),
            year=_number(data, "year"),
            document_type=_text(data, "document_type"),
            subscription_type=_text(data, "subscription_type"),
            monthly_price=_text(data, "monthly_price"),
            currency=_text(data, "currency"),
            concluded_on=_text(data, "concluded_on"),
            status=_text(data, "status"),
            paid=bool(data.get("paid")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "year": self.year,
            "document_type": self.document_type,
            "subscription_type": self.subscription_type,
            "monthly_price": self.monthly_price,
            "currency": self.currency,
            "concluded_on": self.concluded_on,
            "status": self.status,
            "paid": self.paid,
        }


@dataclass(frozen=True)
class NewsItem:
    id: int | None = None
    published_on: str = ""  # ISO date
    title: str = ""
    body: str = ""  # plain text, paragraphs separated by a blank line
    products: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: JsonObject) -> NewsItem:
        products = data.get("products") or []
        if not isinstance(products, list):
            raise ValueError("products: expected a list")
        return cls(
            id=_number(data, "id"),
            published_on=_text(data, "published_on"),
            title=_text(data, "title"),
            body=_text(data, "body"),
            products=tuple(str(p) for p in products),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published_on": self.published_on,
            "title": self.title,
            "body": self.body,
            "products": list(self.products),
        }


# A raw value in a comparison row: what the key asks or the licence allows (JSON scalar
# or list, e.g. the module numbers); None when there is no licence.
RawValue = Any


@dataclass(frozen=True)
class ComparisonRow:
    """One parameter of the key compared with the licence (POST /keys, not_entitled)."""

    param: str
    label: str = ""
    requested: str = ""
    entitled: str = ""
    requested_value: RawValue = None
    entitled_value: RawValue = None
    ok: bool = False

    @classmethod
    def from_json(cls, data: JsonObject) -> ComparisonRow:
        return cls(
            param=_text(data, "param"),
            label=_text(data, "label"),
            requested=_text(data, "requested"),
            entitled=_text(data, "entitled"),
            requested_value=data.get("requested_value"),
            entitled_value=data.get("entitled_value"),
            ok=bool(data.get("ok")),
        )

    @property
    def name(self) -> str:
        """The service's label, else the parameter's code."""
        return self.label or self.param

    def to_json(self) -> dict[str, Any]:
        return {
            "param": self.param,
            "label": self.label,
            "requested": self.requested,
            "entitled": self.entitled,
            "requested_value": self.requested_value,
            "entitled_value": self.entitled_value,
            "ok": self.ok,
        }


@dataclass(frozen=True)
class ContactDetails:
    """The vendor's support contacts (GET /contacts, no login)."""

    company: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    hours: str = ""
    website: str = ""

    @classmethod
    def from_json(cls, data: Any) -> ContactDetails:
        data = _object(data, "contacts")
        phones = data.get("phones") or []
        if not isinstance(phones, list):
            raise ValueError("phones: expected a list")
        return cls(
            company=_text(data, "company"),
            phones=tuple(str(p) for p in phones),
            email=_text(data, "email"),
            hours=_text(data, "hours"),
            website=_text(data, "website"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "phones": list(self.phones),
            "email": self.email,
            "hours": self.hours,
            "website": self.website,
        }


def comparison_rows(value: Any) -> tuple[ComparisonRow, ...]:
    """The rows of a comparison table; ValueError when it is not a list of objects."""
    return tuple(ComparisonRow.from_json(row) for row in _objects(value, "comparison"))


def licence_list(value: Any) -> tuple[Licence, ...]:
    """The ``licences`` list of GET /licences; ValueError when it is not one."""
    return tuple(Licence.from_json(item) for item in _objects(value, "licences"))


@dataclass(frozen=True)
class AccountData:
    """The account, synced now or read from the offline copy."""

    profile: Profile = Profile()
    licences: tuple[Licence, ...] = ()
    contracts: tuple[Contract, ...] = ()
    news: tuple[NewsItem, ...] = ()
    synced_at: dt.datetime | None = None  # UTC, aware; None = never synced
    from_cache: bool = False
    # The account's role (``client``, ``staff``) as the data names it: a window showing the
    # offline copy before the session is resumed offers that role's sections. None when
    # it names none (a copy saved before the role was kept): a client's sections.
    role: str | None = None

    @classmethod
    def from_json(
        cls,
        *,
        profile: Any,
        licences: Any,
        contracts: Any,
        news: Any,
        synced_at: dt.datetime | None = None,
        from_cache: bool = False,
        account: Any = None,
    ) -> AccountData:
        """The parts as the service sends them (``licences`` etc. are the lists);
        ``account`` is the login's account object, which names the role."""
        role = _text(account, "role") if isinstance(account, Mapping) else ""
        return cls(
            profile=Profile.from_json(profile),
            licences=licence_list(licences),
            contracts=tuple(Contract.from_json(x) for x in _objects(contracts, "contracts")),
            news=tuple(NewsItem.from_json(x) for x in _objects(news, "news")),
            synced_at=synced_at,
            from_cache=from_cache,
            role=role or None,
        )

    def part_json(self, part: str) -> Any:
        """One part (``profile``, ``licences``, ``contracts``, ``news``) as JSON again."""
        if part == "profile":
            return self.profile.to_json()
        items: tuple[Licence, ...] | tuple[Contract, ...] | tuple[NewsItem, ...] = getattr(
            self, part
        )
        return [item.to_json() for item in items]
