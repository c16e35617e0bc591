"""The layers are checked, not hoped for: nothing but ui/ imports Qt (STYLE.md habit 1)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = [
    ROOT / "pasoss_activator" / "core",
    ROOT / "pasoss_activator" / "commands",
    ROOT / "pasoss_activator" / "cli.py",
    ROOT / "server_stub",
]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files() -> list[Path]:
    files: list[Path] = []
    for entry in QT_FREE:
        files.extend(sorted(entry.rglob("*.py")) if entry.is_dir() else [entry])
    return [f for f in files if f.exists()]


def test_core_cli_and_stub_never_import_qt() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}
            or m.startswith("pasoss_activator.ui")
        )
        for path in python_files()
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 10  # the check really looked at the code


def test_core_imports_without_qt_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, pasoss_activator.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('pasoss_activator.core.' + m.name)\n"
        "import pasoss_activator.cli, pasoss_activator.core.comparison_text\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_activator_crosses_a_seam_untyped() -> None:
    """Every ``activator`` parameter or attribute names its type, so mypy checks the calls
    across the seam between the GUI, the command line and the core."""
    untyped = []
    for path in sorted((ROOT / "pasoss_activator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.arg) and "activator" in node.arg:
                annotation = node.annotation
            elif isinstance(node, ast.AnnAssign) and "activator" in ast.unparse(node.target):
                annotation = node.annotation
            else:
                continue
            if annotation is None or "Any" in ast.unparse(annotation):
                untyped.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert untyped == []
