"""The shape of the GUI's start: its options defined once, and ui/ importing neither the
start-up package (the tour, the demo's service) nor the service stub."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pasoss_activator.__main__ import main as entry_point
from pasoss_activator.startup.options import GUI_OPTIONS, is_gui, parse_gui_args

UI = Path(__file__).resolve().parents[2] / "pasoss_activator" / "ui"


def example(option_flag: str) -> list[str]:
    values = {"--tour": "out", "--lang": "en", "--server": "http://127.0.0.1:1",
              "--tour-scale": "150"}
    return [option_flag, values[option_flag]] if option_flag in values else [option_flag]


@pytest.mark.parametrize("option", GUI_OPTIONS, ids=lambda o: o.flag)
def test_every_gui_option_starts_the_gui_and_its_parser_takes_it(option) -> None:
    arguments = example(option.flag)
    if option.flag == "--tour":
        arguments = ["--demo", *arguments]
    if option.flag == "--tour-scale":
        arguments = ["--demo", "--tour", "out", *arguments]
    assert is_gui(arguments)
    assert is_gui([f"{arguments[-2]}={arguments[-1]}"] if len(arguments) > 1 else arguments)
    parsed = parse_gui_args(arguments, ("bg", "en"))
    assert getattr(parsed, option.flag.lstrip("-").replace("-", "_")) not in (None, False)


def test_commands_and_unknown_options_go_to_the_command_line(capsys) -> None:
    assert is_gui([])
    assert not is_gui(["programs"])
    assert not is_gui(["--demo", "programs"])
    assert not is_gui(["--tour"])  # its value missing: the command line says what is wrong
    assert not is_gui(["--help"])
    assert entry_point(["--version"]) == 0
    assert capsys.readouterr().out.startswith("pasoss-activator ")


def test_ui_imports_neither_the_start_up_package_nor_the_service_stub() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith(("server_stub", "..startup", "pasoss_activator.startup")):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
