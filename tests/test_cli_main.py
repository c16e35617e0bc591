"""``pasoss-activator`` entry point: version, CLI without Qt, and logs without secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pasoss_activator import __version__
from pasoss_activator.core.demo_programs import create_demo_programs
from pasoss_activator.core.logging_setup import log_file
from tests.commands.cli_run import EMAIL, PASSWORD, run

ROOT = Path(__file__).resolve().parents[1]


def python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env, timeout=120)


def test_version_is_printed() -> None:
    result = python(
        "from pasoss_activator.__main__ import main; raise SystemExit(main(['--version']))"
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"pasoss-activator {__version__}"


def test_the_command_line_never_loads_qt() -> None:
    result = python(
        "import sys; from pasoss_activator.__main__ import main\n"
        "code = main(['programs', '--json'])\n"
        "assert 'PySide6' not in sys.modules, 'Qt loaded'\n"
        "raise SystemExit(code)"
    )
    assert result.returncode == 0, result.stderr


def test_the_log_holds_no_password_token_or_full_key(capsys, fresh_stub, memory_keyring,
                                                     tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PASOSS_PROGRAMS", str(tmp_path / "pc"))
    create_demo_programs(tmp_path / "pc")
    result = run(capsys, "activate", "--product", "SCH", "--server", fresh_stub.url,
                 "--email", EMAIL, "--password-stdin", "--json", password=PASSWORD)
    assert result.code == 0
    run(capsys, "login", "--server", fresh_stub.url, "--email", EMAIL, "--password-stdin",
        password=PASSWORD)
    assert run(capsys, "licences", "--server", fresh_stub.url).code == 0
    log = log_file().read_text(encoding="utf-8")
    assert "activated SCH" in log  # the log is written at all
    key = result.json()["registration_key"]
    assert PASSWORD not in log
    assert key not in log and key.replace("-", "") not in log
    for secret in memory_keyring.secrets.values():
        assert secret not in log
