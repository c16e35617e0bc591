"""The Windows wheels of the Windows lane: which, downloaded once, installed into one folder.

Run on Linux with the project's own Python (it needs ``packaging`` and pip):

    python scripts/windows_lane/wheels.py CACHE_DIR SITE_DIR VERSIONS_JSON

pip can download wheels for another platform (``--platform win_amd64``), but it evaluates
environment markers for the machine it runs on: a requirement such as keyring's
``pywin32-ctypes; sys_platform == "win32"`` is silently left out (and keyring then falls
back to its fail backend), while Linux-only ones (``SecretStorage``) come in. So the set of
wheels is worked out here from the wheels' own metadata: starting from the project's
requirements, every ``Requires-Dist`` whose marker holds on 64-bit Windows CPython 3.11 is
followed, what is missing is downloaded, until nothing new turns up. Then exactly that set
is installed with ``--no-deps``.

A few versions cannot be the ones the product ships, because Wine 8 cannot load them;
``WINE_PINS`` says which and why, and the report repeats it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--only-binary=:all:"]

# The environment markers of 64-bit CPython 3.11 on Windows (PEP 508 names).
WINDOWS = {
    "os_name": "nt",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "platform_machine": "AMD64",
    "platform_release": "10",
    "platform_version": "10.0.19045",
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "platform_python_implementation": "CPython",
    "extra": "",
}
LINUX = {**WINDOWS, "os_name": "posix", "sys_platform": "linux", "platform_system": "Linux",
         "platform_machine": "x86_64", "platform_release": "6.1", "platform_version": "#1"}

# Versions the lane must hold back because Wine 8.0 (Debian 12) cannot load newer ones.
WINE_PINS = {
    "cryptography": (
        "42.0.8",
        "cryptography 43 and newer are built with Rust 1.78+, whose standard library takes "
        "its random numbers from ProcessPrng in bcryptprimitives.dll; Wine 8.0 has no such "
        "DLL, so importing cryptography's _rust module fails ('DLL load failed'). 42.0.8 is "
        "the newest release that loads; it meets the product's cryptography>=42.",
    ),
    "pyside6-essentials": (
        "6.9.3",
        "PySide6-Essentials 6.10 and newer fail to load under Wine 8.0 ('DLL load failed "
        "while importing QtWidgets: Module not found'); 6.9.3 is the newest that runs "
        "offscreen. Windows 10/11 load the newer ones.",
    ),
    "shiboken6": ("6.9.3", "goes with PySide6-Essentials 6.9.3"),
}

# Test and build tools the lane needs besides the product's own requirements. Linters and
# type checkers run on Linux only: they do not depend on the platform they run on.
LANE_TOOLS = ["pytest", "pytest-qt", "hypothesis", "pyinstaller"]


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    wanted = list(project["dependencies"])
    names = {canonicalize_name(Requirement(r).name) for r in wanted}
    for text in extras.get("test", []) + extras.get("bundle", []):
        if canonicalize_name(Requirement(text).name) in {canonicalize_name(t) for t in LANE_TOOLS}:
            wanted.append(text)
    for tool in LANE_TOOLS:
        if canonicalize_name(tool) not in names | {
            canonicalize_name(Requirement(w).name) for w in wanted
        }:
            wanted.append(tool)
    return [pinned(Requirement(text)) for text in wanted]


def pinned(req: Requirement) -> Requirement:
    pin = WINE_PINS.get(canonicalize_name(req.name))
    return Requirement(f"{req.name}=={pin[0]}") if pin else req


def wheels_in(cache: Path) -> dict[str, Path]:
    """The newest wheel of each project in the cache, by canonical name."""
    best: dict[str, tuple[object, Path]] = {}
    for path in cache.glob("*.whl"):
        name, version, _build, _tags = parse_wheel_filename(path.name)
        pin = WINE_PINS.get(name)
        if pin and str(version) != pin[0]:
            continue
        if name not in best or version > best[name][0]:  # type: ignore[operator]
            best[name] = (version, path)
    return {name: path for name, (_v, path) in best.items()}


def requires(wheel: Path) -> list[tuple[Requirement, bool]]:
    """The requirements of ``wheel`` that hold on Windows (no extras asked for), each with
    whether it holds on Windows only."""
    with zipfile.ZipFile(wheel) as archive:
        meta_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(archive.read(meta_name).decode("utf-8"))
    found = []
    for text in meta.get_all("Requires-Dist") or []:
        req = Requirement(text)
        if req.marker is None:
            found.append((pinned(req), False))
        elif req.marker.evaluate(dict(WINDOWS)):
            found.append((pinned(req), not req.marker.evaluate(dict(LINUX))))
    return found


def download(cache: Path, reqs: list[Requirement]) -> None:
    # Each requirement's closure as pip sees it (Linux markers); the walk adds what differs.
    # Without its marker: pip would judge a win32 marker on Linux and download nothing.
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
         "-d", str(cache), *PLATFORM, *(f"{r.name}{r.specifier}" for r in reqs)],
        check=True,
    )


def resolve(cache: Path) -> tuple[dict[str, Path], set[str]]:
    """The wheels needed on Windows, from their metadata; downloads what is missing.
    Also the names that only a Windows marker brought in."""
    cache.mkdir(parents=True, exist_ok=True)
    top = project_requirements()
    for _round in range(10):
        have = wheels_in(cache)
        chosen: dict[str, Path] = {}
        missing: list[Requirement] = []
        windows_only: set[str] = set()
        todo = [(req, False) for req in top]
        while todo:
            req, only_windows = todo.pop()
            name = canonicalize_name(req.name)
            if only_windows:
                windows_only.add(name)
            if name in chosen:
                continue
            wheel = have.get(name)
            if wheel is None or not req.specifier.contains(
                str(parse_wheel_filename(wheel.name)[1]), prereleases=True
            ):
                missing.append(req)
                continue
            chosen[name] = wheel
            todo.extend(requires(wheel))
        if not missing:
            # Named without a marker anywhere too: then it is not Windows-only after all.
            plain = {canonicalize_name(r.name) for w in chosen.values() for r, o in requires(w)
                     if not o} | {canonicalize_name(r.name) for r in top}
            return chosen, windows_only - plain
        download(cache, missing)
    raise SystemExit("the Windows requirements did not settle after 10 rounds of downloads")


def install(chosen: dict[str, Path], site: Path) -> None:
    if site.exists():
        subprocess.run(["rm", "-rf", str(site)], check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "--no-deps", "--no-index", "--target", str(site), *PLATFORM,
         *(str(p) for p in sorted(chosen.values()))],
        check=True,
    )


def linux_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def versions(chosen: dict[str, Path], windows_only: set[str]) -> dict[str, dict[str, str]]:
    """Each wheel used, and where it differs from the Linux environment's, why."""
    product = {canonicalize_name(Requirement(r).name) for r in tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]}
    table: dict[str, dict[str, str]] = {}
    for name, wheel in sorted(chosen.items()):
        version = str(parse_wheel_filename(wheel.name)[1])
        row = {"version": version, "wheel": wheel.name,
               "role": "product" if name in product else "dependency or lane tool"}
        elsewhere = linux_version(name)
        if name in WINE_PINS:
            row["why"] = WINE_PINS[name][1]
        if name in windows_only:
            row["why"] = "Windows only: a Windows marker in a wheel's Requires-Dist brings it"
        elif elsewhere is None:
            row.setdefault("why", "not in the Linux environment")
        elif elsewhere != version:
            row["linux"] = elsewhere
            row.setdefault("why", "the newest release pip found for Windows when the lane's "
                           "cache was filled; the Linux environment was set up at another time")
        table[name] = row
    return table


def main(argv: list[str]) -> int:
    cache, site, out = (Path(a) for a in argv[1:4])
    chosen, windows_only = resolve(cache)
    install(chosen, site)
    out.write_text(json.dumps(versions(chosen, windows_only), indent=2, ensure_ascii=False)
                   + "\n", encoding="utf-8")
    print(f"  {len(chosen)} Windows wheels in {site}; "
          f"Windows-only (from markers): {', '.join(sorted(windows_only))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
