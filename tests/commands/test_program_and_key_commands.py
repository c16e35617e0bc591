"""programs, generate and activate (online and with request/response files), in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from pasoss_activator.core.demo_programs import create_demo_programs, demo_keys
from pasoss_activator.core.products import Product
from pasoss_activator.core.programs import load_program
from pasoss_activator.core.registration_key import Status
from pasoss_activator.core.trust import TrustStore

from .cli_run import EMAIL, PASSWORD, run


@pytest.fixture
def pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo "new PC": SCH and RZ5 found through PASOSS_PROGRAMS."""
    root = tmp_path / "programs"
    create_demo_programs(root)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(root))
    return root


def damage_group_3(folder: Path) -> None:
    config = folder / "PASOSS.INI"
    text = demo_keys()[Product.RZ5].text
    groups = text.split("-")
    groups[2] = groups[2][:3] + ("A" if groups[2][3] != "A" else "B") + groups[2][4]
    config.write_bytes(config.read_bytes().replace(text.encode(), "-".join(groups).encode()))


def test_programs_lists_every_field_and_a_damaged_one_with_its_group(capsys, pc: Path) -> None:
    damage_group_3(pc / "RZ5")
    result = run(capsys, "programs", "--json")
    assert result.code == 0
    found = {p["product"]: p for p in result.json()["programs"]}
    sch = found["SCH"]
    assert sch["version"] == "230704.0"
    assert sch["module_names"] == ["Основен модул", "ДДС дневници", "Дълготрайни активи"]
    assert sch["installation_type"] == "network_server" and sch["workplaces"] == 3
    assert sch["customer_number"] == 1001 and len(sch["workstation_id"]) == 8
    assert sch["installation_key"] == demo_keys()[Product.SCH].text
    assert sch["status"] == "none"
    assert found["RZ5"]["status"] == "damaged" and found["RZ5"]["error"]["group"] == 3
    text = run(capsys, "programs")
    assert "Мрежова – сървър" in text.out and "Грешна група:" in text.out


def test_an_unreadable_program_is_listed_and_the_others_still_shown(capsys, pc: Path) -> None:
    (pc / "Broken").mkdir()
    (pc / "Broken" / "PASOSS.INI").write_bytes(b"\x00\x01 not a text file")
    result = run(capsys, "programs", "--json")
    assert result.code == 0
    by_folder = {Path(p["folder"]).name: p for p in result.json()["programs"]}
    assert set(by_folder) == {"SCH", "RZ5", "Broken"}
    assert by_folder["Broken"]["error"]["code"] == "config_unreadable"
    # Unreadable is not "damaged" (a key read that does not parse): there is no key to judge.
    assert by_folder["Broken"]["status"] is None
    assert by_folder["Broken"]["status_text"] == "Конфигурацията не може да бъде прочетена"
    assert by_folder["SCH"]["status"] == "none"
    status = run(capsys, "status", "--json", "--server", "http://127.0.0.1:9")
    listed = {Path(p["folder"]).name: p for p in status.json()["programs"]}
    assert listed["Broken"]["status"] is None and listed["SCH"]["status"] == "none"
    text = run(capsys, "programs")
    assert "Конфигурацията не може да бъде прочетена" in text.out
    assert "ПАСОСС-Счетоводство (SCH)" in text.out


def test_activate_with_several_programs_and_none_named_is_a_usage_error(capsys, pc: Path) -> None:
    result = run(capsys, "activate", "--json", "--server", "http://127.0.0.1:9")
    assert result.code == 2
    assert "няколко" in result.json()["message"]


def test_activate_then_programs_shows_it_valid(capsys, fresh_stub, pc: Path) -> None:
    result = run(capsys, "activate", "--product", "SCH", "--server", fresh_stub.url,
                 "--email", EMAIL, "--password-stdin", password=PASSWORD)
    assert result.code == 0, result.err
    assert "проверен и записан" in result.out and "Резервно копие" in result.out
    listing = run(capsys, "programs", "--server", fresh_stub.url, "--json")
    statuses = {p["product"]: p["status"] for p in listing.json()["programs"]}
    assert statuses == {"SCH": "valid", "RZ5": "none"}


def test_generate_prints_the_key_and_the_table(capsys, stub) -> None:
    key = demo_keys()[Product.SCH].text
    result = run(capsys, "generate", key, "--server", stub.url, "--email", EMAIL,
                 "--password-stdin", "--json", password=PASSWORD)
    assert result.code == 0
    assert len(result.json()["registration_key"]) == 164
    assert [row["param"] for row in result.json()["comparison"]][:2] == ["product", "customer"]


def test_generate_takes_a_key_typed_as_six_unquoted_groups(capsys, stub) -> None:
    groups = demo_keys()[Product.SCH].text.split("-")
    result = run(capsys, "generate", *groups, "--server", stub.url, "--email", EMAIL,
                 "--password-stdin", "--json", password=PASSWORD)
    assert result.code == 0
    assert len(result.json()["registration_key"]) == 164


def test_generate_names_the_mistyped_group(capsys, stub) -> None:
    groups = demo_keys()[Product.SCH].text.split("-")
    groups[2] = groups[2][:3] + ("A" if groups[2][3] != "A" else "B") + groups[2][4]
    result = run(capsys, "generate", "-".join(groups), "--server", stub.url, "--email", EMAIL,
                 "--password-stdin", "--json", password=PASSWORD)
    assert result.code == 7
    assert set(result.json()) == {"error", "message"} and "Група 3" in result.json()["message"]


def test_offline_activation_through_files(capsys, fresh_stub, pc: Path, tmp_path: Path) -> None:
    request, response = tmp_path / "request.json", tmp_path / "response.json"
    asked = run(capsys, "activate", str(pc / "SCH"), "--request", str(request),
                "--server", "http://127.0.0.1:9")
    assert asked.code == 0 and request.exists() and "generate --request" in asked.out
    answered = run(capsys, "generate", "--request", str(request), "--response", str(response),
                   "--server", fresh_stub.url, "--email", EMAIL, "--password-stdin",
                   password=PASSWORD)
    assert answered.code == 0 and response.exists()
    done = run(capsys, "activate", str(pc / "SCH"), "--response", str(response), "--json",
               "--server", "http://127.0.0.1:9")
    assert done.code == 0, done.out
    program = load_program(pc / "SCH")
    assert program.status(TrustStore.load(), demo_allowed=True) == Status.VALID


def test_a_damaged_installation_key_exits_7_before_asking_to_log_in(
    capsys, pc: Path
) -> None:
    """No session and a mistyped key in PASOSS.INI: the key is the problem, not the login."""
    ini = pc / "SCH" / "PASOSS.INI"
    groups = demo_keys()[Product.SCH].text.split("-")
    groups[2] = groups[2][:3] + ("A" if groups[2][3] != "A" else "B") + groups[2][4]
    ini.write_bytes(ini.read_bytes().replace(demo_keys()[Product.SCH].text.encode(),
                                             "-".join(groups).encode()))
    result = run(capsys, "activate", str(pc / "SCH"), "--json", "--server", "http://127.0.0.1:9")
    assert result.code == 7
    assert result.json()["error"] == "invalid_installation_key"
    assert "Група 3" in result.json()["message"]


def test_a_folder_without_a_program_exits_6(capsys, tmp_path: Path) -> None:
    result = run(capsys, "activate", str(tmp_path), "--json", "--server", "http://127.0.0.1:9")
    assert result.code == 6
    assert "PASOSS.INI" in result.json()["message"]


def test_a_mistyped_key_is_named_without_asking_the_service(capsys) -> None:
    groups = demo_keys()[Product.SCH].text.split("-")
    groups[4] = groups[4][:3] + ("A" if groups[4][3] != "A" else "B") + groups[4][4]
    result = run(capsys, "generate", "-".join(groups), "--json", "--server", "http://127.0.0.1:9")
    assert result.code == 7 and "Група 5" in result.json()["message"]


def test_programs_says_what_changed_since_the_old_pc(capsys, fresh_stub, pc: Path) -> None:
    """The demo SCH is registered on an old PC: the listing says what is different here."""
    server = ("--server", fresh_stub.url)
    assert run(capsys, "login", *server, "--email", EMAIL, "--password-stdin",
               password=PASSWORD).code == 0  # fmt: skip
    assert run(capsys, "licences", *server).code == 0  # fills the offline copy
    listing = run(capsys, "programs", *server, "--json").json()["programs"]
    sch = next(p for p in listing if p["product"] == "SCH")
    changed = sch["what_changed"]
    kinds = {c["kind"] for c in changed["changes"]}
    assert {"workstation", "modules_added", "version"} <= kinds
    assert "Дълготрайни активи" in changed["summary"]
    text = run(capsys, "programs", *server).out
    assert "Какво се промени" in text and "Дълготрайни активи" in text
