"""``diagnostics`` and ``support`` on the command line, against the real stub: the client
uploads the report and reads out a code; staff turn the code into the client's report."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from pasoss_activator.cli import main
from server_stub.testing import RunningStub
from tests.core.support_env import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    OTHER_EMAIL,
    OTHER_PASSWORD,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    SupportEnv,
    support_env,
)


@pytest.fixture
def env(fresh_stub: RunningStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SupportEnv:
    return support_env(fresh_stub, tmp_path, monkeypatch)


class Cli:
    def __init__(self, env: SupportEnv, capsys: pytest.CaptureFixture[str]) -> None:
        self.env, self.capsys = env, capsys

    def __call__(self, *args: str, email: str, password: str) -> tuple[int, str, str]:
        argv = [*args, "--server", self.env.stub.url, "--email", email, "--password-stdin"]
        code = main(argv, stdin=io.StringIO(password + "\n"))
        out = self.capsys.readouterr()
        return code, out.out, out.err


@pytest.fixture
def cli(env: SupportEnv, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(env, capsys)


def test_after_activation_diagnostics_json_shows_programs_not_secrets(
    env: SupportEnv, cli: Cli
) -> None:
    sch = str(env.programs_root / "SCH")
    code, out, _ = cli("activate", sch, "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    assert code == 0
    key = json.loads(out)["registration_key"]

    code, out, _ = cli("diagnostics", "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD)

    assert code == 0
    report = json.loads(out)
    versions = {p["fields"]["product"]: p["version"] for p in report["programs"]}
    assert versions == {"SCH": "230704.0", "RZ5": "231016.1"}
    assert {p["status"] for p in report["programs"]} == {"valid", "none"}
    assert DEMO_PASSWORD not in out
    assert key not in out and key.replace("-", "") not in out


def test_support_code_round_trip(env: SupportEnv, cli: Cli) -> None:
    code, out, _ = cli("support", "start", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    assert code == 0
    found = re.search(r"Код: (\d{3}) (\d{3})\s+\(валиден (\d+) минути\)", out)
    assert found, out
    assert found.group(3) in ("29", "30")
    assert "█" in out  # the code is shown large too
    support_code = found.group(1) + found.group(2)

    code, out, _ = cli("support", "show", support_code, email=STAFF_EMAIL, password=STAFF_PASSWORD)

    assert code == 0
    assert f"КОД {support_code}" in out
    assert "„Демо Счетоводство“ ЕООД — клиентски номер 1001" in out
    assert "Имейл: demo@pasoss.example" in out
    assert "ПАСОСС-Счетоводство 230704.0 — Няма ключ" in out
    assert "Добавен е модулът Дълготрайни активи" in out  # what changed since the old PC
    assert "КАКВО НЕ Е НАРЕД" in out and "КАКВО ДА КАЖЕТЕ НА КЛИЕНТА" in out
    # DESIGN §8: the demo RZ5 231016.1 is a free fix of 231016.0; its module 3 is the gap,
    # and the tip is to order the module or switch it off — not to renew a subscription.
    assert "Лицензът не покрива: програмата има модули извън лиценза." in out
    assert "231016.1 е от по-ново издание" not in out
    assert "да поръча модулите извън лиценза или да ги изключи в програмата" in out
    assert "(заето 1 от 3 места)" in out


def test_support_code_spoken_with_a_space_and_read_as_json(env: SupportEnv, cli: Cli) -> None:
    code, out, _ = cli("support", "start", "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    started = json.loads(out)
    assert code == 0 and re.fullmatch(r"\d{6}", started["code"])
    assert 29 <= started["minutes_valid"] <= 30
    spoken = f"{started['code'][:3]} {started['code'][3:]}"

    code, out, _ = cli(
        "support", "show", spoken, "--json", email=STAFF_EMAIL, password=STAFF_PASSWORD
    )

    assert code == 0
    session = json.loads(out)
    assert session["account"]["customer_number"] == 1001
    assert len(session["diagnostics"]["programs"]) == 2

    # As shown on screen ("263 945") and typed without quotes: two arguments, one code.
    code, out, _ = cli(
        "support", "show", *spoken.split(), "--json", email=STAFF_EMAIL, password=STAFF_PASSWORD
    )
    assert code == 0 and json.loads(out)["code"] == started["code"]


def test_a_client_cannot_read_a_support_report(env: SupportEnv, cli: Cli) -> None:
    _, out, _ = cli("support", "start", "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    support_code = json.loads(out)["code"]
    for email, password in ((DEMO_EMAIL, DEMO_PASSWORD), (OTHER_EMAIL, OTHER_PASSWORD)):
        code, out, _ = cli(
            "support", "show", support_code, "--json", email=email, password=password
        )
        assert code == 3
        assert json.loads(out)["error"] == "forbidden"


def test_a_wrong_code_is_not_found(env: SupportEnv, cli: Cli) -> None:
    _, out, _ = cli("support", "start", "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    wrong = f"{(int(json.loads(out)['code']) + 1) % 1_000_000:06d}"

    code, out, err = cli("support", "show", wrong, email=STAFF_EMAIL, password=STAFF_PASSWORD)

    assert code == 2
    assert "Няма активна сесия за поддръжка с този код" in err


def test_a_code_that_is_not_six_digits_is_named(env: SupportEnv, cli: Cli) -> None:
    code, _, err = cli("support", "show", "12 34", email=STAFF_EMAIL, password=STAFF_PASSWORD)
    assert code == 2
    assert "Кодът е от 6 цифри" in err


def test_support_start_needs_a_login(env: SupportEnv, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["support", "start", "--server", env.stub.url])
    assert code == 3
    assert "Не сте влезли" in capsys.readouterr().err


def test_diagnostics_without_login_or_service_still_reports(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    env.stub.stop()
    code = main(["diagnostics", "--server", env.stub.url])
    out = capsys.readouterr().out
    assert code == 0
    assert "Профил: не сте влезли" in out
    assert "Няма връзка" in out
    assert "Програми (2):" in out


def test_diagnostics_output_file(env: SupportEnv, cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "отчет.json"
    code, out, err = cli(
        "diagnostics", "--output", str(target), email=DEMO_EMAIL, password=DEMO_PASSWORD
    )
    assert code == 0 and out == ""
    assert f"Отчетът е записан в {target}" in err
    assert json.loads(target.read_text("utf-8"))["account"]["email"] == DEMO_EMAIL

    code, _, err = cli(
        "diagnostics",
        "--output",
        str(tmp_path / "няма-такава-папка" / "d.txt"),
        email=DEMO_EMAIL,
        password=DEMO_PASSWORD,
    )
    assert code == 6
    assert "Изберете друга папка" in err
