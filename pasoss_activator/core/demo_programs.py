"""The demo program folders of DESIGN.md section 8, on a "new PC".

Disk serial ``PASOSS-DEMO-NEW-PC``; ``SCH`` 230704.0 with modules 0–2, network server,
3 workplaces (its key is granted), and ``RZ5`` 231016.1 with modules 0–3, standalone,
1 workplace: 231016.1 is a free fix of the licensed 231016.0, but module 3 „Декларации към
НАП“ is switched on without a licence, so only the ``modules`` row fails.
"""

from __future__ import annotations

from pathlib import Path

from .atomic_write import SHARED_FILE_MODE, write_atomically
from .dates import Version
from .installation_key import InstallationKey, workstation_id
from .products import InstallationType, Product

NEW_PC_DISK = "PASOSS-DEMO-NEW-PC"
OLD_PC_DISK = "PASOSS-DEMO-OLD-PC"
DEMO_CUSTOMER = 1001


def demo_keys(customer_number: int = DEMO_CUSTOMER) -> dict[Product, InstallationKey]:
    ws = workstation_id(NEW_PC_DISK)
    return {
        Product.SCH: InstallationKey(
            Product.SCH,
            Version.parse("230704.0"),
            0b111,
            InstallationType.NETWORK_SERVER,
            3,
            customer_number,
            ws,
        ),
        Product.RZ5: InstallationKey(
            Product.RZ5,
            Version.parse("231016.1"),
            0b1111,  # module 3 „Декларации към НАП“ is not in the licence
            InstallationType.STANDALONE,
            1,
            customer_number,
            ws,
        ),
    }


def old_pc_key(customer_number: int = DEMO_CUSTOMER) -> InstallationKey:
    """SCH 221115.0 with modules 0–1 on the old PC: the installation the demo account has
    registered already (one of its three SCH seats), so "what changed" has a past."""
    return InstallationKey(
        Product.SCH,
        Version.parse("221115.0"),
        0b11,
        InstallationType.NETWORK_SERVER,
        3,
        customer_number,
        workstation_id(OLD_PC_DISK),
    )


def render_ini(key: InstallationKey, comment: str = "") -> bytes:
    """A ``PASOSS.INI`` as the program writes it: Windows-1251, CRLF."""
    lines = [
        f"; {comment}" if comment else "; Конфигурация на програмата",
        "[Program]",
        f"Product={key.product.name}",
        f"Version={key.version}",
        f"Name={key.product.display_name}",
        "",
        "[Registration]",
        f"InstallationKey={key.text}",
        "RegistrationKey=",
        "RegisteredOn=",
        "",
        "[Database]",
        "Path=Data\\Фирми",
        "",
    ]
    return "\r\n".join(lines).encode("cp1251")


def create_demo_programs(root: Path, customer_number: int = DEMO_CUSTOMER) -> list[Path]:
    """Lay out the two demo program folders under ``root``; return their folders."""
    folders = []
    for product, key in demo_keys(customer_number).items():
        folder = root / product.name
        folder.mkdir(parents=True, exist_ok=True)
        ini = render_ini(key, f"ПАСОСС демо: {product.display_name}")
        write_atomically(folder / "PASOSS.INI", ini, mode=SHARED_FILE_MODE)
        folders.append(folder)
    return folders
