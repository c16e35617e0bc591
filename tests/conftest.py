"""Session-wide test setup.

Qt runs offscreen (without it pytest-qt aborts the process on a machine with no display),
the OS keyring is an in-memory backend (a headless machine has none), and a real service
stub runs on a free loopback port.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything at the end of each test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that cannot apply on Windows (or under Wine) are skipped with the reason."""
    from tests.windows_helpers import platform_skips

    skips = platform_skips()
    for item in items:
        reason = skips.get(item.nodeid.replace("\\", "/"))
        if reason:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring, so no test touches a real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, cache and logs of the app go to a fresh folder in every test."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PASOSS_ACTIVATOR_HOME", str(home))
    monkeypatch.delenv("PASOSS_PROGRAMS", raising=False)
    monkeypatch.delenv("PASOSS_SERVICE_URL", raising=False)
    monkeypatch.delenv("PASOSS_LANG", raising=False)
    return home


@pytest.fixture(autouse=True)
def bulgarian_by_default() -> Iterator[None]:
    """Each test starts in Bulgarian; one that switches (``--lang en``) leaves no trace."""
    from pasoss_activator.core import language

    language.use(language.DEFAULT)
    yield
    language.use(language.DEFAULT)


# --- the service stub (server_stub.testing) ------------------------------------------
# `stub` is shared by the whole session: use it for reading, and for asking keys for the
# demo's new PC (disk PASOSS-DEMO-NEW-PC, which every test may register). A test that
# changes what others would see — wrong passwords (throttling counts them per e-mail and
# per address: 5 lock the e-mail for 15 minutes), password changes, keys for other disks
# (the SCH licence has 3 seats, the old PC holds one), moving the clock — takes
# `fresh_stub`: its own server on a fresh copy of the demo database.

import shutil  # noqa: E402

from server_stub.service import Service  # noqa: E402
from server_stub.testing import RunningStub, running_stub  # noqa: E402


@pytest.fixture(scope="session")
def stub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStub]:
    """The real service stub with the demo data, on a free loopback port."""
    with running_stub(tmp_path_factory.mktemp("stub") / "stub.db", demo_data=True) as running:
        yield running


@pytest.fixture(scope="session")
def _demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo-seeded database made once, copied for each `fresh_stub` (seeding hashes
    three passwords with scrypt; copying is much cheaper)."""
    path = tmp_path_factory.mktemp("stub-template") / "demo.db"
    Service.open(path, demo_data=True)
    return path


@pytest.fixture
def fresh_stub(_demo_database: Path, tmp_path: Path) -> Iterator[RunningStub]:
    """A stub of this test's own: the demo data, nothing anybody else did to it."""
    path = tmp_path / "stub.db"
    shutil.copyfile(_demo_database, path)
    with running_stub(path, demo_data=True) as running:
        yield running
