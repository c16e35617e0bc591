"""The two PASOSS programs and their module catalogues (DESIGN.md section 8)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..i18n.catalogue import N  # marks texts for translation (a no-op)


class Product(enum.IntEnum):
    SCH = 1
    RZ5 = 2

    @property
    def display_name(self) -> str:
        return CATALOGUE[self].name

    @property
    def modules(self) -> tuple[str, ...]:
        return CATALOGUE[self].modules

    @classmethod
    def from_code(cls, code: str) -> Product:
        """``Product`` for ``"SCH"`` or ``"RZ5"`` (any case); ValueError otherwise."""
        try:
            return cls[code.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown product {code!r}") from None


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


@dataclass(frozen=True)
class Catalogue:
    name: str
    modules: tuple[str, ...]

    @property
    def all_modules_mask(self) -> int:
        return (1 << len(self.modules)) - 1


CATALOGUE = {
    Product.SCH: Catalogue(
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
    Product.RZ5: Catalogue(
        "ПАСОСС-Работни заплати 5",
        (
            "Основен модул",
            "Болнични и отпуски",
            "Персонал",
            "Декларации към НАП",
            "Ваучери за храна",
        ),
    ),
}


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
    return [names[b] if b < len(names) else f"модул {b}" for b in modules_from_mask(mask)]
