"""What the PyInstaller spec asks for: a user notices a missing file or a bloated download."""

from __future__ import annotations

from pathlib import Path

import pytest

from .spec_loader import ROOT, run_spec

QT = "PySide6/Qt"


def exe_names(namespace: dict) -> dict[str, bool]:
    """Executable name -> console?"""
    return {exe.kwargs["name"]: exe.kwargs["console"] for exe in namespace["executables"]}


def test_linux_bundle_has_one_executable_stripped(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "linux")
    assert exe_names(ns) == {"pasoss-activator": True}
    assert ns["coll"].kwargs["name"] == "pasoss-activator"
    assert ns["coll"].kwargs["strip"] is True
    assert ns["executables"][0].kwargs["strip"] is True


def test_windows_bundle_has_a_windowed_gui_and_a_console_cli(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "win32")
    assert exe_names(ns) == {"PASOSS Activator": False, "pasoss-activator": True}
    for exe in ns["executables"]:
        assert Path(exe.kwargs["icon"]).is_file()
        assert Path(exe.kwargs["version"]).is_file()
        assert exe.kwargs["strip"] is False
        assert exe.kwargs["upx"] is False


def test_resources_and_stub_data_go_into_the_bundle(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "linux")
    datas = {
        (Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in ns["a"].kwargs["datas"]
    }
    assert ("resources/keys/0.pub", "resources/keys") in datas
    assert ("resources/icons/pasoss-activator.png", "resources/icons") in datas
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert (f"resources/translations/{qm.name}", "resources/translations") in datas
    assert not [src for src, _ in datas if src.endswith(".ts")], "translation sources stay out"
    if (ROOT / "server_stub" / "openapi.yaml").is_file():
        assert ("server_stub/openapi.yaml", "server_stub") in datas


def test_keyring_backends_truststore_and_every_command_are_imported(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "linux")
    hidden = set(ns["a"].kwargs["hiddenimports"])
    assert {"keyring.backends.SecretService", "keyring.backends.Windows", "truststore"} <= hidden
    for module in (ROOT / "pasoss_activator" / "commands").glob("*.py"):
        if module.stem != "__init__":
            assert f"pasoss_activator.commands.{module.stem}" in hidden
    assert "pasoss_activator.__main__" in hidden


def test_unused_qt_and_python_are_excluded(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "linux")
    excludes = set(ns["a"].kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excludes
    assert {"PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.Qt3DCore", "tkinter"} <= excludes
    # Printing and saving as PDF need these; they must never be excluded.
    assert not {"PySide6.QtPrintSupport", "PySide6.QtGui", "PySide6.QtSvg"} & excludes


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqvnc.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/imageformats/libqico.so", True),
        (f"{QT}/plugins/imageformats/libqpdf.so", False),
        (f"{QT}/plugins/printsupport/libcupsprintersupport.so", True),
        (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        (f"{QT}/lib/libQt6Quick.so.6", False),
        (f"{QT}/lib/libQt6Pdf.so.6", False),
        (f"{QT}/lib/libQt6Gui.so.6", True),
        (f"{QT}/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/opengl32sw.dll", False),
    ],
)
def test_qt_plugins_and_libraries_filter(monkeypatch, tmp_path, dest, kept):
    ns = run_spec(monkeypatch, tmp_path, "win32", binaries=[(dest, "/nowhere", "BINARY")])
    assert bool(ns["a"].binaries) is kept


def test_only_bulgarian_and_english_qt_translations(monkeypatch, tmp_path):
    names = ["qtbase_bg.qm", "qtbase_en.qm", "qt_bg.qm", "qtbase_de.qm", "qtdeclarative_bg.qm"]
    datas = [(f"{QT}/translations/{n}", "/nowhere", "DATA") for n in names]
    ns = run_spec(monkeypatch, tmp_path, "win32", datas=datas)
    assert sorted(d[0].rsplit("/", 1)[1] for d in ns["a"].datas) == [
        "qt_bg.qm",
        "qtbase_bg.qm",
        "qtbase_en.qm",
    ]
