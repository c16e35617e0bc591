"""The done-when of issue 4, checked as a user would: ``python -m pasoss_activator`` in a
subprocess against the real stub on a loopback port."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from tests.commands.tampering_proxy import tampering_proxy

ROOT = Path(__file__).resolve().parents[1]
EMAIL = "demo@pasoss.example"
PASSWORD = "demo-parola-2026"


def run_cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # Never touch the real keyring of the machine running the tests.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "pasoss_activator", *args],
        input=(password + "\n") if password is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def cp1251_config(key: InstallationKey) -> bytes:
    """A PASOSS.INI as a real one may look: comments, odd case, unknown sections, Cyrillic,
    and byte 0x98, which Windows-1251 in Python lacks."""
    head = (
        "; Конфигурация — ПАСОСС\r\n"
        "[program]\r\n"
        "product=SCH\r\n"
        "Version=230704.0\r\n"
        "Name=ПАСОСС-Счетоводство\r\n"
        "\r\n"
        "[Потребител]\r\n"
        "Име=Мария Иванова\r\n"
    ).encode("cp1251")
    odd = b"Raw=\x98\xff\x80\r\n\r\n"
    tail = (
        "[Registration]\r\n"
        f"InstallationKey={key.text}\r\n"
        "RegistrationKey=\r\n"
        "RegisteredOn=\r\n"
        "; край на регистрацията\r\n"
        "[Database]\r\n"
        "Path=Data\\Фирми\r\n"
    ).encode("cp1251")
    return head + odd + tail


def program_folder(tmp_path: Path, product: Product) -> tuple[Path, bytes]:
    folder = tmp_path / product.name
    folder.mkdir()
    key = demo_keys()[product]
    data = cp1251_config(key) if product is Product.SCH else cp1251_config(key).replace(
        b"product=SCH", b"product=RZ5"
    )
    (folder / "PASOSS.INI").write_bytes(data)
    return folder, data


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr


def test_activate_writes_a_verifying_key_and_keeps_every_other_byte(fresh_stub, tmp_path) -> None:
    folder, before = program_folder(tmp_path, Product.SCH)
    day_before = today_sofia()
    result = run_cli(
        "activate", str(folder), "--server", fresh_stub.url, "--email", EMAIL,
        "--password-stdin", "--json", password=PASSWORD,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) >= {"product", "registration_key", "config_path", "backup_path",
                           "comparison"}
    assert answer["product"] == "SCH"
    assert all(row["ok"] for row in answer["comparison"])
    config = folder / "PASOSS.INI"
    after = config.read_bytes()
    written = re.search(rb"RegisteredOn=(\d{4}-\d{2}-\d{2})\r\n", after)
    assert written is not None
    assert written.group(1).decode() in {day_before.isoformat(), today_sofia().isoformat()}
    key_text = answer["registration_key"]
    expected = before.replace(
        b"RegistrationKey=\r\n", b"RegistrationKey=" + key_text.encode("ascii") + b"\r\n"
    ).replace(b"RegisteredOn=\r\n", b"RegisteredOn=" + written.group(1) + b"\r\n")
    assert after == expected
    assert Path(answer["config_path"]) == config
    assert Path(answer["backup_path"]).parent == folder
    assert Path(answer["backup_path"]).read_bytes() == before
    key = RegistrationKey.parse(key_text)
    key.verify(demo_keys()[Product.SCH], TrustStore.load(), demo_allowed=True, today=today_sofia())
    assert key.key_id == 0


def test_the_demo_rz5_is_refused_with_exit_4_and_the_modules_row_explained(
    fresh_stub, tmp_path
) -> None:
    """DESIGN §8: 231016.1 is a free fix of the licensed 231016.0; module 3 „Декларации към
    НАП“ is switched on without a licence, so the advice is to order it or switch it off."""
    folder, before = program_folder(tmp_path, Product.RZ5)
    result = run_cli(
        "activate", str(folder), "--server", fresh_stub.url, "--email", EMAIL,
        "--password-stdin", "--json", password=PASSWORD,
    )
    assert result.returncode == 4
    answer = json.loads(result.stdout)
    assert answer["error"] == "not_entitled"
    assert "Модули" in answer["message"] and "Версия" not in answer["message"]
    assert "Модулът „Декларации към НАП“ е включен в програмата, но не е в лиценза" in (
        answer["message"]
    )
    assert "Подновете" not in answer["message"]
    assert set(answer) == {"error", "message"}  # DESIGN §7: the failure shape, nothing more
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["PASOSS.INI"]
    assert_no_traceback(result)

    human = run_cli(
        "activate", str(folder), "--server", fresh_stub.url, "--email", EMAIL,
        "--password-stdin", password=PASSWORD,
    )
    assert human.returncode == 4
    assert (
        "Модули: поискано Основен модул, Болнични и отпуски, Персонал, Декларации към НАП, "
        "полага се Основен модул, Болнични и отпуски, Персонал." in human.stderr
    )
    assert "Поръчайте го от ПАСОСС или го изключете в програмата" in human.stderr
    version_line = next(line for line in human.stderr.splitlines() if line.startswith("Версия"))
    assert version_line.split()[-1] == "да"  # the version row passes
    assert_no_traceback(human)


def test_a_wrong_password_exits_3_without_a_traceback(fresh_stub, tmp_path) -> None:
    folder, before = program_folder(tmp_path, Product.SCH)
    result = run_cli(
        "activate", str(folder), "--server", fresh_stub.url, "--email", EMAIL,
        "--password-stdin", "--json", password="not-the-password",
    )
    assert result.returncode == 3
    assert json.loads(result.stdout)["error"] == "invalid_credentials"
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert_no_traceback(result)


def test_an_unreachable_service_exits_5_without_a_traceback(tmp_path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    folder, before = program_folder(tmp_path, Product.SCH)
    result = run_cli(
        "activate", str(folder), "--server", f"http://127.0.0.1:{port}", "--email", EMAIL,
        "--password-stdin", "--json", password=PASSWORD,
    )
    assert result.returncode == 5
    answer = json.loads(result.stdout)
    assert answer["error"] == "service_unavailable" and "ПАСОСС" in answer["message"]
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert_no_traceback(result)
    human = run_cli("licences", "--server", f"http://127.0.0.1:{port}", "--email", EMAIL,
                    "--password-stdin", password=PASSWORD)
    assert human.returncode == 5 and human.stderr.startswith("Грешка: ")
    assert_no_traceback(human)


def test_a_key_changed_on_the_way_is_refused_with_exit_8_and_the_file_untouched(
    fresh_stub, tmp_path
) -> None:
    folder, before = program_folder(tmp_path, Product.SCH)
    with tampering_proxy(fresh_stub.url) as proxy:
        result = run_cli(
            "activate", str(folder), "--server", proxy, "--email", EMAIL,
            "--password-stdin", "--json", password=PASSWORD,
        )
    assert result.returncode == 8, result.stdout + result.stderr
    assert json.loads(result.stdout)["error"] == "verification_failed"
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["PASOSS.INI"]
    assert_no_traceback(result)


@pytest.mark.parametrize("position", ["before", "after"])
def test_global_options_stand_before_or_after_the_subcommand(stub, position: str) -> None:
    options = ["--server", stub.url, "--json", "--email", EMAIL, "--password-stdin"]
    args = [*options, "contracts"] if position == "before" else ["contracts", *options]
    result = run_cli(*args, password=PASSWORD)
    assert result.returncode == 0, result.stderr
    contracts = json.loads(result.stdout)["contracts"]
    assert {c["currency"] for c in contracts} == {"BGN", "EUR"}
