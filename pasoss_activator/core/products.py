"""The catalogue of PASOSS programs and their modules (DESIGN.md section 8): the one list.

Keys carry a program's number, the service and ``--json`` its code, people its name, and a
licence its module numbers; all of them come from ``CATALOGUE``. The client, the service
stub (validation, comparison, its command line) and the API description read it, so a
new program is one entry here (tests/core/test_product_catalogue.py adds one and follows
it end to end).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from .error_catalogue import N  # marks texts for translation (a no-op)


class _ProductsMeta(type):
    """``for product in Product`` walks the catalogue, as it did when Product was an enum."""

    def __iter__(cls) -> Iterator[Product]:
        return iter(tuple(CATALOGUE.values()))

    def __len__(cls) -> int:
        return len(CATALOGUE)


@dataclass(frozen=True)
class Product(metaclass=_ProductsMeta):
    """One PASOSS program."""

    number: int  # the 4 bits that name it inside installation and registration keys
    code: str  # "SCH": the service's and the command line's name, and [Program] Product=
    display_name: str
    modules: tuple[str, ...]  # module names by bit number; bit 0 is the base module

    SCH: ClassVar[Product]
    RZ5: ClassVar[Product]

    def __post_init__(self) -> None:
        if not 0 < self.number < 16:
            raise ValueError("a product's number must fit in 4 bits (1…15)")

    @property
    def name(self) -> str:
        """The code (the spelling of the time Product was an enum; keys and SQL use it)."""
        return self.code

    @property
    def all_modules_mask(self) -> int:
        return (1 << len(self.modules)) - 1

    def __int__(self) -> int:
        return self.number

    def __str__(self) -> str:
        return self.code

    @classmethod
    def from_code(cls, code: str) -> Product:
        """The program with code ``code`` (any case, e.g. ``"sch"``); ValueError otherwise."""
        found = CATALOGUE.get(code.strip().upper())
        if found is None:
            raise ValueError(f"unknown product {code!r}")
        return found

    @classmethod
    def from_number(cls, number: int) -> Product:
        """The program a key's product nibble names; ValueError for an unknown one."""
        for product in CATALOGUE.values():
            if product.number == number:
                return product
        raise ValueError(f"unknown product number {number}")


def product_codes() -> list[str]:
    """The codes in catalogue order: for ``choices=`` and the API's enum."""
    return list(CATALOGUE)


def product_codes_text(joiner: str = " или ") -> str:
    """``SCH или RZ5``: for messages that list what is allowed."""
    codes = product_codes()
    return ", ".join(codes[:-1]) + joiner + codes[-1] if len(codes) > 1 else "".join(codes)


class InstallationType(enum.IntEnum):
    STANDALONE = 0
    NETWORK_SERVER = 1
    NETWORK_WORKSTATION = 2

    @property
    def api_name(self) -> str:
        """The value used by the service API and ``--json``."""
        return self.name.lower()

    @property
    def display_name(self) -> str:
        return INSTALLATION_TYPE_NAMES[self]

    @classmethod
    def from_api(cls, name: str) -> InstallationType:
        return cls[name.upper()]


# Where a PASOSS program shows its installation key and takes the registration key, in the
# program's own words (DESIGN.md section 8): help quotes it so the accountant finds it.
# (Written out in full, not composed: the sentence is translated as a whole.)
REGISTRATION_PLACE = "„Фирми и години“ → Главно меню → Служебни функции → Регистрация"
WHERE_THE_KEYS_ARE = N(
    "products",
    "Инсталационният ключ е в програмата ПАСОСС: „Фирми и години“ → Главно меню → Служебни "
    "функции → Регистрация. Там се въвежда и регистрационният ключ.",
)

INSTALLATION_TYPE_NAMES = {
    InstallationType.STANDALONE: "Самостоятелна",
    InstallationType.NETWORK_SERVER: "Мрежова – сървър",
    InstallationType.NETWORK_WORKSTATION: "Мрежова – работна станция",
}


# code -> program. The one list: a new PASOSS program is one entry here.
CATALOGUE: dict[str, Product] = {
    product.code: product
    for product in (
        Product(
            1,
            "SCH",
            "ПАСОСС-Счетоводство",
            (
                "Основен модул",
                "ДДС дневници",
                "Дълготрайни активи",
                "Склад",
                "Каса и банки",
                "Интрастат",
                "Многофирмен режим",
            ),
        ),
        Product(
            2,
            "RZ5",
            "ПАСОСС-Работни заплати 5",
            (
                "Основен модул",
                "Болнични и отпуски",
                "Персонал",
                "Декларации към НАП",
                "Ваучери за храна",
            ),
        ),
    )
}
Product.SCH = CATALOGUE["SCH"]
Product.RZ5 = CATALOGUE["RZ5"]


def modules_from_mask(mask: int) -> list[int]:
    """Module numbers whose bits are set in ``mask``, ascending."""
    return [bit for bit in range(16) if mask >> bit & 1]


def mask_from_modules(modules: list[int] | tuple[int, ...]) -> int:
    mask = 0
    for bit in modules:
        mask |= 1 << bit
    return mask


def module_names(product: Product, mask: int) -> list[str]:
    names = product.modules
    unknown = N("comparison", "модул {0}")  # a module this version has no name for
    return [names[b] if b < len(names) else unknown.format(b) for b in modules_from_mask(mask)]
