"""The Linux .desktop entry, the Inno Setup script and the Windows version resource name
the files the build really makes, and the version the app really has."""

from __future__ import annotations

import ast
import configparser
import re

from pasoss_activator import __version__

from .spec_loader import ROOT

INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "pasoss-activator.iss"
MAIN_CATEGORIES = {
    "AudioVideo",
    "Audio",
    "Video",
    "Development",
    "Education",
    "Game",
    "Graphics",
    "Network",
    "Office",
    "Science",
    "Settings",
    "System",
    "Utility",
}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(INSTALLER / "linux" / "pasoss-activator.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_bundle_with_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "pasoss-activator"  # the executable the spec builds
    assert entry["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_desktop_entry_follows_the_specification():
    entry = desktop_entry()
    for key in ("Categories", "Keywords", "Keywords[bg]"):
        assert entry[key].endswith(";"), f"{key} is a list and must end with ';'"
    categories = set(filter(None, entry["Categories"].split(";")))
    assert categories & MAIN_CATEGORIES, "at least one main category"
    assert entry["Version"] in ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5")
    assert "Name" in entry and "Comment" in entry


def test_desktop_entry_speaks_bulgarian():
    entry = desktop_entry()
    assert re.search("[а-яА-Я]", entry["Comment[bg]"])
    assert re.search("[а-яА-Я]", entry["GenericName[bg]"])


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="ascii").splitlines():  # ASCII by design
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="ascii"), re.M))


def setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_installer_is_per_user_without_administrator_rights():
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == "{#ProgramsDir}\\{#AppName}"
    assert iss_defines()["ProgramsDir"] == "{autopf}"  # the Windows lane alone gives another
    assert setup.get("Uninstallable", "yes") == "yes"
    assert "PrivilegesRequiredOverridesAllowed" not in setup


def test_installer_version_is_the_apps():
    assert iss_defines()["AppVersion"] == __version__
    assert setup_values()["VersionInfoVersion"] == "{#AppVersion}.0"


def test_installer_packs_the_bundle_build_py_makes():
    defines = iss_defines()
    bundle = (ISS.parent / defines["BundleDir"].replace("\\", "/")).resolve()
    assert bundle == ROOT / "dist" / "pasoss-activator"  # build.py's DIST / the spec's name
    files = iss_sections()["Files"]
    assert any('Source: "{#BundleDir}\\*"' in line and "recursesubdirs" in line for line in files)
    icon = setup_values()["SetupIconFile"].replace("\\", "/")
    assert (ISS.parent / icon).resolve() == ROOT / "resources" / "icons" / "pasoss-activator.ico"


def test_start_menu_shortcut_starts_the_windowed_executable():
    assert iss_defines()["AppExeName"] == "PASOSS Activator.exe"  # the spec's windowed EXE
    icons = iss_sections()["Icons"]
    assert any(
        line.startswith('Name: "{autoprograms}\\{#AppName}"')
        and 'Filename: "{app}\\{#AppExeName}"' in line
        for line in icons
    )


def test_installer_speaks_bulgarian_and_english():
    languages = iss_sections()["Languages"]
    assert 'MessagesFile: "compiler:Languages\\Bulgarian.isl"' in languages[0]
    assert any('MessagesFile: "compiler:Default.isl"' in line for line in languages)


def test_windows_version_resource_matches_the_app():
    text = (INSTALLER / "windows" / "version_info.txt").read_text(encoding="utf-8")
    ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    numbers = tuple(int(n) for n in __version__.split(".")) + (0,)
    assert f"filevers={numbers}" in text
    assert f"prodvers={numbers}" in text
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
