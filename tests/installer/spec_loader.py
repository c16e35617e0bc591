"""Run installer/pasoss-activator.spec with PyInstaller's build steps replaced by recorders.

The spec is Python; executing it with fake Analysis/PYZ/EXE/COLLECT shows what a build
would be given (executables, data files, hidden imports, excludes) and what its filters
keep, in milliseconds and without freezing anything.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "pasoss-activator.spec"


class Recorded:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


class FakeAnalysis(Recorded):
    """Hands the spec a made-up list of collected files, as PyInstaller would."""

    binaries: list[tuple[str, str, str]] = []
    datas: list[tuple[str, str, str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries = list(type(self).binaries)
        self.datas = list(type(self).datas)
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def pyinstaller_qt_hook(monkeypatch: pytest.MonkeyPatch) -> Any:
    """PyInstaller's Qt hook module, or a stand-in where only the test tools are installed
    (the spec touches nothing else of PyInstaller before Analysis)."""
    try:
        from PyInstaller.utils.hooks import qt
    except ImportError:
        qt = types.ModuleType("PyInstaller.utils.hooks.qt")
        collect = {"collect_plugins": lambda self, kind: []}
        qt.QtLibraryInfo = type("QtLibraryInfo", (), collect)  # type: ignore[attr-defined]
        names = ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks")
        modules = {name: types.ModuleType(name) for name in names}
        modules["PyInstaller.utils.hooks"].qt = qt  # type: ignore[attr-defined]
        modules["PyInstaller.utils.hooks.qt"] = qt
        for name, module in modules.items():
            monkeypatch.setitem(sys.modules, name, module)
    return qt


def run_spec(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    platform: str,
    binaries: list[tuple[str, str, str]] | None = None,
    datas: list[tuple[str, str, str]] | None = None,
) -> dict[str, Any]:
    # The spec patches PyInstaller's Qt hook at module level; put it back afterwards.
    qt = pyinstaller_qt_hook(monkeypatch)
    monkeypatch.setattr(qt.QtLibraryInfo, "collect_plugins", qt.QtLibraryInfo.collect_plugins)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))

    class Analysis(FakeAnalysis):
        pass

    Analysis.binaries = binaries or []
    Analysis.datas = datas or []
    namespace: dict[str, Any] = {
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        "Analysis": Analysis,
        "PYZ": Recorded,
        "EXE": Recorded,
        "COLLECT": Recorded,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace
